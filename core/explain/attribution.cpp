#include "explain/attribution.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <optional>

#include "common/error.h"
#include "explain/conductance.h"
#include "models/normalise.h"

namespace inception::explain {

namespace {

struct MethodName {
    Method method;
    const char* id;
    const char* display;
};

const MethodName kNames[] = {
    {Method::Gradient, "gradient", "Gradient"},
    {Method::InputXGradient, "input-x-gradient", "Input × gradient"},
    {Method::IntegratedGradients, "integrated-gradients", "Integrated Gradients"},
    {Method::SmoothGrad, "smoothgrad", "SmoothGrad"},
    {Method::SmoothGradSquared, "smoothgrad-squared", "SmoothGrad-Squared"},
    {Method::VarGrad, "vargrad", "VarGrad"},
    {Method::GuidedBackprop, "guided-backprop", "Guided Backprop"},
};

const MethodName& entry(Method method)
{
    for (const auto& n : kNames)
        if (n.method == method)
            return n;
    throw Error(ErrorCode::Internal, "unknown attribution method");
}

void check(bool ok, const std::string& why)
{
    if (!ok)
        throw Error(ErrorCode::BadArgument, why);
}

// Every point's gradient (and, for conductance, the node's components and the gradient at the
// node), a batch at a time; `consume(first, gradients, components, nodeGradient)` sees each batch.
using Consumer = std::function<void(int64_t first, const torch::Tensor& g, const std::vector<torch::Tensor>& parts,
                                    const torch::Tensor& gy)>;

struct Pass {
    engine::Session* session;
    engine::RunRequest run;
    const ConductancePlan* plan;
    int target;
    int batch;
};

bool gradients(const Pass& pass, int64_t count, const std::function<torch::Tensor(int64_t, int64_t)>& points,
               const Consumer& consume, const AttributionProgress& progress)
{
    torch::AutoGradMode on(true);
    for (int64_t first = 0; first < count; first += pass.batch) {
        const int64_t last = std::min<int64_t>(count, first + pass.batch);
        auto x = points(first, last).detach().requires_grad_(true);
        auto taps = pass.session->forwardTaps(x, pass.run);
        auto f = taps.logits.select(1, pass.target).sum();
        std::vector<torch::Tensor> wrt{x};
        if (pass.plan)
            wrt.push_back(taps.outputs.at(pass.plan->gradientAt));
        auto g = torch::autograd::grad({f}, wrt);
        std::vector<torch::Tensor> parts;
        if (pass.plan) {
            torch::NoGradGuard off;
            parts = pass.plan->components(taps.outputs);
            for (auto& part : parts)
                part = part.detach();
        }
        consume(first, g[0].detach(), parts, pass.plan ? g[1].detach() : torch::Tensor());
        if (progress && !progress(int(last), int(count)))
            return false;
    }
    return true;
}

int autoBatch(const AttributionRequest& r, double perImage, int64_t points)
{
    if (r.settings.batch > 0)
        return int(std::min<int64_t>(r.settings.batch, points));
    const int fit = int(std::clamp(std::floor(kBatchMemoryAim / std::max(perImage, 1.0)), 1.0, 16.0));
    return int(std::min<int64_t>(fit, points));
}

void validate(const engine::Model& model, const torch::Tensor& input, const AttributionRequest& r)
{
    const auto& s = r.settings;
    check(input.dim() == 4 && input.size(0) == 1, "attribution explains one image (1 x C x H x W)");
    if (usesSteps(r.method))
        check(s.steps >= 1 && s.steps <= kMaxSteps,
              "steps must be 1 to " + std::to_string(kMaxSteps) + " (each is a forward and a backward); got " +
                  std::to_string(s.steps));
    if (usesSamples(r.method)) {
        check(s.samples >= 1 && s.samples <= kMaxSamples,
              "samples must be 1 to " + std::to_string(kMaxSamples) + " (each is a forward and a backward); got " +
                  std::to_string(s.samples));
        check(s.noise > 0 && s.noise <= 1,
              "the noise level is a fraction of the input's range in (0, 1]; got " + std::to_string(s.noise));
        if (r.noise.defined()) {
            std::vector<int64_t> want{s.samples, input.size(1), input.size(2), input.size(3)};
            check(r.noise.sizes().vec() == want, "the noise tensor must be [samples, C, H, W] = [" +
                                                     std::to_string(want[0]) + ", " + std::to_string(want[1]) + ", " +
                                                     std::to_string(want[2]) + ", " + std::to_string(want[3]) + "]");
        }
    }
    check(s.batch >= 0 && s.batch <= kMaxSteps + 1, "batch must be 0 (automatic) to " + std::to_string(kMaxSteps + 1));
    if (r.baselineInput.defined())
        check(r.baselineInput.sizes() == input.sizes(), "the baseline must have the input's shape");
    check(r.target >= -1 && r.target < model.classes(),
          "class " + std::to_string(r.target) + " is out of range: " + model.variant() + " has classes 0 to " +
              std::to_string(model.classes() - 1));
    if (!r.conductanceAt.empty()) {
        check(r.method == Method::IntegratedGradients,
              "conductance is computed along Integrated Gradients' path; choose integrated-gradients");
        conductancePlan(model, r.conductanceAt, torch::kCPU);  // throws for a node it cannot apply to
    }
    const double bytes = gradientBytesPerImage(model.desc(), input.size(2), input.size(3));
    check(bytes <= kGradientMemoryLimit,
          "one image of " + std::to_string(input.size(2)) + "x" + std::to_string(input.size(3)) +
              " needs about " + std::to_string(int64_t(bytes / (1 << 20))) + " MiB for its gradient, above the " +
              std::to_string(int64_t(kGradientMemoryLimit / (1 << 20))) + " MiB limit");
}

void completeness(AttributionResult& r, double delta)
{
    r.total = r.attribution.to(torch::kFloat64).sum().item<double>();
    const double gap = std::abs(r.total - delta);
    r.gapRelative = std::abs(delta) > 1e-3 * std::abs(r.logit);
    r.gap = r.gapRelative ? gap / std::abs(delta) : gap;
}

}  // namespace

const char* toString(Method method) { return entry(method).id; }

const char* toString(Baseline baseline)
{
    switch (baseline) {
    case Baseline::Black: return "black";
    case Baseline::Blurred: return "blurred";
    case Baseline::Noise: return "noise";
    }
    return "black";
}

std::string displayName(Method method) { return entry(method).display; }

Method parseMethod(const std::string& text)
{
    std::string choices;
    for (const auto& n : kNames) {
        if (text == n.id)
            return n.method;
        choices += std::string(choices.empty() ? "" : ", ") + n.id;
    }
    throw Error(ErrorCode::BadArgument, "unknown attribution method '" + text + "'; choose " + choices);
}

Baseline parseBaseline(const std::string& text)
{
    for (Baseline b : {Baseline::Black, Baseline::Blurred, Baseline::Noise})
        if (text == toString(b))
            return b;
    throw Error(ErrorCode::BadArgument, "unknown baseline '" + text + "'; choose black, blurred or noise");
}

const std::vector<Method>& allMethods()
{
    static const std::vector<Method> all{Method::Gradient,          Method::InputXGradient, Method::IntegratedGradients,
                                         Method::SmoothGrad,        Method::SmoothGradSquared, Method::VarGrad,
                                         Method::GuidedBackprop};
    return all;
}

bool usesSteps(Method method) { return method == Method::IntegratedGradients; }

bool usesSamples(Method method)
{
    return method == Method::SmoothGrad || method == Method::SmoothGradSquared || method == Method::VarGrad;
}

double gradientBytesPerImage(const arch::NetworkDesc& desc, int64_t height, int64_t width)
{
    const double scale = double(height * width) / double(std::max<int64_t>(desc.input.at(1) * desc.input.at(2), 1));
    double elements = 0;
    for (const auto* leaf : arch::leaves(desc.root)) {
        double n = 1;
        for (int64_t d : leaf->output)
            n *= double(d);
        elements += leaf->output.size() == 3 ? n * scale : n;
    }
    return elements * 4.0 * 4.0;
}

torch::Tensor trapezoidWeights(int steps)
{
    auto w = torch::full({steps + 1}, 1.0 / steps, torch::kFloat64);
    w[0] = 0.5 / steps;
    w[steps] = 0.5 / steps;
    return w;
}

torch::Tensor baselineFor(Baseline baseline, const torch::Tensor& input, const models::PreprocessPreset& preset,
                          uint64_t seed)
{
    const auto cpu = torch::TensorOptions().dtype(torch::kFloat32);
    if (baseline == Baseline::Black)
        return models::normalise(torch::zeros(input.sizes(), cpu), preset).to(input.device());
    if (baseline == Baseline::Noise) {
        auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
        return models::normalise(torch::rand(input.sizes(), gen, cpu), preset).to(input.device());
    }
    namespace F = torch::nn::functional;
    const int64_t c = input.size(1);
    const double sigma = double(std::min(input.size(2), input.size(3))) / 20.0;
    const int64_t radius = int64_t(std::ceil(3 * sigma));
    auto k = torch::arange(-radius, radius + 1, torch::TensorOptions().dtype(torch::kFloat64));
    k = torch::exp(-(k * k) / (2 * sigma * sigma));
    k = (k / k.sum()).to(input.options());
    auto x = F::pad(input, F::PadFuncOptions({radius, radius, radius, radius}).mode(torch::kReplicate));
    x = F::conv2d(x, k.view({1, 1, 1, -1}).expand({c, 1, 1, 2 * radius + 1}), F::Conv2dFuncOptions().groups(c));
    return F::conv2d(x, k.view({1, 1, -1, 1}).expand({c, 1, 2 * radius + 1, 1}), F::Conv2dFuncOptions().groups(c));
}

namespace {

struct Context {
    const engine::Model* model;
    Pass pass;
    torch::Tensor x, base;
    const AttributionRequest* request;
    int64_t points;
};

// Σ_k ½ (g_k + g_{k+1}) · (y_{k+1} − y_k) per channel, for consecutive points across batches.
struct ConductanceSum {
    std::vector<torch::Tensor> prevParts, perComponent;
    torch::Tensor prevG;

