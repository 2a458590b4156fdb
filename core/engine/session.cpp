#include "engine/session.h"

#include <torch/cuda.h>
#include <torch/torch.h>

#include <chrono>

#include "arch/names.h"
#include "arch/taps.h"
#include "common/error.h"
#include "common/format.h"
#include "engine/plan.h"
#include "engine/threads.h"

namespace inception::engine {

namespace {

using Clock = std::chrono::steady_clock;

torch::ScalarType scalarType(Precision p)
{
    switch (p) {
    case Precision::BFloat16:
        return torch::kBFloat16;
    case Precision::Float16:
        return torch::kHalf;
    case Precision::Float32:
        break;
    }
    return torch::kFloat32;
}

bool fits(const arch::NetworkDesc& desc, int64_t h, int64_t w)
{
    arch::NetworkDesc d = desc;
    d.aux.clear();
    d.input = {desc.input[0], h, w};
    try {
        arch::annotate(d);
        return true;
    } catch (const std::invalid_argument&) {
        return false;
    }
}

}  // namespace

std::string checkInputSize(const arch::NetworkDesc& desc, int64_t height, int64_t width)
{
    if (fits(desc, height, width))
        return {};
    // The smallest square size that every layer takes (the layers fit from there upwards).
    int64_t smallest = desc.input[1];
    for (int64_t s = desc.input[1]; s >= 1 && fits(desc, s, s); --s)
        smallest = s;
    return desc.variant + " needs an input of at least " + std::to_string(smallest) + "x" + std::to_string(smallest) +
           " pixels (its reference size is " + std::to_string(desc.input[1]) + "x" + std::to_string(desc.input[2]) +
           "); got " + std::to_string(height) + "x" + std::to_string(width);
}

Session::Session(std::shared_ptr<const Model> model, SessionOptions options)
    : model_(std::move(model)), options_(std::move(options))
{
    if (!model_)
        throw Error(ErrorCode::BadArgument, "a session needs a model");
    device_ = chooseDevice(options_.device);
}

Session::~Session() = default;
Session::Session(Session&&) noexcept = default;
Session& Session::operator=(Session&&) noexcept = default;

int Session::threads() const { return options_.threads > 0 ? options_.threads : availableCores(); }

std::string Session::deviceName() const
{
    if (device_.is_cuda())
        return "CUDA device " + std::to_string(device_.index());
    const int n = threads();
    return "CPU, " + std::to_string(n) + (n == 1 ? " thread" : " threads");
}

bool Session::compiled(const RunRequest& request) const
{
    return device_.is_cpu() && Plan::available() && request.gradientsAt.empty() && options_.path != PathChoice::Eager;
}

const PlanInfo* Session::planInfo() const { return runner_ ? &runner_->info() : nullptr; }

void Session::validate(const torch::Tensor& input, const RunRequest& request)
{
    const auto& desc = model_->desc();
    const int64_t channels = desc.input[0];
    if (input.dim() != 4 || input.size(1) != channels)
        throw Error(ErrorCode::ShapeMismatch, desc.variant + " takes N x " + std::to_string(channels) +
                                                  " x H x W input, got " + shapeString(input.sizes().vec()));
    if (input.size(0) < 1)
        throw Error(ErrorCode::ShapeMismatch, "the input holds no image");
    const std::pair<int64_t, int64_t> size{input.size(2), input.size(3)};
    if (!validSizes_.count(size)) {
        const std::string why = checkInputSize(desc, size.first, size.second);
        if (!why.empty())
            throw Error(ErrorCode::ShapeMismatch, why);
        validSizes_.insert(size);
    }
    auto require = [&](const std::string& id) {
        if (!arch::findTap(desc.root, id).has_value())
            throw Error(ErrorCode::UnknownNode, arch::noNodeMessage(desc, id) +
                                                    "; a tap is a path with :preact, :sum or :identity");
    };
    for (const auto& id : request.capture)
        require(id);
    for (const auto& [id, kind] : request.interventions)
        require(id);
    for (const auto& id : request.gradientsAt)
        require(id);
    auto checkClass = [&](int k) {
        if (k >= model_->classes())
            throw Error(ErrorCode::BadArgument, "class " + std::to_string(k) + " does not exist (" +
                                                    std::to_string(model_->classes()) + " classes)");
    };
    checkClass(request.gradientClass);
    for (int k : request.gradientClasses)
        checkClass(k);
    if (!request.gradientClasses.empty() && int64_t(request.gradientClasses.size()) != input.size(0))
        throw Error(ErrorCode::BadArgument, std::to_string(request.gradientClasses.size()) +
                                                " target classes for " + std::to_string(input.size(0)) + " images");
}

Prediction Session::run(const torch::Tensor& input, const RunRequest& request)
{
    validate(input, request);
    if (options_.precision == Precision::Float16 && device_.is_cpu())
        throw Error(ErrorCode::BadArgument, "float16 runs on CUDA only; on the CPU choose float32 or bfloat16");
    return compiled(request) ? runCompiled(input, request) : runEager(input, request);
}

Prediction Session::runCompiled(const torch::Tensor& input, const RunRequest& request)
{
    const auto plan = model_->plan(options_.precision);  // throws for bf16 on a CPU without it
    std::set<std::string> observed = request.capture;
    for (const auto& [id, kind] : request.interventions)
        observed.insert(id);
    const torch::Tensor x = input.to(torch::kCPU, torch::kFloat32).contiguous();
    const auto compiled = plan->compile(x.sizes().vec(), observed, threads());
    if (!runner_ || &runner_->plan() != compiled.get())
        runner_ = std::make_unique<PlanRunner>(compiled);
    const auto start = Clock::now();
    auto out = runner_->run(x, request.capture, request.interventions);
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    Prediction p = finish(out.logits, ms, request.topK);
    p.activations = std::move(out.captured);
    p.compiled = true;
    return p;
}

torch::Tensor Session::toDevice(const torch::Tensor& input, torch::ScalarType dtype)
{
    if (!device_.is_cuda())
        return input.to(device_, dtype).contiguous(torch::MemoryFormat::ChannelsLast);
    // The live path: one pinned staging buffer and one device buffer, reused while the input
    // shape stays; the upload is asynchronous from page-locked memory.
    if (!staging_.defined() || staging_.sizes() != input.sizes()) {
        staging_ = torch::empty(input.sizes(), torch::TensorOptions().dtype(torch::kFloat32).pinned_memory(true));
        onDevice_ = torch::empty(input.sizes(), torch::TensorOptions().dtype(dtype).device(device_));
    }
    staging_.copy_(input);
    onDevice_.copy_(staging_, /*non_blocking=*/true);
    return onDevice_.contiguous(torch::MemoryFormat::ChannelsLast);
}

namespace {

// d(the target logit of each image)/d(each tap of `ids`), on the CPU; the targets chosen.
std::map<std::string, torch::Tensor> gradientsOf(const torch::Tensor& logits, const models::Recorder& recorder,
                                                 const RunRequest& request, std::vector<int>& targets)
{
    const auto cpuLogits = logits.detach().to(torch::kCPU, torch::kFloat32);
    for (int64_t n = 0; n < logits.size(0); ++n) {
        const int given = request.gradientClasses.empty() ? request.gradientClass : request.gradientClasses[size_t(n)];
        targets.push_back(given >= 0 ? given : int(cpuLogits[n].argmax().item<int64_t>()));
    }
    const auto index =
        torch::tensor(std::vector<int64_t>(targets.begin(), targets.end()), torch::kInt64).to(logits.device()).unsqueeze(1);
    const auto target = logits.gather(1, index).sum();
    std::vector<std::string> ids(request.gradientsAt.begin(), request.gradientsAt.end());
    std::vector<torch::Tensor> at;
    for (const auto& id : ids) {
        auto it = recorder.outputs().find(id);
        if (it == recorder.outputs().end())
            throw Error(ErrorCode::UnknownNode, "node '" + id + "' does not run in evaluation mode");
        at.push_back(it->second);
    }
    const auto g = torch::autograd::grad({target}, at, /*grad_outputs=*/{}, /*retain_graph=*/false,
                                         /*create_graph=*/false, /*allow_unused=*/true);
    std::map<std::string, torch::Tensor> grads;
    for (size_t i = 0; i < ids.size(); ++i)
        grads[ids[i]] = g[i].defined() ? g[i].detach().to(torch::kCPU, torch::kFloat32).contiguous()
                                       : torch::zeros_like(at[i], torch::kFloat32).cpu();
    return grads;
}

}  // namespace

Prediction Session::runEager(const torch::Tensor& input, const RunRequest& request)
{
    const torch::ScalarType dtype = scalarType(options_.precision);
    if (dtype == torch::kBFloat16 && device_.is_cpu())
        model_->plan(Precision::BFloat16);  // the same refusal as the compiled path on a CPU without bf16
    auto net = model_->eager(device_, dtype);
    ThreadScope threads(options_.threads);
    torch::Tensor x = toDevice(input, dtype);
    std::set<std::string> wanted = request.capture;
    wanted.insert(request.gradientsAt.begin(), request.gradientsAt.end());
    models::Recorder recorder(wanted, request.interventions);

    const auto start = Clock::now();
    torch::Tensor logits;
    std::map<std::string, torch::Tensor> grads;
    std::vector<int> targets;
    if (!request.gradientsAt.empty()) {
        torch::AutoGradMode enable(true);
        x = x.detach().requires_grad_(true);  // the graph is recorded from the input on
        logits = net->forward(x, &recorder);
        grads = gradientsOf(logits, recorder, request, targets);
        logits = logits.detach();
    } else {
        torch::InferenceMode guard;
        logits = net->forward(x, &recorder);
    }
    if (device_.is_cuda())
        torch::cuda::synchronize();
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    Prediction p = finish(logits.to(torch::kCPU, torch::kFloat32), ms, request.topK);
    for (const auto& id : request.capture)
        if (auto it = recorder.outputs().find(id); it != recorder.outputs().end())
            p.activations[id] = it->second.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    p.gradients = std::move(grads);
    p.gradientClasses = std::move(targets);
    return p;
}

Taps Session::forwardTaps(const torch::Tensor& input, const RunRequest& request, bool stopWhenCaptured)
{
    validate(input, request);
    if (options_.precision != Precision::Float32)
        throw Error(ErrorCode::BadArgument, "gradients through the network run in float32 only");
    auto net = model_->eager(device_, torch::kFloat32);
    ThreadScope threads(options_.threads);
    models::Recorder recorder(request.capture, request.interventions, stopWhenCaptured);
    recorder.setGuidedRelu(request.guidedRelu);
    Taps out;
    try {
        out.logits = net->forward(input.to(device_, torch::kFloat32), &recorder);
    } catch (const models::ForwardStopped&) {
    }
    out.outputs = recorder.outputs();
    return out;
}

Prediction Session::finish(torch::Tensor logits, double ms, int topK) const
{
    Prediction p;
    p.forwardMs = ms;
    p.logits = logits.contiguous();
    p.probabilities = torch::softmax(p.logits, 1);
    const int k = int(std::min<int64_t>(std::max(1, topK), p.logits.size(1)));
    const auto [values, indices] = p.probabilities.topk(k, 1);
    const auto v = values.contiguous(), ix = indices.contiguous();
    for (int64_t n = 0; n < p.logits.size(0); ++n) {
        std::vector<ClassScore> top;
        for (int j = 0; j < k; ++j) {
            ClassScore s;
            s.index = int(ix[n][j].item<int64_t>());
            s.probability = v[n][j].item<float>();
            s.logit = p.logits[n][s.index].item<float>();
            s.label = model_->label(s.index);
            top.push_back(std::move(s));
        }
        p.top.push_back(std::move(top));
    }
    return p;
}

}  // namespace inception::engine
