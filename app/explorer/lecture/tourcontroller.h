#pragma once
// Tours in the window: a lecture kept as steps (tour.h), opened from a file or built in, played
// with Page Down / Page Up (what clickers send), Space / Backspace, Home / End; recorded from the
// current view, edited, reordered and saved; shown on a second screen with the speaker's notes
// (the presenter view). A step restores its variant (or weights file), figure, opened and
// selected nodes, framing, image, knockouts, Grad-CAM, docks and training runs; what it names
// wrongly is one of its problems, and the rest of it plays.
#include <QObject>
#include <QStringList>

#include <memory>

namespace explorer {

class DiagramScene;
class DiagramView;
class FigureController;
class InferenceService;
class PresenterWindow;
class RunChoices;
class TourBar;
class TourHost;
struct InferenceResult;
struct Tour;
struct TourStep;

class TourController : public QObject {
    Q_OBJECT
public:
    TourController(InferenceService* service, RunChoices* choices, FigureController* figures, DiagramScene* scene,
                   DiagramView* view, TourHost* host, QObject* parent = nullptr);
    ~TourController() override;

    TourBar* bar() const { return bar_; }  // for the window to place above the diagram

    // "builtin" opens the built-in tour. A file that does not load returns false with the reason
    // in `error`; problems of single steps are shown when the step plays.
    bool openTour(const QString& pathOrBuiltin, QString* error = nullptr);
    void closeTour();
    void newTour();
    void playStep(int index);  // 0-based; stepShown(index) when the view has settled
    void nextStep();
    void previousStep();
    const Tour* tour() const { return tour_.get(); }
    int step() const { return step_; }
    QStringList stepProblems() const { return problems_; }
    QString captionText() const;  // the current step's caption, filled

    TourStep currentView() const;  // what "Add current view as step" records
    int addCurrentViewAsStep();    // returns its index
    void setStepText(int index, const QString& title, const QString& caption, const QString& notes);
    void moveStep(int from, int to);
    void deleteStep(int index);
    bool saveTour(const QString& path, QString* error = nullptr);

    // The presenter view (a second window, on the second screen when there is one); while it is
    // open the audience window shows only the diagram, the tour bar and the step's docks.
    PresenterWindow* openPresenter();
    void closePresenter();
    PresenterWindow* presenter() const { return presenter_.get(); }
    bool presenting() const { return presenting_; }
    TourHost* host() const { return host_; }
    DiagramScene* scene() const { return scene_; }  // what a step draws (the handout's pages)
    DiagramView* view() const { return view_; }

signals:
    void opened(bool open);  // a tour is open (or none)
    void stepShown(int index);
    void message(const QString& text, int timeout);

private:
    void setOpen(std::unique_ptr<Tour> tour);
    void applyStep();
    void settleStep();
    void showBar();
    void setPresenting(bool on);
    void onResult(const InferenceResult& r);
    void onFailure(const QString& message);

    InferenceService* service_;
    RunChoices* choices_;
    FigureController* figures_;
    DiagramScene* scene_;
    DiagramView* view_;
    TourHost* host_;
    TourBar* bar_;
    std::unique_ptr<Tour> tour_;
    int step_ = -1;
    bool waitVariant_ = false;
    QString waitImage_;
    QString figureAfterWeights_;
    QStringList problems_;
    std::unique_ptr<PresenterWindow> presenter_;
    bool presenting_ = false;
};

}  // namespace explorer
