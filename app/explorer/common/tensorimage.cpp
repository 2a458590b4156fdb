// LibTorch first: Qt's `slots` keyword macro must not reach its headers.
#include <torch/torch.h>

#include "explorer/common/tensorimage.h"

#include <cstring>

#include "models/normalise.h"

namespace explorer {

QImage pixelsToImage(const at::Tensor& hw3)
{
    const auto u8 = (hw3 * 255.0).round().clamp(0, 255).to(torch::kUInt8).contiguous();
    return QImage(u8.data_ptr<uint8_t>(), int(u8.size(1)), int(u8.size(0)), int(u8.size(1)) * 3, QImage::Format_RGB888)
        .copy();
}

QImage networkInputImage(const at::Tensor& x, const inception::models::PreprocessPreset& preset)
{
    const auto pixels = inception::models::denormalise(x.slice(0, 0, 1).to(torch::kFloat32), preset)[0];
    const auto hwc = (pixels * 255.0).round().to(torch::kUInt8).permute({1, 2, 0}).contiguous();
    const int channels = int(hwc.size(2));
    QImage img(int(hwc.size(1)), int(hwc.size(0)), channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    for (int y = 0; y < img.height(); ++y)
        std::memcpy(img.scanLine(y), hwc[y].data_ptr<uint8_t>(), size_t(img.width()) * size_t(channels));
    return img;
}

}  // namespace explorer
