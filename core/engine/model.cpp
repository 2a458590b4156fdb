#include "engine/model.h"

#include <torch/torch.h>

#include <filesystem>

#include "common/error.h"
#include "common/resources.h"
#include "common/sha256.h"
#include "engine/calibrate.h"
#include "engine/engine.h"
#include "engine/cpu_features.h"
#include "engine/plan.h"
#include "models/small_form.h"
#include "weights/adapt.h"
#include "weights/catalog.h"
#include "weights/state_dict.h"
#include "weights/weights_file.h"

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

struct Opened {
    models::InceptionNet net{nullptr};
    std::vector<std::string> labels;
    models::PreprocessPreset preset;
    Provenance provenance;
};

// A model file of this project: tensors + the JSON that says which network they fit.
Opened openModelFile(const std::string& variant, const weights::WeightsFile& file)
{
    const weights::ModelFileInfo& info = *file.info;
    if (info.variant != variant)
        throw Error(ErrorCode::WeightsMismatch,
                    file.path + ": is a model of " + info.variant + " (says its .json), not of " + variant);
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
    weights::loadStateDict(*o.net, file.tensors, weights::LoadMode::Strict, file.path);
    o.labels = info.classes;
    if (o.labels.empty() && models::isTeachingVariant(variant) && info.numClasses == 10)
        o.labels = readLabels(resourcePath("models/fashion_mnist_classes.txt"));
    o.preset = models::isTeachingVariant(variant) && info.input == std::vector<int64_t>{1, 28, 28}
                   ? registered.preprocess
                   : models::trainedPreset(info.input, info.dataset);
    o.provenance.file = file.path;
    o.provenance.trained = info.trained;
    o.provenance.description = file.path + " (" + (info.dataset.empty() ? "" : info.dataset + " ") + variant +
                               " model" + (info.trained ? "" : ", untrained") + ")";
    return o;
}

bool hasAuxTensors(const std::string& variant, const weights::TensorMap& tensors)
{
    const auto& info = models::variant(variant);
    if (!info.hasAuxHeads)
        return false;
    models::ModelOptions withAux;
    withAux.auxLogits = true;
    const auto desc = info.describe(withAux);
    for (const auto& a : desc.aux)
        for (const auto& [name, t] : tensors)
            if (name.rfind(a.head.id + ".", 0) == 0)
                return true;
    return false;
}

int classifierRows(const arch::NetworkDesc& desc, const weights::TensorMap& tensors)
{
    std::string fc;
    for (const arch::ArchNode* leaf : arch::leaves(desc.root))
        if (leaf->layer.op == arch::Op::Linear)
            fc = leaf->layer.weightPath;
    const torch::Tensor* w = weights::find(tensors, fc + ".weight");
    if (!w && fc == "classif")
        w = weights::find(tensors, "last_linear.weight");
    return w && w->dim() == 2 ? int(w->size(0)) : 1000;
}

// A reference implementation's state_dict (torchvision, Cadene, timm): names adapted, aux heads
// built when the file has them, transform_input from the catalog for a published file.
Opened openReference(const std::string& variant, weights::WeightsFile file, std::optional<bool> transformInput)
{
    const auto& info = models::variant(variant);
    const weights::PublishedWeights* published = weights::identify(file.path);
    if (published && published->variant != variant)
        throw Error(ErrorCode::WeightsMismatch,
                    file.path + ": is the published file of " + published->variant + ", not of " + variant);
    models::ModelOptions mo;
    mo.auxLogits = hasAuxTensors(variant, file.tensors);
    const bool transform = transformInput.value_or(published && published->transformInput);
    mo.transformInput = transform && info.hasTransformInput;
    const int rows = classifierRows(info.describe(mo), file.tensors);
    mo.numClasses = (published && published->classes == 1001 && rows == 1001) ? 1000 : rows;

    Opened o;
    o.preset = info.preprocess;
    o.net = models::InceptionNet(models::describe(variant, mo));
    const auto tensors = weights::adaptToNetwork(o.net->desc(), weights::stateDict(*o.net), std::move(file.tensors),
                                                 o.provenance.notes);
    weights::loadStateDict(*o.net, tensors, weights::LoadMode::Strict, file.path);
    o.provenance.file = file.path;
    o.provenance.trained = true;
    o.provenance.transformInput = transform;
    o.provenance.published = published != nullptr;
    if (published)
        o.provenance.verified = weights::verifySha256Prefix(file.path, published->sha256Prefix);
    o.provenance.description =
        file.path + (published ? std::string(" (published ") + variant + " weights" +
                                     (o.provenance.verified ? ", SHA-256 verified)" : ", SHA-256 NOT verified)")
                               : std::string(" (not a published file)"));
    return o;
}

