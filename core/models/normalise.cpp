#include "models/normalise.h"

#include <torch/torch.h>

namespace inception::models {

namespace {
std::pair<torch::Tensor, torch::Tensor> meanStd(const PreprocessPreset& p, const torch::Tensor& like)
{
    const auto o = torch::TensorOptions().dtype(torch::kFloat32).device(like.device());
    return {torch::tensor({p.mean[0], p.mean[1], p.mean[2]}, o).view({1, 3, 1, 1}),
            torch::tensor({p.std[0], p.std[1], p.std[2]}, o).view({1, 3, 1, 1})};
}
}  // namespace

torch::Tensor normalise(const torch::Tensor& pixels, const PreprocessPreset& p)
{
    if (pixels.size(1) == 1)
        return (pixels - p.mean[0]) / p.std[0];
    auto x = pixels;
    if (p.range != 1.0)
        x = x * p.range;
    if (p.order == ChannelOrder::BGR)
        x = x.flip({1});
    const auto [mean, std] = meanStd(p, x);
    return (x - mean) / std;
}

torch::Tensor denormalise(const torch::Tensor& input, const PreprocessPreset& p)
{
    if (input.size(1) == 1)
        return (input * p.std[0] + p.mean[0]).clamp(0, 1);
    const auto [mean, std] = meanStd(p, input);
    auto x = (input * std + mean) / p.range;
    if (p.order == ChannelOrder::BGR)
        x = x.flip({1});
    return x.clamp(0, 1);
}

std::string presetKey(const PreprocessPreset& p)
{
    return std::to_string(p.resize) + "/" + std::to_string(p.crop) + "/" + std::to_string(int(p.interpolation)) + "/" +
           std::to_string(int(p.order)) + "/" + std::to_string(p.range) + "/" + std::to_string(p.mean[0]) + "," +
           std::to_string(p.mean[1]) + "," + std::to_string(p.mean[2]) + "/" + std::to_string(p.std[0]) + "," +
           std::to_string(p.std[1]) + "," + std::to_string(p.std[2]) + "/" + (p.grey ? "grey" : "rgb") +
           (p.lightOnDark ? "/light-on-dark" : "");
}

}  // namespace inception::models
