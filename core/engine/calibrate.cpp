#include "engine/calibrate.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>

#include "common/error.h"
#include "common/cache_folder.h"
#include "common/resources.h"
#include "models/registry.h"
#include "weights/safetensors.h"
#include "weights/weights_file.h"
#include "weights/state_dict.h"

namespace inception::engine {

namespace {

// Bump when the initialisation or the calibration changes: old cache files are then ignored.
constexpr const char* kCalibrationVersion = "calib6";

std::pair<const arch::ArchNode*, const arch::ArchNode*> classifierAndInput(const arch::NetworkDesc& desc)
{
    const arch::ArchNode* fc = nullptr;
    const arch::ArchNode* before = nullptr;
    arch::forEachNode(desc.root, [&](const arch::ArchNode& n, int) {
        for (size_t i = 1; i < n.children.size(); ++i)
            if (n.children[i].isLeaf() && n.children[i].layer.op == arch::Op::Linear) {
                fc = &n.children[i];
                before = &n.children[i - 1];
            }
    });
    return {fc, before};
}

// The tensors calibration sets: BatchNorm statistics and the classifier.
std::vector<std::string> calibratedNames(const models::InceptionNet& net)
{
    std::vector<std::string> names;
    for (const auto& b : net->named_buffers())
        if (b.key().find("running_") != std::string::npos)
            names.push_back(b.key());
    const auto [fc, before] = classifierAndInput(net->desc());
    if (fc) {
        names.push_back(fc->layer.weightPath + ".weight");
        if (fc->layer.bias)
            names.push_back(fc->layer.weightPath + ".bias");
    }
    return names;
}

}  // namespace

torch::Tensor calibrationImages(int64_t n, const models::PreprocessPreset& preset, int64_t h, int64_t w,
                                uint64_t seed)
{
    // The "dead leaves" model of natural images: opaque discs of random colour and a power-law
    // spread of sizes, laid one over another — flat regions, sharp edges and the 1/f spectrum of
    // photographs, from nothing but a seed.
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
    const int64_t channels = preset.grey ? 1 : 3;
    const auto ys = torch::arange(h, torch::kFloat32).view({h, 1}).expand({h, w});
    const auto xs = torch::arange(w, torch::kFloat32).view({1, w}).expand({h, w});
    const double rMin = 0.01 * double(std::max(h, w)), rMax = 0.6 * double(std::max(h, w));
    torch::Tensor out = torch::empty({n, channels, h, w});
    for (int64_t i = 0; i < n; ++i) {
        auto image = at::rand({channels, 1, 1}, gen).expand({channels, h, w}).clone();
        const int discs = 160;
        const auto u = at::rand({discs, 6}, gen);
        for (int d = 0; d < discs; ++d) {
            // Sizes with density r^-3 between rMin and rMax (inverse transform), large ones first.
            const double q = u[d][0].item<double>();
            const double r = 1.0 / std::sqrt(1.0 / (rMin * rMin) - q * (1.0 / (rMin * rMin) - 1.0 / (rMax * rMax)));
            const double cy = u[d][1].item<double>() * double(h), cx = u[d][2].item<double>() * double(w);
            const auto mask = ((ys - cy).square() + (xs - cx).square()) < r * r;
            const double grey = u[d][3].item<double>();
            for (int64_t c = 0; c < channels; ++c) {
                // Colours near a grey level: photographs' channels move together.
                const double value = std::clamp(grey + (channels > 1 ? 0.35 * (u[d][4 + c % 2].item<double>() - 0.5) *
                                                                           (c == 1 ? -1.0 : 1.0)
                                                                     : 0.0),
                                                0.0, 1.0);
                image[c].masked_fill_(mask, value);
            }
        }
        // Texture inside the regions, at a few scales, and sensor noise.
        for (int64_t grid : {8, 32}) {
            const auto coarse = at::randn({1, 1, std::min(grid, h), std::min(grid, w)}, gen);
            image += 0.06 * torch::upsample_bilinear2d(coarse, {h, w}, false)[0];
        }
        image += 0.03 * at::randn({channels, h, w}, gen);
        out[i] = image.clamp(0, 1);
    }
    out = out * preset.range;
    for (int64_t c = 0; c < channels; ++c)
        out.select(1, c).sub_(preset.mean[size_t(c)]).div_(preset.std[size_t(c)]);
    return out.contiguous();
}

torch::Tensor calibrationImages(const arch::NetworkDesc& desc, int64_t n, uint64_t seed)
{
    models::PreprocessPreset preset;
    try {
        preset = models::variant(desc.variant).preprocess;
    } catch (const Error&) {
        // a network the registry does not know: ImageNet's normalisation
    }
    preset.grey = desc.input[0] == 1;
    return calibrationImages(n, preset, desc.input[1], desc.input[2], seed);
}

void randomInitialise(models::InceptionNet& net, uint64_t seed)
{
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
    torch::NoGradGuard noGrad;
    // Weights first, in registration order, then each bias from its layer's fan-in.
    std::map<std::string, int64_t> fanIn;
    for (auto& p : net->named_parameters()) {
        const auto& name = p.key();
        auto& t = p.value();
        const bool isBn = name.find(".bn") != std::string::npos || name.find("_bn.") != std::string::npos;
        if (t.dim() >= 2) {
            const int64_t fan = t.numel() / t.size(0);
            fanIn[name.substr(0, name.rfind('.'))] = fan;
            const double bound = 1.0 / std::sqrt(double(fan));
            t.uniform_(-bound, bound, gen);
        } else if (!isBn && name.size() > 5 && name.compare(name.size() - 5, 5, ".bias") == 0) {
            const auto it = fanIn.find(name.substr(0, name.size() - 5));
            const double bound = it != fanIn.end() ? 1.0 / std::sqrt(double(it->second)) : 0.0;
            t.uniform_(-bound, bound, gen);
        }
    }
}

void calibrateRandomWeights(models::InceptionNet& net, uint64_t seed)
{
    const auto& desc = net->desc();
    const auto device = net->parameters().front().device();
    torch::NoGradGuard noGrad;
    for (const auto& m : net->modules(/*include_self=*/false))
        if (auto* bn = m->as<torch::nn::BatchNorm2d>()) {
            bn->reset_running_stats();
            bn->options.momentum({});  // a plain average over the calibration batches
        }
    net->train();
    for (int i = 0; i < 2; ++i)
        net->forward(calibrationImages(desc, 6, seed * 1000 + uint64_t(i)).to(device));
    net->eval();

    const auto [fc, before] = classifierAndInput(desc);
    if (!fc || !before)
        return;
    models::Recorder rec({before->id});
    net->forward(calibrationImages(desc, 32, seed * 1000 + 99).to(device), &rec);
    const auto features = rec.outputs().at(before->id).flatten(1);
    const auto mu = features.mean(0);
    auto params = net->named_parameters();
    auto* weight = params.find(fc->layer.weightPath + ".weight");
    auto* bias = params.find(fc->layer.weightPath + ".bias");
    if (!weight || !bias)
        return;
    bias->copy_(-torch::matmul(*weight, mu));  // centred: the mean image scores 0 everywhere
    const double spread = torch::matmul(features - mu, weight->t()).std().item<double>();
    if (spread > 0 && std::isfinite(spread)) {  // logits of unit spread over the batch
        weight->div_(spread);
        bias->div_(spread);
    }
}

// The calibration computed at build time for the five variants (seed 0, this LibTorch):
// scripts/ship-calibration.sh. Empty when there is none, or INCEPTION_SHIPPED_CALIBRATION=0.
static std::string shippedCalibration(const std::string& key)
{
    if (const char* use = std::getenv("INCEPTION_SHIPPED_CALIBRATION"); use && std::string(use) == "0")
        return {};
    try {
        return resourcePath("calibration/" + key + ".safetensors");
    } catch (const Error&) {
        return {};
    }
}

models::InceptionNet untrainedNetwork(const std::string& variant, uint64_t seed,
                                      const std::function<void(double, const std::string&)>& progress)
{
    auto say = [&](double f, const std::string& what) {
        if (progress)
            progress(f, what);
    };
    models::InceptionNet net(models::describe(variant));
    say(0.1, "initialising random weights");
    randomInitialise(net, seed);

    const auto& desc = net->desc();
    const std::string key = variant + "-" + std::to_string(desc.input[1]) + "-seed" + std::to_string(seed) + "-" +
                            kCalibrationVersion + "-torch" + TORCH_VERSION;
    static std::mutex mutex;
    static std::map<std::string, weights::TensorMap> memory;
    const double check = net->parameters().front().sum().item<double>();  // the initialisation itself
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (auto it = memory.find(key); it != memory.end()) {
            weights::loadStateDict(*net, it->second, weights::LoadMode::Lenient);
            net->eval();
            return net;
        }
    }
    // A file of calibrated tensors for this very initialisation (its check matches), loaded.
    const auto fromFile = [&](const std::string& path, const std::string& what) {
        std::error_code ec;
        if (path.empty() || !std::filesystem::exists(path, ec))
            return false;
        try {
            say(0.5, what);
            auto cached = weights::readWeightsFile(path).tensors;
            const torch::Tensor* stored = weights::find(cached, "__init_check__");
            if (!stored || std::abs(stored->item<double>() - check) > 1e-9 * std::max(1.0, std::abs(check)))
                return false;
            weights::loadStateDict(*net, cached, weights::LoadMode::Lenient);
            net->eval();
            std::lock_guard<std::mutex> lock(mutex);
            memory[key] = std::move(cached);
            return true;
        } catch (const Error&) {
            return false;  // a damaged file: made again below
        }
    };
    const std::string folder = userCacheFolder();
    const std::string file = folder.empty() ? std::string() : folder + "/calibration/" + key + ".safetensors";
    if (fromFile(file, "reading the calibration from the cache") ||
        fromFile(shippedCalibration(key), "reading the calibration shipped with the program"))
        return net;
    std::error_code ec;
    say(0.3, "calibrating batch norm and the classifier on random images");
    calibrateRandomWeights(net, seed);
    weights::TensorMap calibrated;
    const auto all = weights::stateDict(*net);
    for (const auto& name : calibratedNames(net))
        if (const torch::Tensor* t = weights::find(all, name))
            calibrated.emplace_back(name, t->detach().clone());
    calibrated.emplace_back("__init_check__", torch::tensor(check, torch::kFloat64));
    if (!file.empty()) {
        try {
            std::filesystem::create_directories(std::filesystem::path(file).parent_path(), ec);
            weights::writeSafetensors(file, calibrated, {{"variant", variant}, {"seed", std::to_string(seed)}});
        } catch (const Error&) {
            // a read-only or full cache folder only costs the next start some seconds
        }
    }
    std::lock_guard<std::mutex> lock(mutex);
    memory[key] = std::move(calibrated);
    return net;
}

}  // namespace inception::engine
