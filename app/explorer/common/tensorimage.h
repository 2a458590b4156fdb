#pragma once
// Tensors as pictures for the window (the one place that turns pixels into a QImage).
#include <QImage>

#include "models/registry.h"

namespace at {
class Tensor;
}

namespace explorer {

// [H, W, 3] pixels in [0, 1] as an RGB picture.
QImage pixelsToImage(const at::Tensor& hw3);

// What the network saw: the first image of a preprocessed batch [N, C, H, W], un-normalised
// (grey for the Fashion-MNIST networks).
QImage networkInputImage(const at::Tensor& x, const inception::models::PreprocessPreset& preset);

}  // namespace explorer
