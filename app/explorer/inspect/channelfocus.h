#pragma once
// One channel of a branch enlarged: its map on the branches' shared colour scale, and beside it
// the map upsampled over the input the network saw; pointing at a cell draws the input pixels
// that cell sees (its receptive field).
#include <QImage>
#include <QRect>
#include <QWidget>

class QLabel;

namespace explorer {

struct BranchView;

class ChannelFocus : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSize = 180;  // the enlarged pictures' side

    explicit ChannelFocus(QWidget* parent = nullptr);
    void reset();  // no channel enlarged
    // Channel `channel` of `branch`; `input`: what the network saw (the overlay's ground).
    void show(const BranchView& branch, int channel, const QImage& input);
    // Draws the receptive field of the enlarged map's cell under `at` (fractions of the map;
    // negative: none) on the overlay.
    void showField(QPointF at);
    QRect lastField() const { return lastField_; }
    QImage map() const { return map_; }           // the enlarged channel's map (grey), null when none
    QImage overlay() const { return overlayBase_; }  // the map over the input, null when none
    QString titleText() const { return titleText_; }  // "branch2, channel 3 of 208" (plain)
    // The input pixels that cell (y, x) of `branch` sees (its receptive field, clipped).
    static QRect fieldRect(const BranchView& branch, const QImage& input, int y, int x);

private:
    QLabel* title_;
    QLabel* mapLabel_;
    QLabel* overlayLabel_;
    const BranchView* branch_ = nullptr;  // valid while the result shown lives
    QImage map_, overlayBase_, input_;
    QRect lastField_;
    QString titleText_;
};

}  // namespace explorer
