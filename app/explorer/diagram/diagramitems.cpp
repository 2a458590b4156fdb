#include "explorer/diagram/diagramitems.h"

#include <QFontMetricsF>
#include <algorithm>

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "explorer/diagram/nodetext.h"

namespace explorer {

using inception::arch::Kind;
using inception::arch::Op;

namespace {

QRectF rectOf(const LayoutBox& b) { return {b.rect.x, b.rect.y, b.rect.w, b.rect.h}; }

}  // namespace

QColor kindColour(const inception::arch::ArchNode& n)
{
    if (n.isLeaf()) {
        switch (n.layer.op) {
        case Op::Conv: return n.layer.kernel.h == 1 && n.layer.kernel.w == 1 ? QColor(0xb3, 0xd4, 0xf5) : QColor(0x8e, 0xbd, 0xef);
        case Op::MaxPool:
        case Op::AvgPool:
        case Op::AdaptiveAvgPool: return QColor(0xf8, 0xc9, 0x8f);
        case Op::Linear: return QColor(0xd3, 0xb5, 0xe8);
        case Op::Dropout: return QColor(0xe0, 0xe0, 0xe0);
        case Op::TransformInput: return QColor(0xf3, 0xe6, 0x9a);
        case Op::None: break;
        }
    }
    switch (n.kind) {
    case Kind::Stage: return QColor(0xcf, 0xd8, 0xdc);
    case Kind::Block: return n.composition == inception::arch::Composition::Residual ? QColor(0xf4, 0xb6, 0xb6)
                                                                                      : QColor(0xa8, 0xdc, 0xa8);
    case Kind::Branch: return QColor(0x9f, 0xdc, 0xd3);
    case Kind::Classifier: return QColor(0xd3, 0xb5, 0xe8);
    default: return QColor(0xee, 0xee, 0xee);
    }
}

QColor heatColour(double heat)
{
    static const QColor stops[] = {QColor(0xff, 0xff, 0xcc), QColor(0xfe, 0xd9, 0x76), QColor(0xfd, 0x8d, 0x3c),
                                   QColor(0xf0, 0x3b, 0x20)};
    const double t = std::clamp(heat, 0.0, 1.0) * 3;
    const int i = std::min(int(t), 2);
    const double f = t - i;
    const QColor &a = stops[i], &b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f), float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QFont DiagramText::heading() const
{
    QFont f;
    f.setPointSizeF(9.5 * scale);
    f.setBold(true);
    return f;
}

QFont DiagramText::title(const inception::arch::ArchNode& n) const
{
    if ((n.kind != Kind::Layer && n.kind != Kind::Pool) || (branches && branches->count(n.id)))
        return heading();
    QFont f;
    f.setPointSizeF(9.5 * inner);
    f.setBold(true);
    return f;
}

QFont DiagramText::detail() const
{
    QFont f;
    f.setPointSizeF(8.5 * inner);
    return f;
}

QFont DiagramText::edge() const
{
    QFont f;
    f.setPointSizeF(7.5 * inner);
    return f;
}

QString DiagramText::detailLine(const inception::arch::ArchNode& n) const { return nodeDetail(n, counts()); }

QString DiagramText::frameTitle(const inception::arch::ArchNode& n) const
{
    return counts() ? QStringLiteral("− %1  %2").arg(displayName(n), shapeText(n.output))
                    : QStringLiteral("− %1").arg(displayName(n));
}

NodeItem::NodeItem(const LayoutBox& box, DiagramText text) : box_(box), text_(text)
{
    setFlag(ItemIsSelectable);
    setData(0, QString::fromStdString(box.id));
    setToolTip(QString::fromStdString(box.id));
}

QRectF NodeItem::boundingRect() const { return rectOf(box_).adjusted(-3, -17, 3, 3); }

void NodeItem::setHeat(double heat)
{
    heat_ = heat;
    update();
}

void NodeItem::setKnockout(int kind)
{
    knockout_ = kind;
    update();
}

void FrameItem::setKnockout(int kind)
{
    knockout_ = kind;
    update();
}

void paintKnockout(QPainter* p, const QRectF& r, int kind)
{
    if (!kind)
        return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setBrush(QColor(255, 255, 255, 140));  // faded: this part no longer contributes
    p->setPen(Qt::NoPen);
    p->drawRoundedRect(r, 7, 7);
    p->setPen(QPen(QColor(0x80, 0x20, 0x90), 3, Qt::SolidLine, Qt::RoundCap));
    p->drawLine(r.bottomLeft() + QPointF(6, -4), r.topRight() + QPointF(-6, 4));
    p->drawLine(QPointF(r.left() + 6, r.center().y()), QPointF(r.right() - 6, r.center().y()));
    QFont f = p->font();
    f.setPointSizeF(8);
    f.setBold(true);
    p->setFont(f);
    const QString tag = kind == 2 ? QObject::tr("knocked out: mean") : QObject::tr("knocked out: zero");
    const QRectF tagRect(r.left() + 4, r.top() - 15, std::max(90.0, r.width() - 8), 14);
    p->setPen(QColor(0x80, 0x20, 0x90));
    p->drawText(tagRect, Qt::AlignLeft | Qt::AlignVCenter, tag);
    p->restore();
}

void NodeItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*)
{
    const auto& n = *box_.node;
    const QRectF r = rectOf(box_);
    // A tinted box shows its activation on the tint's own scale (the legend's bar), not its kind.
    const QColor fill = heat_ >= 0 ? heatColour(heat_) : kindColour(n);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(isSelected() ? QColor(0xd0, 0x30, 0x30) : QColor(0x40, 0x40, 0x40), isSelected() ? 3.0 : 1.0,
                   box_.expandable ? Qt::SolidLine : Qt::SolidLine));
    p->setBrush(fill);
    p->drawRoundedRect(r, 7, 7);
    if (box_.expandable) {  // a module that opens: a small "+" in the corner
        p->drawText(QRectF(r.right() - 18, r.top() + 2, 16, 16), Qt::AlignCenter, QStringLiteral("+"));
    }
    p->setFont(text_.title(n));
    p->setPen(Qt::black);
    const QRectF text = r.adjusted(8, 4, -8, -4);
    p->drawText(text, Qt::AlignTop | Qt::AlignHCenter, displayName(n));
    p->setFont(text_.detail());
    if (!text_.counts()) {  // two lines: the name and the detail
        p->drawText(text, Qt::AlignBottom | Qt::AlignHCenter, text_.detailLine(n));
        paintKnockout(p, r, knockout_);
        return;
    }
    p->drawText(text, Qt::AlignVCenter | Qt::AlignHCenter, nodeDetail(n));
    const QString counts = n.params || n.macs
                               ? QObject::tr("%1 params · %2 MACs").arg(shortCount(n.params), shortCount(n.macs))
                               : QObject::tr("no parameters");
    p->setPen(QColor(0x30, 0x30, 0x30));
    p->drawText(text, Qt::AlignBottom | Qt::AlignHCenter, counts);
    paintKnockout(p, r, knockout_);
}

