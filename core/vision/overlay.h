#pragma once
// Explanation maps laid over the picture the network saw.
#include <opencv2/core.hpp>
#include <torch/types.h>

#include "models/registry.h"
#include "vision/colormap.h"

namespace inception::vision {

// The preprocessed input [C, H, W] (or [1, C, H, W]) back to an 8-bit RGB picture (undoing the
// preset's normalisation, range and channel order; grey models give grey pictures).
cv::Mat inputPicture(const torch::Tensor& chw, const models::PreprocessPreset& preset);

// `map` [h, w] at any resolution, upsampled (bilinear) to the picture's size and drawn on the
// diverging scale from -limit to +limit (limit <= 0: the map's largest magnitude), blended
// with `opacity` in [0, 1]. With `legend`, a colour bar with its end values is added below.
cv::Mat overlayMap(const cv::Mat& rgb, const torch::Tensor& map, float limit = 0.0f, double opacity = 0.6,
                   bool legend = true);

// Where a heavy-tailed map's colours should end: the 99.5th percentile of |map| (at least 1e-12),
// so the few pixels above it are drawn at full colour and the rest of the map is not left blank.
float clippedLimit(const torch::Tensor& map);

// The map alone on the diverging scale, each cell `cell` pixels (nearest neighbour).
cv::Mat renderSignedMap(const torch::Tensor& map, float limit, int cell);

}  // namespace inception::vision
