#pragma once
#include <QScrollArea>

#include <memory>

class QLabel;

namespace explorer {

struct InferenceResult;

// The selected module's branches side by side: channel grids on one colour scale, shapes,
// energy shares. Clicking a channel enlarges it and lays it, upsampled, over the input image.
class ActivationsPanel : public QScrollArea {
    Q_OBJECT
public:
    explicit ActivationsPanel(QWidget* parent = nullptr);
    ~ActivationsPanel() override;
    void showResult(const InferenceResult& result);
    void showHint(const QString& text);
    int branchCount() const { return branches_; }
    // Grad-CAM terms shown (per branch, identity, bias).
    int termCount() const { return terms_; }

    // Enlarges channel `channel` of branch `branch` (indices into the shown result).
    void showChannel(int branch, int channel);
    int focusedBranch() const { return focusBranch_; }
    int focusedChannel() const { return focusChannel_; }
    // The grid picture of one branch (tests click on it).
    QLabel* gridLabel(int branch) const;

signals:
    void channelShown(int branch, int channel);

private:
    std::unique_ptr<InferenceResult> result_;
    QWidget* content_ = nullptr;
    QList<QLabel*> grids_;
    QLabel* focusTitle_ = nullptr;
    QLabel* focusMap_ = nullptr;
    QLabel* focusOverlay_ = nullptr;
    int branches_ = 0;
    int terms_ = 0;
    int focusBranch_ = -1, focusChannel_ = -1;
};

}  // namespace explorer
