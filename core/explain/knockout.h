#pragma once
// Knockout sweeps: for a module, knock out each branch in turn (zero, or each channel replaced
// by its spatial mean) and measure what changes. For a residual block's branch the knockout
// removes the branch's contribution to the sum; the projection's bias stays.
#include <torch/types.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "engine/model.h"
#include "explain/gradcam.h"

namespace inception::explain {

// "inception4a.branch2" or "inception4a.branch2=mean" (zero when no kind is given). Throws
// BadArgument for another kind.
std::pair<std::string, models::Intervention> parseKnockout(const std::string& text);
const char* toString(models::Intervention kind);

struct SweepRow {
    std::string image;          // the image's name (as given)
    std::string branch;         // the branch knocked out
    int originalTop1 = -1;      // the class on top with only the base knockouts
    double originalP = 0;       // its probability then
    double knockedP = 0;        // its probability with the branch knocked out
    double drop = 0;            // originalP - knockedP
    bool top1Kept = true;
    int newTop1 = -1;
    double kl = 0;              // KL(original || knocked) over all classes, in nats
};

struct SweepMean {
    std::string branch;
    int images = 0;
    double drop = 0, kept = 0, kl = 0;  // means (kept: the fraction of images whose top-1 stays)
};

// The branches of `module` knocked out one at a time on a batch (names: one per image). The
// base knockouts stay applied throughout. Throws UnknownNode / BadArgument (no branches).
std::vector<SweepRow> sweepBranches(const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input,
                                    const std::vector<std::string>& names, const std::string& module,
                                    models::Intervention kind, const Knockouts& base = {}, int threads = 0);

std::vector<SweepMean> sweepMeans(const std::vector<SweepRow>& rows);

// One row per branch per image, then one "mean" row per branch.
std::string sweepCsv(const std::vector<SweepRow>& rows);

}  // namespace inception::explain
