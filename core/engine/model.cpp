#include "engine/model.h"

#include <torch/torch.h>

#include <filesystem>

#include "common/error.h"
#include "common/resources.h"
#include "common/sha256.h"
#include "engine/calibrate.h"
#include "engine/engine.h"
#include "engine/cpu_features.h"
#include "engine/loader.h"
#include "engine/plan.h"
#include "models/small_form.h"
#include "weights/catalog.h"
#include "weights/checkpoint.h"
#include "weights/model_file.h"
#include "weights/state_dict.h"

namespace inception::engine {

namespace {

void freeze(models::InceptionNet& net)
{
    net->eval();
    torch::NoGradGuard noGrad;
    for (auto& p : net->parameters()) {
        p.set_requires_grad(false);  // sessions take gradients at nodes, never into the weights
        if (p.dim() == 4)            // NHWC convolutions: oneDNN's fast path, on the CPU and on cuDNN
            p.set_data(p.contiguous(torch::MemoryFormat::ChannelsLast));
    }
}

std::vector<std::string> labelsFor(const arch::NetworkDesc& desc, const std::string& variant)
{
    if (desc.root.output == std::vector<int64_t>{1000})
        return readLabels(resourcePath("imagenet_classes.txt"));
    if (models::isTeachingVariant(variant) && desc.root.output == std::vector<int64_t>{10})
        return readLabels(resourcePath("models/fashion_mnist_classes.txt"));
    return {};
}

std::string bundledFile(const std::string& variant)
{
    if (!models::isTeachingVariant(variant))
        throw Error(ErrorCode::BadArgument, variant + " ships without weights: only the teaching networks "
                                                      "(mini_inception) have a bundled model");
    return resourcePath("models/fashion_mnist_" + variant + ".safetensors");
}

// The preprocessing of a network trained by this project (x/255, then (x-0.5)/0.5).
models::PreprocessPreset ownPreset(const weights::ModelFileInfo& info)
{
    models::PreprocessPreset p;
    p.resize = int(std::min(info.input[1], info.input[2]));
    p.crop = p.resize;
    p.mean = {0.5, 0.5, 0.5};
    p.std = {0.5, 0.5, 0.5};
    p.grey = info.input[0] == 1;
    p.lightOnDark = info.dataset == "fashion-mnist";
    return p;
}

struct Opened {
    models::InceptionNet net{nullptr};
    std::vector<std::string> labels;
    models::PreprocessPreset preset;
    Provenance provenance;
};

// A model file of this project: tensors + the JSON that says which network they fit.
Opened openModelFile(const std::string& variant, const std::string& path, const weights::ModelFileInfo& info)
{
    if (info.variant != variant)
        throw Error(ErrorCode::WeightsMismatch,
                    path + ": is a model of " + info.variant + " (says its .json), not of " + variant);
    Opened o;
    models::SmallForm form;
    form.channels = int(info.input[0]);
    form.size = int(info.input[1]);
    form.classes = info.numClasses;
    form.auxHeads = info.auxHeads;
    const auto& registered = models::variant(variant);
    form.width = info.width > 0 ? info.width : (models::isTeachingVariant(variant) ? 0.5 : 1.0);
    arch::NetworkDesc desc = models::describeTrainable(variant, form);
    o.net = models::InceptionNet(std::move(desc));
    weights::loadStateDict(*o.net, weights::readCheckpoint(path), weights::LoadMode::Strict, path);
    o.labels = info.classes;
    if (o.labels.empty() && models::isTeachingVariant(variant) && info.numClasses == 10)
        o.labels = readLabels(resourcePath("models/fashion_mnist_classes.txt"));
    o.preset = models::isTeachingVariant(variant) && info.input == std::vector<int64_t>{1, 28, 28}
                   ? registered.preprocess
                   : ownPreset(info);
    o.provenance.file = path;
    o.provenance.trained = info.trained;
    o.provenance.description = path + " (" + (info.dataset.empty() ? "" : info.dataset + " ") + variant + " model" +
                               (info.trained ? "" : ", untrained") + ")";
    return o;
}

Opened openFile(const std::string& variant, const std::string& path, const WeightsChoice& choice)
{
    if (auto info = weights::readModelInfo(path))
        return openModelFile(variant, path, *info);
    Opened o;
    o.preset = models::variant(variant).preprocess;
    o.provenance.file = path;
    o.provenance.trained = true;
    if (models::isTeachingVariant(variant)) {  // a bare state_dict of a teaching network
        o.net = models::InceptionNet(models::describe(variant));
        weights::loadStateDict(*o.net, weights::readCheckpoint(path), weights::LoadMode::Strict, path);
        o.provenance.description = path + " (" + variant + " weights)";
        return o;
    }
    LoadOptions lo;
    lo.transformInput = choice.transformInput;
    auto loaded = loadNetwork(variant, path, lo);
    o.net = loaded.net;
    o.provenance.transformInput = loaded.transformInput;
    o.provenance.notes = loaded.notes;
    o.provenance.published = loaded.published != nullptr;
    if (loaded.published)
        o.provenance.verified = weights::verifySha256Prefix(path, loaded.published->sha256Prefix);
    o.provenance.description =
        path + (loaded.published ? std::string(" (published ") + variant + " weights" +
                                       (o.provenance.verified ? ", SHA-256 verified)" : ", SHA-256 NOT verified)")
                                 : std::string(" (not a published file)"));
    return o;
}

Opened openUntrained(const std::string& variant, uint64_t seed, const OpenProgress& progress)
{
    Opened o;
    o.net = untrainedNetwork(variant, seed, progress);
    o.preset = models::variant(variant).preprocess;
    o.provenance.seed = seed;
    o.provenance.description = "UNTRAINED: random weights (seed " + std::to_string(seed) +
                               ") with calibrated batch norm and a centred, scaled classifier; "
                               "predictions mean nothing";
    return o;
}

}  // namespace

Model::Model(std::string variant, models::InceptionNet net, std::vector<std::string> labels,
             models::PreprocessPreset preset, Provenance provenance)
    : variant_(std::move(variant)), net_(std::move(net)), labels_(std::move(labels)), preset_(preset),
      provenance_(std::move(provenance))
{
    freeze(net_);
}

Model::~Model() = default;

std::string Model::label(int index) const
{
    return index >= 0 && size_t(index) < labels_.size() ? labels_[size_t(index)] : "class " + std::to_string(index);
}

int Model::classes() const
{
    const auto& out = net_->desc().root.output;
    return out.empty() ? 0 : int(out.back());
}

const std::string& Model::weightsId() const
{
    std::call_once(weightsOnce_, [this] {
        if (!provenance_.file.empty() && std::filesystem::is_regular_file(provenance_.file)) {
            weightsId_ = "sha256:" + sha256File(provenance_.file) + (provenance_.transformInput ? "+transform_input" : "");
        } else if (!provenance_.trained) {
            weightsId_ = "untrained:" + std::to_string(provenance_.seed);
        } else {
            Sha256 h;
            for (const auto& [name, t] : weights::stateDict(*net_)) {
                const auto c = t.to(torch::kCPU, torch::kFloat32).contiguous();
                h.update(name.data(), name.size());
                h.update(c.data_ptr(), size_t(c.numel()) * sizeof(float));
            }
            weightsId_ = "tensors:" + h.hexDigest();
        }
    });
    return weightsId_;
}

models::InceptionNet Model::copyNetwork() const
{
    models::InceptionNet copy(net_->desc());
    weights::loadStateDict(*copy, weights::stateDict(*net_), weights::LoadMode::Strict, "a copy");
    freeze(copy);
    return copy;
}

models::InceptionNet Model::eager(torch::Device device, torch::ScalarType dtype) const
{
    if (device.is_cpu() && dtype == torch::kFloat32)
        return net_;
    const std::string key = device.str() + "/" + std::string(c10::toString(dtype));
    std::lock_guard<std::mutex> lock(mutex_);
    if (auto it = copies_.find(key); it != copies_.end())
        return it->second;
    auto copy = copyNetwork();
    copy->to(device, dtype);
    freeze(copy);  // channels-last again after the move
    copies_.emplace(key, copy);
    return copy;
}

std::shared_ptr<Plan> Model::plan(Precision precision) const
{
    if (!Plan::available())
        throw Error(ErrorCode::BadArgument, "this build has no compiled CPU plan (oneDNN's headers were missing)");
    std::string why;
    if (precision == Precision::BFloat16 && !cpuBf16Supported(&why))
        throw Error(ErrorCode::BadArgument, "bfloat16 is not offered on this machine: " + why);
    if (precision == Precision::Float16)
        throw Error(ErrorCode::BadArgument, "float16 runs on CUDA only; on the CPU choose float32 or bfloat16");
    std::lock_guard<std::mutex> lock(mutex_);
    auto& p = plans_[precision];
    if (!p)
        p = std::make_shared<Plan>(net_, precision);
    return p;
}

std::shared_ptr<const Model> openModel(const std::string& variant, const WeightsChoice& choice,
                                       const OpenProgress& progress)
{
    models::variant(variant);  // an unknown variant is refused first, naming the known ones
    auto say = [&](double f, const std::string& what) {
        if (progress)
            progress(f, what);
    };
    say(0.0, "opening " + variant);
    using Source = WeightsChoice::Source;
    Source source = choice.source;
    std::string path = choice.path;
    const bool teaching = models::isTeachingVariant(variant);
    if (source == Source::Default && teaching) {
        try {
            path = bundledFile(variant);
            source = Source::File;
        } catch (const Error&) {
            source = Source::Untrained;  // only mini_inception ships trained
        }
    } else if (source == Source::Default || source == Source::Catalog) {
        if (teaching)
            throw Error(ErrorCode::BadArgument, variant + " has no published weights (it is trained by this project)");
        const auto status = weights::findPretrained(variant);
        if (status.state == weights::WeightsState::Found) {
            path = status.path;
            source = Source::File;
        } else if (status.state == weights::WeightsState::Corrupt) {
            throw Error(ErrorCode::CorruptFile, status.path + ": " + status.detail);
        } else if (choice.untrainedFallback) {
            source = Source::Untrained;
        } else {
            throw Error(ErrorCode::FileNotFound, "no pretrained weights for " + variant + ": " + status.detail +
                                                     " (or pass a weight file, or ask for untrained weights)");
        }
    } else if (source == Source::Bundled) {
        path = bundledFile(variant);
        source = Source::File;
    }

    Opened o;
    try {
        if (source == Source::Untrained) {
            o = openUntrained(variant, choice.seed, progress);
        } else {
            say(0.2, "reading " + path);
            o = openFile(variant, path, choice);
            o.provenance.bundled = choice.source == Source::Bundled || (choice.source == Source::Default && teaching);
        }
    } catch (const c10::Error& e) {
        const std::string msg = e.what_without_backtrace();
        throw Error(ErrorCode::CorruptFile, (path.empty() ? variant : path) + ": " + msg.substr(0, msg.find('\n')));
    }
    if (o.labels.empty())
        o.labels = labelsFor(o.net->desc(), variant);
    say(1.0, variant + " ready");
    return std::make_shared<const Model>(variant, o.net, o.labels, o.preset, o.provenance);
}

std::shared_ptr<const Model> modelFromNetwork(models::InceptionNet net, std::string description)
{
    const std::string variant = net->desc().variant;
    Provenance p;
    p.description = std::move(description);
    p.trained = true;
    models::PreprocessPreset preset;
    try {
        preset = models::variant(variant).preprocess;
    } catch (const Error&) {
        // a network built by hand for a variant the registry does not know: the default preset
    }
    std::vector<std::string> labels;
    try {
        labels = labelsFor(net->desc(), variant);
    } catch (const Error&) {
    }
    return std::make_shared<const Model>(variant, std::move(net), std::move(labels), preset, std::move(p));
}

}  // namespace inception::engine
