#pragma once
// The five variants: what they are, how their input is prepared, how to describe them.
// No LibTorch here: the app and the diagram read this header.
#include <array>
#include <functional>
#include <string>
#include <vector>

#include "arch/archnode.h"
#include "models/options.h"

namespace inception::models {

enum class Interpolation { Bilinear, Bicubic };
enum class ChannelOrder { RGB, BGR };

// Resize the shorter side to `resize`, centre-crop `crop`, scale to [0, range],
// then (x - mean) / std per channel, channels in `order`.
struct PreprocessPreset {
    int resize = 256;
    int crop = 224;
    Interpolation interpolation = Interpolation::Bilinear;
    ChannelOrder order = ChannelOrder::RGB;
    double range = 1.0;
    std::array<double, 3> mean{0.485, 0.456, 0.406};
    std::array<double, 3> std{0.229, 0.224, 0.225};
    // One grey channel (luminance) instead of three; mean[0] and std[0] apply.
    bool grey = false;
    // Fashion-MNIST style: objects light on black. A photograph whose border is light (a dark
    // object on a light background) is inverted.
    bool lightOnDark = false;
};

struct VariantInfo {
    std::string id;
    std::string displayName;
    std::string paperTitle;
    int paperYear = 0;
    std::string reference;  // whose state_dict layout the network reproduces
    int inputSize = 224;
    PreprocessPreset preprocess;
    int numClasses = 1000;
    bool hasAuxHeads = false;
    bool hasTransformInput = false;
    std::function<arch::NetworkDesc(const ModelOptions&)> describe;
};

const std::vector<VariantInfo>& variants();
// The teaching networks trained by this project (mini_inception, _nobn, _5x5): 1x28x28 grey
// input, 10 Fashion-MNIST classes, width 0.5 (the bundled model's). variant() and describe()
// know them too; variants() lists the five reference networks only.
const std::vector<VariantInfo>& teachingVariants();
bool isTeachingVariant(const std::string& id);
// Throws inception::Error(UnknownVariant) naming the known ids (and the nearest).
const VariantInfo& variant(const std::string& id);

// The id a user means: an id as it is, or written another way — any case, '-' or ' ' for '_',
// without the underscores ("Inception-v3", "GoogLeNet", "InceptionResNetV2") — or one of
// variantAliases(). Throws inception::Error(UnknownVariant) with "did you mean …".
std::string canonicalVariant(const std::string& name);
// Short names people use: {"irv2", "inception_resnet_v2"}, {"v3", "inception_v3"}, …
const std::vector<std::pair<std::string, std::string>>& variantAliases();

// The preprocessing of a network this project trained (x/255, then (x-0.5)/0.5, the trainer's
// normalisation) on `input` = C, H, W images of `dataset`: the shorter side resized to the
// input's, centre-cropped; grey for one channel; light on dark for Fashion-MNIST. Training's
// evaluation images and `classify` both go through it.
PreprocessPreset trainedPreset(const std::vector<int64_t>& input, const std::string& dataset);
// The variant's tree, annotated at its input size (or at `inputSize` when > 0).
arch::NetworkDesc describe(const std::string& id, const ModelOptions& options = {}, int inputSize = 0);

}  // namespace inception::models