// Any weights file, read once through the one door and opened by what it holds.
Opened openFile(const std::string& variant, const std::string& path, const WeightsChoice& choice)
{
    weights::WeightsFile file = weights::readWeightsFile(path);
    if (file.info)
        return openModelFile(variant, file);
    if (!models::isTeachingVariant(variant))
        return openReference(variant, std::move(file), choice.transformInput);
    Opened o;  // a bare state_dict of a teaching network
    o.preset = models::variant(variant).preprocess;
    o.net = models::InceptionNet(models::describe(variant));
    weights::loadStateDict(*o.net, file.tensors, weights::LoadMode::Strict, path);
    o.provenance.file = path;
    o.provenance.trained = true;
    o.provenance.description = path + " (" + variant + " weights)";
    return o;
}

// Random weights for timing: initialised, not calibrated (the weights' values do not change the time).
Opened openRandom(const std::string& variant, uint64_t seed)
{
    Opened o;
    o.net = models::InceptionNet(models::describe(variant));
    randomInitialise(o.net, seed);
    o.preset = models::variant(variant).preprocess;
    o.provenance.seed = seed;
    o.provenance.description = "random weights (seed " + std::to_string(seed) + ", not calibrated: for timing only)";
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

namespace {

using Source = WeightsChoice::Source;

// Default, Catalog and Bundled made concrete: a file to read (`path`), or random weights.
Source resolveSource(const std::string& variant, const WeightsChoice& choice, std::string& path)
{
    path = choice.path;
    const bool teaching = models::isTeachingVariant(variant);
    if (choice.source == Source::Default && teaching) {
        try {
            path = bundledFile(variant);
            return Source::File;
        } catch (const Error&) {
            return Source::Untrained;  // only mini_inception ships trained
        }
    }
    if (choice.source == Source::Default || choice.source == Source::Catalog) {
        if (teaching)
            throw Error(ErrorCode::BadArgument, variant + " has no published weights (it is trained by this project)");
        const auto status = weights::findPretrained(variant);
        if (status.state == weights::WeightsState::Found) {
            path = status.path;
            return Source::File;
        }
        if (status.state == weights::WeightsState::Corrupt)
            throw Error(ErrorCode::CorruptFile, status.path + ": " + status.detail);
        if (choice.untrainedFallback)
            return Source::Untrained;
        throw Error(ErrorCode::FileNotFound, "no pretrained weights for " + variant + ": " + status.detail +
                                                 " (or pass a weight file, or ask for untrained weights)");
    }
    if (choice.source == Source::Bundled) {
        path = bundledFile(variant);
        return Source::File;
    }
    return choice.source;
}

}  // namespace

std::shared_ptr<const Model> openModel(const std::string& variant, const WeightsChoice& choice,
                                       const OpenProgress& progress)
{
    models::variant(variant);  // an unknown variant is refused first, naming the known ones
    auto say = [&](double f, const std::string& what) {
        if (progress)
            progress(f, what);
    };
    say(0.0, "opening " + variant);
    std::string path;
    const Source source = resolveSource(variant, choice, path);
    Opened o;
    try {
        if (source == Source::Untrained) {
            o = openUntrained(variant, choice.seed, progress);
        } else if (source == Source::Random) {
            o = openRandom(variant, choice.seed);
        } else {
            say(0.2, "reading " + path);
            o = openFile(variant, path, choice);
            o.provenance.bundled = choice.source == Source::Bundled ||
                                   (choice.source == Source::Default && models::isTeachingVariant(variant));
        }
    } catch (const c10::Error& e) {
        const std::string msg = e.what_without_backtrace();
        throw Error(ErrorCode::CorruptFile, (path.empty() ? variant : path) + ": " + msg.substr(0, msg.find('\n')));
    }
    if (!choice.labelsFile.empty()) {
        const auto& out = o.net->desc().root.output;
        o.labels = readClassNames(choice.labelsFile, out.empty() ? 0 : int(out.back()));
        o.provenance.labelsFile = choice.labelsFile;
    }
    if (o.labels.empty())
        o.labels = labelsFor(o.net->desc(), variant);
    say(1.0, variant + " ready");
    return std::make_shared<const Model>(variant, o.net, o.labels, o.preset, o.provenance);
}

std::vector<std::string> readClassNames(const std::string& path, int classes)
{
    if (std::filesystem::is_directory(path))
        throw Error(ErrorCode::BadArgument, path + ": is a folder, not a file of class names (one per line)");
    std::vector<std::string> names = readLabels(path);
    for (auto& n : names)
        if (!n.empty() && n.back() == '\r')
            n.pop_back();  // a file written on Windows
    if (int(names.size()) != classes)
        throw Error(ErrorCode::BadArgument, path + ": " + std::to_string(names.size()) +
                                                " class names, but the classifier has " + std::to_string(classes) +
                                                " outputs (one name per line, in the order of the outputs)");
    return names;
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
