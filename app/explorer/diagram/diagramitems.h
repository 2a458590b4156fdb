#pragma once
// The graphics items of the block diagram. Items know their box and nothing of the view or
// window; the scene reads their ids (data role 0) to report clicks.
#include <QGraphicsItem>
#include <QGraphicsPathItem>

#include "explorer/diagram/diagramlayout.h"

namespace explorer {

QColor kindColour(const inception::arch::ArchNode& node);
// The activation tint, one scale for every kind of box: `heat` (mean |activation| over the
// strongest tinted node's, 0..1) from pale yellow to red (ColorBrewer YlOrRd).
QColor heatColour(double heat);

class NodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };
    explicit NodeItem(const LayoutBox& box);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    void setHeat(double heat);  // 0..1, < 0 = none
    // Knocked out: 0 no, 1 zeroed, 2 set to each channel's mean. Drawn struck through.
    void setKnockout(int kind);

private:
    LayoutBox box_;
    double heat_ = -1;
    int knockout_ = 0;
};

// The strike of a knocked-out box and its "zero" / "mean" tag.
void paintKnockout(QPainter* p, const QRectF& r, int kind);

class FrameItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };
    explicit FrameItem(const LayoutBox& box);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    void setKnockout(int kind);

private:
    LayoutBox box_;
    int knockout_ = 0;
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
    explicit EdgeItem(const LayoutEdge& edge, const std::vector<Rect>& avoid = {});
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    QRectF labelRect() const;  // where the shape label is drawn (empty: none)

private:
    QString label_;
    QPointF labelAt_;
    double labelWidth_ = 0;
    bool bypass_ = false;
};

}  // namespace explorer