QRectF NodeItem::titleRect() const
{
    const QRectF text = rectOf(box_).adjusted(8, 4, -8, -4);
    return QFontMetricsF(text_.title(*box_.node)).boundingRect(text, Qt::AlignTop | Qt::AlignHCenter, displayName(*box_.node));
}

FrameItem::FrameItem(const LayoutBox& box, DiagramText text) : box_(box), text_(text)
{
    setData(0, QString::fromStdString(box.id));
    setZValue(-1);
    setToolTip(QObject::tr("%1 — double-click to close").arg(QString::fromStdString(box.id)));
}

QRectF FrameItem::boundingRect() const { return rectOf(box_).adjusted(-2, -17, 2, 2); }

void FrameItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*)
{
    const auto& n = *box_.node;
    const QRectF r = rectOf(box_);
    QColor c = kindColour(n);
    c.setAlpha(kFrameFillAlpha);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(kindColour(n).darker(160), 1.2, Qt::DashLine));
    p->setBrush(c);
    p->drawRoundedRect(r, 10, 10);
    paintKnockout(p, r, knockout_);  // the title is a FrameTitleItem of its own
}

FrameTitleItem::FrameTitleItem(const FrameItem* frame, const std::vector<LayoutBox>& boxes) : frame_(frame)
{
    setData(0, frame->data(0));
    setToolTip(frame->toolTip());
    setZValue(-0.25);  // above the edges (-0.5), below the blocks
    // What the letters stand on: the page under every frame around them, each filled translucent,
    // outermost first. Worked out once: the boxes do not move until the next layout.
    const QPointF at = frame->titleRect().center();
    std::vector<const LayoutBox*> around;
    for (const auto& b : boxes)
        if (b.kind == BoxKind::Frame && rectOf(b).contains(at))
            around.push_back(&b);
    std::sort(around.begin(), around.end(), [](const LayoutBox* x, const LayoutBox* y) {
        return x->rect.w * x->rect.h > y->rect.w * y->rect.h;
    });
    double rgb[3] = {kDiagramBackground.redF(), kDiagramBackground.greenF(), kDiagramBackground.blueF()};
    for (const LayoutBox* f : around) {
        const QColor k = kindColour(*f->node);
        const double kc[3] = {k.redF(), k.greenF(), k.blueF()}, a = kFrameFillAlpha / 255.0;
        for (int i = 0; i < 3; ++i)
            rgb[i] = (1 - a) * rgb[i] + a * kc[i];
    }
    ground_ = QColor::fromRgbF(float(rgb[0]), float(rgb[1]), float(rgb[2]));
}

