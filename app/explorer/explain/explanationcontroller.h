#pragma once
// Why the network decides, for the Explanation dock: Grad-CAM on or off (Ctrl+G) for the top-1 or
// a chosen class, applied with the knockouts to every analysis; occlusion sensitivity of the
// current image on a BackgroundJob (progress and Cancel in the dock); "Grad-CAM here" in the
// diagram's context menu; input attributions (gradient ... Guided Backprop) on the same job.
#include <QObject>
#include <QString>

#include "explorer/inference/inferenceresult.h"

class QMenu;
class QWidget;

namespace inception::arch {
struct NetworkDesc;
}

namespace explorer {

class BackgroundJob;
class ExplanationPanel;
class InferenceService;
class KnockoutController;
class PredictionsPanel;

class ExplanationController : public QObject {
    Q_OBJECT
public:
    // `predictions`: the top-1 occlusion explains is the one it shows.
    ExplanationController(InferenceService* service, KnockoutController* knockouts, PredictionsPanel* predictions,
                          QWidget* window);
    ExplanationPanel* panel() const { return panel_; }

    // The dock's button: occlusion, or the input attribution it names (gradient, Integrated
    // Gradients, SmoothGrad, ...), on the same job (progress and Cancel).
    void runExplanation();
    void runOcclusion();
    void runAttribution();
    // The sanity check of the chosen gradient map on the current image (cascading model
    // randomisation, and the shuffled-label twin where the network has one), through the disk
    // cache; refused with the reason on random weights.
    void runSanity();
    // Deletion and insertion curves of the chosen gradient map against a random ordering, on the
    // first `images` Fashion-MNIST test images (trained grey models: the bundled one).
    void runFaithfulness(int images = kFaithfulnessImages);
    static constexpr int kFaithfulnessImages = 200;
    void cancelOcclusion();
    static QString needsTrainedWeights();
    static QString needsFashionMnistModel();
    // "Grad-CAM here" (disabled with the reason at a node without a spatial map).
    void addNodeActions(QMenu& menu, const QString& id, const inception::arch::NetworkDesc& drawn);

signals:
    void occlusionFinished(bool cancelled);
    void sanityFinished(bool cancelled);
    void faithfulnessFinished(bool cancelled);
    // An Integrated Gradients map at a selected module: its branches' conductance (before
    // occlusionFinished).
    void conductanceComputed(const explorer::ConductanceView& view);
    void selectRequested(const QString& id);  // "Grad-CAM here" selects the node

private:
    void apply();  // the knockouts and the Grad-CAM choice to every analysis
    void finishLater(void (ExplanationController::*finished)(bool));  // finished(true), queued

    InferenceService* service_;
    KnockoutController* knockouts_;
    PredictionsPanel* predictions_;
    ExplanationPanel* panel_;
    BackgroundJob* occlusion_;
    QString sanityImage_;  // the image the check shown is of
};

}  // namespace explorer
