#pragma once
// The compiled plan's insides, shared by the builder (plan_build.cpp) and the runner
// (plan_run.cpp). Only those two files see oneDNN.
#include <oneapi/dnnl/dnnl.hpp>

#include <array>
#include <map>
#include <string>
#include <vector>

#include "arch/archnode.h"
#include "engine/plan.h"
#include "engine/threads.h"

namespace inception::engine {

namespace plan {

using dnnl::memory;

// A tensor of the plan: a memory descriptor at an offset of a logical buffer. Several values
// may share a buffer: the slices of a concatenation, the sum a projection adds in place.
struct Value {
    memory::desc md;
    int buffer = -1;         // -1: the caller's input, bound at run time
    size_t offset = 0;       // bytes into the buffer
    std::vector<int64_t> dims;  // logical dims, NCHW or NC
};

struct Buffer {
    size_t bytes = 0;
    int first = -1, last = -1;  // steps that touch it (liveness)
    int arena = -1;             // which arena holds it, assigned after the steps are known
};

enum class StepKind {
    Primitive,   // a oneDNN primitive
    Observe,     // capture and/or intervene on a value (through float32 NCHW)
    Transform,   // torchvision's transform_input on a float32 NCHW value
    Fallback,    // one node run by the eager network
};

struct Step {
    StepKind kind = StepKind::Primitive;
    dnnl::primitive primitive;
    std::vector<std::pair<int, int>> values;         // oneDNN argument → value index
    std::vector<std::pair<int, memory>> constants;   // oneDNN argument → weights, bias
    memory::desc scratchpad;
    // Observe, Transform, Fallback
    std::string id;                       // node or tap id
    int src = -1, dst = -1;               // value indices
    std::vector<int64_t> eagerShape;      // the eager tensor's shape (batch included)
    dnnl::primitive toPlain, fromPlain;   // value ⇄ float32 NCHW / NC
    memory::desc plainSrc, plainDst;
    std::array<float, 3> scale{}, shift{};  // Transform
};

}  // namespace plan

class CompiledPlan {
public:
    dnnl::engine engine{dnnl::engine::kind::cpu, 0};
    mutable models::InceptionNet net{nullptr};  // fallbacks (forward is not const)
    std::vector<plan::Value> values;
    std::vector<plan::Buffer> buffers;
    std::vector<size_t> arenas;          // bytes of each arena
    dnnl::primitive outputReorder;       // the last value to float32 logits
    dnnl::memory::desc outputPlain;
    size_t scratchpadBytes = 0;
    std::vector<plan::Step> steps;
    int input = -1, output = -1;
    std::vector<int64_t> inputShape;
    std::set<std::string> observed;
    int threads = 1;
    PlanInfo info;
};

struct Plan::WeightCache {
    std::mutex mutex;
    // key: node id, scale, weights descriptor → reordered weights
    std::vector<std::pair<std::string, std::pair<dnnl::memory::desc, dnnl::memory>>> entries;
    std::map<std::string, dnnl::memory> biases;
};

namespace plan {

// The activation layout (plan_choices.cpp).
struct Layout {
    memory::format_tag tag4 = memory::format_tag::nChw16c;
    int block = 16;  // channels per block; 0: channels-last (no slicing)
    std::string name = "nChw16c";
};
Layout chooseLayout(Precision precision, const arch::NetworkDesc& desc);

// Winograd for 3x3 stride-1 convolutions, from INCEPTION_PLAN_WINOGRAD: 0 (the default), 1, auto.
// Off by default: GoogLeNet runs 20 % faster with it here, but its rounding error is 1.5-3x the
// direct kernel's (against float64), more than the plan allows itself.
enum class WinogradMode { Off, Always, WhereFaster };
WinogradMode winogradMode();
// Times both kernels once per problem and thread count; the answer is remembered.
bool winogradIsFaster(const dnnl::convolution_forward::primitive_desc& direct,
                      const dnnl::convolution_forward::primitive_desc& wino, const dnnl::engine& engine);

// A convolution's or linear layer's weights with its BatchNorm folded in (float64 arithmetic) and
// multiplied by `scale`, in the layout `want`; cached in `cache` (plan_weights.cpp).
std::pair<memory, memory> sharedWeights(Plan::WeightCache& cache, const dnnl::engine& engine,
                                        const models::InceptionNet& net, const std::string& id,
                                        const arch::Layer& l, double scale, const memory::desc& want,
                                        const memory::desc& biasMd, size_t& bytesAdded);

// Buffers that are never alive at the same time share an arena (plan_choices.cpp).
void assignArenas(CompiledPlan& out);

// Builds the executable (plan_build.cpp).
std::shared_ptr<CompiledPlan> build(const models::InceptionNet& net, Precision precision,
                                    Plan::WeightCache& weights, const std::vector<int64_t>& shape,
                                    const std::set<std::string>& observed, int threads);
}  // namespace plan

}  // namespace inception::engine
