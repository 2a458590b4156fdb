#include "engine/loader.h"

#include <torch/torch.h>

#include "common/error.h"
#include "models/registry.h"
#include "weights/adapt.h"
#include "weights/checkpoint.h"

namespace inception::engine {

namespace {

bool hasAuxTensors(const std::string& variant, const weights::TensorMap& tensors)
{
    const auto& info = models::variant(variant);
    if (!info.hasAuxHeads)
        return false;
    models::ModelOptions withAux;
    withAux.auxLogits = true;
    const auto desc = info.describe(withAux);
    for (const auto& a : desc.aux)
        for (const auto& [name, t] : tensors)
            if (name.rfind(a.head.id + ".", 0) == 0)
                return true;
    return false;
}

int classifierRows(const arch::NetworkDesc& desc, const weights::TensorMap& tensors)
{
    std::string fc;
    for (const arch::ArchNode* leaf : arch::leaves(desc.root))
        if (leaf->layer.op == arch::Op::Linear)
            fc = leaf->layer.weightPath;
    const torch::Tensor* w = weights::find(tensors, fc + ".weight");
    if (!w && fc == "classif")
        w = weights::find(tensors, "last_linear.weight");
    return w && w->dim() == 2 ? int(w->size(0)) : 1000;
}

}  // namespace

LoadedNetwork loadNetwork(const std::string& variant, const std::string& path, const LoadOptions& options)
{
    const auto& info = models::variant(variant);
    LoadedNetwork out;
    weights::TensorMap tensors = weights::readCheckpoint(path);
    out.published = weights::identify(path);
    if (out.published && out.published->variant != variant)
        throw Error(ErrorCode::WeightsMismatch,
                    path + ": is the published file of " + out.published->variant + ", not of " + variant);

    models::ModelOptions mo;
    mo.auxLogits = hasAuxTensors(variant, tensors);
    out.transformInput = options.transformInput.value_or(out.published && out.published->transformInput);
    mo.transformInput = out.transformInput && info.hasTransformInput;
    const int rows = classifierRows(info.describe(mo), tensors);
    mo.numClasses = (out.published && out.published->classes == 1001 && rows == 1001) ? 1000 : rows;
    out.classes = mo.numClasses;

    out.net = models::InceptionNet(models::describe(variant, mo, options.inputSize));
    tensors = weights::adaptToNetwork(out.net->desc(), weights::stateDict(*out.net), std::move(tensors), out.notes);
    out.report = weights::loadStateDict(*out.net, tensors, options.mode, path);
    return out;
}

}  // namespace inception::engine
