#include "activationspanel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include <cstring>
#include <functional>

#include "inferenceworker.h"
#include "vision/colormap.h"

namespace explorer {

namespace {

constexpr int kFocusSize = 180;

QImage scaledPicture(const QImage& picture)
{
    // A row of several pictures keeps each at the square's size.
    const int across = std::max(1, picture.height() > 0 ? picture.width() / picture.height() : 1);
    return picture.scaled(kFocusSize * across, kFocusSize, Qt::KeepAspectRatio,
                          picture.width() < 100 ? Qt::FastTransformation : Qt::SmoothTransformation);
}

// A grid picture that reports which cell was clicked.
class GridLabel : public QLabel {
public:
    GridLabel(const BranchView& b, std::function<void(int)> onCell) : b_(b), onCell_(std::move(onCell))
    {
        setPixmap(QPixmap::fromImage(b.grid));
        setCursor(Qt::PointingHandCursor);
        setToolTip(ActivationsPanel::tr("Click a channel to enlarge it and lay it over the input"));
    }

protected:
    void mousePressEvent(QMouseEvent* event) override
    {
        const QPoint p = event->position().toPoint();
        const int step = b_.cell + b_.gap;
        const int col = (p.x() - b_.gap) / step, row = (p.y() - b_.gap) / step;
        const int inCellX = (p.x() - b_.gap) % step, inCellY = (p.y() - b_.gap) % step;
        const int index = row * b_.columns + col;
        if (p.x() >= b_.gap && p.y() >= b_.gap && col < b_.columns && inCellX < b_.cell && inCellY < b_.cell &&
            index < b_.maps.size())
            onCell_(index);
    }

private:
    BranchView b_;
    std::function<void(int)> onCell_;
};

// The enlarged map: reports the cell under the mouse (receptive field drawn on the input).
class HoverLabel : public QLabel {
public:
    explicit HoverLabel(std::function<void(QPointF)> onHover) : onHover_(std::move(onHover))
    {
        setMouseTracking(true);
        setToolTip(ActivationsPanel::tr("Point at a cell: its receptive field is drawn on the input"));
    }

protected:
    void mouseMoveEvent(QMouseEvent* event) override
    {
        if (!pixmap().isNull() && pixmap().width() > 0)
            onHover_(QPointF(event->position().x() / pixmap().width(), event->position().y() / pixmap().height()));
    }
    void leaveEvent(QEvent*) override { onHover_(QPointF(-1, -1)); }

private:
    std::function<void(QPointF)> onHover_;
};

QImage coloured(const QImage& grey)
{
    QVector<QRgb> table;
    for (const auto& c : inception::vision::viridisColours())
        table << qRgb(c[0], c[1], c[2]);
    // The grey level is the palette index.
    QImage out(grey.size(), QImage::Format_Indexed8);
    out.setColorTable(table);
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(out.scanLine(y), grey.constScanLine(y), size_t(grey.width()));
    return out.convertToFormat(QImage::Format_RGB32);
}

// A branch's Grad-CAM term on the scale shared by all terms, with its colour bar and sum.
QWidget* termLabel(const TermView& t, const ExplainView& e)
{
    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 4, 0, 0);
    auto* picture = new QLabel;
    QImage bar(110, 8, QImage::Format_RGB32);
    for (int x = 0; x < bar.width(); ++x) {
        const auto c = inception::vision::divergingColour(2.0 * x / (bar.width() - 1) - 1.0);
        for (int y = 0; y < bar.height(); ++y)
            bar.setPixel(x, y, qRgb(c[0], c[1], c[2]));
    }
    picture->setPixmap(QPixmap::fromImage(t.map.scaled(110, 110, Qt::KeepAspectRatio, Qt::FastTransformation)));
    picture->setToolTip(ActivationsPanel::tr("This branch's term of the Grad-CAM map at %1 (class %2): "
                                             "sum over its channels of weight × activation, before any ReLU")
                            .arg(e.mapId, e.label));
    v->addWidget(picture);
    auto* scale = new QLabel;
    scale->setPixmap(QPixmap::fromImage(bar));
    v->addWidget(scale);
    auto* text = new QLabel(ActivationsPanel::tr("Grad-CAM term<br>sum %1<br>scale ±%2<br>(shared)")
                                .arg(QLocale().toString(t.sum, 'g', 3), QLocale().toString(e.termLimit, 'g', 3)));
    v->addWidget(text);
    return box;
}

}  // namespace

