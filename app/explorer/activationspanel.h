#pragma once
#include <QImage>
#include <QRect>
#include <QScrollArea>

#include <memory>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

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
    // The input pixels that cell (y, x) of branch `branch` sees (its receptive field, clipped).
    QRect fieldRect(int branch, int y, int x) const;
    // Draws the receptive field of the enlarged map's cell under `at` (fractions of the map;
    // negative: none) on the overlay.
    void showField(QPointF at);
    QRect lastField() const { return lastField_; }
    QImage focusedMap() const;  // the enlarged channel's map (grey), null when none
    QString branchId(int branch) const;
    // The grid picture of one branch (tests click on it).
    QLabel* gridLabel(int branch) const;

    // "What does this channel look for?": progress, a preview that sharpens, the result.
    void showLookForProgress(int step, int total, const QImage& preview);
    void showLookFor(const QImage& picture, const QString& what);
    QImage lookForPicture() const { return lookFor_; }
    // The map over the input, the picture and the dataset examples on one sheet (what Export PNG writes).
    QImage lookForSheet() const;
    bool exportLookFor(const QString& path) const;
    bool diverse() const;  // "Diverse": three pictures pushed apart
    // Dataset examples of the enlarged channel (a grid of crops; null: only the caption).
    void showExamples(const QImage& grid, const QString& caption);
    QImage examplesPicture() const { return examples_; }
    QString examplesCaption() const { return examplesCaption_; }
    // Indexing a folder (run by the main window): progress, then what came of it.
    void showIndexProgress(int done, int total);
    void showIndexFinished(const QString& text);

signals:
    void channelShown(int branch, int channel);
    void lookForRequested(const QString& node, int channel);
    void lookForCancelled();
    void indexRequested(const QString& dir);
    void indexCancelled();

private:
    std::unique_ptr<InferenceResult> result_;
    QWidget* content_ = nullptr;
    QList<QLabel*> grids_;
    QLabel* focusTitle_ = nullptr;
    QLabel* focusMap_ = nullptr;
    QLabel* focusOverlay_ = nullptr;
    int branches_ = 0;
    int terms_ = 0;
    QImage overlayBase_;
    QRect lastField_;
    QImage lookFor_;
    QPushButton* lookButton_ = nullptr;
    QPushButton* lookCancel_ = nullptr;
    QPushButton* lookExport_ = nullptr;
    QCheckBox* lookDiverse_ = nullptr;
    bool diverse_ = false;
    QProgressBar* lookProgress_ = nullptr;
    QLabel* lookPicture_ = nullptr;
    QLabel* lookText_ = nullptr;
    QLabel* examplesPicture_ = nullptr;
    QLabel* examplesText_ = nullptr;
    QPushButton* indexButton_ = nullptr;
    QPushButton* indexCancel_ = nullptr;
    QProgressBar* indexProgress_ = nullptr;
    QImage examples_;
    QString examplesCaption_;
    QString focusTitleText_;
    QString shownKey_;  // "node/channel" the picture and examples are for
    bool indexing_ = false;
    int focusBranch_ = -1, focusChannel_ = -1;
};

}  // namespace explorer
