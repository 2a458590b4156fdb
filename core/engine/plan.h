#pragma once
// The compiled inference plan: the ArchNode tree turned, once, into a list of oneDNN primitives —
// BatchNorm folded into its convolution, ReLU fused into the convolution that feeds it, weights
// re-laid once into the layout the kernels want, activations kept in one layout from the stem to
// the pooled features, each branch writing straight into its slice of the module's output where
// the layout allows, residual sums fused into the projection. Nodes the plan does not cover run
// through the eager network, one node at a time, and are listed in `PlanInfo::fallbacks`.
//
// A Plan belongs to a Model (one per precision) and is immutable after construction; compile()
// makes (and caches) the executable for one input shape, set of observed node ids and thread
// count. A PlanRunner binds one executable to its own buffers: one runner per thread.
#include <torch/types.h>

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "engine/precision.h"
#include "models/network.h"

namespace inception::engine {

struct PlanInfo {
    std::string layout;                   // "nChw16c", "nhwc", …
    std::string precision;                // "float32", "bfloat16"
    std::vector<std::string> fallbacks;   // "id: why", nodes run by the eager network
    std::map<std::string, int> kernels;   // oneDNN implementation → primitives using it
    int primitives = 0;
    int fusedResiduals = 0;               // residual sums done by the projection's sum post-op
    int slicedConcats = 0;                // concatenations done by writing into slices
    int copiedConcats = 0;                // concatenations done by a concat primitive
    size_t activationBytes = 0;           // the arenas every runner allocates
    size_t weightBytes = 0;
};

class CompiledPlan;

class Plan {
public:
    // True when this build has oneDNN (INCEPTION_WITH_ONEDNN).
    static bool available();
    // `net`: evaluation mode, float32, on the CPU; the Plan keeps it for fallbacks.
    Plan(models::InceptionNet net, Precision precision);
    ~Plan();
    Plan(const Plan&) = delete;
    Plan& operator=(const Plan&) = delete;

    Precision precision() const { return precision_; }
    // Thread-safe; the same request returns the same executable.
    std::shared_ptr<const CompiledPlan> compile(const std::vector<int64_t>& shape,
                                                const std::set<std::string>& observed, int threads) const;

    struct WeightCache;  // reordered weights shared by every executable of this plan

private:
    models::InceptionNet net_;
    Precision precision_;
    mutable std::mutex mutex_;
    mutable std::map<std::string, std::shared_ptr<const CompiledPlan>> compiled_;
    std::unique_ptr<WeightCache> weights_;
};

struct PlanOutputs {
    torch::Tensor logits;                           // [N, classes] float32
    std::map<std::string, torch::Tensor> captured;  // float32, NCHW (or [N, F]), the eager shapes
};

class PlanRunner {
public:
    explicit PlanRunner(std::shared_ptr<const CompiledPlan> plan);
    ~PlanRunner();
    PlanRunner(const PlanRunner&) = delete;
    PlanRunner& operator=(const PlanRunner&) = delete;

    // input: float32, contiguous NCHW, of the compiled shape. `capture` and `interventions`
    // may name only ids the plan was compiled to observe.
    PlanOutputs run(const torch::Tensor& input, const std::set<std::string>& capture,
                    const std::map<std::string, Intervention>& interventions);
    const PlanInfo& info() const;
    const CompiledPlan& plan() const { return *plan_; }

private:
    struct State;
    std::shared_ptr<const CompiledPlan> plan_;
    std::unique_ptr<State> state_;
};

const PlanInfo& planInfo(const CompiledPlan& plan);

}  // namespace inception::engine
