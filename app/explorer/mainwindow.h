#pragma once
#include <QFont>
#include <QMainWindow>
#include <QMutex>
#include <QStringList>

#include <atomic>
#include <map>
#include <memory>
#include <string>
#include <thread>

class QAction;
class QComboBox;
class QDockWidget;
class QProgressBar;
class QTemporaryDir;
class QTimer;
class QToolButton;
class QLineEdit;
class QTextBrowser;
class QThread;
class QLabel;
class QListWidget;
class QMenu;

namespace inception::arch {
struct NetworkDesc;
}

namespace explorer {

class ActivationsPanel;
class ExplanationPanel;
class SweepDialog;
class DreamDialog;
struct Tour;
class PresenterWindow;
class SideBySideWindow;
struct TourStep;
class DiagramScene;
class DiagramView;
class InferenceWorker;
class PredictionsPanel;
class StatisticsPanel;
class TrainingPanel;
class WeightsPanel;
class LiveCapture;
struct LiveStats;
class LivePanel;
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
    void showDocks(const QStringList& names);  // predictions, activations, details, statistics, weights
    // Classifies every image of a folder in turn (progress in the status bar, cancellable).
    void classifyFolder(const QString& dir);
    void cancelFolder();
    bool folderRunning() const { return !folderQueue_.isEmpty(); }
    // A figure of the Figures menu: switches variant, opens and frames its module, shows its caption.
    void showFigure(const QString& name);
    QString captionText() const;
    // Loads `path` as the weights of variant `id`; on failure the current network stays.
    void loadWeightsFile(const QString& id, const QString& path);
    void pasteImage();
    // Live: frames from "cam:N", a video file or an image folder through the network.
    void startLive(const QString& spec);
    void stopLive();
    void startCamera();  // the first camera that opens, or an error
    bool liveRunning() const;
    LivePanel* live() const { return live_; }
    // CPU, or CUDA when LibTorch has it: the network is rebuilt on that device.
    void setUseCuda(bool cuda);
    // bfloat16 where this machine has it (the choice is refused with the reason elsewhere).
    void setUseBf16(bool bf16);
    LiveStats liveStats() const;
    bool exportDiagramTo(const QString& path, bool wholeDiagram, double scale);
    void setLectureMode(bool on);
    void showPreferences();
    void setHeatShown(bool on);
    QString deviceText() const;

    // Knockouts (mainwindow_explain.cpp): applied to every analysis, file or live, until restored.
    void knockOut(const QString& id, bool mean);
    void restore(const QString& id);
    void restoreAll();
    std::map<std::string, bool> knockouts() const;
    // The knockout sweep of a module's branches on the current image (a dialog; more images
    // and folders can be added there). Null, with the reason in the status bar, where it cannot run.
    SweepDialog* openSweep(const QString& module);
    // Occlusion sensitivity of the current image (progress and Cancel in the Explanation dock).
    void runOcclusion();
    void cancelOcclusion();
    // "What does this channel look for?": feature visualisation of a node's channel (progress,
    // preview and Cancel in the Activations dock).
    // `images` > 1: that many pictures pushed apart by the diversity term, in one row.
    void runLookFor(const QString& node, int channel, int steps = 256, int images = 1);
    void cancelLookFor();
    // Dataset examples (mainwindow_lookfor.cpp): index a folder for the current network
    // (progress and Cancel in the Activations dock; remembered), and show a channel's examples.
    void indexExamples(const QString& dir);
    void cancelIndexing();
    void showExamplesFor(const QString& node, int channel);
    QString examplesFolder() const { return examplesFolder_; }
    // DeepDream at a node on the current image (a dialog). Null, with the reason in the status
    // bar, where it cannot run.
    DreamDialog* openDream(const QString& node);
    ExplanationPanel* explanation() const { return explanation_; }
    // The diagram's context menu for a node (actions that cannot apply are disabled, with the
    // reason as their tooltip).
    std::unique_ptr<QMenu> nodeMenuFor(const QString& id);

    // Tours (mainwindow_tour.cpp): a lecture kept as steps, played with Page Down / Page Up
    // (what clickers send), Space / Backspace, Home / End; recorded from the current view.
    // "builtin" opens the built-in tour. A file that does not load returns false with the
    // reason in `error`; problems of single steps are shown when the step plays.
    bool openTour(const QString& pathOrBuiltin, QString* error = nullptr);
    void closeTour();
    void playStep(int index);  // 0-based; emits tourStepShown when the view has settled
    void nextStep();
    void previousStep();
    const Tour* tour() const { return tour_.get(); }
    int tourStep() const { return tourStep_; }
    QStringList stepProblems() const { return stepProblems_; }
    QString tourCaptionText() const;  // the current step's caption, filled
    void newTour();
    TourStep currentView() const;     // what "Add current view as step" records
    int addCurrentViewAsStep();       // returns its index
    void setStepText(int index, const QString& title, const QString& caption, const QString& notes);
    void moveStep(int from, int to);
    void deleteStep(int index);
    bool saveTour(const QString& path, QString* error = nullptr);
    // The tour as a PDF (one page per step: the view as rendered, the caption filled, the notes
    // when asked) and/or a folder of PNGs. Plays every step; false with the reason on failure.
    // The presenter view (a second window, on the second screen when there is one); while it is
    // open the audience window shows only the diagram, the tour bar and the step's docks.
    PresenterWindow* openPresenter();
    // Two variants on the current image (a window of its own).
    SideBySideWindow* openSideBySide(const QString& left, const QString& right);
    void closePresenter();
    PresenterWindow* presenter() const { return presenter_.get(); }
    bool presenting() const { return presenting_; }
    bool exportHandout(const QString& pdf, const QString& pngFolder, bool letter, bool notes, QString* error = nullptr);