ActivationsPanel::ActivationsPanel(QWidget* parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    showHint(tr("Select a module, then drop an image: each branch's output appears here."));
}

ActivationsPanel::~ActivationsPanel() = default;

void ActivationsPanel::showHint(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    setWidget(label);
    content_ = label;
    grids_.clear();
    focusTitle_ = focusMap_ = focusOverlay_ = nullptr;
    lookButton_ = lookCancel_ = lookExport_ = nullptr;
    lookProgress_ = nullptr;
    lookPicture_ = lookText_ = examplesPicture_ = examplesText_ = nullptr;
    indexButton_ = indexCancel_ = nullptr;
    indexProgress_ = nullptr;
    overlayBase_ = QImage();
    branches_ = 0;
    terms_ = 0;
    focusBranch_ = focusChannel_ = -1;
}

void ActivationsPanel::showResult(const InferenceResult& r)
{
    if (r.branches.isEmpty()) {
        showHint(tr("Select a module to see what its branches computed."));
        return;
    }
    const int keepBranch = focusBranch_, keepChannel = focusChannel_;
    const bool sameModule = result_ && result_->nodeId == r.nodeId && result_->branches.size() == r.branches.size();
    result_ = std::make_unique<InferenceResult>(r);
    auto* content = new QWidget;
    auto* row = new QHBoxLayout(content);
    grids_.clear();
    for (int i = 0; i < r.branches.size(); ++i) {
        const auto& b = r.branches[i];
        auto* column = new QVBoxLayout;
        auto* title = new QLabel(tr("<b>%1</b><br>%2 · %n channel(s)", nullptr, b.channels).arg(b.name.toHtmlEscaped(), b.shape));
        column->addWidget(title);
        auto* grid = new GridLabel(b, [this, i](int channel) { showChannel(i, channel); });
        grids_ << grid;
        // The branch's Grad-CAM term (when Grad-CAM is on) beside its channel grid.
        auto* gridRow = new QHBoxLayout;
        gridRow->addWidget(grid, 0, Qt::AlignTop);
        for (const auto& t : r.explain.terms)
            if (t.id == b.id)
                gridRow->addWidget(termLabel(t, r.explain), 0, Qt::AlignTop);
        column->addLayout(gridRow);
        auto* share = new QLabel(tr("%1 % of the module's output energy").arg(QLocale().toString(100 * b.energyShare, 'f', 1)));
        share->setWordWrap(true);
        share->setMaximumWidth(std::max(b.grid.width(), 160));
        column->addWidget(share);
        column->addStretch(1);
        row->addLayout(column);
    }
    // Terms that are no branch: a residual block's identity path and its projection's bias.
    terms_ = 0;
    for (const auto& t : r.explain.terms) {
        ++terms_;
        bool isBranch = false;
        for (const auto& b : r.branches)
            isBranch = isBranch || b.id == t.id;
        if (isBranch)
            continue;
        auto* column = new QVBoxLayout;
        column->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(t.name.toHtmlEscaped())));
        column->addWidget(termLabel(t, r.explain));
        column->addStretch(1);
        row->addLayout(column);
    }
    // The enlarged channel, and the same map upsampled over the network's input.
    auto* focus = new QVBoxLayout;
    focusTitle_ = new QLabel(tr("Click a channel map to enlarge it."));
    focusTitle_->setWordWrap(true);
    focusTitle_->setMaximumWidth(2 * kFocusSize + 8);
    focus->addWidget(focusTitle_);
    auto* pictures = new QHBoxLayout;
    focusMap_ = new HoverLabel([this](QPointF at) { showField(at); });
    focusOverlay_ = new QLabel;
    pictures->addWidget(focusMap_);
    pictures->addWidget(focusOverlay_);
    focus->addLayout(pictures);
    // What does this channel look for? (feature visualisation, computed by the main window)
    auto* lookRow = new QHBoxLayout;
    lookButton_ = new QPushButton(tr("What does this channel look for?"));
    lookButton_->setEnabled(false);
    lookButton_->setToolTip(tr("Optimise a picture to excite this channel (feature visualisation, 256 steps)"));
    lookCancel_ = new QPushButton(tr("Cancel"));
    lookCancel_->setEnabled(false);
    lookExport_ = new QPushButton(tr("Export PNG…"));
    lookExport_->setEnabled(false);
    for (auto* b : {lookButton_, lookCancel_, lookExport_}) {
        b->ensurePolished();  // the column may be squeezed; the labels stay whole
        b->setMinimumWidth(b->fontMetrics().horizontalAdvance(b->text()) + 28);
        lookRow->addWidget(b);
    }
    focus->addLayout(lookRow);
    lookDiverse_ = new QCheckBox(tr("&Diverse: three pictures, pushed apart"));
    lookDiverse_->setToolTip(tr("Optimise three pictures at once with a term that keeps their features different "
                                "(Lucid's diversity): what else the channel responds to"));
    lookDiverse_->setChecked(diverse_);
    connect(lookDiverse_, &QCheckBox::toggled, this, [this](bool on) { diverse_ = on; });
    focus->addWidget(lookDiverse_);
    lookProgress_ = new QProgressBar;
    lookProgress_->hide();
    focus->addWidget(lookProgress_);
    lookText_ = new QLabel;
    lookText_->setWordWrap(true);
    lookText_->setMaximumWidth(2 * kFocusSize + 8);
    focus->addWidget(lookText_);
    // A column of its own beside the enlarged map (the dock has width to spare, not height):
    // indexing on top, then the picture optimised for the channel and the dataset's images it
    // responds to most, side by side, then what the examples are.
    auto* look = new QVBoxLayout;
    auto* indexRow = new QHBoxLayout;
    indexButton_ = new QPushButton(tr("Index a folder…"));
    indexButton_->setToolTip(tr("Run every image of a folder through the network once and keep, for every channel, "
                                "the 9 images it responds to most (resumable)"));
    indexCancel_ = new QPushButton(tr("Cancel"));
    indexCancel_->setEnabled(indexing_);
    indexButton_->setEnabled(!indexing_);
    indexProgress_ = new QProgressBar;
    indexProgress_->setVisible(indexing_);
    indexRow->addWidget(indexButton_);
    indexRow->addWidget(indexCancel_);
    indexRow->addWidget(indexProgress_, 1);
    look->addLayout(indexRow);
    auto* lookRow2 = new QGridLayout;
    lookRow2->addWidget(new QLabel(tr("<b>Feature visualisation</b>")), 0, 0);
    lookRow2->addWidget(new QLabel(tr("<b>Dataset examples</b>")), 0, 1);
    lookPicture_ = new QLabel;
    lookPicture_->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    examplesPicture_ = new QLabel;
    examplesPicture_->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    lookRow2->addWidget(lookPicture_, 1, 0, Qt::AlignTop);
    lookRow2->addWidget(examplesPicture_, 1, 1, Qt::AlignTop);
    lookRow2->setColumnStretch(2, 1);
    look->addLayout(lookRow2);
    examplesText_ = new QLabel(examplesCaption_.isEmpty()
                                   ? tr("Index a folder of images to see, beside the picture, the images this "
                                        "channel responds to most.")
                                   : examplesCaption_);
    examplesText_->setWordWrap(true);
    examplesText_->setMaximumWidth(kFocusSize + 220);
    look->addWidget(examplesText_);
    connect(indexButton_, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of images to index"));
        if (!dir.isEmpty())
            emit indexRequested(dir);
    });
    connect(indexCancel_, &QPushButton::clicked, this, [this] {
        indexCancel_->setEnabled(false);
        emit indexCancelled();
    });
    connect(lookButton_, &QPushButton::clicked, this, [this] {
        if (!result_ || focusBranch_ < 0)
            return;
        lookButton_->setEnabled(false);
        lookCancel_->setEnabled(true);
        lookProgress_->setRange(0, 0);
        lookProgress_->show();
        emit lookForRequested(result_->branches[focusBranch_].id, focusChannel_);
    });
    connect(lookCancel_, &QPushButton::clicked, this, [this] {
        lookCancel_->setEnabled(false);
        emit lookForCancelled();
    });
    connect(lookExport_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the picture"), QStringLiteral("channel.png"),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty() && !exportLookFor(path))
            lookText_->setText(tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    });
    focus->addStretch(1);
    row->addLayout(focus);
    look->addStretch(1);
    row->addLayout(look);
    row->addStretch(1);
    setWidget(content);
    content_ = content;
    branches_ = r.branches.size();
    focusBranch_ = focusChannel_ = -1;
    if (sameModule && keepBranch >= 0) {
        showChannel(keepBranch, keepChannel);  // live updates keep the enlarged channel
        // and its picture and examples
        if (!lookFor_.isNull())
            lookPicture_->setPixmap(QPixmap::fromImage(scaledPicture(lookFor_)));
        lookExport_->setEnabled(!lookFor_.isNull());
        if (!examples_.isNull())
            examplesPicture_->setPixmap(QPixmap::fromImage(examples_));
    }
}

