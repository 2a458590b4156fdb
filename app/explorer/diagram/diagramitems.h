#pragma once
// The graphics items of the block diagram. Items know their box and nothing of the view or
// window; the scene reads their ids (data role 0) to report clicks.
#include <QColor>
#include <QFont>

#include <memory>
#include <set>
#include <string>
#include <QGraphicsItem>
#include <QGraphicsPathItem>

#include "explorer/diagram/diagramlayout.h"

namespace explorer {

QColor kindColour(const inception::arch::ArchNode& node);
// The activation tint, one scale for every kind of box: `heat` (mean |activation| over the
// strongest tinted node's, 0..1) from pale yellow to red (ColorBrewer YlOrRd).
QColor heatColour(double heat);

// The diagram's text: a box's name (bold), its detail line, its counts, an edge's shape. Above 1
// (lecture mode) the names of stages, modules and branches grow by `scale`, the layers' names,
// detail lines and shapes by `inner`; the boxes are sized to them (DiagramScene's layout style),
// and counts and frames' shapes are left to the Details dock and the edges.
struct DiagramText {
    double scale = 1;
    double inner = 1;
    std::shared_ptr<const std::set<std::string>> branches;  // ids named as headings though they are layers
    QFont title(const inception::arch::ArchNode& n) const;  // bold
    QFont heading() const;                                  // a module's or branch's name
    QFont detail() const;
    QFont edge() const;
    bool counts() const { return scale <= 1; }
    QString frameTitle(const inception::arch::ArchNode& n) const;  // "− inception4a  512×14×14"
    QString detailLine(const inception::arch::ArchNode& n) const;  // nodeDetail, without shapes when larger
};

class NodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };
    explicit NodeItem(const LayoutBox& box, DiagramText text = {});
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    void setHeat(double heat);  // 0..1, < 0 = none
    // Knocked out: 0 no, 1 zeroed, 2 set to each channel's mean. Drawn struck through.
    void setKnockout(int kind);
    QRectF titleRect() const;  // where the name is drawn (scene coordinates)

private:
    LayoutBox box_;
    DiagramText text_;
    double heat_ = -1;
    int knockout_ = 0;
};

// The strike of a knocked-out box and its "zero" / "mean" tag.
void paintKnockout(QPainter* p, const QRectF& r, int kind);

class FrameItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };
    explicit FrameItem(const LayoutBox& box, DiagramText text = {});
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    void setKnockout(int kind);
    QRectF titleRect() const;  // where the title is drawn (scene coordinates)

private:
    friend class FrameTitleItem;
    LayoutBox box_;
    DiagramText text_;
    int knockout_ = 0;
};

inline const QColor kDiagramBackground(0xfb, 0xfb, 0xf8);  // the scene's page
constexpr int kFrameFillAlpha = 60;                        // a frame's fill over what is under it

// A frame's title, above the edges that run through its band (the split's lines into a module's
// branches): drawn on a halo of the frame's colour, so that a line stops short of the letters.
class FrameTitleItem : public QGraphicsItem {
public:
    // `boxes`: the layout's, to find the frames around the title (its ground colour).
    FrameTitleItem(const FrameItem* frame, const std::vector<LayoutBox>& boxes);
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    const FrameItem* frame_;  // deleted with it: the scene's rebuild clears both
    QColor ground_;
};

class JoinItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };
    explicit JoinItem(const LayoutBox& box);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    LayoutBox box_;
};

class EdgeItem : public QGraphicsPathItem {
public:
    enum { Type = UserType + 4 };
    // `avoid`: where the shape label must not sit (frames' title bands, blocks).
    explicit EdgeItem(const LayoutEdge& edge, const std::vector<Rect>& avoid = {}, DiagramText text = {});
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    QRectF labelRect() const;  // where the shape label is drawn (empty: none)

private:
    QString label_;
    QPointF labelAt_;
    double labelWidth_ = 0;
    double labelHeight_ = 11;
    DiagramText text_;
    bool bypass_ = false;
};

}  // namespace explorer
