#pragma once
// The selected module's branches side by side: channel grids on one colour scale, shapes,
// energy shares, each branch's Grad-CAM term when Grad-CAM is on. Clicking a channel enlarges it
// (ChannelFocus) and lays it, upsampled, over the input image; a column beside the enlarged
// channel is kept for what other features show about it (the look-for column).
#include <QImage>
#include <QPointer>
#include <QRect>
#include <QScrollArea>

#include <map>
#include <memory>

class QLabel;
class QToolButton;

namespace explorer {

class ChannelFocus;
class ChannelGridLabel;
struct ConductanceView;
struct InferenceResult;

class ActivationsPanel : public QScrollArea {
    Q_OBJECT
public:
    explicit ActivationsPanel(QWidget* parent = nullptr);
    ~ActivationsPanel() override;
    void showResult(const InferenceResult& result);
    void showHint(const QString& text);
    void showIdle();  // no image yet: what the dock is for
    int branchCount() const { return branches_; }
    // Grad-CAM terms shown (per branch, identity, bias).
    int termCount() const { return terms_; }
    // Integrated Gradients' conductance at a module (the Explanation dock's last map): drawn beside
    // the branches while the result shown is of the same image, network and module.
    void showConductance(const ConductanceView& view);
    void clearConductance();
    // Conductance bars shown, and the terms they show (id -> value).
    int conductanceCount() const { return conductanceShown_; }
    const ConductanceView& conductance() const { return *conductance_; }

    // Widgets shown with the enlarged channel: `below` under it, `beside` in a column to its right.
    // The panel keeps them across results (it does not own them while no module is shown).
    void setChannelWidgets(QWidget* below, QWidget* beside);

    // Enlarges channel `channel` of branch `branch` (indices into the shown result).
    void showChannel(int branch, int channel);
    int focusedBranch() const { return focusBranch_; }
    int focusedChannel() const { return focusChannel_; }
    // The input pixels that cell (y, x) of branch `branch` sees (its receptive field, clipped).
    QRect fieldRect(int branch, int y, int x) const;
    // Draws the receptive field of the enlarged map's cell under `at` (fractions of the map;
    // negative: none) on the overlay.
    void showField(QPointF at);
    QRect lastField() const;
    QImage focusedMap() const;  // the enlarged channel's map (grey), null when none
    QImage focusedOverlay() const;  // the enlarged map over the input, null when none
    QString focusedTitle() const;   // "branch2, channel 3 of 208"
    QString branchId(int branch) const;
    // The grid picture of one branch (tests click on it).
    QLabel* gridLabel(int branch) const;
    // Pages of a branch's channels (kChannelsPerPage each): the page from channel `first` (rounded
    // down to a page, kept within the channels), and the first channel of the page shown.
    void showPage(int branch, int first);
    int pageFirst(int branch) const;

signals:
    // A channel was enlarged (`branch` indexes the shown result: branchId gives the node).
    void channelShown(int branch, int channel);
    // A result of another module (or none) replaced the one shown: no channel is enlarged.
    void moduleChanged();

private:
    void keepChannelWidgets();
    QWidget* branchColumn(int index);
    QString pageTitle(int branch) const;

    struct Page {
        QLabel* title = nullptr;
        ChannelGridLabel* grid = nullptr;
        QToolButton* previous = nullptr;
        QToolButton* next = nullptr;
    };

    bool conductanceApplies() const;

    std::unique_ptr<InferenceResult> result_;
    std::unique_ptr<ConductanceView> conductance_;
    int conductanceShown_ = 0;
    QList<QLabel*> grids_;
    QList<Page> pages_;
    std::map<QString, int> firstChannel_;  // branch id -> its page, kept for results of the same module
    ChannelFocus* focus_;
    QPointer<QWidget> below_, beside_;
    int branches_ = 0;
    int terms_ = 0;
    int focusBranch_ = -1, focusChannel_ = -1;
};

}  // namespace explorer
