#pragma once
// What one run of a network shows in the window's docks, computed on plain tensors: the top-k,
// the mean |activation| of every stage and module (the diagram's tint), the selected node's
// parts (a module's branches) with their first channels on one colour scale and each part's
// share of the node's output energy, the same image without the knockouts (before / after), and
// Grad-CAM at the selected node — or at the variant's default node when the selected one has no
// spatial map — split per branch. The window turns this into pictures and nothing more.
#include <torch/types.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "arch/receptive.h"
#include "engine/session.h"
#include "explain/gradcam.h"

namespace inception::explain {

struct AnalysisRequest {
    std::string node;        // the selected node; empty: none (no parts)
    Knockouts knockouts;     // applied to the run (ids the network lacks are left out)
    bool gradCam = false;
    int gradCamClass = -1;   // -1 (or out of range): the top-1
    int topK = 5;
    int shownChannels = 36;  // channels kept per part
};

// One part of the selected node: a branch of a module (a concatenation's children, a residual
// block's branches), else a child, else the node itself.
struct PartActivation {
    std::string id, name;
    std::vector<int64_t> shape;   // the output without the batch: C, H, W (or C)
    int channels = 1;
    double energyShare = 0;       // sum of x^2 over the part / over all parts, where they partition an
                                  // output (a concatenation's branches); -1 where they do not
    torch::Tensor output;         // [C, H, W] (or [C]) float32, the first image's
    torch::Tensor shown;          // [min(C, shownChannels), H, W]; undefined for vector outputs
    arch::ReceptiveField field;   // of one cell of the part's maps
};

// The run without the knockouts, against the run with them.
struct KnockoutComparison {
    Knockouts applied;            // the request's knockouts that name nodes of this network
    engine::Prediction before;    // the top-k without knockouts
    std::vector<float> beforeP;   // each after-top-k class's probability before
    std::vector<int> beforeRank;  // and its rank before (1-based)
    bool top1Changed = false;
};

struct Explanation {
    GradCamResult gradCam;
    bool fellBack = false;        // the selected node has no spatial map: taken at the default node
    torch::Tensor upsampled;      // [H, W] the raw map at the input's size
    float min = 0, max = 0;       // of the raw map
    float limit = 1;              // the map's diverging scale runs -limit..+limit
    float termLimit = 1;          // the per-branch terms' shared scale
    double cropFraction = 1;      // the input's share of the frame's shorter side (crop / resize)
};

struct RunAnalysis {
    engine::Prediction prediction;
    torch::Tensor input;                  // [1, C, H, W] what the network saw
    std::map<std::string, double> heat;   // mean |activation| per stage and module, scaled to 0..1
    std::vector<PartActivation> parts;
    float low = 0, high = 0;              // the parts' shared colour scale (over their shown channels)
    std::optional<KnockoutComparison> knockout;
    std::optional<Explanation> explanation;
};

// The nodes whose mean |activation| tints the diagram: stages and modules (depths 1 and 2) with
// a spatial output.
std::vector<std::string> heatNodes(const arch::NetworkDesc& desc);

// The parts shown for a selected node (see PartActivation).
std::vector<const arch::ArchNode*> shownParts(const arch::ArchNode& node);

// Runs `input` ([1, C, H, W], preprocessed) through `session` once with the request's captures
// and knockouts (and again without knockouts, and with gradients for Grad-CAM, when asked).
// `beforeForward` runs just before the forward (a test's latch). Throws inception::Error.
RunAnalysis analyseRun(engine::Session& session, const torch::Tensor& input, const AnalysisRequest& request,
                       const std::function<void()>& beforeForward = {});

}  // namespace inception::explain
