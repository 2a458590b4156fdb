#include "explain/visualize.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <random>

#include "arch/names.h"
#include "arch/taps.h"
#include "common/error.h"
#include "engine/session.h"
#include "engine/threads.h"
#include "models/network.h"
#include "models/normalise.h"

namespace inception::explain {

namespace F = torch::nn::functional;

namespace {

// Where a node's channels are read before their ReLU: [from, to) of the node's channel
// numbering lives in `tap`, whose channel 0 is the node's channel `from`.
struct Part {
    std::string tap;
    int64_t from = 0, to = 0;
};

void collectParts(const arch::ArchNode& n, int64_t offset, std::vector<Part>& parts)
{
    const int64_t channels = n.output.empty() ? 0 : n.output[0];
    switch (n.composition) {
    case arch::Composition::None: {
        const auto pre = arch::extraTapIds(n);  // ":preact" for a layer with ReLU
        parts.push_back({pre.empty() ? n.id : pre.front(), offset, offset + channels});
        return;
    }
    case arch::Composition::Series:
        collectParts(n.children.back(), offset, parts);
        return;
    case arch::Composition::Concat:
        for (const auto& c : n.children) {
            collectParts(c, offset, parts);
            offset += c.output[0];
        }
        return;
    case arch::Composition::Residual:
        parts.push_back({arch::tapId(n.id, arch::TapKind::Sum), offset, offset + channels});
        return;
    }
}

struct Target {
    std::vector<Part> parts;    // empty: the class logit
    int64_t channels = 0;
};

Target resolve(const engine::Model& model, const VisualizeRequest& r)
{
    const auto& desc = model.desc();
    Target t;
    if (r.classIndex >= 0) {
        if (r.classIndex >= model.classes())
            throw Error(ErrorCode::BadArgument, "class " + std::to_string(r.classIndex) + " is out of range: " +
                                                    desc.variant + " has classes 0 to " +
                                                    std::to_string(model.classes() - 1));
        return t;
    }
    const arch::ArchNode* n = arch::findNode(desc.root, r.node);
    if (!n)
        throw Error(ErrorCode::UnknownNode, arch::noNodeMessage(desc, r.node));
    if (n->output.size() != 3)
        throw Error(ErrorCode::BadArgument, "'" + r.node + "' comes after global pooling (its output is a vector); "
                                            "visualise a class with --class, or a node before the pooling");
    t.channels = n->output[0];
    if (r.channel < -1 || r.channel >= t.channels)
        throw Error(ErrorCode::BadArgument, "channel " + std::to_string(r.channel) + " is out of range: " + r.node +
                                                " has channels 0 to " + std::to_string(t.channels - 1));
    collectParts(*n, 0, t.parts);
    if (r.channel >= 0) {
        for (const auto& p : t.parts)
            if (r.channel >= p.from && r.channel < p.to)
                return Target{{p}, t.channels};
    }
    return t;
}

// The target's value per image from a forward's recorded taps (or logits): [N].
torch::Tensor value(const Target& t, const VisualizeRequest& r, const std::map<std::string, torch::Tensor>& taps,
                    const torch::Tensor& logits)
{
    if (t.parts.empty())
        return r.classLogit ? logits.select(1, r.classIndex) : torch::log_softmax(logits, 1).select(1, r.classIndex);
    if (r.channel >= 0) {
        const auto& p = t.parts.front();
        return taps.at(p.tap).select(1, r.channel - p.from).mean({1, 2});
    }
    torch::Tensor sum;
    for (const auto& p : t.parts) {
        const auto v = taps.at(p.tap).mean({2, 3}).sum(1);  // the sum over its channels of the spatial means
        sum = sum.defined() ? sum + v : v;
    }
    return sum / double(t.channels);
}

// Runs the network up to the target (all of it for a class): the target's value [N], and the
// first tap's activations (for the diversity term).
std::pair<torch::Tensor, torch::Tensor> forward(engine::Session& session, const Target& t, const VisualizeRequest& r,
                                                const torch::Tensor& x)
{
    engine::RunRequest run;
    for (const auto& p : t.parts)
        run.capture.insert(p.tap);
    const auto taps = session.forwardTaps(x, run, /*stopWhenCaptured=*/!t.parts.empty());
    return {value(t, r, taps.outputs, taps.logits),
            t.parts.empty() ? torch::Tensor() : taps.outputs.at(t.parts.front().tap)};
}

// A session on the eager network (gradients flow to the picture) in float32.
engine::Session gradientSession(const std::shared_ptr<const engine::Model>& model, engine::DeviceChoice device,
                                int threads)
{
    engine::SessionOptions o;
    o.device = device;
    o.threads = threads;
    o.path = engine::PathChoice::Eager;
    return engine::Session(model, o);
}

// Lucid's colour decorrelation (the square root of ImageNet's colour covariance, by SVD).
torch::Tensor decorrelate(const torch::Tensor& t)
{
    static const float c[3][3] = {{0.26f, 0.09f, 0.02f}, {0.27f, 0.00f, -0.05f}, {0.27f, -0.09f, 0.03f}};
    auto m = torch::from_blob(const_cast<float*>(&c[0][0]), {3, 3}, torch::kFloat32).clone();
    const double maxNorm = m.norm(2, 0).max().item<double>();
    m = (m / maxNorm).to(t.device());
    // [N, 3, H, W]: each pixel's colour vector times m^T.
    return torch::einsum("nchw,dc->ndhw", {t, m});
}

torch::Tensor frequencyScale(int64_t h, int64_t w, torch::Device device)
{
    auto fy = torch::fft::fftfreq(h, torch::TensorOptions().dtype(torch::kFloat32)).unsqueeze(1);
    auto fx = torch::fft::rfftfreq(w, torch::TensorOptions().dtype(torch::kFloat32)).unsqueeze(0);
    auto freqs = (fy * fy + fx * fx).sqrt();
    auto scale = 1.0 / torch::clamp_min(freqs, 1.0 / double(std::max(h, w)));
    return (scale * std::sqrt(double(h * w))).to(device);
}

struct Picture {
    torch::Tensor param;   // what Adam moves
    torch::Tensor scale;   // Fourier: the 1/f spectrum scale
    int64_t channels = 3, size = 0;
    Parameterisation kind = Parameterisation::Fourier;
    double offset = 0;     // before the sigmoid: light-on-dark models start near black, their background

