#pragma once
// The project's own model files: X.safetensors (the state_dict) with X.json beside it saying
// what network the tensors belong to — variant, width, input, class names. The trainer writes
// them, the bundled Fashion-MNIST model is one, and they are read by the same restricted
// reader as every other weight file (nothing in them is executed).
#include <optional>
#include <string>
#include <vector>

#include "weights/tensor_map.h"

namespace inception::weights {

struct ModelFileInfo {
    std::string variant;               // mini_inception, …, or one of the five in small form
    double width = 0.0;                // filter-count multiplier; 0: the variant's own
    std::vector<int64_t> input;        // C, H, W
    std::vector<std::string> classes;  // class names (may be empty)
    int numClasses = 0;                // classes.size() when names are given
    std::string dataset;               // "fashion-mnist", "cifar10", "folder", …
    bool auxHeads = false;
    bool trained = true;
    std::string note;
};

// "run/model.safetensors" -> "run/model.json".
std::string modelInfoPath(const std::string& weightsPath);
// The JSON beside a weights file, when there is one. Throws inception::Error(CorruptFile)
// naming the field when it is there but wrong.
std::optional<ModelFileInfo> readModelInfo(const std::string& weightsPath);
// Writes the tensors, then the JSON, each atomically.
void writeModelFile(const std::string& weightsPath, const TensorMap& tensors, const ModelFileInfo& info);

}  // namespace inception::weights
