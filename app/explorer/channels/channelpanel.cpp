#include "explorer/channels/channelpanel.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include "explorer/common/wrappedtext.h"
#include "explorer/inspect/channelfocus.h"

namespace explorer {

namespace {

constexpr int kFocusSize = ChannelFocus::kSize;

QImage scaledPicture(const QImage& picture)
{
    // A row of several pictures keeps each at the square's size.
    const int across = std::max(1, picture.height() > 0 ? picture.width() / picture.height() : 1);
    return picture.scaled(kFocusSize * across, kFocusSize, Qt::KeepAspectRatio,
                          picture.width() < 100 ? Qt::FastTransformation : Qt::SmoothTransformation);
}

}  // namespace

ChannelPanel::ChannelPanel(QObject* parent) : QObject(parent), controls_(new QWidget), column_(new QWidget)
{
    buildControls();
    buildColumn();
    clearChannel();
}

ChannelPanel::~ChannelPanel()
{
    delete controls_.data();
    delete column_.data();
}

void ChannelPanel::buildControls()
{
    auto* focus = new QVBoxLayout(controls_);
    focus->setContentsMargins(0, 0, 0, 0);
    auto* lookRow = new QHBoxLayout;
    lookButton_ = new QPushButton(tr("What does this channel look for?"));
    lookButton_->setToolTip(tr("Optimise a picture to excite this channel (feature visualisation, 256 steps)"));
    lookCancel_ = new QPushButton(tr("Cancel"));
    lookCancel_->setEnabled(false);
    lookExport_ = new QPushButton(tr("Export PNG…"));
    for (auto* b : {lookButton_, lookCancel_, lookExport_}) {
        b->ensurePolished();  // the column may be squeezed; the labels stay whole
        b->setMinimumWidth(b->fontMetrics().horizontalAdvance(b->text()) + 28);
        lookRow->addWidget(b);
    }
    focus->addLayout(lookRow);
    lookDiverse_ = new QCheckBox(tr("&Diverse: three pictures, pushed apart"));
    lookDiverse_->setToolTip(tr("Optimise three pictures at once with a term that keeps their features different "
                                "(Lucid's diversity): what else the channel responds to"));
    connect(lookDiverse_, &QCheckBox::toggled, this, [this](bool on) { diverse_ = on; });
    focus->addWidget(lookDiverse_);
    lookProgress_ = new QProgressBar;
    lookProgress_->hide();
    focus->addWidget(lookProgress_);
    lookText_ = new QLabel;
    lookText_->setWordWrap(true);
    lookText_->setMaximumWidth(2 * kFocusSize + 8);
    focus->addWidget(lookText_);
    connect(lookButton_, &QPushButton::clicked, this, [this] {
        if (node_.isEmpty())
            return;
        lookButton_->setEnabled(false);
        lookCancel_->setEnabled(true);
        lookProgress_->setRange(0, 0);
        lookProgress_->show();
        emit lookForRequested(node_, channel_);
    });
    connect(lookCancel_, &QPushButton::clicked, this, [this] {
        lookCancel_->setEnabled(false);
        emit lookForCancelled();
    });
    connect(lookExport_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(controls_, tr("Export the picture"),
                                                          QStringLiteral("channel.png"), tr("PNG images (*.png)"));
        if (!path.isEmpty() && !exportLookFor(path))
            setWrappedText(lookText_, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    });
}

// A column of its own beside the enlarged map (the dock has width to spare, not height):
// indexing on top, then the picture optimised for the channel and the dataset's images it
// responds to most, side by side, then what the examples are.
void ChannelPanel::buildColumn()
{
    auto* look = new QVBoxLayout(column_);
    look->setContentsMargins(0, 0, 0, 0);
    auto* indexRow = new QHBoxLayout;
    indexButton_ = new QPushButton(tr("Index a folder…"));
    indexButton_->setToolTip(tr("Run every image of a folder through the network once and keep, for every channel, "
                                "the 9 images it responds to most (resumable)"));
    indexCancel_ = new QPushButton(tr("Cancel"));
    indexCancel_->setEnabled(false);
    indexProgress_ = new QProgressBar;
    indexProgress_->hide();
    indexRow->addWidget(indexButton_);
    indexRow->addWidget(indexCancel_);
    indexRow->addWidget(indexProgress_, 1);
    look->addLayout(indexRow);
    auto* pictures = new QGridLayout;
    pictures->addWidget(new QLabel(tr("<b>Feature visualisation</b>")), 0, 0);
    pictures->addWidget(new QLabel(tr("<b>Dataset examples</b>")), 0, 1);
    lookPicture_ = new QLabel;
    lookPicture_->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    examplesPicture_ = new QLabel;
    examplesPicture_->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    pictures->addWidget(lookPicture_, 1, 0, Qt::AlignTop);
    pictures->addWidget(examplesPicture_, 1, 1, Qt::AlignTop);
    pictures->setColumnStretch(2, 1);
    look->addLayout(pictures);
    examplesText_ = new QLabel(tr("Index a folder of images to see, beside the picture, the images this "
                                  "channel responds to most."));
    examplesText_->setWordWrap(true);
    examplesText_->setMaximumWidth(kFocusSize + 220);
    look->addWidget(examplesText_);
    look->addStretch(1);
    connect(indexButton_, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(column_, tr("Folder of images to index"));
        if (!dir.isEmpty())
            emit indexRequested(dir);
    });
    connect(indexCancel_, &QPushButton::clicked, this, [this] {
        indexCancel_->setEnabled(false);
        emit indexCancelled();
    });
}

