#pragma once
// An image file as a network's input: decoded (decode.h), then preprocessed with the model's
// preset (preprocess.h). The one decode-and-preprocess path: the window, the CLI, the dataset
// index and the training data's image folders all read files through it.
#include <torch/types.h>

#include <string>

#include "engine/model.h"
#include "vision/preprocess.h"

namespace inception::vision {

// float32 [1, C, crop, crop]. Throws inception::Error naming the file (missing, not an image,
// truncated, too large).
torch::Tensor loadInput(const std::string& path, const engine::Model& model, const PreprocessOptions& options = {});
torch::Tensor loadInput(const std::string& path, const models::PreprocessPreset& preset,
                        const PreprocessOptions& options = {});

}  // namespace inception::vision