    void add(const std::vector<torch::Tensor>& parts, const torch::Tensor& gy)
    {
        auto gg = (prevG.defined() ? torch::cat({prevG, gy}) : gy).to(torch::kFloat64);
        const auto gMid = (gg.slice(0, 1) + gg.slice(0, 0, -1)) * 0.5;
        perComponent.resize(parts.size());
        for (size_t i = 0; i < parts.size(); ++i) {
            auto yy = (prevG.defined() ? torch::cat({prevParts[i], parts[i]}) : parts[i]).to(torch::kFloat64);
            if (yy.size(0) > 1) {
                auto part = (gMid * (yy.slice(0, 1) - yy.slice(0, 0, -1))).sum({0, 2, 3});
                perComponent[i] = perComponent[i].defined() ? perComponent[i] + part : part;
            }
        }
        prevParts.clear();
        for (const auto& p : parts)
            prevParts.push_back(p.slice(0, -1));
        prevG = gy.slice(0, -1);
    }
};

bool integratedGradients(Context& c, AttributionResult& r, const AttributionProgress& progress)
{
    const auto& x = c.x;
    const int steps = c.request->settings.steps;
    const auto w = trapezoidWeights(steps).to(x.device());
    const auto diff = x - c.base;
    auto sum = torch::zeros(x.sizes().slice(1), x.options().dtype(torch::kFloat64));
    ConductanceSum conductance;
    std::optional<ConductancePlan> plan;
    if (!c.request->conductanceAt.empty()) {
        plan = conductancePlan(*c.model, c.request->conductanceAt, x.device());
        c.pass.run.capture = plan->capture;
        c.pass.plan = &*plan;
    }
    const bool finished = gradients(
        c.pass, c.points,
        [&](int64_t a, int64_t b) {
            auto alpha = torch::arange(a, b, x.options()).div(double(steps)).view({-1, 1, 1, 1});
            return c.base + alpha * diff;
        },
        [&](int64_t first, const torch::Tensor& g, const std::vector<torch::Tensor>& parts, const torch::Tensor& gy) {
            const auto wk = w.slice(0, first, first + g.size(0)).view({-1, 1, 1, 1});
            sum += (g.to(torch::kFloat64) * wk).sum(0);
            if (!parts.empty())
                conductance.add(parts, gy);
        },
        progress);
    c.pass.plan = nullptr;
    if (!finished)
        return false;
    r.attribution = (diff[0].to(torch::kFloat64) * sum).to(torch::kFloat32);
    if (plan) {
        for (auto& part : conductance.perComponent)
            part = part.cpu();
        r.conductance = torch::stack(conductance.perComponent).sum(0);
        r.conductanceTerms = conductanceTerms(*plan, conductance.perComponent);
    }
    return true;
}

bool noiseMethod(Context& c, AttributionResult& r, const AttributionProgress& progress)
{
    const auto& x = c.x;
    const auto& s = c.request->settings;
    torch::Tensor noise = c.request->noise;
    if (!noise.defined()) {
        auto gen = at::make_generator<at::CPUGeneratorImpl>(s.seed);
        noise = torch::randn({s.samples, x.size(1), x.size(2), x.size(3)}, gen, torch::kFloat32);
    }
    noise = noise.to(x.options());
    const double sigma = s.noise * (x.max() - x.min()).item<double>();
    auto sum = torch::zeros(x.sizes().slice(1), x.options().dtype(torch::kFloat64));
    auto squares = torch::zeros_like(sum);
    const bool finished = gradients(
        c.pass, c.points, [&](int64_t a, int64_t b) { return x + sigma * noise.slice(0, a, b); },
        [&](int64_t, const torch::Tensor& g, const std::vector<torch::Tensor>&, const torch::Tensor&) {
            const auto g64 = g.to(torch::kFloat64);
            sum += g64.sum(0);
            squares += (g64 * g64).sum(0);
        },
        progress);
    if (!finished)
        return false;
    const auto mean = sum / double(c.points), meanSquare = squares / double(c.points);
    const auto method = c.request->method;
    const auto value = method == Method::SmoothGrad          ? mean
                       : method == Method::SmoothGradSquared ? meanSquare
                                                             : (meanSquare - mean * mean).clamp_min(0);
    r.attribution = value.to(torch::kFloat32);
    return true;
}

bool plainGradient(Context& c, AttributionResult& r, const AttributionProgress& progress)
{
    torch::Tensor grad;
    const bool finished = gradients(
        c.pass, 1, [&](int64_t, int64_t) { return c.x; },
        [&](int64_t, const torch::Tensor& g, const std::vector<torch::Tensor>&, const torch::Tensor&) { grad = g[0]; }, progress);
    if (!finished)
        return false;
    r.attribution = c.request->method == Method::InputXGradient ? grad * c.x[0] : grad;
    return true;
}

}  // namespace

AttributionResult attribute(const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input,
                            const AttributionRequest& request, const AttributionProgress& progress)
{
    validate(*model, input, request);
    const auto& s = request.settings;
    engine::SessionOptions o;
    o.device = request.device;
    o.threads = request.threads;
    o.path = engine::PathChoice::Eager;
    engine::Session session(model, o);
    Context c{model.get(), {&session, {}, nullptr, 0, 1}, input.to(session.device(), torch::kFloat32).contiguous(), {}, &request, 1};
    const auto& x = c.x;

    AttributionResult r;
    r.method = request.method;
    const bool ig = request.method == Method::IntegratedGradients;
    if (ig)
        c.base = request.baselineInput.defined() ? request.baselineInput.to(x.options())
                                                 : baselineFor(s.baseline, x, model->preset(), s.seed);
    c.pass.run.interventions = request.knockouts;
    c.pass.run.guidedRelu = request.method == Method::GuidedBackprop;
    {
        torch::NoGradGuard off;
        auto logits = session.forwardTaps(ig ? torch::cat({x, c.base}) : x, c.pass.run).logits.to(torch::kFloat64);
        r.target = request.target >= 0 ? request.target : int(logits[0].argmax().item<int64_t>());
        r.logit = logits[0][r.target].item<double>();
        if (ig)
            r.baselineLogit = logits[1][r.target].item<double>();
    }
    c.pass.target = r.target;
    c.points = ig ? s.steps + 1 : usesSamples(request.method) ? s.samples : 1;
    c.pass.batch = autoBatch(request, gradientBytesPerImage(model->desc(), x.size(2), x.size(3)), c.points);
    r.batch = c.pass.batch;
    r.passes = int(c.points);

    const bool finished = ig                              ? integratedGradients(c, r, progress)
                          : usesSamples(request.method) ? noiseMethod(c, r, progress)
                                                        : plainGradient(c, r, progress);
    if (!finished) {
        AttributionResult stopped;
        stopped.method = r.method;
        stopped.target = r.target;
        stopped.cancelled = true;
        return stopped;
    }
    r.attribution = r.attribution.cpu().contiguous();
    r.map = r.attribution.sum(0);
    if (ig)
        completeness(r, r.logit - r.baselineLogit);
    return r;
}

}  // namespace inception::explain