QRectF FrameTitleItem::boundingRect() const { return frame_->titleRect().adjusted(-4, -4, 4, 4); }

void FrameTitleItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*)
{
    p->setPen(Qt::NoPen);
    p->setBrush(ground_);
    p->drawRect(frame_->titleRect().adjusted(-3, 0, 3, 0));
    p->setFont(frame_->text_.heading());
    p->setPen(Qt::black);
    p->drawText(rectOf(frame_->box_).adjusted(10, 4, -10, 0), Qt::AlignTop | Qt::AlignLeft,
                frame_->text_.frameTitle(*frame_->box_.node));
}

QRectF FrameItem::titleRect() const
{
    return QFontMetricsF(text_.heading()).boundingRect(rectOf(box_).adjusted(10, 4, -10, 0), Qt::AlignTop | Qt::AlignLeft,
                                                       text_.frameTitle(*box_.node));
}

JoinItem::JoinItem(const LayoutBox& box) : box_(box)
{
    setData(0, QString::fromStdString(box.id.substr(0, box.id.find('#'))));
    setToolTip(box.kind == BoxKind::Add ? QObject::tr("residual sum") : box.kind == BoxKind::Concat
                                                                              ? QObject::tr("concatenation")
                                                                              : QObject::tr("split"));
}

QRectF JoinItem::boundingRect() const { return rectOf(box_).adjusted(-2, -2, 2, 2); }

void JoinItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*)
{
    const QRectF r = rectOf(box_);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(QColor(0x30, 0x30, 0x30), 1.2));
    p->setBrush(box_.kind == BoxKind::Split ? QColor(0x70, 0x70, 0x70) : QColor(0xff, 0xff, 0xff));
    p->drawEllipse(r);
    if (box_.kind != BoxKind::Split)
        p->drawText(r, Qt::AlignCenter, box_.kind == BoxKind::Add ? QStringLiteral("+") : QStringLiteral("C"));
}

