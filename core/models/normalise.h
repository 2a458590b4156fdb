#pragma once
// A preset's normalisation and its inverse: the one place that turns [0, 1] pixels into what a
// network takes (range, channel order, mean and std) and back. Image decoding, feature
// visualisation, occlusion fills and the pictures of what a network saw all go through it.
#include <torch/types.h>

#include <string>

#include "models/registry.h"

namespace inception::models {

// pixels: [N, C, H, W] in [0, 1] — RGB (C = 3), or grey (C = 1) for grey presets.
torch::Tensor normalise(const torch::Tensor& pixels, const PreprocessPreset& preset);

// The inverse: a network input back to [0, 1] pixels in RGB order (grey stays one channel),
// clamped.
torch::Tensor denormalise(const torch::Tensor& input, const PreprocessPreset& preset);

// The preset as one line (resize, crop, interpolation, order, range, mean, std, grey,
// light-on-dark), for cache and index keys.
std::string presetKey(const PreprocessPreset& preset);

}  // namespace inception::models
