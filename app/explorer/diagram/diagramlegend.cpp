#include "explorer/diagram/diagramlegend.h"

#include <QFontMetrics>
#include <QPainter>

#include "arch/archnode.h"
#include "explorer/diagram/diagramitems.h"

namespace explorer {

namespace arch = inception::arch;

namespace {

arch::ArchNode sample(arch::Kind kind, arch::Op op, int kernel = 3,
                      arch::Composition composition = arch::Composition::None)
{
    arch::ArchNode n;
    n.kind = kind;
    n.composition = composition;
    n.layer.op = op;
    n.layer.kernel = kernel;
    if (composition != arch::Composition::None)
        n.children.resize(1);
    return n;
}

constexpr int kSwatch = 14, kPad = 6;

}  // namespace

DiagramLegend::DiagramLegend(QWidget* parent) : QWidget(parent)
{
    using arch::Composition;
    using arch::Kind;
    using arch::Op;
    entries_ = {
        {kindColour(sample(Kind::Layer, Op::Conv, 1)), tr("1×1 convolution")},
        {kindColour(sample(Kind::Layer, Op::Conv, 3)), tr("convolution")},
        {kindColour(sample(Kind::Pool, Op::MaxPool)), tr("pooling")},
        {kindColour(sample(Kind::Block, Op::None, 1, Composition::Concat)), tr("Inception module")},
        {kindColour(sample(Kind::Block, Op::None, 1, Composition::Residual)), tr("residual module")},
        {kindColour(sample(Kind::Branch, Op::None, 1, Composition::Series)), tr("branch")},
        {kindColour(sample(Kind::Stage, Op::None, 1, Composition::Series)), tr("stage")},
        {kindColour(sample(Kind::Classifier, Op::Linear)), tr("classifier")},
    };
    setAttribute(Qt::WA_TransparentForMouseEvents);
    resize(sizeHint());
}

void DiagramLegend::setHeatShown(bool shown)
{
    heat_ = shown;
    resize(sizeHint());
    update();
}

void DiagramLegend::setKnockoutShown(bool shown)
{
    knockout_ = shown;
    resize(sizeHint());
    update();
}

QSize DiagramLegend::sizeHint() const
{
    const QFontMetrics fm(font());
    int w = 0;
    for (const auto& e : entries_)
        w = std::max(w, fm.horizontalAdvance(e.text));
    const QString heat = tr("redder: stronger mean activation");
    if (heat_)
        w = std::max(w, fm.horizontalAdvance(heat));
    if (knockout_)
        w = std::max(w, fm.horizontalAdvance(tr("struck through: knocked out")));
    const int rows = int(entries_.size()) + (heat_ ? 1 : 0) + (knockout_ ? 1 : 0);
    const int line = std::max(fm.height(), kSwatch) + 3;
    return {kPad * 3 + kSwatch + w, kPad * 2 + rows * line};
}

void DiagramLegend::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(0xc0, 0xc0, 0xc0));
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(rect().adjusted(0, 0, -1, -1), 5, 5);
    const QFontMetrics fm(font());
    const int line = std::max(fm.height(), kSwatch) + 3;
    int y = kPad;
    auto row = [&](const QBrush& brush, const QString& text) {
        p.setPen(QColor(0x50, 0x50, 0x50));
        p.setBrush(brush);
        p.drawRoundedRect(QRect(kPad, y + (line - kSwatch) / 2, kSwatch, kSwatch), 3, 3);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(2 * kPad + kSwatch, y, width(), line), Qt::AlignVCenter | Qt::AlignLeft, text);
        y += line;
    };
    for (const auto& e : entries_)
        row(e.colour, e.text);
    if (heat_) {
        QLinearGradient g(kPad, 0, kPad + kSwatch, 0);
        g.setColorAt(0, QColor(0xa8, 0xdc, 0xa8));
        g.setColorAt(1, QColor(0xf2, 0x58, 0x40));
        row(g, tr("redder: stronger mean activation"));
    }
    if (knockout_) {
        const QRect swatch(kPad, y + (line - kSwatch) / 2, kSwatch, kSwatch);
        row(QColor(0xe8, 0xe8, 0xe8), tr("struck through: knocked out"));
        p.setPen(QPen(QColor(0x80, 0x20, 0x90), 2));
        p.drawLine(swatch.bottomLeft(), swatch.topRight());
    }
}

}  // namespace explorer
