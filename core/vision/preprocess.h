#pragma once
// A variant's preprocessing preset applied to an RGB image: the reference transforms.
#include <opencv2/core.hpp>
#include <torch/types.h>

#include "models/registry.h"

namespace inception::vision {

struct PreprocessOptions {
    // false: torchvision's tensor route (no antialiasing when shrinking). true: antialiased
    // resize, close to PIL's (what most Python users run).
    bool antialias = false;
};

// Resize the shorter side (torchvision's rule: long = int(size * long / short)), round back to
// 8 bits as torchvision does, centre-crop, scale, normalise, order channels.
// rgb: 8-bit, 3 channels, RGB order. Returns float32 [1, 3, crop, crop] ([1, 1, crop, crop] for a
// grey preset: luminance, inverted when the preset asks for light on dark and the border is light).
torch::Tensor preprocess(const cv::Mat& rgb, const models::PreprocessPreset& preset,
                         const PreprocessOptions& options = {});

// 8-bit RGB pixels as a float32 [1, 3, H, W] tensor in 0..255 (no copy of the pixels kept).
torch::Tensor rgbToTensor(const cv::Mat& rgb);

}  // namespace inception::vision
