// The compiled plan at run time: a runner's buffers, the step loop, captures, interventions and
// fallbacks.
#include <torch/torch.h>

#include <cstdlib>
#include <sstream>

#include "common/error.h"
#include "common/format.h"
#include "engine/plan_internal.h"

namespace inception::engine {

using plan::StepKind;
using dnnl::memory;

bool Plan::available() { return true; }

Plan::Plan(models::InceptionNet net, Precision precision)
    : net_(std::move(net)), precision_(precision), weights_(std::make_unique<WeightCache>())
{
    if (precision == Precision::Float16)
        throw Error(ErrorCode::BadArgument, "float16 runs on CUDA only; on the CPU choose float32 or bfloat16");
}

Plan::~Plan() = default;

std::shared_ptr<const CompiledPlan> Plan::compile(const std::vector<int64_t>& shape,
                                                  const std::set<std::string>& observed, int threads) const
{
    std::ostringstream key;
    for (auto d : shape)
        key << d << 'x';
    key << '|' << threads;
    for (const auto& id : observed)
        key << '|' << id;
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = compiled_.find(key.str());
    if (it != compiled_.end())
        return it->second;
    try {
        auto made = plan::build(net_, precision_, *weights_, shape, observed, threads);
        if (compiled_.size() >= 16)  // shapes, capture sets and thread counts a window cycles through
            compiled_.erase(compiled_.begin());
        return compiled_[key.str()] = made;
    } catch (const dnnl::error& e) {
        throw Error(ErrorCode::Internal, std::string("oneDNN could not compile the plan: ") + e.what());
    }
}

const PlanInfo& planInfo(const CompiledPlan& plan) { return plan.info; }

struct PlanRunner::State {
    dnnl::stream stream;
    std::vector<std::unique_ptr<char, void (*)(void*)>> arenas;
    std::unique_ptr<char, void (*)(void*)> scratchpad{nullptr, std::free};
    std::vector<memory> values;
    std::vector<std::unordered_map<int, memory>> args;  // per primitive step

