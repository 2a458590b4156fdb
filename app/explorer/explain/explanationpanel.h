#pragma once
// Why the network decides: Grad-CAM of the top-1 (or a chosen class) laid over the input with
// an opacity slider and its diverging colour scale, and occlusion sensitivity on request
// (progress, Cancel). The computations run elsewhere (the worker, the main window's thread);
// this panel shows them and holds the choices.
#include <QImage>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QVBoxLayout;

namespace explorer {

struct InferenceResult;
struct SanityView;
struct FaithfulnessView;
class FaithfulnessChart;
class SanityChart;

class ExplanationPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExplanationPanel(QWidget* parent = nullptr);

    void setClasses(const QStringList& labels);  // the open network's classes
    bool gradCamOn() const;
    void setGradCamOn(bool on);
    int chosenClass() const;                     // -1: the top-1
    void setChosenClass(int index);
    double opacity() const;
    void setOpacity(double opacity);
    int patch() const;                           // 0: the default
    // The map the button computes: "occlusion", or an input attribution's id ("gradient",
    // "integrated-gradients", ... as inception-cli spells them), and the settings each needs.
    QString method() const;
    void setMethod(const QString& id);
    QString methodName() const;  // as the dock shows it, translated
    int steps() const;        // Integrated Gradients
    QString baseline() const;  // "black", "blurred", "noise"
    int samples() const;      // SmoothGrad, SmoothGrad-Squared, VarGrad
    void showResult(const InferenceResult& result);
    // Another network is opening: the previous one's map and numbers go, `what` says so.
    void showPending(const QString& what);
    void showIdle();  // no image yet: "No explanation yet."
    // Grad-CAM was asked for and the current image runs again: a busy bar and `what` until the
    // result (showResult) or the run's failure (stopComputing).
    void showComputing(const QString& what);
    void stopComputing();
    bool computing() const { return computing_; }

    // Occlusion or an attribution (the button's map): progress and the result (colours at the
    // input's size, on -limit..+limit).
    void showOcclusionProgress(int done, int total);
    void showOcclusion(const QImage& input, const QImage& colours, float limit, const QString& what);
    void showOcclusionFailed(const QString& message);
    void setOcclusionAvailable(bool available, const QString& why);
    bool mapAllowed() const;  // Compute map can be clicked
    // The one-pass map laid over the live view ("gradient", ...), empty when off or not one-pass.
    QString liveMap() const;
    void setLiveMapOn(bool on);

    // The sanity check of the chosen map (cascading model randomisation): its progress on the
    // same bar and Cancel, then the curves and the verdict under the map.
    void setSanityAvailable(bool available, const QString& why);
    void showSanityStarted();
    void showSanity(const SanityView& view, const QString& what);
    void showSanityCancelled(const QString& what);
    bool sanityShown() const;
    void clearSanity();  // another image: the check was of the previous one

    // The deletion and insertion curves of the chosen gradient map (the same bar and Cancel).
    void setFaithfulnessAvailable(bool available, const QString& why, int images);
    void showFaithfulnessStarted();
    void showFaithfulness(const FaithfulnessView& view, const QString& what);
    void showFaithfulnessCancelled(const QString& what);
    bool faithfulnessShown() const;
    void clearFaithfulness();  // another network: the curves were of the previous one

    QString text() const;        // what the panel says, for tests
    QImage shownPicture() const;  // the overlay as drawn

signals:
    void settingsChanged();      // Grad-CAM on/off or its class
    void occlusionRequested();
    void occlusionCancelled();
    void sanityRequested();
    void faithfulnessRequested();

private:
    void redraw();
    QString methodTitle(const QString& id, const QString& fallback) const;  // a map's translated name
    void showPicturePending(const QString& what);  // showPending without clearing the sanity check
    enum class LongRun { None, Map, Sanity, Faithfulness };
    void startLongRun(LongRun kind);
    void finishLongRun();
    void addResultWidgets(QVBoxLayout* layout);
    void showCheckButtons(bool gradientMap);
    void showMethodSettings();  // the rows the chosen map needs
    void addMapRows(QFormLayout* form);

    QCheckBox* gradCam_;
    QComboBox* class_;
    QSlider* opacity_;
    QSpinBox* patch_;
    QComboBox* method_;
    QSpinBox* steps_;
    QComboBox* baseline_;
    QSpinBox* samples_;
    QCheckBox* liveMap_;
    QFormLayout* form_;
    QPushButton* occlude_;
    QPushButton* cancel_;
    QPushButton* sanity_;
    SanityChart* chart_;
    QLabel* verdict_;
    QPushButton* faithfulness_;
    FaithfulnessChart* faithfulnessChart_;
    QLabel* faithfulnessText_;
    bool sanityAvailable_ = false, faithfulnessAvailable_ = false;
    QString sanityWhy_, faithfulnessWhy_;
    LongRun longRun_ = LongRun::None;  // which check the bar and Cancel belong to
    int faithfulnessImages_ = 0;
    QProgressBar* progress_;
    QLabel* picture_;
    QLabel* scale_;
    QLabel* info_;
    QImage input_, colours_;
    float limit_ = 0;
    QString what_;
    bool occlusionShown_ = false;
    bool computing_ = false;
};

}  // namespace explorer
