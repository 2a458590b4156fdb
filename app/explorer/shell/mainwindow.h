#pragma once
// The window: a shell that builds the diagram, the docks and the feature controllers and connects
// them. It keeps no feature's state; what a tour asks of it (docks, knockouts, Grad-CAM, runs,
// the audience view) it passes on as the TourHost.
#include <QMainWindow>

#include <memory>
#include <optional>

#include "explorer/inference/inferenceresult.h"
#include "explorer/lecture/tourhost.h"

class QAction;
class QDockWidget;

namespace explorer {

class ActivationsPanel;
class ChannelController;
class DetailsPanel;
class DiagramScene;
class DockLayout;
class DiagramView;
class ExplanationController;
class FigureController;
class FolderRun;
class ImageInput;
class InferenceService;
class KnockoutController;
class LectureMode;
class LiveController;
class PredictionsPanel;
class RunChoices;
class SideBySideWindow;
class StatisticsPanel;
class TourController;
class TrainingPanel;
class WeightsPanel;
struct InferenceResult;

class MainWindow : public QMainWindow, public TourHost {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `id` (one of the variant box's) with its default weights.
    void setVariant(const QString& id);
    // The size and place it had when it last closed, else fitted to the screen (interactive starts).
    void fitToScreen();
    void resetLayout();
    LectureMode* lectureMode() const { return lecture_; }
    // Two variants on the current image (a window of its own).
    SideBySideWindow* openSideBySide(const QString& left, const QString& right);

    // TourHost
    void showDocks(const QStringList& names) override;
    QStringList visibleDocks() const override;
    void setKnockouts(const std::map<std::string, bool>& knockouts) override;
    std::map<std::string, bool> knockouts() const override;
    void setGradCam(bool on) override;
    bool gradCam() const override;
    void openRun(const QString& dir) override;
    void setPresenting(bool on) override;
    QWidget* audienceWindow() override { return this; }
    QWidget* dockContents(const QString& name) override;

signals:
    void variantShown(const QString& id);
    void diagramShown(const QString& id);  // the tree drawn at once, before the network has opened
    void resultShown();
    void errorShown(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;  // first shown without a kept layout: the default for its size

private:
    void buildCentre();
    QDockWidget* dock(const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area);
    void buildDocks();
    void buildMenus();  // mainwindow_menus.cpp
    void buildToolbar(QMenu* viewMenu);
    void connectParts();
    void showResult(const InferenceResult& r);
    // The activation tint on the diagram, and its scale in the legend exactly while it is drawn.
    void showHeat(const std::map<std::string, double>& heat);
    // `message` translated; `detail`, when given, the core's technical text behind "Details".
    void showError(const QString& message, const QString& detail = QString());
    void showMessage(const QString& text, int timeout);

    DiagramScene* scene_;
    DiagramView* view_;
    InferenceService* service_;
    RunChoices* choices_;
    FolderRun* folders_;
    ImageInput* input_;
    PredictionsPanel* predictions_;
    ActivationsPanel* activations_;
    DetailsPanel* details_;
    StatisticsPanel* statistics_;
    WeightsPanel* weights_;
    TrainingPanel* training_;
    LiveController* live_;
    KnockoutController* knockouts_;
    ExplanationController* explanation_;
    ChannelController* channels_;
    FigureController* figures_;
    TourController* tours_;
    LectureMode* lecture_;
    DockLayout* layout_ = nullptr;
    bool layoutKept_ = false;  // a layout kept from the last session was restored
    QAction* heat_;
    std::unique_ptr<SideBySideWindow> sideBySide_;
    std::optional<InferenceResult> lastResult_;  // of a file, shown again when a switch fails
};

}  // namespace explorer
