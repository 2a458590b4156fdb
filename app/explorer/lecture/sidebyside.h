#pragma once
// Two variants on one image, side by side: their diagrams (stages open), aligned by grid size —
// stages have different ids and input sizes, so a table lines them up by how far each has
// reduced the input (stride 4, 8, 16, 32) and a click frames both; their top-5 lists; and a cost
// table (parameters, multiply-adds, input, the forward time of this image). Each side runs its
// own InferenceService.
#include <QWidget>

#include <array>
#include <memory>

class QComboBox;
class QLabel;
class QTableWidget;

namespace inception::arch {
struct NetworkDesc;
}

namespace explorer {

class DiagramScene;
class DiagramView;
class InferenceService;
class PredictionsPanel;
struct InferenceResult;

class SideBySideWindow : public QWidget {
    Q_OBJECT
public:
    explicit SideBySideWindow(QWidget* parent = nullptr);
    ~SideBySideWindow() override;

    void setVariants(const QString& left, const QString& right);
    void setImage(const QString& path);
    QString variant(int side) const;
    PredictionsPanel* predictions(int side) const { return sides_[side].predictions; }
    QTableWidget* costTable() const { return cost_; }
    QTableWidget* alignmentTable() const { return align_; }
    DiagramScene* scene(int side) const { return sides_[side].scene; }

signals:
    // Both sides have shown this image's result (the forward timed on its second run).
    void resultsShown();

private:
    struct Side {
        QComboBox* box = nullptr;
        DiagramScene* scene = nullptr;
        DiagramView* view = nullptr;
        PredictionsPanel* predictions = nullptr;
        QLabel* title = nullptr;
        InferenceService* service = nullptr;
        std::shared_ptr<const inception::arch::NetworkDesc> desc;
        bool ready = false;
        int runs = 0;          // results for the current image
        double forwardMs = 0;  // the second run's
        bool untrained = false;
    };
    QWidget* buildSide(int side);
    void open(int side, const QString& variant);
    void onResult(int side, const InferenceResult& r);
    void classify(int side);
    void refillTables();
    void frameRow(int row);

    std::array<Side, 2> sides_;
    QString image_;
    QLabel* imageLabel_;
    QTableWidget* cost_;
    QTableWidget* align_;
};

}  // namespace explorer
