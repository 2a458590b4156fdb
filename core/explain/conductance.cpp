#include "explain/conductance.h"

#include <torch/torch.h>

#include "arch/taps.h"
#include "common/error.h"
#include "explain/explain_nodes.h"

namespace inception::explain {

ConductancePlan conductancePlan(const engine::Model& model, const std::string& node, torch::Device device)
{
    const auto& desc = model.desc();
    const auto* n = arch::findNode(desc.root, node);
    if (!n)
        throw Error(ErrorCode::UnknownNode, "no node '" + node + "' in " + model.variant());
    if (auto why = spatialRefusal(desc, node); !why.empty())
        throw Error(ErrorCode::BadArgument, why + ": conductance is taken per channel of a spatial map");
    ConductancePlan p;
    p.node = node;
    p.gradientAt = mapIdFor(desc, node);
    p.capture = {p.gradientAt};
    const auto branches = branchesOf(*n);
    p.residual = n->composition == arch::Composition::Residual && !branches.empty();
    if (!p.residual) {
        int64_t from = 0;
        for (const auto* b : branches) {
            p.names.push_back({b->id, b->name, 0, from, from + b->output[0]});
            from += b->output[0];
        }
        return p;
    }
    const std::string identity = arch::tapId(node, arch::TapKind::Identity);
    p.capture.insert(identity);
    p.names.push_back({identity, "identity", 0});
    for (const auto* b : branches) {
        p.capture.insert(b->id);
        p.names.push_back({b->id, b->name, 0});
    }
    const arch::ArchNode& proj = n->children[1];
    auto params = model.eager(torch::kCPU, torch::kFloat32)->named_parameters();
    p.weight = params[proj.layer.weightPath + ".weight"].detach().to(device);
    p.scale = n->residualScale;
    return p;
}

std::vector<torch::Tensor> ConductancePlan::components(const std::map<std::string, torch::Tensor>& captured) const
{
    if (!residual)
        return {captured.at(gradientAt)};
    std::vector<torch::Tensor> out{captured.at(names[0].id)};
    int64_t from = 0;
    for (size_t i = 1; i < names.size(); ++i) {
        const auto& part = captured.at(names[i].id);
        const int64_t to = from + part.size(1);
        out.push_back(torch::conv2d(part, weight.slice(1, from, to)) * scale);
        from = to;
    }
    return out;
}

std::vector<ConductanceTerm> conductanceTerms(const ConductancePlan& plan, const std::vector<torch::Tensor>& perComponent)
{
    std::vector<ConductanceTerm> terms = plan.names;
    for (size_t i = 0; i < terms.size(); ++i)
        terms[i].value = plan.residual ? perComponent.at(i).sum().item<double>()
                                       : perComponent.at(0).slice(0, terms[i].from, terms[i].to).sum().item<double>();
    return terms;
}

}  // namespace inception::explain
