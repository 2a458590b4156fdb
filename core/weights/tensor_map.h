#pragma once
#include <torch/types.h>

#include <string>
#include <utility>
#include <vector>

namespace inception::weights {

// Named tensors in file order.
using TensorMap = std::vector<std::pair<std::string, torch::Tensor>>;

const torch::Tensor* find(const TensorMap& map, const std::string& name);

}  // namespace inception::weights