void ChannelPanel::setChannel(const QString& node, int channel, const QString& title, const QImage& overlay)
{
    if (node != node_ || channel != channel_) {
        // Another channel: the picture and the examples of the last one no longer apply.
        lookFor_ = examples_ = QImage();
        lookPicture_->clear();
        examplesPicture_->clear();
        lookExport_->setEnabled(false);
    }
    node_ = node;
    channel_ = channel;
    title_ = title;
    overlay_ = overlay;
    lookButton_->setEnabled(true);
}

void ChannelPanel::clearChannel()
{
    node_.clear();
    channel_ = -1;
    lookFor_ = examples_ = QImage();
    title_.clear();
    overlay_ = QImage();
    lookButton_->setEnabled(false);
    lookExport_->setEnabled(false);
    lookPicture_->clear();
    examplesPicture_->clear();
    setWrappedText(lookText_, QString());
}

void ChannelPanel::showLookForProgress(int step, int total, const QImage& preview)
{
    lookProgress_->setRange(0, total);
    lookProgress_->setValue(step);
    lookProgress_->setFormat(tr("step %1 of %2").arg(step).arg(total));
    if (!preview.isNull())
        lookPicture_->setPixmap(QPixmap::fromImage(scaledPicture(preview)));
}

void ChannelPanel::showLookFor(const QImage& picture, const QString& what)
{
    lookProgress_->hide();
    lookButton_->setEnabled(channel_ >= 0);
    lookCancel_->setEnabled(false);
    lookFor_ = picture;
    lookExport_->setEnabled(!picture.isNull());
    if (!picture.isNull())
        lookPicture_->setPixmap(QPixmap::fromImage(scaledPicture(picture)));
    setWrappedText(lookText_, what);
}

bool ChannelPanel::exportLookFor(const QString& path) const
{
    const QImage sheet = lookForSheet();
    QSaveFile file(path);
    return !sheet.isNull() && file.open(QIODevice::WriteOnly) && sheet.save(&file, "PNG") && file.commit();
}

QImage ChannelPanel::lookForSheet() const
{
    if (lookFor_.isNull())
        return {};
    // Three panels side by side, each under its caption: the channel's map over the input, the
    // picture optimised for it, the dataset's examples (when a folder is indexed).
    constexpr int side = 256, pad = 12, head = 44;
    QList<std::pair<QString, QImage>> panels;
    if (!overlay_.isNull())
        panels.append({tr("This image: the channel's map"), overlay_});
    panels.append({tr("Feature visualisation"), lookFor_});
    if (!examples_.isNull())
        panels.append({tr("Dataset examples (top 9, then near zero)"), examples_});
    auto widthOf = [](const QImage& p) { return side * std::max(1, p.height() > 0 ? p.width() / p.height() : 1); };
    int total = pad;
    for (const auto& panel : panels)
        total += widthOf(panel.second) + pad;
    QImage sheet(total, head + side + pad + 40, QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter p(&sheet);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setPen(Qt::black);
    QFont f = p.font();
    f.setPixelSize(13);
    p.setFont(f);
    int x = pad;
    for (const auto& [caption, picture] : panels) {
        const int w = widthOf(picture);
        p.drawText(QRect(x, 4, w, head - 8), Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, caption);
        const QImage fitted = picture.scaled(w, side, Qt::KeepAspectRatio,
                                             picture.height() < 100 ? Qt::FastTransformation : Qt::SmoothTransformation);
        p.drawImage(x + (w - fitted.width()) / 2, head, fitted);
        x += w + pad;
    }
    p.drawText(QRect(pad, head + side + 4, sheet.width() - 2 * pad, 36), Qt::AlignLeft | Qt::TextWordWrap, title_);
    return sheet;
}

void ChannelPanel::showExamples(const QImage& grid, const QString& caption)
{
    examples_ = grid;
    examplesCaption_ = caption;
    examplesPicture_->setPixmap(grid.isNull() ? QPixmap() : QPixmap::fromImage(grid));
    examplesText_->setText(caption);
}

void ChannelPanel::showIndexProgress(int done, int total)
{
    indexButton_->setEnabled(false);
    indexCancel_->setEnabled(true);
    indexProgress_->setRange(0, std::max(total, 1));
    indexProgress_->setValue(done);
    indexProgress_->setFormat(tr("image %1 of %2").arg(done).arg(total));
    indexProgress_->show();
}

void ChannelPanel::showIndexFinished(const QString& text)
{
    examplesCaption_ = text;
    indexProgress_->hide();
    indexButton_->setEnabled(true);
    indexCancel_->setEnabled(false);
    examplesText_->setText(text);
}

}  // namespace explorer