    static std::unique_ptr<char, void (*)(void*)> allocate(size_t bytes)
    {
        const size_t rounded = (std::max<size_t>(bytes, 64) + 63) / 64 * 64;
        void* p = std::aligned_alloc(64, rounded);
        if (!p)
            throw Error(ErrorCode::Internal, "out of memory for the plan's activations (" +
                                                 std::to_string(rounded >> 20) + " MiB)");
        return {static_cast<char*>(p), std::free};
    }
};

PlanRunner::PlanRunner(std::shared_ptr<const CompiledPlan> plan) : plan_(std::move(plan)), state_(std::make_unique<State>())
{
    const auto& p = *plan_;
    auto& s = *state_;
    s.stream = dnnl::stream(p.engine);
    for (size_t bytes : p.arenas)
        s.arenas.push_back(State::allocate(bytes));
    s.scratchpad = State::allocate(p.scratchpadBytes);
    for (size_t i = 0; i < p.values.size(); ++i) {
        const auto& v = p.values[i];
        if (v.buffer < 0) {
            s.values.emplace_back(v.md, p.engine, static_cast<void*>(nullptr));
            continue;
        }
        const int arena = p.buffers[size_t(v.buffer)].arena;
        char* base = arena >= 0 ? s.arenas[size_t(arena)].get() : nullptr;
        s.values.emplace_back(v.md, p.engine, base ? base + v.offset : static_cast<void*>(nullptr));
    }
    s.args.resize(p.steps.size());
    for (size_t i = 0; i < p.steps.size(); ++i) {
        const auto& step = p.steps[i];
        if (step.kind != StepKind::Primitive)
            continue;
        auto& a = s.args[i];
        for (const auto& [key, v] : step.values)
            a[key] = s.values[size_t(v)];
        for (const auto& [key, m] : step.constants)
            a[key] = m;
        if (step.scratchpad.get_size() > 0)
            a[DNNL_ARG_SCRATCHPAD] = memory(step.scratchpad, p.engine, s.scratchpad.get());
    }
}

PlanRunner::~PlanRunner() = default;

const PlanInfo& PlanRunner::info() const { return plan_->info; }

namespace {

torch::Tensor plainTensor(const memory::desc& md)
{
    const auto dims = md.dims();
    return torch::empty(std::vector<int64_t>(dims.begin(), dims.end()), torch::kFloat32);
}

void reorder(const dnnl::primitive& r, dnnl::stream& stream, const memory& from, const memory& to)
{
    r.execute(stream, {{DNNL_ARG_FROM, from}, {DNNL_ARG_TO, to}});
}

void intervene(torch::Tensor& t, Intervention kind)
{
    if (kind == Intervention::Zero) {
        t.zero_();
        return;
    }
    if (t.dim() == 4)  // each channel by its spatial mean
        t.copy_(t.mean({2, 3}, /*keepdim=*/true).expand_as(t));
}

// An Observe step: the value copied out in float32 NCHW when captured, and written back after
// an intervention.
void observeStep(const plan::Step& step, const dnnl::engine& engine, dnnl::stream& stream, const memory& value,
                 const std::set<std::string>& capture, const std::map<std::string, Intervention>& interventions,
                 PlanOutputs& out)
{
    const bool wanted = capture.count(step.id) > 0;
    const auto iv = interventions.find(step.id);
    if (!wanted && iv == interventions.end())
        return;
    stream.wait();
    auto t = plainTensor(step.plainSrc);
    memory plain(step.plainSrc, engine, t.data_ptr());
    reorder(step.toPlain, stream, value, plain);
    stream.wait();
    if (iv != interventions.end()) {
        intervene(t, iv->second);
        reorder(step.fromPlain, stream, plain, value);
    }
    if (wanted)
        out.captured[step.id] = t.reshape(step.eagerShape);
}

// torchvision's transform_input on a float32 NCHW value: x_c * scale_c + shift_c.
void transformStep(const plan::Step& step, const plan::Value& v, const memory& src, const memory& dst)
{
    const int64_t n = v.dims[0], hw = v.dims[2] * v.dims[3];
    const float* from0 = static_cast<const float*>(src.get_data_handle());
    float* to0 = static_cast<float*>(dst.get_data_handle());
    for (int64_t b = 0; b < n; ++b)
        for (int64_t c = 0; c < 3; ++c) {
            const float* from = from0 + (b * 3 + c) * hw;
            float* to = to0 + (b * 3 + c) * hw;
            const float a = step.scale[size_t(c)], k = step.shift[size_t(c)];
            for (int64_t j = 0; j < hw; ++j)
                to[j] = from[j] * a + k;
        }
}

// A node oneDNN has no form for, run by the eager network between two reorders.
void fallbackStep(const plan::Step& step, const CompiledPlan& p, dnnl::stream& stream, const memory& src,
                  const memory& dst)
{
    stream.wait();
    auto t = plainTensor(step.plainSrc);
    memory plainIn(step.plainSrc, p.engine, t.data_ptr());
    reorder(step.toPlain, stream, src, plainIn);
    stream.wait();
    torch::Tensor y;
    {
        torch::InferenceMode guard;
        y = p.net->forwardNode(step.id, t).to(torch::kFloat32).contiguous();
    }
    const auto dims = step.plainDst.dims();
    y = y.reshape(std::vector<int64_t>(dims.begin(), dims.end())).contiguous();
    memory plainOut(step.plainDst, p.engine, y.data_ptr());
    reorder(step.fromPlain, stream, plainOut, dst);
    stream.wait();
}

}  // namespace

PlanOutputs PlanRunner::run(const torch::Tensor& input, const std::set<std::string>& capture,
                            const std::map<std::string, Intervention>& interventions)
{
    const auto& p = *plan_;
    auto& s = *state_;
    if (input.sizes().vec() != p.inputShape || input.scalar_type() != torch::kFloat32 || !input.is_contiguous() ||
        !input.device().is_cpu())
        throw Error(ErrorCode::ShapeMismatch, "the plan was compiled for float32 " + shapeString(p.inputShape) +
                                                  " on the CPU, got " + shapeString(input.sizes().vec()));
    for (const auto& id : capture)
        if (!p.observed.count(id))
            throw Error(ErrorCode::Internal, "the plan was not compiled to observe '" + id + "'");
    for (const auto& [id, kind] : interventions)
        if (!p.observed.count(id))
            throw Error(ErrorCode::Internal, "the plan was not compiled to observe '" + id + "'");
    ThreadScope threads(p.threads);
    s.values[size_t(p.input)].set_data_handle(input.data_ptr());
    PlanOutputs out;
    try {
        for (size_t i = 0; i < p.steps.size(); ++i) {
            const auto& step = p.steps[i];
            switch (step.kind) {
            case StepKind::Primitive:
                step.primitive.execute(s.stream, s.args[i]);
                break;
            case StepKind::Observe:
                observeStep(step, p.engine, s.stream, s.values[size_t(step.src)], capture, interventions, out);
                break;
            case StepKind::Transform:
                s.stream.wait();
                transformStep(step, p.values[size_t(step.src)], s.values[size_t(step.src)], s.values[size_t(step.dst)]);
                break;
            case StepKind::Fallback:
                fallbackStep(step, p, s.stream, s.values[size_t(step.src)], s.values[size_t(step.dst)]);
                break;
            }
        }
        out.logits = plainTensor(p.outputPlain);
        memory logits(p.outputPlain, p.engine, out.logits.data_ptr());
        reorder(p.outputReorder, s.stream, s.values[size_t(p.output)], logits);
        s.stream.wait();
    } catch (const dnnl::error& e) {
        throw Error(ErrorCode::Internal, std::string("oneDNN failed while running the plan: ") + e.what());
    }
    s.values[size_t(p.input)].set_data_handle(static_cast<void*>(nullptr));
    if (out.logits.dim() == 4)
        out.logits = out.logits.flatten(1);
    return out;
}

}  // namespace inception::engine
