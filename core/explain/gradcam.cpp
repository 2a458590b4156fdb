#include "explain/gradcam.h"

#include <torch/torch.h>

#include "arch/taps.h"
#include "common/error.h"
#include "explain/explain_nodes.h"

namespace inception::explain {

namespace {

void checkClasses(const engine::Model& model, const std::vector<int>& classes, int64_t images)
{
    if (!classes.empty() && int64_t(classes.size()) != images)
        throw Error(ErrorCode::BadArgument,
                    std::to_string(classes.size()) + " classes given for " + std::to_string(images) + " images");
    for (int k : classes)
        if (k < -1 || k >= model.classes())
            throw Error(ErrorCode::BadArgument, "class " + std::to_string(k) + " is out of range: " + model.variant() +
                                                    " has classes 0 to " + std::to_string(model.classes() - 1));
}

// sum_c w_c A_c over a channel range: [N, H, W].
torch::Tensor weightedSum(const torch::Tensor& weights, const torch::Tensor& a, int64_t from, int64_t to)
{
    const auto w = weights.slice(1, from, to).unsqueeze(2).unsqueeze(3);
    return (w * a.slice(1, from, to)).sum(1);
}

}  // namespace

GradCamResult gradCam(const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input,
                      const GradCamRequest& request)
{
    const auto& desc = model->desc();
    GradCamResult r;
    r.node = request.node.empty() ? defaultNode(desc) : request.node;
    if (!arch::findNode(desc.root, r.node))
        throw Error(ErrorCode::UnknownNode, spatialRefusal(desc, r.node));
    if (auto why = spatialRefusal(desc, r.node); !why.empty())
        throw Error(ErrorCode::BadArgument, why);
    if (request.perBranch)
        if (auto why = perBranchRefusal(desc, r.node); !why.empty())
            throw Error(ErrorCode::BadArgument, why);
    checkClasses(*model, request.classes, input.size(0));

    const arch::ArchNode& node = *arch::findNode(desc.root, r.node);
    const bool residual = node.composition == arch::Composition::Residual;
    r.mapId = mapIdFor(desc, r.node);
    const auto branches = request.perBranch ? branchesOf(node) : std::vector<const arch::ArchNode*>{};

    engine::SessionOptions o;
    o.device = request.device;
    o.threads = request.threads;
    o.path = engine::PathChoice::Eager;
    engine::RunRequest run;
    run.interventions = request.knockouts;
    run.gradientsAt = {r.mapId};
    run.capture = {r.mapId};
    if (residual && request.perBranch) {
        run.capture.insert(arch::tapId(r.node, arch::TapKind::Identity));
        for (const auto* b : branches)
            run.capture.insert(b->id);
    }
    if (!request.classes.empty())
        run.gradientClasses = request.classes;
    engine::Session session(model, o);
    r.prediction = session.run(input, run);
    r.classes = r.prediction.gradientClasses;

    const torch::Tensor a = r.prediction.activations.at(r.mapId);
    const torch::Tensor g = r.prediction.gradients.at(r.mapId);
    r.activation = a;
    r.weights = g.mean({2, 3});
    r.map = weightedSum(r.weights, a, 0, a.size(1));

    if (!request.perBranch)
        return r;
    if (!residual) {
        int64_t from = 0;
        for (const auto* b : branches) {
            const int64_t to = from + b->output[0];
            r.terms.push_back({b->id, b->name, weightedSum(r.weights, a, from, to)});
            from = to;
        }
        return r;
    }
    // Residual: sum = identity + scale * (W * concat(branches) + bias).
    const arch::ArchNode& proj = node.children[1];
    auto net = model->eager(torch::kCPU, torch::kFloat32);
    const auto params = net->named_parameters();
    const torch::Tensor weight = params[proj.layer.weightPath + ".weight"].detach();
    const torch::Tensor bias = params[proj.layer.weightPath + ".bias"].detach();
    const double scale = node.residualScale;
    const std::string identityId = arch::tapId(r.node, arch::TapKind::Identity);
    const torch::Tensor identity = r.prediction.activations.at(identityId);
    r.terms.push_back({identityId, "identity", weightedSum(r.weights, identity, 0, identity.size(1))});
    int64_t from = 0;
    for (const auto* b : branches) {
        const int64_t to = from + b->output[0];
        const torch::Tensor part = r.prediction.activations.at(b->id);
        const torch::Tensor carried = torch::conv2d(part, weight.slice(1, from, to)) * scale;
        r.terms.push_back({b->id, b->name, weightedSum(r.weights, carried, 0, carried.size(1))});
        from = to;
    }
    const auto biasMap = (r.weights * (bias * scale).unsqueeze(0)).sum(1).view({-1, 1, 1}).expand_as(r.map);
    r.terms.push_back({proj.id + ":bias", "bias", biasMap.contiguous()});
    return r;
}

torch::Tensor upsampleMap(const torch::Tensor& map, int64_t height, int64_t width)
{
    namespace F = torch::nn::functional;
    return F::interpolate(map.unsqueeze(1), F::InterpolateFuncOptions()
                                                .size(std::vector<int64_t>{height, width})
                                                .mode(torch::kBilinear)
                                                .align_corners(false))
        .squeeze(1);
}

}  // namespace inception::explain
