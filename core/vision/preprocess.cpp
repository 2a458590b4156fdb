#include "vision/preprocess.h"

#include "models/normalise.h"

#include <torch/torch.h>

#include <cmath>

#include "common/error.h"

namespace inception::vision {

namespace F = torch::nn::functional;

torch::Tensor rgbToTensor(const cv::Mat& rgb)
{
    if (rgb.type() != CV_8UC3)
        throw Error(ErrorCode::BadArgument, "preprocess expects an 8-bit, 3-channel RGB image");
    cv::Mat contiguous = rgb.isContinuous() ? rgb : rgb.clone();
    return torch::from_blob(contiguous.data, {contiguous.rows, contiguous.cols, 3}, torch::kUInt8)
        .permute({2, 0, 1})
        .unsqueeze(0)
        .to(torch::kFloat32);  // copies: the Mat may go
}

torch::Tensor preprocess(const cv::Mat& rgb, const models::PreprocessPreset& p, const PreprocessOptions& options)
{
    torch::Tensor x = rgbToTensor(rgb);
    const int64_t h = rgb.rows, w = rgb.cols;
    const int64_t shortSide = std::min(h, w), longSide = std::max(h, w);
    const int64_t newShort = p.resize;
    const auto newLong = int64_t(double(newShort) * double(longSide) / double(shortSide));
    const int64_t nh = h <= w ? newShort : newLong;
    const int64_t nw = h <= w ? newLong : newShort;
    const bool bicubic = p.interpolation == models::Interpolation::Bicubic;
    auto opts = F::InterpolateFuncOptions()
                    .size(std::vector<int64_t>{nh, nw})
                    .align_corners(false)
                    .antialias(options.antialias);
    if (bicubic)
        opts.mode(torch::kBicubic);
    else
        opts.mode(torch::kBilinear);
    x = F::interpolate(x, opts);
    // torchvision resizes uint8 images in float, then rounds back to uint8.
    x = torch::round(x.clamp(0, 255));

    const int64_t crop = p.crop;
    if (nh < crop || nw < crop)
        throw Error(ErrorCode::BadArgument, "the resize (" + std::to_string(p.resize) + ") is smaller than the crop");
    const auto top = int64_t(std::nearbyint(double(nh - crop) / 2.0));  // Python's round: half to even
    const auto left = int64_t(std::nearbyint(double(nw - crop) / 2.0));
    x = x.slice(2, top, top + crop).slice(3, left, left + crop);

    x = x / 255.0;
    if (p.grey) {
        x = (0.299 * x.select(1, 0) + 0.587 * x.select(1, 1) + 0.114 * x.select(1, 2)).unsqueeze(1);
        if (p.lightOnDark) {
            const int64_t n = x.size(2), m = x.size(3);
            const auto border = torch::cat({x.select(2, 0).flatten(), x.select(2, n - 1).flatten(),
                                            x.select(3, 0).flatten(), x.select(3, m - 1).flatten()});
            if (border.mean().item<double>() > 0.5)
                x = 1.0 - x;
        }
    }
    return models::normalise(x, p).contiguous();
}

}  // namespace inception::vision
