#pragma once
// Grad-CAM at any spatial node, split per branch where the node has branches.
//   weights w_c = mean over (h, w) of d(logit of the class)/dA_c     A: the node's output
//   map = sum_c w_c A_c      raw, before Grad-CAM's ReLU (the caller decides how to show it)
// At a concatenating module the map splits exactly into one term per branch (the branch's
// channels). At a residual block the map is taken at the sum before its ReLU, which splits into
// the identity path, each branch's contribution carried through the linear 1x1 projection (and
// the block's scale), and the projection's bias.
#include <torch/types.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "engine/model.h"
#include "engine/session.h"

namespace inception::explain {

using Knockouts = std::map<std::string, models::Intervention>;

struct GradCamRequest {
    std::string node;              // empty: defaultNode
    std::vector<int> classes;      // one per image; empty (or -1): each image's top-1
    bool perBranch = false;
    Knockouts knockouts;           // applied while explaining
    engine::DeviceChoice device = engine::DeviceChoice::Auto;
    int threads = 0;
};

struct MapTerm {
    std::string id;     // a branch's node id; "<block>:identity"; "<block>.conv2d:bias" style ids
    std::string name;   // short display name ("branch2", "identity", "bias")
    torch::Tensor map;  // [N, H, W]
};

struct GradCamResult {
    std::string node;           // the node asked for
    std::string mapId;          // where the map is taken (node, or node:sum)
    std::vector<int> classes;   // the class explained, per image
    torch::Tensor weights;      // [N, C]
    torch::Tensor activation;   // [N, C, H, W] the value at mapId
    torch::Tensor map;          // [N, H, W] raw (pre-ReLU)
    std::vector<MapTerm> terms; // per branch (when asked)
    engine::Prediction prediction;  // the forward that was explained
};

// input: N x C x H x W, preprocessed. Throws inception::Error: UnknownNode; BadArgument for a
// node without a spatial map, a class out of range, --per-branch where the node has no branches.
GradCamResult gradCam(const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input,
                      const GradCamRequest& request);

// The map upsampled to the input's size (bilinear, align_corners false): [N, H, W].
torch::Tensor upsampleMap(const torch::Tensor& map, int64_t height, int64_t width);

}  // namespace inception::explain
