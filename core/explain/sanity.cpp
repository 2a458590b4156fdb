#include "explain/sanity.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <set>

#include "common/error.h"
#include "common/resources.h"
#include "engine/calibrate.h"
#include "explain/gradcam.h"

namespace inception::explain {

namespace {

void collectUnits(const arch::ArchNode& node, std::vector<std::string>& out)
{
    if ((node.kind == arch::Kind::Block || node.isLeaf()) && node.params > 0) {
        out.push_back(node.id);
        return;
    }
    for (const auto& child : node.children)
        collectUnits(child, out);
}

// The module paths whose tensors a unit owns: its leaves' convolutions, linears and batch norms.
std::set<std::string> unitPaths(const arch::ArchNode& unit)
{
    std::set<std::string> paths;
    for (const auto* leaf : arch::leaves(unit)) {
        if (!leaf->layer.weightPath.empty())
            paths.insert(leaf->layer.weightPath);
        if (!leaf->layer.bnPath.empty())
            paths.insert(leaf->layer.bnPath);
    }
    return paths;
}

bool ownedBy(const std::string& tensorName, const std::set<std::string>& paths)
{
    const auto dot = tensorName.rfind('.');
    return dot != std::string::npos && paths.count(tensorName.substr(0, dot)) > 0;
}

// The trained network with `paths`' tensors taken from the random one.
std::shared_ptr<const engine::Model> mixed(const engine::Model& trained, const models::InceptionNet& random,
                                           const std::set<std::string>& paths)
{
    auto net = trained.copyNetwork();
    torch::NoGradGuard guard;
    auto params = random->named_parameters();
    auto buffers = random->named_buffers();
    for (auto& p : net->named_parameters())
        if (ownedBy(p.key(), paths))
            p.value().copy_(params[p.key()]);
    for (auto& b : net->named_buffers())
        if (ownedBy(b.key(), paths))
            b.value().copy_(buffers[b.key()]);
    auto provenance = trained.provenance();
    provenance.description = "cascading randomisation of " + provenance.description;
    return std::make_shared<const engine::Model>(trained.variant(), std::move(net), trained.labels(), trained.preset(),
                                                 std::move(provenance));
}

// |map| of a method at the input's size: [H, W] float64.
torch::Tensor absoluteMap(const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input,
                          const std::string& method, int target, const SanitySettings& s)
{
    if (method == "gradcam") {
        GradCamRequest req;
        req.classes = {target};
        req.device = engine::DeviceChoice::Cpu;
        req.threads = s.threads;
        const auto r = gradCam(model, input, req);
        return upsampleMap(r.map, input.size(2), input.size(3))[0].abs().to(torch::kFloat64);
    }
    AttributionRequest req;
    req.method = parseMethod(method);
    req.target = target;
    req.settings = s.attribution;
    req.device = engine::DeviceChoice::Cpu;
    req.threads = s.threads;
    return attribute(model, input, req).map.abs().to(torch::kFloat64);
}

torch::Tensor scaled(const torch::Tensor& map)
{
    const double top = map.max().item<double>();
    return top > 0 ? map / top : torch::zeros_like(map);
}

std::vector<double> averageRanks(const torch::Tensor& t)
{
    const auto v = t.flatten().to(torch::kFloat64).contiguous();
    const double* p = v.data_ptr<double>();
    const size_t n = size_t(v.numel());
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [p](size_t a, size_t b) { return p[a] < p[b]; });
    std::vector<double> rank(n);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j + 1 < n && p[order[j + 1]] == p[order[i]])
            ++j;
        const double mean = 0.5 * double(i + j);
        for (size_t k = i; k <= j; ++k)
            rank[order[k]] = mean;
        i = j + 1;
    }
    return rank;
}

void checkRequest(const engine::Model& model, const torch::Tensor& input, const std::vector<std::string>& methods)
{
    if (!model.provenance().trained)
        throw Error(ErrorCode::BadArgument,
                    "the sanity check needs trained weights: it asks whether a map changes when trained weights are "
                    "replaced by random ones, and these are random already (mini_inception's bundled model is trained)");
    if (!input.defined() || input.dim() != 4 || input.size(0) != 1)
        throw Error(ErrorCode::BadArgument, "the sanity check takes one image (1 x C x H x W)");
    if (methods.empty())
        throw Error(ErrorCode::BadArgument, "the sanity check needs at least one method");
    for (const auto& m : methods)
        if (m != "gradcam")
            parseMethod(m);  // throws, naming the choices
}

}  // namespace

std::vector<std::string> sanityMethods()
{
    std::vector<std::string> out{"gradcam"};
    for (auto m : allMethods())
        out.push_back(toString(m));
    return out;
}

std::vector<std::string> cascadeUnits(const arch::NetworkDesc& desc)
{
    std::vector<std::string> units;
    collectUnits(desc.root, units);
    std::reverse(units.begin(), units.end());
    return units;
}

std::shared_ptr<const engine::Model> shuffledLabelsTwin(const engine::Model& model)
{
    if (!model.provenance().bundled || model.variant() != "mini_inception")
        return nullptr;
    std::string path;
    try {
        path = resourcePath("models/fashion_mnist_mini_inception_shuffled_labels.safetensors");
    } catch (const Error&) {
        return nullptr;
    }
    return engine::openModel(model.variant(), engine::WeightsChoice::file(path));
}

