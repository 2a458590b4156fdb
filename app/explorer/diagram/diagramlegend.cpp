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

QString DiagramLegend::heatTitle() { return tr("Tint: mean |activation| (stages, modules)"); }

QString DiagramLegend::heatNote() { return tr("1 = the strongest; untinted: kind colours above"); }

QSize DiagramLegend::sizeHint() const
{
    const QFontMetrics fm(font());
    int w = 0;
    for (const auto& e : entries_)
        w = std::max(w, fm.horizontalAdvance(e.text));
    if (heat_)
        w = std::max({w, fm.horizontalAdvance(heatTitle()), fm.horizontalAdvance(heatNote())});
    if (knockout_)
        w = std::max(w, fm.horizontalAdvance(tr("struck through: knocked out")));
    const int rows = int(entries_.size()) + (heat_ ? 3 : 0) + (knockout_ ? 1 : 0);
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
    if (heat_) {  // the tint's scale: a bar from 0 to 1, under its title
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(kPad, y, width(), line), Qt::AlignVCenter | Qt::AlignLeft, heatTitle());
        y += line;
        const int zero = fm.horizontalAdvance(QStringLiteral("0")) + 4, one = fm.horizontalAdvance(QStringLiteral("1")) + 4;
        const QRect bar(kPad + zero, y + (line - kSwatch) / 2, width() - 2 * kPad - zero - one, kSwatch);
        QLinearGradient g(bar.left(), 0, bar.right(), 0);
        for (int i = 0; i <= 10; ++i)
            g.setColorAt(i / 10.0, heatColour(i / 10.0));
        p.setPen(QColor(0x50, 0x50, 0x50));
        p.setBrush(g);
        p.drawRect(bar);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(kPad, y, zero, line), Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("0"));
        p.drawText(QRect(bar.right() + 4, y, one, line), Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("1"));
        y += line;
        p.drawText(QRect(kPad, y, width(), line), Qt::AlignVCenter | Qt::AlignLeft, heatNote());
        y += line;
    }
    if (knockout_) {
        const QRect swatch(kPad, y + (line - kSwatch) / 2, kSwatch, kSwatch);
        row(QColor(0xe8, 0xe8, 0xe8), tr("struck through: knocked out"));
        p.setPen(QPen(QColor(0x80, 0x20, 0x90), 2));
        p.drawLine(swatch.bottomLeft(), swatch.topRight());
    }
}

}  // namespace explorer