    torch::Tensor pixels() const  // [N, C, H, W] in [0, 1]
    {
        if (kind == Parameterisation::Pixels)
            return param.clamp(0, 1);
        auto spectrum = torch::view_as_complex(param) * scale;
        auto image = torch::fft::irfft2(spectrum, std::vector<int64_t>{size, size}) / 4.0;
        if (channels == 3)
            image = decorrelate(image);
        return torch::sigmoid(image + offset);
    }
};

// Lucid's standard transforms, drawn from `rng`: pad (constant 0.5, Lucid's grey; black, the
// background, for light-on-dark grey models), jitter, scale, rotate, jitter.
torch::Tensor transform(const torch::Tensor& x, std::mt19937_64& rng, int64_t size, double background)
{
    // The values are Lucid's for 128-pixel pictures, scaled to the picture, but by no less than
    // 1/2: a 28-pixel model gets pad 6, jitter 4 and 2 (at 28/128 the second jitter would vanish
    // and the pictures would not survive a 2-pixel shift).
    const double k = std::max(double(size) / 128.0, 0.5);
    auto scaled = [&](int v) { return std::max<int64_t>(1, std::llround(v * k)); };
    auto pick = [&](int64_t n) { return int64_t(rng() % uint64_t(n)); };
    auto jitter = [&](const torch::Tensor& t, int64_t d) {
        const int64_t oy = pick(d), ox = pick(d);
        return t.slice(2, oy, t.size(2) - (d - oy)).slice(3, ox, t.size(3) - (d - ox));
    };
    const int64_t pad = scaled(12);
    auto t = F::pad(x, F::PadFuncOptions({pad, pad, pad, pad}).mode(torch::kConstant).value(background));
    t = jitter(t, scaled(8));
    const double s = 1.0 + double(int(pick(11)) - 5) / 50.0;  // 0.90 .. 1.10
    const int64_t side = std::max<int64_t>(8, std::llround(double(t.size(2)) * s));
    t = F::interpolate(t, F::InterpolateFuncOptions()
                              .size(std::vector<int64_t>{side, side})
                              .mode(torch::kBilinear)
                              .align_corners(false));
    const double angle = double(int(pick(21)) - 10) * M_PI / 180.0;  // -10 .. 10 degrees
    const auto theta = torch::tensor({{std::cos(angle), -std::sin(angle), 0.0}, {std::sin(angle), std::cos(angle), 0.0}},
                                     torch::kFloat32)
                           .to(t.device())
                           .unsqueeze(0)
                           .expand({t.size(0), 2, 3});
    const auto grid = F::affine_grid(theta, t.sizes(), /*align_corners=*/false);
    t = F::grid_sample(t, grid, F::GridSampleFuncOptions().mode(torch::kBilinear).padding_mode(torch::kBorder).align_corners(false));
    return jitter(t, scaled(4));
}

torch::Tensor toInput(const torch::Tensor& pixels, const models::PreprocessPreset& p) { return models::normalise(pixels, p); }

// Lucid's diversity: minus the mean pairwise cosine similarity of the images' Gram matrices.
torch::Tensor diversityTerm(const torch::Tensor& a)
{
    const int64_t n = a.size(0);
    const auto flat = a.flatten(2);
    auto gram = torch::bmm(flat, flat.transpose(1, 2)).flatten(1);
    gram = gram / gram.norm(2, 1, true).clamp_min(1e-12);
    const auto sim = gram.matmul(gram.t());
    return -(sim.sum() - sim.diagonal().sum()) / double(n);
}

}  // namespace

VisualizeResult visualize(const std::shared_ptr<const engine::Model>& model, const VisualizeRequest& r,
                          const VisualizeProgress& progress)
{
    if (r.steps < 1)
        throw Error(ErrorCode::BadArgument, "a visualisation needs at least one step");
    if (r.images < 1)
        throw Error(ErrorCode::BadArgument, "a visualisation makes at least one image");
    const Target target = resolve(*model, r);
    const auto& desc = model->desc();
    const int64_t size = r.size > 0 ? r.size : desc.input[1];
    const std::string why = engine::checkInputSize(desc, size, size);
    if (!why.empty())
        throw Error(ErrorCode::BadArgument, why);
    auto session = gradientSession(model, r.device, r.threads);
    const torch::Device device = session.device();
    engine::ThreadScope threads(r.threads);
    torch::manual_seed(r.seed);  // the spectrum's start (and nothing else draws from torch's RNG)
    std::mt19937_64 rng(r.seed);
    const auto start = std::chrono::steady_clock::now();

    Picture pic;
    pic.kind = r.parameterisation;
    pic.channels = desc.input[0];
    pic.size = size;
    pic.offset = model->preset().lightOnDark ? -2.0 : 0.0;  // sigmoid(-2) = 0.12
    if (pic.kind == Parameterisation::Fourier) {
        pic.scale = frequencyScale(size, size, device);
        pic.param = (torch::randn({r.images, pic.channels, size, size / 2 + 1, 2}, torch::TensorOptions().dtype(torch::kFloat32)) * 0.01)
                        .to(device)
                        .requires_grad_(true);
    } else {
        pic.param = (0.5 + 0.01 * torch::randn({r.images, pic.channels, size, size}, torch::TensorOptions().dtype(torch::kFloat32)))
                        .to(device)
                        .requires_grad_(true);
    }
    torch::optim::Adam adam({pic.param}, torch::optim::AdamOptions(r.learningRate));
    auto measure = [&]() {
        torch::NoGradGuard guard;
        return forward(session, target, r, toInput(pic.pixels(), model->preset())).first.mean().item<double>();
    };

    VisualizeResult out;
    out.before = measure();
    for (const auto& p : target.parts)
        out.taps.push_back(p.tap);
    for (int step = 1; step <= r.steps; ++step) {
        adam.zero_grad();
        auto pixels = pic.pixels();
        if (r.transforms)
            pixels = transform(pixels, rng, size, model->preset().lightOnDark ? 0.0 : 0.5);
        const auto [v, acts] = forward(session, target, r, toInput(pixels, model->preset()));
        auto objective = v.mean();
        if (r.images > 1 && r.diversity > 0 && acts.defined())
            objective = objective + r.diversity * diversityTerm(acts);
        (-objective).backward();
        adam.step();
        out.steps = step;
        if (progress) {
            torch::NoGradGuard guard;
            if (!progress(step, r.steps, pic.pixels().detach())) {
                out.cancelled = true;
                break;
            }
        }
        if (r.stopAt > 0 && v.mean().item<double>() >= r.stopAt)
            break;
    }
    {
        torch::NoGradGuard guard;
        const auto pixels = pic.pixels().detach();
        out.input = toInput(pixels, model->preset()).cpu().contiguous();
        auto rgb = pixels.size(1) == 1 ? pixels.expand({pixels.size(0), 3, size, size}) : pixels;
        out.pixels = rgb.permute({0, 2, 3, 1}).cpu().contiguous();
    }
    out.after = measure();
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return out;
}

torch::Tensor targetValue(const std::shared_ptr<const engine::Model>& model, const VisualizeRequest& r,
                          const torch::Tensor& input)
{
    const Target target = resolve(*model, r);
    auto session = gradientSession(model, engine::DeviceChoice::Cpu, r.threads);
    torch::NoGradGuard guard;
    return forward(session, target, r, input.to(torch::kFloat32)).first.detach().cpu();
}

double highFrequencyShare(const torch::Tensor& pixels)
{
    auto p = pixels.dim() == 3 ? pixels.unsqueeze(0) : pixels;
    p = p.to(torch::kFloat64).permute({0, 3, 1, 2});
    p = p - p.mean({2, 3}, true);
    const auto power = torch::fft::rfft2(p).abs().square();
    const int64_t h = p.size(2), w = p.size(3);
    auto fy = torch::fft::fftfreq(h, torch::TensorOptions().dtype(torch::kFloat64)).abs().unsqueeze(1);
    auto fx = torch::fft::rfftfreq(w, torch::TensorOptions().dtype(torch::kFloat64)).unsqueeze(0);
    const auto high = ((fy > 0.25) | (fx > 0.25)).to(torch::kFloat64);  // above half the Nyquist frequency
    const double total = power.sum().item<double>();
    return total > 0 ? (power * high).sum().item<double>() / total : 0.0;
}

}  // namespace inception::explain

