#pragma once
// Occlusion sensitivity: a square patch of one grey level slid over the (preprocessed) image;
// at each position the drop in the class's logit. The pixel map is, at each pixel, the mean of
// the drops of the patches covering it. The patches run in batches through a Session (the
// compiled plan where this build has it), with knockouts applied.
#include <torch/types.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/model.h"
#include "explain/gradcam.h"

namespace inception::explain {

struct OcclusionSettings {
    int patch = 0;                 // pixels; 0: the default, round(size / 7)
    int stride = 0;                // pixels; 0: the default, max(1, patch / 2)
    std::optional<double> fill;    // grey level in [0, 1] before normalisation; unset: the default
    int batch = 16;                // patches per forward
};

// The settings with the defaults filled in for this model and input size: patch round(H/7)
// (32 at 224, 43 at 299, 4 at 28), stride half the patch; fill the preset's mean grey (the
// mean of its channel means: 0.449 for ImageNet's) for photographs, black (the background) for
// light-on-dark grey models.
// Throws inception::Error (BadArgument) for a patch larger than the image, a stride < 1, a fill
// outside [0, 1].
OcclusionSettings resolveOcclusion(const models::PreprocessPreset& preset, int64_t height, int64_t width,
                                   OcclusionSettings settings);

// Patch positions along an axis: 0, stride, 2*stride, ... and size - patch if the steps miss it,
// so every pixel is covered.
std::vector<int64_t> patchPositions(int64_t size, int patch, int stride);

struct OcclusionResult {
    OcclusionSettings settings;   // resolved
    int targetClass = -1;
    float baseLogit = 0;          // the class's logit on the unoccluded image
    std::vector<int64_t> ys, xs;  // patch positions (top, left)
    torch::Tensor grid;           // [ys, xs]: logit drop per patch position
    torch::Tensor map;            // [H, W]: mean drop over the patches covering each pixel
    bool cancelled = false;
};

// Return false to cancel (checked between batches). done and total count patches.
using OcclusionProgress = std::function<bool(int64_t done, int64_t total)>;

// input: 1 x C x H x W, preprocessed. targetClass -1: the top-1 of the unoccluded image.
OcclusionResult occlusion(const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input,
                          int targetClass, OcclusionSettings settings, const Knockouts& knockouts = {},
                          const OcclusionProgress& progress = {}, int threads = 0);

}  // namespace inception::explain