std::string sanityVerdict(bool dependsOnWeights)
{
    return dependsOnWeights ? "depends on the weights"
                            : "barely changes when the weights are random: it shows the image more than the network";
}

SanityReport sanityCheck(const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input,
                         const std::vector<std::string>& methods, const SanitySettings& settings,
                         const SanityProgress& progress)
{
    checkRequest(*model, input, methods);
    SanityReport report;
    report.steps = cascadeUnits(model->desc());
    const auto& twin = settings.shuffledLabels;
    const int total = int(methods.size() * (report.steps.size() + (twin ? 2 : 1)));
    int done = 0;
    auto tick = [&] { return !progress || progress(++done, total); };

    {
        engine::SessionOptions options;
        options.device = engine::DeviceChoice::Cpu;
        options.threads = settings.threads;
        engine::Session session(model, options);
        const auto logits = session.run(input).logits;
        report.target = settings.target >= 0 ? settings.target : int(logits.argmax(1).item<int64_t>());
        if (report.target >= logits.size(1))
            throw Error(ErrorCode::BadArgument, "class " + std::to_string(report.target) + " is out of range 0.." +
                                                    std::to_string(logits.size(1) - 1));
    }
    std::vector<torch::Tensor> trained;
    for (const auto& m : methods) {
        trained.push_back(absoluteMap(model, input, m, report.target, settings));
        if (!tick())
            return SanityReport{report.target, {}, {}, {}, true};
    }
    for (const auto& m : methods)
        report.curves.push_back(SanityCurve{m, {}, {}, false});

    models::InceptionNet random(model->desc());  // BatchNorm's affine at 1 and 0, as PyTorch starts
    engine::randomInitialise(random, settings.seed);
    engine::calibrateRandomWeights(random, settings.seed);
    std::set<std::string> paths;
    for (const auto& unit : report.steps) {
        const auto more = unitPaths(*arch::findNode(model->desc().root, unit));
        paths.insert(more.begin(), more.end());
        const auto step = mixed(*model, random, paths);
        for (size_t i = 0; i < methods.size(); ++i) {
            const auto map = absoluteMap(step, input, methods[i], report.target, settings);
            report.curves[i].rank.push_back(spearman(trained[i], map));
            report.curves[i].ssim.push_back(ssim(scaled(trained[i]), scaled(map)));
            if (!tick())
                return SanityReport{report.target, {}, {}, {}, true};
        }
    }
    if (twin) {
        report.shuffledLabels = twin->provenance().description;
        for (size_t i = 0; i < methods.size(); ++i) {
            const auto map = absoluteMap(twin, input, methods[i], report.target, settings);
            report.curves[i].shuffledRank = spearman(trained[i], map);
            report.curves[i].shuffledSsim = ssim(scaled(trained[i]), scaled(map));
            if (!tick())
                return SanityReport{report.target, {}, {}, {}, true};
        }
    }
    for (auto& c : report.curves) {
        const double last = c.rank.empty() ? std::numeric_limits<double>::quiet_NaN() : c.rank.back();
        c.dependsOnWeights = std::isnan(last) || last < kSanityRankThreshold;
    }
    return report;
}

double spearman(const torch::Tensor& a, const torch::Tensor& b)
{
    if (a.numel() != b.numel() || a.numel() < 2)
        throw Error(ErrorCode::BadArgument, "spearman: two tensors of the same size (at least 2) are needed");
    const auto ra = averageRanks(a);
    const auto rb = averageRanks(b);
    const double mean = 0.5 * double(ra.size() - 1);
    double sab = 0, saa = 0, sbb = 0;
    for (size_t i = 0; i < ra.size(); ++i) {
        sab += (ra[i] - mean) * (rb[i] - mean);
        saa += (ra[i] - mean) * (ra[i] - mean);
        sbb += (rb[i] - mean) * (rb[i] - mean);
    }
    if (saa == 0 || sbb == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return sab / std::sqrt(saa * sbb);
}

double ssim(const torch::Tensor& a, const torch::Tensor& b)
{
    constexpr int kSide = 11;
    constexpr double kSigma = 1.5, kC1 = 0.01 * 0.01, kC2 = 0.03 * 0.03;
    if (a.dim() != 2 || a.sizes() != b.sizes() || a.size(0) < kSide || a.size(1) < kSide)
        throw Error(ErrorCode::BadArgument, "ssim: two maps of the same size, at least 11 x 11, are needed");
    auto g = torch::arange(kSide, torch::kFloat64) - double(kSide / 2);
    g = torch::exp(-g * g / (2 * kSigma * kSigma));
    auto window = torch::outer(g, g);
    window = (window / window.sum()).view({1, 1, kSide, kSide});
    const auto x = a.to(torch::kFloat64).view({1, 1, a.size(0), a.size(1)});
    const auto y = b.to(torch::kFloat64).view({1, 1, b.size(0), b.size(1)});
    auto blur = [&window](const torch::Tensor& t) { return torch::conv2d(t, window); };
    const auto mx = blur(x), my = blur(y);
    const auto vx = blur(x * x) - mx * mx, vy = blur(y * y) - my * my, cxy = blur(x * y) - mx * my;
    const auto s = ((2 * mx * my + kC1) * (2 * cxy + kC2)) / ((mx * mx + my * my + kC1) * (vx + vy + kC2));
    return s.mean().item<double>();
}

}  // namespace inception::explain
