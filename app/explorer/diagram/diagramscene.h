#pragma once
// The block diagram of one network: turns the layout into items, reports clicks.
#include <QGraphicsScene>
#include <QStringList>

#include <map>
#include <memory>
#include <set>
#include <string>

#include "arch/receptive.h"
#include "explorer/diagram/diagramitems.h"
#include "explorer/diagram/diagramlayout.h"

namespace explorer {


// "99×99 px, one cell every 8 px" (or "the whole image"), translated.
QString fieldText(const inception::arch::ReceptiveField& f);

class DiagramScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit DiagramScene(QObject* parent = nullptr);

    void setNetwork(std::shared_ptr<const inception::arch::NetworkDesc> desc);
    const inception::arch::NetworkDesc* network() const { return desc_.get(); }

    const std::set<std::string>& expanded() const { return expanded_; }
    void setExpanded(std::set<std::string> ids);
    void toggle(const std::string& id);
    void expandAll();
    void collapseAll();
    void reveal(const std::string& id);  // opens every module above it
    void expandNodes(const QStringList& ids);  // opens these modules (and every module above them)

    void select(const std::string& id);
    std::string selectedId() const { return selected_; }
    // Node boxes in layout order (the order of keyboard navigation).
    std::vector<std::string> visibleNodes() const;
    QRectF boxRect(const std::string& id) const;
    const Layout& layout() const { return layout_; }

    // Ids whose id or name contains `text` (case-insensitive), in tree order.
    std::vector<std::string> search(const QString& text) const;
    // Colour nodes by a value in 0..1 (empty: plain kind colours).
    void setHeat(std::map<std::string, double> heat);
    // Knocked-out nodes (id -> mean instead of zero), drawn struck through.
    void setKnockouts(std::map<std::string, bool> knockouts);
    const std::map<std::string, bool>& knockouts() const { return knockouts_; }
    // Text larger than normal (lecture mode): the fonts grow by `scale`, the boxes are sized to the
    // widest name and detail line of the network, the counts are left out. 1: normal.
    // Layers' names and shapes grow by `inner`.
    void setTextScale(double scale, double inner);
    double textScale() const { return text_.scale; }
    LayoutStyle style() const;  // the boxes' sizes for the text scale
    // Lecture mode: an open series drawn in `columns` columns (1: one column, as normally).
    // Forgotten when the text scale goes back to 1.
    void setColumns(const std::string& id, int columns);
    int columns(const std::string& id) const;
    // Where a box's (or an open module's frame's) name is drawn, in scene coordinates, and its font.
    QRectF titleRect(const std::string& id) const;
    QFont titleFont() const { return text_.heading(); }  // of modules and branches
    // Every node's receptive field (arch/receptive.h).
    const std::map<std::string, inception::arch::ReceptiveField>& fields() const { return fields_; }

signals:
    void nodeSelected(const QString& id);
    void layoutChanged();
    void nodeContextMenu(const QString& id, const QPoint& screenPos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent* event) override;

private:
    void rebuild();
    std::string idAt(const QPointF& pos) const;

    std::shared_ptr<const inception::arch::NetworkDesc> desc_;
    std::set<std::string> expanded_;
    std::string selected_;
    Layout layout_;
    std::map<std::string, NodeItem*> nodes_;
    std::map<std::string, double> heat_;
    std::map<std::string, bool> knockouts_;
    std::map<std::string, inception::arch::ReceptiveField> fields_;
    std::map<std::string, FrameItem*> frames_;
    DiagramText text_;
    std::map<std::string, int> columns_;
    void applyKnockouts();
};

}  // namespace explorer
