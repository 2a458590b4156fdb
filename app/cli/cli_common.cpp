#include "cli_common.h"

#include <torch/torch.h>

#include "common/error.h"
#include "common/resources.h"
#include "models/registry.h"
#include "weights/safetensors.h"
#ifdef INCEPTION_HAVE_VISION
#include "vision/decode.h"
#include "vision/preprocess.h"
#endif

namespace inception::cli {

bool haveVision()
{
#ifdef INCEPTION_HAVE_VISION
    return true;
#else
    return false;
#endif
}

engine::DeviceChoice parseDevice(const std::string& device)
{
    if (device == "auto")
        return engine::DeviceChoice::Auto;
    if (device == "cpu")
        return engine::DeviceChoice::Cpu;
    if (device == "cuda")
        return engine::DeviceChoice::Cuda;
    throw Error(ErrorCode::BadArgument, "unknown device '" + device + "' (cpu, cuda or auto)");
}

ReadyEngine makeEngine(const std::string& variant, const WeightsChoice& choice, const engine::EngineOptions& options)
{
    ReadyEngine ready;
    std::string path = choice.path;
    if (path.empty()) {
        const auto status = weights::findPretrained(variant);
        if (status.state == weights::WeightsState::Found) {
            path = status.path;
        } else if (status.state == weights::WeightsState::Corrupt) {
            throw Error(ErrorCode::CorruptFile, status.path + ": " + status.detail);
        } else if (!choice.allowUntrained) {
            throw Error(ErrorCode::FileNotFound, "no pretrained weights for " + variant + ": " + status.detail +
                                                     " (or pass --weights FILE)");
        }
    }
    std::vector<std::string> labels;
    models::InceptionNet net{nullptr};
    if (path.empty()) {
        net = engine::untrainedNetwork(variant);
        ready.untrained = true;
        ready.weightsDescription = "UNTRAINED (random weights): predictions mean nothing";
    } else {
        engine::LoadOptions lo;
        lo.transformInput = choice.transformInput;
        auto loaded = engine::loadNetwork(variant, path, lo);
        net = loaded.net;
        ready.transformInput = loaded.transformInput;
        ready.weightsDescription = path + (loaded.published ? " (published " + loaded.published->variant + " weights)"
                                                            : " (not a published file)");
    }
    if (net->desc().root.output.size() == 1 && net->desc().root.output[0] == 1000)
        labels = engine::readLabels(resourcePath("imagenet_classes.txt"));
    ready.engine = std::make_unique<engine::Engine>(net, labels, options);
    return ready;
}

torch::Tensor readInput(const std::string& path, const std::string& variant, bool antialias)
{
    const bool tensorFile = path.size() > 12 && path.compare(path.size() - 12, 12, ".safetensors") == 0;
    if (tensorFile) {
        const auto tensors = weights::readSafetensors(path);
        const torch::Tensor* input = weights::find(tensors, "input");
        if (!input)
            throw Error(ErrorCode::BadArgument, path + ": has no tensor named 'input'");
        if (input->dim() != 4 || input->size(1) != 3)
            throw Error(ErrorCode::ShapeMismatch, path + ": 'input' must be N x 3 x H x W");
        return input->to(torch::kFloat32);
    }
#ifdef INCEPTION_HAVE_VISION
    vision::PreprocessOptions po;
    po.antialias = antialias;
    return vision::preprocess(vision::decodeImageFile(path), models::variant(variant).preprocess, po);
#else
    (void)variant;
    (void)antialias;
    throw Error(ErrorCode::UnsupportedFormat,
                path + ": this build has no image support (INCEPTION_BUILD_VISION=OFF); pass a .safetensors tensor");
#endif
}

}  // namespace inception::cli
