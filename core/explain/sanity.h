#pragma once
// Sanity checks for saliency maps (Adebayo et al. 2018), the cascading model randomisation:
// the network's units — every Inception block as a whole and every other layer with weights —
// are re-initialised one more at a time from the classifier down, in the tree's order, and each
// method's map of the same image and class is compared with the trained network's map: the
// Spearman rank correlation of |map| and the SSIM of |map| (each scaled to [0, 1] by its own
// maximum). A method whose map still looks the same when every weight is random shows the image
// more than the network.
//
// The random weights: a random network of the same shape (PyTorch's default initialisation,
// BatchNorm statistics recalibrated on random images: NOTES.md item 12) from `seed`; a step
// copies the re-initialised units' weights, biases and BatchNorm statistics from it, the other
// units keep the trained ones. The class explained is the trained network's (its top-1, or the
// one asked for) at every step; the noise methods draw the same noise at every step.
#include <torch/types.h>

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "engine/model.h"
#include "explain/attribution.h"

namespace inception::explain {

// The verdict's threshold, fixed by the issue (not tuned): the rank correlation at full
// randomisation below this means the map depends on the weights.
constexpr double kSanityRankThreshold = 0.5;

struct SanitySettings {
    int target = -1;                  // class; -1: the trained network's top-1
    AttributionSettings attribution;  // steps, baseline, samples, noise and its seed
    uint64_t seed = 0;                // the random weights
    int threads = 0;
    // The data randomisation test: the same network trained on shuffled labels (optional); its
    // maps are compared with the trained network's as the cascade's are.
    std::shared_ptr<const engine::Model> shuffledLabels;
};

struct SanityCurve {
    std::string method;          // "gradcam" or an attribution's CLI spelling
    std::vector<double> rank;    // Spearman of |map| against the trained map, one per step (NaN: a flat map)
    std::vector<double> ssim;    // SSIM of the scaled |map|s, one per step
    bool dependsOnWeights = false;  // rank at full randomisation < kSanityRankThreshold (or the map went flat)
    // Against the network trained on shuffled labels, when one was given (NaN otherwise).
    double shuffledRank = std::numeric_limits<double>::quiet_NaN();
    double shuffledSsim = std::numeric_limits<double>::quiet_NaN();
};

struct SanityReport {
    int target = 0;
    std::vector<std::string> steps;   // the unit re-initialised at each step (cumulatively), classifier first
    std::vector<SanityCurve> curves;  // in the order asked
    std::string shuffledLabels;       // the shuffled-label network's description (empty: none given)
    bool cancelled = false;           // progress said stop: nothing else is filled
};

// The methods a check covers by default: gradcam and the seven attributions.
std::vector<std::string> sanityMethods();

// The cascade's units in the order they are re-initialised (the classifier first).
std::vector<std::string> cascadeUnits(const arch::NetworkDesc& desc);

// "depends on the weights" or "barely changes when the weights are random: it shows the image
// more than the network" (English; the window translates its own).
std::string sanityVerdict(bool dependsOnWeights);

// The bundled model's twin trained on shuffled labels (resources/models, made by
// scripts/make-shuffled-labels-model.sh), for `model` when it is the bundled mini_inception;
// nullptr for any other model or when the file is not there.
std::shared_ptr<const engine::Model> shuffledLabelsTwin(const engine::Model& model);

// done, total: maps computed. Return false to cancel.
using SanityProgress = std::function<bool(int done, int total)>;

// input: 1 x C x H x W, preprocessed. Throws inception::Error(BadArgument) for random weights
// (the check needs trained ones), an unknown method, more than one image, and what attribute()
// refuses.
SanityReport sanityCheck(const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input,
                         const std::vector<std::string>& methods, const SanitySettings& settings,
                         const SanityProgress& progress = {});

// Spearman's rank correlation of two tensors of the same size (ties share their mean rank);
// NaN when either is constant.
double spearman(const torch::Tensor& a, const torch::Tensor& b);

// The structural similarity (Wang et al. 2004) of two [H, W] maps with values in [0, 1]: an
// 11 x 11 Gaussian window of σ = 1.5, C1 = 0.01², C2 = 0.03², the mean over the window
// positions inside the map (at least 11 x 11).
double ssim(const torch::Tensor& a, const torch::Tensor& b);

}  // namespace inception::explain
