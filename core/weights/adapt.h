#pragma once
// Published files that differ from the reference layout, brought into it.
#include <string>
#include <vector>

#include "arch/archnode.h"
#include "weights/tensor_map.h"

namespace inception::weights {

// - a classifier with one row more than the network (TF's background class) loses row 0;
// - Cadene's Inception-ResNet-v2 `last_linear` becomes timm's `classif`;
// - tensors with extra leading singleton dimensions ([1, C] for [C]) are squeezed.
// Each change is described in `notes`.
TensorMap adaptToNetwork(const arch::NetworkDesc& desc, const TensorMap& stateShapes, TensorMap tensors,
                         std::vector<std::string>& notes);

}  // namespace inception::weights