EdgeItem::EdgeItem(const LayoutEdge& e, const std::vector<Rect>& avoid, DiagramText text)
    : text_(text), bypass_(e.bypass)
{
    QPainterPath path;
    if (!e.points.empty()) {
        path.moveTo(e.points[0].x, e.points[0].y);
        for (size_t i = 1; i < e.points.size(); ++i)
            path.lineTo(e.points[i].x, e.points[i].y);
    }
    setPath(path);
    setZValue(-0.5);
    label_ = shapeText(e.shape);
    if (e.points.size() >= 2) {
        const double width = QFontMetricsF(text_.edge()).horizontalAdvance(label_), height = 11 * text_.inner;
        labelWidth_ = width;
        labelHeight_ = height;
        // Beside the longest vertical run, unless that covers a frame's title or a block: then
        // further along that run, on its other side, or beside the next longest.
        // A branch's edge into a concatenation ends on the run every branch shares: a shape
        // beside it would name one branch's output where all of them meet.
        const bool shared = e.points.size() > 2 && e.to.size() > 7 && e.to.compare(e.to.size() - 7, 7, "#concat") == 0;
        std::vector<size_t> runs;
        for (size_t i = 1; i < e.points.size() - (shared ? 1 : 0); ++i)
            if (std::abs(e.points[i].y - e.points[i - 1].y) > 0)
                runs.push_back(i);
        std::stable_sort(runs.begin(), runs.end(), [&](size_t a, size_t b) {
            return std::abs(e.points[a].y - e.points[a - 1].y) > std::abs(e.points[b].y - e.points[b - 1].y);
        });
        auto free = [&](const QPointF& at) {
            const Rect r{at.x() - 1, at.y() - height + 1, width + 2, height};
            for (const auto& a : avoid)
                if (r.intersects(a))
                    return false;
            return true;
        };
        bool placed = false;
        for (size_t i : runs) {
            const double y0 = std::min(e.points[i].y, e.points[i - 1].y), y1 = std::max(e.points[i].y, e.points[i - 1].y);
            if (y1 - y0 < height + 4 && i != runs.front())
                continue;
            for (double t : {0.5, 0.7, 0.3, 0.85, 0.15}) {
                const double y = y0 + t * (y1 - y0) + 4;
                for (const QPointF at : {QPointF(e.points[i].x + 5, y), QPointF(e.points[i].x - 5 - width, y)}) {
                    if (free(at)) {
                        labelAt_ = at;
                        placed = true;
                        break;
                    }
                }
                if (placed)
                    break;
            }
            if (placed)
                break;
        }
        if (!placed && !runs.empty() && text_.counts()) {
            const size_t best = runs.front();
            labelAt_ = QPointF(e.points[best].x + 5, (e.points[best].y + e.points[best - 1].y) / 2 + 4);
        }
    }
    setToolTip(label_);
    if (!text_.counts() && labelAt_.isNull())
        label_.clear();  // larger text: no shape where it would cover a name (the tooltip keeps it)
}

QRectF EdgeItem::labelRect() const
{
    return label_.isEmpty() ? QRectF() : QRectF(labelAt_.x(), labelAt_.y() - labelHeight_ + 1, labelWidth_, labelHeight_);
}

QRectF EdgeItem::boundingRect() const
{
    return QGraphicsPathItem::boundingRect().united(labelRect().adjusted(-2, -4, 2, 4)).adjusted(-2, -2, 2, 2);
}

void EdgeItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*)
{
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(bypass_ ? QColor(0xc0, 0x30, 0x30) : QColor(0x55, 0x55, 0x55), bypass_ ? 2.0 : 1.2,
                   bypass_ ? Qt::DashLine : Qt::SolidLine));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path());
    if (!label_.isEmpty()) {
        p->setFont(text_.edge());
        p->setPen(QColor(0x20, 0x20, 0x70));
        p->drawText(labelAt_, label_);
    }
}

}  // namespace explorer
