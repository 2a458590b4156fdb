#pragma once
#include <torch/nn/module.h>

#include <string>
#include <vector>

#include "weights/tensor_map.h"

namespace inception::weights {

struct ShapeMismatch {
    std::string name;
    std::vector<int64_t> expected;
    std::vector<int64_t> found;
};

// What a load found: by name, so the app can show it and the CLI can print it.
struct LoadReport {
    std::vector<std::string> missing;     // in the model, not in the file
    std::vector<std::string> unexpected;  // in the file, not in the model
    std::vector<ShapeMismatch> mismatched;
    size_t loaded = 0;
    bool perfect() const { return missing.empty() && unexpected.empty() && mismatched.empty(); }
    // One line naming the first few problems of each kind.
    std::string summary() const;
};

enum class LoadMode { Strict, Lenient };

// Parameters and buffers, by their state_dict names.
TensorMap stateDict(const torch::nn::Module& module);

// Copies every matching tensor into the module (converting dtype). Strict: refuses (throws
// inception::Error WeightsMismatch with the summary, and changes nothing) unless perfect.
LoadReport loadStateDict(torch::nn::Module& module, const TensorMap& tensors, LoadMode mode,
                         const std::string& what = "weights");

}  // namespace inception::weights
