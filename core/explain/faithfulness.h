#pragma once
// Do the maps point at what the network uses? Deletion and insertion curves (Petsiuk et al.
// 2018) on labelled light-on-dark images (Fashion-MNIST and the bundled model): each method
// ranks the object's pixels (uint8 above 10 % grey) for the true class; deleting them in that
// order (set to the black background) should make the true class's probability fall fast, and
// inserting them in that order into a black picture should make it rise fast. A random
// ordering of the same pixels is the yardstick. The single figure the tests assert is the
// protocol of `faithfulness_test`: the mean drop of the true class's probability when the
// first 20 % of each ranking is deleted.
//
// How each method ranks: signed values (highest first) for the attributions in logit units
// (input × gradient, Integrated Gradients) and for Grad-CAM; magnitudes for the gradient
// saliencies (gradient, SmoothGrad, Guided Backprop); SmoothGrad-Squared and VarGrad are
// non-negative already.
#include <torch/types.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "engine/model.h"
#include "explain/attribution.h"

namespace inception::explain {

struct FaithfulnessSettings {
    int images = 500;           // the first this many of the set
    int points = 21;            // fractions 0, 1/(points − 1), ..., 1
    double dropFraction = 0.2;  // the single figure: mean drop at this fraction deleted
    int objectLevel = 26;       // uint8 pixels above this are the object
    uint64_t randomSeed = 1234; // the random ordering
    AttributionSettings attribution;  // steps, samples, noise, seed of the methods
    int threads = 0;
};

struct FaithfulnessCurve {
    std::string method;             // "random", "gradcam" or an attribution's CLI spelling
    std::vector<double> deletion;   // mean probability of the true class at each fraction deleted
    std::vector<double> insertion;  // ... at each fraction inserted into the black picture
    double deletionArea = 0;        // trapezoid area under the curve on [0, 1]: lower is better
    double insertionArea = 0;       // higher is better
    double drop = 0;                // mean p(before) − p(dropFraction deleted): higher is better
    double seconds = 0;             // computing the maps
};

struct FaithfulnessReport {
    int images = 0;
    std::vector<double> fractions;
    double dropFraction = 0.2;
    double meanProbability = 0;     // of the true class, nothing deleted
    std::vector<FaithfulnessCurve> curves;  // "random" first, then in the order asked
    bool cancelled = false;         // progress said stop: curves holds those finished
};

// The methods a report covers by default: random, gradcam and every attribution method.
std::vector<std::string> faithfulnessMethods();

// method, images done, images in all. Return false to cancel.
using FaithfulnessProgress = std::function<bool(const std::string& method, int done, int total)>;

// images: uint8 [N, 1, H, W] light-on-dark, H and W the model's input; labels: int64 [N]; the
// first settings.images of them are used.
// Throws inception::Error(BadArgument) for random weights (the curves need trained ones), a
// model that is not a light-on-dark grey one, images of another size or kind, an unknown method,
// or images / points out of range (1..10000, 2..101).
FaithfulnessReport faithfulness(const std::shared_ptr<const engine::Model>& model, const torch::Tensor& images,
                                const torch::Tensor& labels,
                                const std::vector<std::string>& methods, const FaithfulnessSettings& settings,
                                const FaithfulnessProgress& progress = {});

// The ranking score of a method's map: signed or magnitude, as above. map: [H, W].
torch::Tensor rankingScore(const std::string& method, const torch::Tensor& map);

}  // namespace inception::explain
