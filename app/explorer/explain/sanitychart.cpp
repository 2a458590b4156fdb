#include "explorer/explain/sanitychart.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace explorer {

SanityChart::SanityChart(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    hide();
}

void SanityChart::setView(const SanityView& view)
{
    view_ = view;
    setVisible(!view_.steps.isEmpty());
    update();
}

void SanityChart::clear() { setView({}); }

QSize SanityChart::sizeHint() const
{
    const QFontMetrics fm(font());
    // the legend, a plot of about ten lines, the step names (rotated) and the axis caption
    return {20 * fm.averageCharWidth(), fm.height() * 12 + fm.horizontalAdvance(QStringLiteral("inception5b"))};
}

void SanityChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

// Where things go: the plot's rectangle, a step's x (0: the trained network) and a value's y (−1 .. 1).
struct SanityFrame {
    QRect plot;
    int steps = 0, labelWidth = 0, right = 0;
    double x(int i) const { return plot.left() + plot.width() * double(i) / double(std::max(1, steps)); }
    double y(double v) const { return plot.top() + plot.height() * (1.0 - (v + 1.0) / 2.0); }
};

namespace {

const QColor kRankColour(30, 90, 200), kSsimColour(200, 110, 20);

void drawCurve(QPainter& p, const SanityFrame& f, const QVector<double>& values, const QColor& colour, Qt::PenStyle style)
{
    QPainterPath path;
    path.moveTo(f.x(0), f.y(1.0));
    for (int i = 0; i < f.steps; ++i)
        if (std::isfinite(values.value(i)))
            path.lineTo(f.x(i + 1), f.y(values[i]));
    p.setPen(QPen(colour, 2, style));
    p.drawPath(path);
    p.setBrush(colour);
    for (int i = 0; i < f.steps; ++i)
        if (std::isfinite(values.value(i)))
            p.drawEllipse(QPointF(f.x(i + 1), f.y(values[i])), 2.5, 2.5);
    p.setBrush(Qt::NoBrush);
}

}  // namespace

void SanityChart::paintEvent(QPaintEvent*)
{
    if (view_.steps.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QFont small = font();
    small.setPointSizeF(std::max(6.5, font().pointSizeF() * 0.8));
    p.setFont(small);
    const QFontMetrics fm(small);
    // The step names run down under their ticks, as in Adebayo et al.'s figures.
    SanityFrame f;
    f.steps = int(view_.steps.size());
    f.labelWidth =
        std::max(fm.horizontalAdvance(QStringLiteral("inception5b")), fm.horizontalAdvance(tr("shuffled labels"))) + 4;
    f.right = view_.hasShuffled ? 44 : 10;
    const int left = fm.horizontalAdvance(QStringLiteral("−0.5")) + 6, top = fm.height() + 4;
    const int bottom = height() - f.labelWidth - fm.height() - 6;
    f.plot = QRect(left, top, std::max(40, width() - left - f.right), std::max(40, bottom - top));
    drawAxes(p, f, fm);
    drawCurve(p, f, view_.ssim, kSsimColour, Qt::DashLine);
    drawCurve(p, f, view_.rank, kRankColour, Qt::SolidLine);
    if (view_.hasShuffled) {  // the data randomisation test: filled for the rank, open for SSIM
        const double sx = f.plot.right() + f.right / 2.0;
        p.setPen(QPen(kRankColour, 2));
        p.setBrush(kRankColour);
        if (std::isfinite(view_.shuffledRank))
            p.drawRect(QRectF(sx - 3, f.y(view_.shuffledRank) - 3, 6, 6));
        p.setPen(QPen(kSsimColour, 2));
        p.setBrush(Qt::NoBrush);
        if (std::isfinite(view_.shuffledSsim))
            p.drawRect(QRectF(sx - 3, f.y(view_.shuffledSsim) - 3, 6, 6));
    }
    drawLegend(p, f, fm);
}

void SanityChart::drawAxes(QPainter& p, const SanityFrame& f, const QFontMetrics& fm) const
{
    const QColor ink = palette().color(QPalette::WindowText);
    p.setPen(QPen(ink, 1));
    p.drawRect(f.plot);
    for (double v : {-1.0, -0.5, 0.0, 0.5, 1.0}) {
        if (v == view_.threshold || v == 0.0) {
            p.setPen(QPen(QColor(150, 150, 150), 1, v == view_.threshold ? Qt::DotLine : Qt::SolidLine));
            p.drawLine(QPointF(f.plot.left(), f.y(v)), QPointF(f.plot.right(), f.y(v)));
        }
        p.setPen(ink);
        p.drawText(QRectF(0, f.y(v) - fm.height() / 2.0, f.plot.left() - 4, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(v, 'g', 2));
    }
    auto downLabel = [&](double atX, const QString& text) {
        p.save();
        p.translate(atX + fm.ascent() / 2.0 - 1, f.plot.bottom() + 4);
        p.rotate(90);
        p.drawText(QRectF(0, 0, f.labelWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(text, Qt::ElideMiddle, f.labelWidth));
        p.restore();
    };
    for (int i = 0; i <= f.steps; ++i) {
        p.drawLine(QPointF(f.x(i), f.plot.bottom()), QPointF(f.x(i), f.plot.bottom() + 3));
        downLabel(f.x(i), i == 0 ? tr("trained") : view_.steps[i - 1]);
    }
    if (view_.hasShuffled)
        downLabel(f.plot.right() + f.right / 2.0 - 1, tr("shuffled labels"));
    p.drawText(QRectF(f.plot.left(), height() - fm.height() - 2, f.plot.width(), fm.height()), Qt::AlignHCenter,
               tr("re-initialised from the classifier down →"));
}

void SanityChart::drawLegend(QPainter& p, const SanityFrame& f, const QFontMetrics& fm) const
{
    const QColor ink = palette().color(QPalette::WindowText);
    const double mid = fm.height() / 2.0 + 1;
    p.setPen(QPen(kRankColour, 2));
    p.drawLine(QPointF(f.plot.left(), mid), QPointF(f.plot.left() + 16, mid));
    p.setPen(ink);
    const QString rankText = tr("rank correlation");
    p.drawText(QPointF(f.plot.left() + 20, fm.ascent()), rankText);
    const double at = f.plot.left() + 28 + fm.horizontalAdvance(rankText);
    p.setPen(QPen(kSsimColour, 2, Qt::DashLine));
    p.drawLine(QPointF(at, mid), QPointF(at + 16, mid));
    p.setPen(ink);
    p.drawText(QPointF(at + 20, fm.ascent()), tr("SSIM"));
}

}  // namespace explorer