    DiagramScene* scene() const { return scene_; }
    QComboBox* precisionChooser() const { return precisionBox_; }
    DiagramView* view() const { return view_; }
    InferenceWorker* worker() const { return worker_; }
    PredictionsPanel* predictions() const { return predictions_; }
    ActivationsPanel* activations() const { return activations_; }
    StatisticsPanel* statistics() const { return statistics_; }
    TrainingPanel* training() const { return training_; }
    WeightsPanel* weights() const { return weights_; }
    QString detailsText() const;
    QListWidget* paperList() const { return paperList_; }
    QString paperText() const;

signals:
    void variantShown(const QString& id);
    void diagramShown(const QString& id);  // the tree drawn at once, before the network has opened
    void resultShown();
    void errorShown(const QString& message);
    void figureShown(const QString& name);
    void folderFinished(int classified, int failed, bool cancelled);
    void liveStarted(const QString& description);
    void liveStopped();
    void liveFrameShown();
    void occlusionFinished(bool cancelled);
    void lookForFinished(bool cancelled);
    void indexFinished(bool ok);
    void examplesShown();
    void tourStepShown(int index);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void onVariantReady(const QString& id, std::shared_ptr<const inception::arch::NetworkDesc> desc,
                        const QString& device, bool untrained);
    void onResult(const InferenceResult& result);
    // `message` translated; `detail`, when given, the core's technical text behind "Details".
    void onError(const QString& message, const QString& detail = QString());
    void onNodeSelected(const QString& id);
    void runSearch();
    void openImage();
    void exportDiagram();
    void applyFigure(const QString& name);
    void folderStep();
    void hideCaption();
    void updateLiveStats();
    InferenceResult smoothed(const InferenceResult& r);
    void setupExplain();
    void setupLookFor();
    // From a worker thread: runs `f` on the GUI thread, unless the window is gone by then.
    void postToGui(std::function<void()> f);
    void setupTour();
    void setupPaper();
    void fillPaper();
    void showPaperItem(int row);
    void applyTourStep();
    void settleTourStep();
    void showTourBar();
    void editStepAsked();
    void applyAnalysis();  // the knockouts and Grad-CAM choice to the worker, then the image again
    void nodeMenu(const QString& id, const QPoint& screenPos);
    void explainVariantChanged();

    DiagramScene* scene_;
    DiagramView* view_;
    PredictionsPanel* predictions_;
    ActivationsPanel* activations_;
    TrainingPanel* training_ = nullptr;
    StatisticsPanel* statistics_;
    QTextBrowser* details_;
    QComboBox* variantBox_;
    QLineEdit* search_;
    QLabel* deviceLabel_;
    WeightsPanel* weights_;
    QWidget* captionBar_;
    QLabel* caption_;
    QAction* heatAction_;
    QAction* lectureAction_;
    LiveCapture* capture_;
    LivePanel* live_;
    QTimer* liveTimer_;
    QComboBox* sourceBox_;
    QComboBox* deviceBox_;
    QComboBox* precisionBox_;
    QProgressBar* openProgress_;
    qint64 liveResults_ = 0, lastResults_ = 0, lastDecoded_ = 0;
    double lastForwardMs_ = 0;
    std::map<QString, double> smoothed_;
    QProgressBar* folderProgress_;
    QToolButton* folderCancel_;
    QThread* thread_;
    InferenceWorker* worker_;
    QString currentImage_;
    QString shownVariant_;
    std::shared_ptr<const inception::arch::NetworkDesc> desc_;  // the loaded network's
    QString pendingFigure_;
    std::unique_ptr<Tour> tour_;
    int tourStep_ = -1;
    bool tourWaitVariant_ = false;
    QString tourWaitImage_;
    QString loadedWeights_;        // the weights file the shown network came from; empty: the default
    QString tourFigureAfterWeights_;
    QStringList stepProblems_;
    QWidget* tourBar_ = nullptr;
    QLabel* tourCounter_ = nullptr;
    QLabel* tourCaption_ = nullptr;
    QList<QAction*> tourActions_;  // enabled while a tour is open
    std::unique_ptr<PresenterWindow> presenter_;
    std::unique_ptr<SideBySideWindow> sideBySide_;
    QListWidget* paperList_ = nullptr;
    QTextBrowser* paperText_ = nullptr;
    bool presenting_ = false;
    void setPresenting(bool on);
    QStringList folderQueue_;
    QString folderDir_;
    int folderTotal_ = 0, folderDone_ = 0, folderFailed_ = 0;
    std::unique_ptr<QTemporaryDir> pasted_;
    int pastedCount_ = 0;
    QByteArray stateBeforeLecture_;
    QFont fontBeforeLecture_;
    bool untrained_ = true;
    ExplanationPanel* explanation_ = nullptr;
    std::thread occlusionThread_;
    std::atomic<bool> occlusionCancel_{false};
    std::thread lookThread_;
    std::atomic<bool> lookCancel_{false};
    std::thread indexThread_;
    std::atomic<bool> indexCancel_{false};
    std::thread examplesThread_;
    QString examplesFolder_;
    std::shared_ptr<std::atomic<bool>> alive_ = std::make_shared<std::atomic<bool>>(true);
};

}  // namespace explorer
