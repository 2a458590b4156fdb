#pragma once
#include <QMainWindow>

#include <memory>

class QComboBox;
class QLineEdit;
class QTextBrowser;
class QThread;
class QLabel;

namespace inception::arch {
struct NetworkDesc;
}

namespace explorer {

class ActivationsPanel;
class DiagramScene;
class DiagramView;
class InferenceWorker;
class PredictionsPanel;
class StatisticsPanel;
struct InferenceResult;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void setVariant(const QString& id);
    void classifyFile(const QString& path);
    void selectNode(const QString& id);
    void expandNodes(const QStringList& ids);
    void showDocks(const QStringList& names);  // predictions, activations, details, statistics

    DiagramScene* scene() const { return scene_; }
    DiagramView* view() const { return view_; }
    InferenceWorker* worker() const { return worker_; }
    PredictionsPanel* predictions() const { return predictions_; }
    ActivationsPanel* activations() const { return activations_; }
    StatisticsPanel* statistics() const { return statistics_; }
    QString detailsText() const;

signals:
    void variantShown(const QString& id);
    void resultShown();
    void errorShown(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void onVariantReady(const QString& id, std::shared_ptr<const inception::arch::NetworkDesc> desc,
                        const QString& device, bool untrained);
    void onResult(const InferenceResult& result);
    void onError(const QString& message);
    void onNodeSelected(const QString& id);
    void runSearch();
    void openImage();
    void exportDiagram();

    DiagramScene* scene_;
    DiagramView* view_;
    PredictionsPanel* predictions_;
    ActivationsPanel* activations_;
    StatisticsPanel* statistics_;
    QTextBrowser* details_;
    QComboBox* variantBox_;
    QLineEdit* search_;
    QLabel* deviceLabel_;
    QThread* thread_;
    InferenceWorker* worker_;
    QString currentImage_;
    bool untrained_ = true;
};

}  // namespace explorer
