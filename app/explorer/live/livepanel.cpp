#include "explorer/live/livepanel.h"

#include <QCheckBox>
#include <QPen>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace explorer {

LiveView::LiveView(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(240, 180);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QImage LiveView::shown() const { return mirrored_ ? frame_.mirrored(true, false) : frame_; }

void LiveView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(24, 24, 24));
    if (frame_.isNull()) {
        p.setPen(QColor(200, 200, 200));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No live source. Start the camera, or open a video or a folder of images."));
        return;
    }
    const QImage img = shown();
    const QSize fitted = img.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(target, img);
    if (!explanation_.isNull()) {
        // The network's centre crop, in the fitted frame's coordinates.
        const double side = std::min(target.width(), target.height()) * fraction_;
        const QRectF crop(target.center().x() - side / 2, target.center().y() - side / 2, side, side);
        p.setOpacity(opacity_);
        p.drawImage(crop, mirrored_ ? explanation_.mirrored(true, false) : explanation_);
        p.setOpacity(1.0);
        p.setPen(QPen(QColor(255, 255, 255, 180), 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(crop);
    }
    if (overlay_.isEmpty())
        return;
    QFont f = font();
    f.setBold(true);
    p.setFont(f);
    const QRect box = p.fontMetrics().boundingRect(QRect(0, 0, 600, 200), Qt::AlignLeft, overlay_).adjusted(-8, -6, 8, 6);
    const QRect placed = box.translated(target.topLeft() - box.topLeft() + QPoint(8, 8));
    p.fillRect(placed, QColor(0, 0, 0, 160));
    p.setPen(Qt::white);
    p.drawText(placed.adjusted(8, 6, -8, -6), Qt::AlignLeft, overlay_);
}

LivePanel::LivePanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* controls = new QHBoxLayout;
    auto* camera = new QPushButton(tr("&Camera"));
    camera->setToolTip(tr("Start the first camera that opens"));
    auto* video = new QPushButton(tr("&Video…"));
    auto* folder = new QPushButton(tr("Slide &show…"));
    folder->setToolTip(tr("Every image of a folder, in turn"));
    stop_ = new QPushButton(tr("S&top"));
    stop_->setEnabled(false);
    mirror_ = new QCheckBox(tr("&Mirror"));
    mirror_->setToolTip(tr("Show the picture as in a mirror (the network sees it unmirrored)"));
    freeze_ = new QPushButton(tr("&Freeze"));
    freeze_->setCheckable(true);
    freeze_->setToolTip(tr("Hold the current frame (Space)"));
    auto* snapshot = new QPushButton(tr("S&napshot"));
    snapshot->setToolTip(tr("Save the frame shown as a PNG"));
    for (QWidget* w : {static_cast<QWidget*>(camera), static_cast<QWidget*>(video), static_cast<QWidget*>(folder),
                       static_cast<QWidget*>(stop_), static_cast<QWidget*>(mirror_), static_cast<QWidget*>(freeze_),
                       static_cast<QWidget*>(snapshot)})
        controls->addWidget(w);
    controls->addStretch(1);
    layout->addLayout(controls);
    source_ = new QLabel(tr("Idle"));
    source_->setWordWrap(true);
    layout->addWidget(source_);
    view_ = new LiveView;
    layout->addWidget(view_, 1);

    connect(camera, &QPushButton::clicked, this, &LivePanel::cameraRequested);
    connect(video, &QPushButton::clicked, this, &LivePanel::videoRequested);
    connect(folder, &QPushButton::clicked, this, &LivePanel::folderRequested);
    connect(stop_, &QPushButton::clicked, this, &LivePanel::stopRequested);
    connect(mirror_, &QCheckBox::toggled, view_, &LiveView::setMirrored);
    connect(freeze_, &QPushButton::toggled, this, &LivePanel::setFrozen);
    auto* space = new QShortcut(QKeySequence(Qt::Key_Space), this);
    space->setContext(Qt::WidgetWithChildrenShortcut);
    connect(space, &QShortcut::activated, this, [this] { setFrozen(!frozen_); });
    connect(snapshot, &QPushButton::clicked, this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        const QString suggested = QDir(dir).filePath(
            QStringLiteral("inception-live-%1.png").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"))));
        const QString path = QFileDialog::getSaveFileName(this, tr("Save snapshot"), suggested, tr("PNG image (*.png)"));
        if (!path.isEmpty() && saveSnapshot(path))
            emit message(tr("Snapshot saved to %1").arg(path));
    });
}

void LivePanel::showFrame(const QImage& frame)
{
    if (!frozen_)
        view_->setFrame(frame);
}

void LivePanel::setStats(double captureFps, double inferenceFps, double forwardMs, qint64 dropped)
{
    const QLocale l;
    overlayText_ = tr("capture %1 fps · inference %2 fps\nforward %3 ms · %n frame(s) skipped", nullptr, int(dropped))
                       .arg(l.toString(captureFps, 'f', 1), l.toString(inferenceFps, 'f', 1), l.toString(forwardMs, 'f', 1));
    view_->setOverlay(overlayText_);
}

void LivePanel::setRunning(bool running, const QString& description)
{
    stop_->setEnabled(running);
    source_->setText(running ? description : tr("Idle"));
    if (!running) {
        overlayText_.clear();
        view_->setOverlay(QString());
    }
}

void LivePanel::setFrozen(bool on)
{
    frozen_ = on;
    freeze_->setChecked(on);
}

bool LivePanel::saveSnapshot(const QString& path)
{
    const QImage img = view_->shown();
    if (img.isNull()) {
        emit message(tr("There is no frame to save."));
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !img.save(&out, "PNG") || !out.commit()) {
        emit message(tr("Cannot write %1: %2").arg(path, out.errorString()));
        return false;
    }
    return true;
}

}  // namespace explorer