namespace inception::explain {

namespace {

torch::Tensor nodeOutput(engine::Session& session, const std::string& node, const torch::Tensor& x)
{
    engine::RunRequest run;
    run.capture = {node};
    return session.forwardTaps(x, run, /*stopWhenCaptured=*/true).outputs.at(node);
}

torch::Tensor resized(const torch::Tensor& x, int64_t h, int64_t w)
{
    return F::interpolate(x, F::InterpolateFuncOptions()
                                 .size(std::vector<int64_t>{h, w})
                                 .mode(torch::kBilinear)
                                 .align_corners(false));
}

// The normalised values of pixel 0 and of the range's top, per channel: [1, C, 1, 1] each.
std::pair<torch::Tensor, torch::Tensor> validRange(const models::PreprocessPreset& p, int64_t channels)
{
    const auto black = toInput(torch::zeros({1, channels, 1, 1}), p);
    const auto white = toInput(torch::ones({1, channels, 1, 1}), p);
    return {torch::min(black, white), torch::max(black, white)};
}

}  // namespace

DreamResult dream(const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input, const DreamRequest& r,
                  const std::function<bool(int, int)>& progress)
{
    const auto& desc = model->desc();
    const arch::ArchNode* n = arch::findNode(desc.root, r.node);
    if (!n)
        throw Error(ErrorCode::UnknownNode, arch::noNodeMessage(desc, r.node));
    if (n->output.size() != 3 || n->output[1] * n->output[2] <= 1)
        throw Error(ErrorCode::BadArgument, "'" + r.node + "' has no spatial output (it comes after global pooling); "
                                                 "DeepDream needs a module or layer before it");
    if (r.octaves < 1 || r.steps < 1 || !(r.octaveScale >= 1.0))
        throw Error(ErrorCode::BadArgument, "DeepDream needs at least one octave and one step, and an octave scale of at least 1");
    const int64_t H = input.size(2), W = input.size(3);
    std::vector<int64_t> hs, ws;
    for (int o = r.octaves - 1; o >= 0; --o) {
        const double s = std::pow(r.octaveScale, double(o));
        hs.push_back(std::max<int64_t>(1, std::llround(double(H) / s)));
        ws.push_back(std::max<int64_t>(1, std::llround(double(W) / s)));
        const std::string why = engine::checkInputSize(desc, hs.back(), ws.back());
        if (!why.empty())
            throw Error(ErrorCode::BadArgument, "the smallest octave is too small: " + why +
                                                    "; use fewer octaves or a smaller octave scale");
    }
    auto session = gradientSession(model, engine::DeviceChoice::Cpu, r.threads);
    engine::ThreadScope threads(r.threads);
    std::mt19937_64 rng(r.seed);
    const auto [lo, hi] = validRange(model->preset(), input.size(1));
    const torch::Tensor base = input.to(torch::kFloat32).contiguous();
    DreamResult out;
    torch::Tensor detail;
    torch::Tensor x;
    const int total = r.octaves * r.steps;
    int done = 0;
    for (size_t o = 0; o < hs.size(); ++o) {
        const auto octaveBase = resized(base, hs[o], ws[o]);
        detail = detail.defined() ? resized(detail, hs[o], ws[o]) : torch::zeros_like(octaveBase);
        x = (octaveBase + detail).clamp(lo, hi);
        auto meanActivation = [&](const torch::Tensor& t) {
            torch::NoGradGuard guard;
            return nodeOutput(session, r.node, t).mean().item<double>();
        };
        out.sizes.push_back(hs[o]);
        out.before.push_back(meanActivation(x));
        for (int s = 0; s < r.steps; ++s) {
            const int64_t dy = int64_t(rng() % 33) - 16, dx = int64_t(rng() % 33) - 16;  // a random shift (rolled)
            auto rolled = x.roll({dy, dx}, {2, 3}).detach().requires_grad_(true);
            const auto act = nodeOutput(session, r.node, rolled).mean();
            const auto g = torch::autograd::grad({act}, {rolled})[0].roll({-dy, -dx}, {2, 3});
            x = (x + r.strength * g / g.abs().mean().clamp_min(1e-8)).clamp(lo, hi).detach();
            ++done;
            if (progress && !progress(done, total)) {
                out.cancelled = true;
                break;
            }
        }
        out.after.push_back(meanActivation(x));
        detail = x - octaveBase;
        if (out.cancelled)
            break;
    }
    out.input = x.contiguous();
    const auto pixels = models::denormalise(x, model->preset());
    out.pixels = (pixels.size(1) == 1 ? pixels.expand({1, 3, x.size(2), x.size(3)}) : pixels)[0].permute({1, 2, 0}).contiguous();
    return out;
}

double pairwiseFeatureDistance(const std::shared_ptr<const engine::Model>& model, const std::string& node,
                               const torch::Tensor& input)
{
    auto session = gradientSession(model, engine::DeviceChoice::Cpu, 0);
    torch::NoGradGuard guard;
    const auto a = nodeOutput(session, node, input.to(torch::kFloat32));
    const auto flat = a.flatten(2);
    auto gram = torch::bmm(flat, flat.transpose(1, 2)).flatten(1);
    gram = gram / gram.norm(2, 1, true).clamp_min(1e-12);
    const auto sim = gram.matmul(gram.t());
    const int64_t n = a.size(0);
    if (n < 2)
        return 0.0;
    return 1.0 - (sim.sum() - sim.diagonal().sum()).item<double>() / double(n * (n - 1));
}

}  // namespace inception::explain