void ActivationsPanel::showChannel(int branch, int channel)
{
    if (!result_ || branch < 0 || branch >= result_->branches.size())
        return;
    const auto& b = result_->branches[branch];
    if (channel < 0 || channel >= b.maps.size())
        return;
    if (b.id + QLatin1Char('/') + QString::number(channel) != shownKey_) {
        // Another channel: the picture and the examples of the last one no longer apply.
        shownKey_ = b.id + QLatin1Char('/') + QString::number(channel);
        lookFor_ = examples_ = QImage();
        if (lookPicture_)
            lookPicture_->clear();
        if (examplesPicture_)
            examplesPicture_->clear();
        if (lookExport_)
            lookExport_->setEnabled(false);
    }
    focusBranch_ = branch;
    focusChannel_ = channel;
    const QImage map = coloured(b.maps[channel]);
    const QSize size(kFocusSize, kFocusSize);
    focusMap_->setPixmap(QPixmap::fromImage(map.scaled(size, Qt::KeepAspectRatio, Qt::FastTransformation)));
    if (!result_->input.isNull()) {
        QImage overlay = result_->input.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                             .convertToFormat(QImage::Format_RGB32);
        // Weak responses stay transparent, this channel's strongest cover the image.
        const QImage& grey = b.maps[channel];
        int peak = 1;
        for (int y = 0; y < grey.height(); ++y)
            for (int x = 0; x < grey.width(); ++x)
                peak = std::max(peak, int(grey.constScanLine(y)[x]));
        QImage translucent = map.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < translucent.height(); ++y) {
            auto* line = reinterpret_cast<QRgb*>(translucent.scanLine(y));
            const uchar* level = grey.constScanLine(y);
            for (int x = 0; x < translucent.width(); ++x)
                line[x] = qRgba(qRed(line[x]), qGreen(line[x]), qBlue(line[x]), 220 * level[x] / peak);
        }
        QPainter p(&overlay);
        p.setRenderHint(QPainter::SmoothPixmapTransform);  // bilinear upsampling of the map
        p.drawImage(overlay.rect(), translucent);
        p.end();
        overlayBase_ = overlay;
        focusOverlay_->setPixmap(QPixmap::fromImage(overlay));
    }
    focusTitleText_ = tr("%1, channel %2 of %3").arg(b.name).arg(channel + 1).arg(b.channels);
    focusTitle_->setText(tr("<b>%1</b>, channel %2 of %3 · %4×%5, scale %6 … %7 (shared by all branches)")
                             .arg(b.name.toHtmlEscaped())
                             .arg(channel + 1)
                             .arg(b.channels)
                             .arg(b.maps[channel].width())
                             .arg(b.maps[channel].height())
                             .arg(QLocale().toString(b.min, 'g', 3), QLocale().toString(b.max, 'g', 3)));
    if (lookButton_)
        lookButton_->setEnabled(true);
    emit channelShown(branch, channel);
}

