#include "models/registry.h"

#include <algorithm>
#include <cctype>

#include "arch/names.h"
#include "common/error.h"
#include "models/descriptions.h"
#include "models/mini_inception.h"

namespace inception::models {

namespace {

PreprocessPreset imagenet(int resize, int crop)
{
    PreprocessPreset p;
    p.resize = resize;
    p.crop = crop;
    return p;
}

PreprocessPreset tfInception(int resize)
{
    PreprocessPreset p;
    p.resize = resize;
    p.crop = 299;
    p.interpolation = Interpolation::Bicubic;
    p.mean = {0.5, 0.5, 0.5};
    p.std = {0.5, 0.5, 0.5};
    return p;
}

PreprocessPreset caffeBgr()
{
    PreprocessPreset p;
    p.resize = 256;
    p.crop = 224;
    p.order = ChannelOrder::BGR;
    p.range = 255.0;
    p.mean = {104.0, 117.0, 128.0};
    p.std = {1.0, 1.0, 1.0};
    return p;
}

std::vector<VariantInfo> makeVariants()
{
    std::vector<VariantInfo> v;
    v.push_back({"googlenet", "GoogLeNet (Inception-v1)", "Going Deeper with Convolutions", 2014,
                 "torchvision googlenet", 224, imagenet(256, 224), 1000, true, true, describeGoogLeNet});
    v.push_back({"bn_inception", "BN-Inception (Inception-v2)",
                 "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
                 2015, "Cadene pretrainedmodels bninception", 224, caffeBgr(), 1000, false, false,
                 describeBNInception});
    v.push_back({"inception_v3", "Inception-v3", "Rethinking the Inception Architecture for Computer Vision",
                 2015, "torchvision inception_v3", 299, imagenet(342, 299), 1000, true, true,
                 describeInceptionV3});
    v.push_back({"inception_v4", "Inception-v4",
                 "Inception-v4, Inception-ResNet and the Impact of Residual Connections on Learning", 2016,
                 "timm inception_v4", 299, tfInception(341), 1000, false, false, describeInceptionV4});
    v.push_back({"inception_resnet_v2", "Inception-ResNet-v2",
                 "Inception-v4, Inception-ResNet and the Impact of Residual Connections on Learning", 2016,
                 "timm inception_resnet_v2", 299, tfInception(333), 1000, false, false,
                 describeInceptionResNetV2});
    return v;
}

PreprocessPreset fashionMnistGrey()
{
    PreprocessPreset p;
    p.resize = 28;
    p.crop = 28;
    p.mean = {0.5, 0.5, 0.5};
    p.std = {0.5, 0.5, 0.5};
    p.grey = true;
    p.lightOnDark = true;
    return p;
}

std::vector<VariantInfo> makeTeachingVariants()
{
    std::vector<VariantInfo> v;
    const struct {
        const char *id, *name;
    } pairs[] = {{"mini_inception", "Mini Inception (BN, 3x3+3x3)"},
                 {"mini_inception_nobn", "Mini Inception without BN"},
                 {"mini_inception_5x5", "Mini Inception (BN, 5x5)"}};
    for (const auto& p : pairs) {
        const std::string id = p.id;
        auto describeMini = [id](const ModelOptions& o) {
            MiniOptions m = miniOptionsFor(id);
            m.width = 0.5;
            m.classes = o.numClasses;
            if (o.dropout >= 0)
                m.dropout = o.dropout;
            return describeMiniInception(m);
        };
        v.push_back({id, p.name, "Inception Explorer's teaching network", 2026, "this project (Fashion-MNIST)", 28,
                     fashionMnistGrey(), 10, false, false, describeMini});
    }
    return v;
}

}  // namespace

const std::vector<VariantInfo>& teachingVariants()
{
    static const std::vector<VariantInfo> all = makeTeachingVariants();
    return all;
}

bool isTeachingVariant(const std::string& id)
{
    for (const auto& v : teachingVariants())
        if (v.id == id)
            return true;
    return false;
}

const std::vector<VariantInfo>& variants()
{
    static const std::vector<VariantInfo> all = makeVariants();
    return all;
}

namespace {

std::vector<std::string> allIds()
{
    std::vector<std::string> ids;
    for (const auto* list : {&variants(), &teachingVariants()})
        for (const auto& v : *list)
            ids.push_back(v.id);
    return ids;
}

[[noreturn]] void unknownVariant(const std::string& name)
{
    std::vector<std::string> words = allIds();
    std::string known;
    for (const auto& id : words)
        known += (known.empty() ? "" : ", ") + id;
    for (const auto& [alias, id] : variantAliases())
        words.push_back(alias);
    std::string near = arch::didYouMean(name, words);
    throw Error(ErrorCode::UnknownVariant,
                "unknown variant '" + name + "'" + (near.empty() ? "" : "; " + near) + " (known: " + known + ")");
}

// Lower case, '-' and ' ' as '_'; `squash` also drops the underscores.
std::string normalised(const std::string& name, bool squash)
{
    std::string s;
    for (char c : name) {
        c = char(std::tolower(static_cast<unsigned char>(c)));
        if (c == '-' || c == ' ')
            c = '_';
        if (!(squash && c == '_'))
            s += c;
    }
    return s;
}

}  // namespace

const std::vector<std::pair<std::string, std::string>>& variantAliases()
{
    static const std::vector<std::pair<std::string, std::string>> aliases{
        {"inception_v1", "googlenet"},    {"v1", "googlenet"},
        {"inception_v2", "bn_inception"}, {"bn", "bn_inception"},
        {"v2", "bn_inception"},           {"v3", "inception_v3"},
        {"v4", "inception_v4"},           {"irv2", "inception_resnet_v2"},
        {"inception_resnet", "inception_resnet_v2"}, {"mini", "mini_inception"},
    };
    return aliases;
}

const VariantInfo& variant(const std::string& id)
{
    for (const auto* list : {&variants(), &teachingVariants()})
        for (const auto& v : *list)
            if (v.id == id)
                return v;
    unknownVariant(id);
}

std::string canonicalVariant(const std::string& name)
{
    for (const bool squash : {false, true}) {
        const std::string n = normalised(name, squash);
        for (const auto& id : allIds())
            if (normalised(id, squash) == n)
                return id;
        for (const auto& [alias, id] : variantAliases())
            if (normalised(alias, squash) == n)
                return id;
    }
    unknownVariant(name);
}

arch::NetworkDesc describe(const std::string& id, const ModelOptions& options, int inputSize)
{
    const VariantInfo& info = variant(id);
    if (options.auxLogits && !info.hasAuxHeads)
        throw Error(ErrorCode::BadArgument, info.id + " has no auxiliary heads");
    if (options.transformInput && !info.hasTransformInput)
        throw Error(ErrorCode::BadArgument, info.id + " has no transform_input option");
    if (options.numClasses < 1)
        throw Error(ErrorCode::BadArgument, "the number of classes must be at least 1");
    ModelOptions o = options;
    if (isTeachingVariant(id) && o.numClasses == ModelOptions{}.numClasses)
        o.numClasses = info.numClasses;  // the default, 1000, is ImageNet's; these have their own 10
    arch::NetworkDesc desc = info.describe(o);
    if (inputSize > 0)
        desc.input = {desc.input.at(0), inputSize, inputSize};
    try {
        arch::annotate(desc);
    } catch (const std::invalid_argument& e) {
        throw Error(ErrorCode::ShapeMismatch, id + " at input " + std::to_string(desc.input[1]) + "x" +
                                                  std::to_string(desc.input[2]) + ": " + e.what());
    }
    return desc;
}

PreprocessPreset trainedPreset(const std::vector<int64_t>& input, const std::string& dataset)
{
    PreprocessPreset p;
    p.resize = int(std::min(input.at(1), input.at(2)));
    p.crop = p.resize;
    p.mean = {0.5, 0.5, 0.5};
    p.std = {0.5, 0.5, 0.5};
    p.grey = input.at(0) == 1;
    p.lightOnDark = dataset == "fashion-mnist";
    return p;
}

}  // namespace inception::models
