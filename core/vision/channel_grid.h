#pragma once
// A node's output as a picture: its channels side by side on one colour scale.
#include <opencv2/core.hpp>
#include <torch/types.h>

#include "vision/colormap.h"

namespace inception::vision {

struct GridOptions {
    int maxChannels = 64;
    int cellSize = 64;     // pixels per channel map (nearest-neighbour upsampling)
    int gap = 2;
    bool legend = true;    // a colour bar with min and max under the grid
    // When max > min: this scale instead of the tensor's own (branches drawn side by side
    // share one scale).
    float fixedMin = 0.0f;
    float fixedMax = 0.0f;
};

struct GridRange {
    float min = 0.0f;
    float max = 0.0f;
};

// chw: [C, H, W] (or [1, C, H, W]). Returns an 8-bit RGB image; `range` receives the scale used.
cv::Mat renderChannelGrid(const torch::Tensor& chw, const GridOptions& options = {}, GridRange* range = nullptr);

}  // namespace inception::vision