void ActivationsPanel::showLookForProgress(int step, int total, const QImage& preview)
{
    if (!lookProgress_)
        return;
    lookProgress_->setRange(0, total);
    lookProgress_->setValue(step);
    lookProgress_->setFormat(tr("step %1 of %2").arg(step).arg(total));
    if (!preview.isNull())
        lookPicture_->setPixmap(QPixmap::fromImage(scaledPicture(preview)));
}

void ActivationsPanel::showLookFor(const QImage& picture, const QString& what)
{
    if (!lookProgress_)
        return;
    lookProgress_->hide();
    lookButton_->setEnabled(true);
    lookCancel_->setEnabled(false);
    lookFor_ = picture;
    lookExport_->setEnabled(!picture.isNull());
    if (!picture.isNull())
        lookPicture_->setPixmap(QPixmap::fromImage(scaledPicture(picture)));
    lookText_->setText(what);
}

bool ActivationsPanel::exportLookFor(const QString& path) const
{
    const QImage sheet = lookForSheet();
    QSaveFile file(path);
    return !sheet.isNull() && file.open(QIODevice::WriteOnly) && sheet.save(&file, "PNG") && file.commit();
}

bool ActivationsPanel::diverse() const { return diverse_; }

QImage ActivationsPanel::lookForSheet() const
{
    if (lookFor_.isNull())
        return {};
    // Three panels side by side, each under its caption: the channel's map over the input, the
    // picture optimised for it, the dataset's examples (when a folder is indexed).
    constexpr int side = 256, pad = 12, head = 44;
    QList<std::pair<QString, QImage>> panels;
    if (!overlayBase_.isNull())
        panels.append({tr("This image: the channel's map"), overlayBase_});
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
    p.drawText(QRect(pad, head + side + 4, sheet.width() - 2 * pad, 36), Qt::AlignLeft | Qt::TextWordWrap,
               focusTitleText_);
    return sheet;
}

