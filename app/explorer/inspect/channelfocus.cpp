#include "explorer/inspect/channelfocus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

#include <cstring>
#include <functional>

#include "explorer/common/wrappedtext.h"
#include "explorer/inference/inferenceresult.h"
#include "explorer/inspect/channelpage.h"
#include "vision/colormap.h"

namespace explorer {

namespace {

// The enlarged map: reports the cell under the mouse (receptive field drawn on the input).
class HoverLabel : public QLabel {
public:
    explicit HoverLabel(std::function<void(QPointF)> onHover) : onHover_(std::move(onHover))
    {
        setMouseTracking(true);
        setToolTip(ChannelFocus::tr("Point at a cell: its receptive field is drawn on the input"));
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

// The map upsampled over the input: weak responses stay transparent, the strongest cover it.
QImage overlayOn(const QImage& input, const QImage& grey, const QImage& colours)
{
    const QSize size(ChannelFocus::kSize, ChannelFocus::kSize);
    QImage overlay = input.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
    int peak = 1;
    for (int y = 0; y < grey.height(); ++y)
        for (int x = 0; x < grey.width(); ++x)
            peak = std::max(peak, int(grey.constScanLine(y)[x]));
    QImage translucent = colours.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < translucent.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(translucent.scanLine(y));
        const uchar* level = grey.constScanLine(y);
        for (int x = 0; x < translucent.width(); ++x)
            line[x] = qRgba(qRed(line[x]), qGreen(line[x]), qBlue(line[x]), 220 * level[x] / peak);
    }
    QPainter p(&overlay);
    p.setRenderHint(QPainter::SmoothPixmapTransform);  // bilinear upsampling of the map
    p.drawImage(overlay.rect(), translucent);
    return overlay;
}

}  // namespace

ChannelFocus::ChannelFocus(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    title_ = new QLabel;
    title_->setWordWrap(true);
    title_->setMaximumWidth(2 * kSize + 8);
    layout->addWidget(title_);
    auto* pictures = new QHBoxLayout;
    mapLabel_ = new HoverLabel([this](QPointF at) { showField(at); });
    overlayLabel_ = new QLabel;
    pictures->addWidget(mapLabel_);
    pictures->addWidget(overlayLabel_);
    layout->addLayout(pictures);
    reset();
}

void ChannelFocus::reset()
{
    branch_ = nullptr;
    map_ = overlayBase_ = input_ = QImage();
    titleText_.clear();
    setWrappedText(title_, tr("Click a channel map to enlarge it."));
    title_->setToolTip(QString());
    mapLabel_->clear();
    overlayLabel_->clear();
}

void ChannelFocus::show(const BranchView& b, int channel, const QImage& input)
{
    branch_ = &b;
    input_ = input;
    map_ = b.maps[channel];
    const QImage colours = viridisImage(map_);
    const QSize size(kSize, kSize);
    mapLabel_->setPixmap(QPixmap::fromImage(colours.scaled(size, Qt::KeepAspectRatio, Qt::FastTransformation)));
    if (!input.isNull()) {
        overlayBase_ = overlayOn(input, map_, colours);
        overlayLabel_->setPixmap(QPixmap::fromImage(overlayBase_));
    }
    titleText_ = tr("%1, channel %2 of %3").arg(b.name).arg(channel + 1).arg(b.channels);
    setWrappedText(title_, tr("<b>%1</b>, channel %2 of %3 · %4×%5, scale %6 … %7 (shared by all branches)")
                        .arg(b.name.toHtmlEscaped())
                        .arg(channel + 1)
                        .arg(b.channels)
                        .arg(map_.width())
                        .arg(map_.height())
                        .arg(QLocale().toString(b.min, 'g', 3), QLocale().toString(b.max, 'g', 3)));
}

QRect ChannelFocus::fieldRect(const BranchView& b, const QImage& input, int y, int x)
{
    if (input.isNull())
        return {};
    const auto box = inception::arch::cellField(b.field, y, x, input.height(), input.width());
    return QRect(QPoint(int(box.left), int(box.top)), QPoint(int(box.right), int(box.bottom)));
}

void ChannelFocus::showField(QPointF at)
{
    if (!branch_ || overlayBase_.isNull())
        return;
    if (at.x() < 0 || map_.isNull()) {
        overlayLabel_->setPixmap(QPixmap::fromImage(overlayBase_));
        return;
    }
    const int x = std::min(map_.width() - 1, int(at.x() * map_.width()));
    const int y = std::min(map_.height() - 1, int(at.y() * map_.height()));
    const QRect field = fieldRect(*branch_, input_, y, x);
    if (field.isNull())
        return;
    QImage shown = overlayBase_;
    QPainter p(&shown);
    const double sx = double(shown.width()) / input_.width(), sy = double(shown.height()) / input_.height();
    const QRectF box(field.left() * sx, field.top() * sy, field.width() * sx, field.height() * sy);
    p.setPen(QPen(Qt::white, 2));
    p.drawRect(box);
    p.setPen(QPen(Qt::black, 1, Qt::DashLine));
    p.drawRect(box);
    p.end();
    overlayLabel_->setPixmap(QPixmap::fromImage(shown));
    lastField_ = field;
    title_->setToolTip(
        tr("Cell (%1, %2) sees input pixels %3…%4 × %5…%6")
            .arg(y)
            .arg(x)
            .arg(field.top())
            .arg(field.bottom())
            .arg(field.left())
            .arg(field.right()));
}

}  // namespace explorer
