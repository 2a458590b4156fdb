#pragma once
// Input attributions of one class's logit f, computed through the eager network:
//   gradient               ∇f(x)
//   input × gradient       x ⊙ ∇f(x)
//   Integrated Gradients   (x − x') ⊙ Σ_k w_k ∇f(x' + α_k (x − x')), α_k = k/m, k = 0..m, w the
//                          trapezoid rule (Sundararajan et al. 2017); completeness: the sum of the
//                          attributions approaches f(x) − f(x'), and the gap is reported
//   SmoothGrad             mean_i ∇f(x + σ ε_i)          (Smilkov et al. 2017)
//   SmoothGrad-Squared     mean_i ∇f(x + σ ε_i)²          (Hooker et al. 2019)
//   VarGrad                var_i ∇f(x + σ ε_i)            (population variance)
//   Guided Backprop        ∇f(x) with every ReLU passing back only positive gradients
//                          (Springenberg et al. 2015), kept as the example that fails the
//                          model-randomisation check (Adebayo et al. 2018)
// ε_i are standard normal, σ = noise · (max x − min x). Optionally, for Integrated Gradients,
// the conductance of one node's output (Dhamdhere et al. 2018) per channel, from the same passes.
#include <torch/types.h>

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "engine/model.h"
#include "engine/session.h"
#include "explain/conductance.h"
#include "explain/gradcam.h"

namespace inception::explain {

enum class Method { Gradient, InputXGradient, IntegratedGradients, SmoothGrad, SmoothGradSquared, VarGrad, GuidedBackprop };
enum class Baseline { Black, Blurred, Noise };

const char* toString(Method method);      // "integrated-gradients": the CLI's spelling
const char* toString(Baseline baseline);  // "black", "blurred", "noise"
std::string displayName(Method method);   // "Integrated Gradients"
// Throw inception::Error(BadArgument) naming the choices.
Method parseMethod(const std::string& text);
Baseline parseBaseline(const std::string& text);
const std::vector<Method>& allMethods();
bool usesSteps(Method method);    // Integrated Gradients
bool usesSamples(Method method);  // the three noise methods

constexpr int kMaxSteps = 1024;
constexpr int kMaxSamples = 1024;
// Refused above this: the estimated memory of one image's forward and backward.
constexpr double kGradientMemoryLimit = 4.0 * 1024 * 1024 * 1024;
// The automatic batch keeps an estimated batch under this (and at most 16 images).
constexpr double kBatchMemoryAim = 1.0 * 1024 * 1024 * 1024;

struct AttributionSettings {
    int steps = 32;                      // Integrated Gradients: m intervals, m + 1 gradients
    Baseline baseline = Baseline::Black;
    int samples = 25;                    // noise methods
    double noise = 0.15;                 // σ as a fraction of the input's range
    uint64_t seed = 0;                   // the noise (methods and the noise baseline)
    int batch = 0;                       // points per forward; 0: from the memory estimate
};

struct AttributionRequest {
    Method method = Method::IntegratedGradients;
    int target = -1;                // class; -1: the top-1
    AttributionSettings settings;
    torch::Tensor noise;            // optional [samples, C, H, W] standard normal, else drawn from seed
    torch::Tensor baselineInput;    // optional [1, C, H, W], replaces settings.baseline
    std::string conductanceAt;      // optional node: its conductance per channel (IG only)
    Knockouts knockouts;
    engine::DeviceChoice device = engine::DeviceChoice::Auto;
    int threads = 0;
};

struct AttributionResult {
    Method method = Method::Gradient;
    int target = 0;
    torch::Tensor attribution;  // [C, H, W] float32
    torch::Tensor map;          // [H, W]: the channel sum
    double logit = 0;           // f(x)
    int passes = 0;             // gradients computed
    int batch = 1;
    // Integrated Gradients only (NaN otherwise).
    double baselineLogit = std::numeric_limits<double>::quiet_NaN();  // f(x')
    double total = std::numeric_limits<double>::quiet_NaN();          // Σ attributions
    double gap = std::numeric_limits<double>::quiet_NaN();            // |total − (f(x) − f(x'))|, see gapRelative
    bool gapRelative = false;   // gap divided by |f(x) − f(x')| (when that exceeds 1e-3 |f(x)|)
    torch::Tensor conductance;  // [channels of conductanceAt] float64, when asked
    std::vector<ConductanceTerm> conductanceTerms;  // per branch (and identity), when it has them
    bool cancelled = false;     // progress said stop: nothing else is filled
};

// done, total: gradients computed so far and in all. Return false to cancel.
using AttributionProgress = std::function<bool(int done, int total)>;

// input: 1 x C x H x W, preprocessed. Throws inception::Error(BadArgument) for steps or samples
// outside 1..1024, a noise level outside (0, 1], a noise tensor or baseline of the wrong shape, a
// class out of range, conductance at a node without a spatial map, or an estimated memory above
// kGradientMemoryLimit for one image.
AttributionResult attribute(const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input,
                            const AttributionRequest& request, const AttributionProgress& progress = {});

// The estimate behind the limit: every leaf's output at this input size, four float32 copies
// (output, normalised, activated, gradient).
double gradientBytesPerImage(const arch::NetworkDesc& desc, int64_t height, int64_t width);

// The baseline x' for an input (1 x C x H x W, preprocessed): black pixels, the input blurred by
// a Gaussian of σ = min(H, W) / 20 (radius ⌈3σ⌉, edges replicated), or uniform noise pixels.
torch::Tensor baselineFor(Baseline baseline, const torch::Tensor& input, const models::PreprocessPreset& preset,
                          uint64_t seed);

// The trapezoid weights for m intervals on [0, 1]: m + 1 values, float64.
torch::Tensor trapezoidWeights(int steps);

}  // namespace inception::explain