void ActivationsPanel::showExamples(const QImage& grid, const QString& caption)
{
    examples_ = grid;
    examplesCaption_ = caption;
    if (!examplesPicture_)
        return;
    examplesPicture_->setPixmap(grid.isNull() ? QPixmap() : QPixmap::fromImage(grid));
    examplesText_->setText(caption);
}

void ActivationsPanel::showIndexProgress(int done, int total)
{
    indexing_ = true;
    if (!indexProgress_)
        return;
    indexButton_->setEnabled(false);
    indexCancel_->setEnabled(true);
    indexProgress_->setRange(0, std::max(total, 1));
    indexProgress_->setValue(done);
    indexProgress_->setFormat(tr("image %1 of %2").arg(done).arg(total));
    indexProgress_->show();
}

void ActivationsPanel::showIndexFinished(const QString& text)
{
    indexing_ = false;
    examplesCaption_ = text;
    if (!indexProgress_)
        return;
    indexProgress_->hide();
    indexButton_->setEnabled(true);
    indexCancel_->setEnabled(false);
    examplesText_->setText(text);
}

QString ActivationsPanel::branchId(int branch) const
{
    return result_ && branch >= 0 && branch < result_->branches.size() ? result_->branches[branch].id : QString();
}

QImage ActivationsPanel::focusedMap() const
{
    if (!result_ || focusBranch_ < 0 || focusBranch_ >= result_->branches.size())
        return {};
    return result_->branches[focusBranch_].maps.value(focusChannel_);
}

QRect ActivationsPanel::fieldRect(int branch, int y, int x) const
{
    if (!result_ || branch < 0 || branch >= result_->branches.size() || result_->input.isNull())
        return {};
    const auto& f = result_->branches[branch].field;
    const auto box = inception::arch::cellField(f, y, x, result_->input.height(), result_->input.width());
    return QRect(QPoint(int(box.left), int(box.top)), QPoint(int(box.right), int(box.bottom)));
}

void ActivationsPanel::showField(QPointF at)
{
    if (!result_ || focusBranch_ < 0 || overlayBase_.isNull() || !focusOverlay_)
        return;
    const auto& b = result_->branches[focusBranch_];
    const QImage& map = b.maps.value(focusChannel_);
    if (at.x() < 0 || map.isNull()) {
        focusOverlay_->setPixmap(QPixmap::fromImage(overlayBase_));
        return;
    }
    const int x = std::min(map.width() - 1, int(at.x() * map.width()));
    const int y = std::min(map.height() - 1, int(at.y() * map.height()));
    const QRect field = fieldRect(focusBranch_, y, x);
    if (field.isNull())
        return;
    QImage shown = overlayBase_;
    QPainter p(&shown);
    const double sx = double(shown.width()) / result_->input.width(), sy = double(shown.height()) / result_->input.height();
    p.setPen(QPen(Qt::white, 2));
    p.drawRect(QRectF(field.left() * sx, field.top() * sy, field.width() * sx, field.height() * sy));
    p.setPen(QPen(Qt::black, 1, Qt::DashLine));
    p.drawRect(QRectF(field.left() * sx, field.top() * sy, field.width() * sx, field.height() * sy));
    p.end();
    focusOverlay_->setPixmap(QPixmap::fromImage(shown));
    lastField_ = field;
    focusTitle_->setToolTip(tr("Cell (%1, %2) sees input pixels %3…%4 × %5…%6")
                                .arg(y)
                                .arg(x)
                                .arg(field.top())
                                .arg(field.bottom())
                                .arg(field.left())
                                .arg(field.right()));
}

QLabel* ActivationsPanel::gridLabel(int branch) const
{
    return branch >= 0 && branch < grids_.size() ? grids_[branch] : nullptr;
}

}  // namespace explorer
