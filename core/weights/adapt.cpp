#include "weights/adapt.h"

#include <torch/torch.h>

namespace inception::weights {

namespace {

std::string classifierPath(const arch::NetworkDesc& desc)
{
    std::string path;
    for (const arch::ArchNode* leaf : arch::leaves(desc.root))
        if (leaf->layer.op == arch::Op::Linear)
            path = leaf->layer.weightPath;
    return path;
}

}  // namespace

TensorMap adaptToNetwork(const arch::NetworkDesc& desc, const TensorMap& own, TensorMap tensors,
                         std::vector<std::string>& notes)
{
    const std::string fc = classifierPath(desc);
    // Cadene IRv2 names its classifier last_linear; timm calls it classif.
    if (fc == "classif" && !find(tensors, "classif.weight") && find(tensors, "last_linear.weight")) {
        for (auto& [name, t] : tensors)
            if (name.rfind("last_linear.", 0) == 0)
                name = "classif." + name.substr(12);
        notes.push_back("renamed last_linear.* to classif.*");
    }
    const torch::Tensor* ownWeight = find(own, fc + ".weight");
    for (auto& [name, t] : tensors) {
        if (ownWeight && (name == fc + ".weight" || name == fc + ".bias") && t.size(0) == ownWeight->size(0) + 1) {
            t = t.slice(0, 1);
            notes.push_back("dropped the background class (row 0) of " + name);
            continue;
        }
        const torch::Tensor* target = find(own, name);
        if (target && t.sizes() != target->sizes() && t.numel() == target->numel() && t.dim() > target->dim()) {
            bool leadingOnes = true;
            for (int64_t d = 0; d < t.dim() - target->dim(); ++d)
                leadingOnes = leadingOnes && t.size(d) == 1;
            if (leadingOnes && t.sizes().slice(size_t(t.dim() - target->dim())) == target->sizes()) {
                t = t.reshape(target->sizes());
                notes.push_back("squeezed " + name);
            }
        }
    }
    return tensors;
}

}  // namespace inception::weights
