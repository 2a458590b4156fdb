#pragma once
// Layer conductance (Dhamdhere et al. 2018) of one node along Integrated Gradients' path, and
// how it splits: ∫ ∂f/∂y · dy/dα dα, discretised on the path's points x_k as
// Σ_k ½ (g_k + g_{k+1}) · (y_{k+1} − y_k) with g = ∂f/∂y. It adds up to f(x) − f(x') as the input
// attribution does. At a concatenating module the per-channel conductance splits into its
// branches' channels. At a residual block y is the sum before the ReLU, identity + scale ·
// (W · concat(branches) + b): the terms are the identity and each branch carried through its
// slice of the projection W; the bias is constant along the path, so it has no conductance.
#include <torch/types.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "engine/model.h"

namespace inception::explain {

struct ConductanceTerm {
    std::string id;    // branch node id, or "<block>:identity"
    std::string name;  // short display name
    double value = 0;
    int64_t from = 0, to = 0;  // a concatenation's branch: its channels; else 0, 0
};

// What the passes capture for one node, and how the captured values become the components whose
// steps are summed (one component for a plain or concatenating node, identity + branches for a
// residual block).
struct ConductancePlan {
    std::string node;
    std::string gradientAt;         // the node, or its ":sum" tap
    std::set<std::string> capture;  // everything the components need
    bool residual = false;
    std::vector<ConductanceTerm> names;  // residual: one per component; concat: one per branch
    // [points, C, H, W] each, in `names` order for a residual block; else the node's value.
    std::vector<torch::Tensor> components(const std::map<std::string, torch::Tensor>& captured) const;
    torch::Tensor weight;  // residual: the projection (its bias has no conductance)
    double scale = 1.0;
};

// Throws inception::Error: UnknownNode; BadArgument for a node without a spatial map.
ConductancePlan conductancePlan(const engine::Model& model, const std::string& node, torch::Device device);

// The terms from the per-component, per-channel conductance ([components][C], float64).
std::vector<ConductanceTerm> conductanceTerms(const ConductancePlan& plan, const std::vector<torch::Tensor>& perComponent);

}  // namespace inception::explain
