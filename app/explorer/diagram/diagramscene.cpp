#include "explorer/diagram/diagramscene.h"

#include <QFontMetricsF>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>

#include <algorithm>
#include <cmath>

#include "explorer/diagram/diagramitems.h"
#include "explorer/diagram/nodetext.h"

namespace explorer {

using inception::arch::ArchNode;

DiagramScene::DiagramScene(QObject* parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(kDiagramBackground);
}

void DiagramScene::setNetwork(std::shared_ptr<const inception::arch::NetworkDesc> desc)
{
    desc_ = std::move(desc);
    fields_ = desc_ ? inception::arch::receptiveFields(*desc_) : std::map<std::string, inception::arch::ReceptiveField>{};
    expanded_.clear();
    selected_.clear();
    heat_.clear();
    columns_.clear();  // every variant has a "stem": a fold belongs to the network it was made for
    // Stages open by default: the network reads as its modules.
    if (desc_)
        for (const auto& c : desc_->root.children)
            if (c.kind == inception::arch::Kind::Stage)
                expanded_.insert(c.id);
    rebuild();
}

void DiagramScene::setExpanded(std::set<std::string> ids)
{
    expanded_ = std::move(ids);
    rebuild();
}

void DiagramScene::toggle(const std::string& id)
{
    if (!expanded_.erase(id))
        expanded_.insert(id);
    rebuild();
}

void DiagramScene::expandAll()
{
    if (desc_)
        expanded_ = expandableIds(desc_->root);
    rebuild();
}

void DiagramScene::collapseAll()
{
    expanded_.clear();
    rebuild();
}

void DiagramScene::expandNodes(const QStringList& ids)
{
    for (const auto& id : ids) {
        reveal(id.toStdString());
        auto open = expanded();
        open.insert(id.toStdString());
        setExpanded(open);
    }
}

void DiagramScene::reveal(const std::string& id)
{
    if (!desc_)
        return;
    std::vector<const ArchNode*> path;
    std::function<bool(const ArchNode&)> walk = [&](const ArchNode& n) {
        path.push_back(&n);
        if (n.id == id)
            return true;
        for (const auto& c : n.children)
            if (walk(c))
                return true;
        path.pop_back();
        return false;
    };
    if (!walk(desc_->root))
        return;
    path.pop_back();  // the node itself stays as it is
    for (const ArchNode* n : path)
        expanded_.insert(n->id);
    rebuild();
}

void DiagramScene::select(const std::string& id)
{
    selected_ = id;
    for (auto& [nid, item] : nodes_)
        item->setSelected(nid == id);
    emit nodeSelected(QString::fromStdString(id));
}

std::vector<std::string> DiagramScene::visibleNodes() const
{
    std::vector<std::string> ids;
    for (const auto& b : layout_.boxes)
        if (b.kind == BoxKind::Node)
            ids.push_back(b.id);
    return ids;
}

QRectF DiagramScene::boxRect(const std::string& id) const
{
    const LayoutBox* b = layout_.find(id);
    if (!b)
        b = layout_.find(id, BoxKind::Frame);
    return b ? QRectF(b->rect.x, b->rect.y, b->rect.w, b->rect.h) : QRectF();
}

std::vector<std::string> DiagramScene::search(const QString& text) const
{
    std::vector<std::string> hits;
    if (!desc_ || text.trimmed().isEmpty())
        return hits;
    const QString needle = text.trimmed();
    inception::arch::forEachNode(desc_->root, [&](const ArchNode& n, int) {
        if (QString::fromStdString(n.id).contains(needle, Qt::CaseInsensitive) ||
            QString::fromStdString(n.name).contains(needle, Qt::CaseInsensitive) ||
            displayName(n).contains(needle, Qt::CaseInsensitive))
            hits.push_back(n.id);
    });
    return hits;
}

void DiagramScene::setHeat(std::map<std::string, double> heat)
{
    heat_ = std::move(heat);
    for (auto& [id, item] : nodes_) {
        auto it = heat_.find(id);
        item->setHeat(it == heat_.end() ? -1 : it->second);
    }
}

QString fieldText(const inception::arch::ReceptiveField& f)
{
    if (f.h.global || f.w.global)
        return DiagramScene::tr("the whole image");
    const QString jump = f.h.jump == f.w.jump ? QString::number(f.h.jump)
                                              : QStringLiteral("%1×%2").arg(f.h.jump).arg(f.w.jump);
    return DiagramScene::tr("%1×%2 px, one cell every %3 px").arg(f.h.size).arg(f.w.size).arg(jump);
}

void DiagramScene::setKnockouts(std::map<std::string, bool> knockouts)
{
    knockouts_ = std::move(knockouts);
    applyKnockouts();
}

void DiagramScene::applyKnockouts()
{
    auto kind = [&](const std::string& id) {
        auto it = knockouts_.find(id);
        return it == knockouts_.end() ? 0 : it->second ? 2 : 1;
    };
    for (auto& [id, item] : nodes_)
        item->setKnockout(kind(id));
    for (auto& [id, item] : frames_)
        item->setKnockout(kind(id));
}

void DiagramScene::contextMenuEvent(QGraphicsSceneContextMenuEvent* event)
{
    const std::string id = idAt(event->scenePos());
    if (id.empty())
        return;
    select(id);
    emit nodeContextMenu(QString::fromStdString(id), event->screenPos());
    event->accept();
}

void DiagramScene::setTextScale(double scale, double inner)
{
    if (scale == text_.scale && inner == text_.inner)
        return;
    text_.scale = scale;
    text_.inner = inner;
    if (scale <= 1)
        columns_.clear();
    rebuild();
}

void DiagramScene::setColumns(const std::string& id, int columns)
{
    if (DiagramScene::columns(id) == std::max(columns, 1))
        return;
    if (columns > 1)
        columns_[id] = columns;
    else
        columns_.erase(id);
    rebuild();
}

int DiagramScene::columns(const std::string& id) const
{
    const auto c = columns_.find(id);
    return c == columns_.end() ? 1 : c->second;
}

LayoutStyle DiagramScene::style() const
{
    LayoutStyle s;
    s.columns = columns_;
    if (text_.scale <= 1 || !desc_)
        return s;
    const DiagramText text = text_;
    const QFontMetricsF heading(text.heading()), detail(text.detail());
    s.boxWidth = [text](const ArchNode& n) {
        const double name = QFontMetricsF(text.title(n)).horizontalAdvance(displayName(n));
        const double corner = n.isLeaf() ? 0 : 36;  // the "+" of a module that opens
        return std::ceil(std::max(name + corner, QFontMetricsF(text.detail()).horizontalAdvance(text.detailLine(n)))) + 20;
    };
    s.frameWidth = [text](const ArchNode& n) {
        return std::ceil(QFontMetricsF(text.heading()).horizontalAdvance(text.frameTitle(n))) + 24;
    };
    s.boxHeight = [text](const ArchNode& n) {
        return std::ceil(QFontMetricsF(text.title(n)).height() + QFontMetricsF(text.detail()).height()) + 10;
    };
    s.gapY = 24 * text.inner;  // room for a shape (11 × inner) beside the edge
    s.frameTitle = std::ceil(heading.height()) + 8;
    return s;
}

QRectF DiagramScene::titleRect(const std::string& id) const
{
    if (auto f = frames_.find(id); f != frames_.end())
        return f->second->titleRect();
    if (auto n = nodes_.find(id); n != nodes_.end())
        return n->second->titleRect();
    return {};
}

void DiagramScene::rebuild()
{
    clear();
    nodes_.clear();
    frames_.clear();
    if (!desc_) {
        layout_ = {};
        return;
    }
    auto branches = std::make_shared<std::set<std::string>>();  // a module's branches, layers or not
    inception::arch::forEachNode(desc_->root, [&](const ArchNode& n, int) {
        if (n.kind == inception::arch::Kind::Block &&
            (n.composition == inception::arch::Composition::Concat || n.composition == inception::arch::Composition::Residual))
            for (const auto& c : n.children)
                branches->insert(c.id);
    });
    text_.branches = std::move(branches);
    const LayoutStyle style = this->style();
    layout_ = layoutTree(desc_->root, expanded_, desc_->input, style);
    std::vector<Rect> avoid;  // frames' title bands, blocks and the labels placed: no shape label on them
    for (const auto& b : layout_.boxes) {
        if (b.kind == BoxKind::Frame)
            avoid.push_back({b.rect.x, b.rect.y, b.rect.w, style.frameTitle});
        else if (b.kind == BoxKind::Node)
            avoid.push_back(b.rect);
    }
    for (const auto& e : layout_.edges) {
        auto* edge = new EdgeItem(e, avoid, text_);
        addItem(edge);
        if (const QRectF l = edge->labelRect(); !l.isEmpty())
            avoid.push_back({l.x(), l.y(), l.width(), l.height()});  // no two shapes on one spot (edges into a concat)
    }
    for (const auto& b : layout_.boxes) {
        switch (b.kind) {
        case BoxKind::Frame: {
            auto* frame = new FrameItem(b, text_);
            addItem(frame);
            addItem(new FrameTitleItem(frame, layout_.boxes));
            frames_[b.id] = frame;
            break;
        }
        case BoxKind::Node: {
            auto* item = new NodeItem(b, text_);
            if (auto f = fields_.find(b.id); f != fields_.end())
                item->setToolTip(tr("%1\nreceptive field: %2").arg(QString::fromStdString(b.id), fieldText(f->second)));
            addItem(item);
            nodes_[b.id] = item;
            auto it = heat_.find(b.id);
            if (it != heat_.end())
                item->setHeat(it->second);
            item->setSelected(b.id == selected_);
            break;
        }
        default: addItem(new JoinItem(b)); break;
        }
    }
    applyKnockouts();
    const auto& r = layout_.bounds;
    setSceneRect(QRectF(r.x, r.y, r.w, r.h).adjusted(-40, -40, 40, 40));
    emit layoutChanged();
}

std::string DiagramScene::idAt(const QPointF& pos) const
{
    for (QGraphicsItem* item : items(pos)) {
        const QString id = item->data(0).toString();
        if (!id.isEmpty())
            return id.toStdString();
    }
    return {};
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    const std::string id = idAt(event->scenePos());
    if (!id.empty())
        select(id);
    event->accept();
}

void DiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    const std::string id = idAt(event->scenePos());
    if (!id.empty() && desc_) {
        const ArchNode* n = inception::arch::findNode(desc_->root, id);
        if (n && !n->isLeaf())
            toggle(id);
    }
    event->accept();
}

}  // namespace explorer
