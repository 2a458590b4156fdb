#include "vision/overlay.h"

#include "models/normalise.h"

#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace inception::vision {

std::array<uint8_t, 3> divergingColour(double t)
{
    // RdBu stops from -1 (dark blue) through white to +1 (dark red).
    static const double stops[7][3] = {{33, 102, 172},  {103, 169, 207}, {209, 229, 240}, {247, 247, 247},
                                       {253, 219, 199}, {239, 138, 98},  {178, 24, 43}};
    if (!std::isfinite(t))
        t = 0;
    t = std::max(-1.0, std::min(1.0, t));
    const double pos = (t + 1.0) / 2.0 * 6.0;
    const int i = std::min(5, int(pos));
    const double f = pos - i;
    std::array<uint8_t, 3> c{};
    for (int k = 0; k < 3; ++k)
        c[size_t(k)] = uint8_t(std::lround(stops[i][k] * (1 - f) + stops[i + 1][k] * f));
    return c;
}

cv::Mat inputPicture(const torch::Tensor& input, const models::PreprocessPreset& p)
{
    const torch::Tensor x = (input.dim() == 3 ? input.unsqueeze(0) : input).slice(0, 0, 1).to(torch::kCPU, torch::kFloat32);
    auto pixels = models::denormalise(x, p)[0];
    if (pixels.size(0) == 1)
        pixels = pixels.expand({3, pixels.size(1), pixels.size(2)});
    const auto rgb = (pixels.permute({1, 2, 0}) * 255.0).round().to(torch::kUInt8).contiguous();
    cv::Mat out(int(rgb.size(0)), int(rgb.size(1)), CV_8UC3);
    std::memcpy(out.data, rgb.data_ptr<uint8_t>(), size_t(rgb.numel()));
    return out;
}

namespace {
float magnitude(const torch::Tensor& m, float limit)
{
    if (limit > 0)
        return limit;
    const float a = m.numel() ? m.abs().max().item<float>() : 0.0f;
    return a > 0 ? a : 1.0f;
}

std::string figure(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", v);
    return buf;
}
}  // namespace

cv::Mat overlayMap(const cv::Mat& rgb, const torch::Tensor& map, float limit, double opacity, bool legend)
{
    namespace F = torch::nn::functional;
    const torch::Tensor m = map.to(torch::kCPU, torch::kFloat32).contiguous();
    const float L = magnitude(m, limit);
    const auto up = F::interpolate(m.view({1, 1, m.size(0), m.size(1)}),
                                   F::InterpolateFuncOptions()
                                       .size(std::vector<int64_t>{rgb.rows, rgb.cols})
                                       .mode(torch::kBilinear)
                                       .align_corners(false))
                        .view({rgb.rows, rgb.cols})
                        .contiguous();
    const float* v = up.data_ptr<float>();
    cv::Mat out = rgb.clone();
    const double a = std::max(0.0, std::min(1.0, opacity));
    for (int y = 0; y < out.rows; ++y)
        for (int x = 0; x < out.cols; ++x) {
            const auto c = divergingColour(v[y * out.cols + x] / L);
            auto& px = out.at<cv::Vec3b>(y, x);
            for (int k = 0; k < 3; ++k)
                px[k] = cv::saturate_cast<uint8_t>(px[k] * (1 - a) + c[size_t(k)] * a);
        }
    if (!legend)
        return out;
    const int barH = 14, textH = 18;
    cv::Mat canvas(out.rows + barH + textH + 6, std::max(out.cols, 160), CV_8UC3, cv::Scalar(255, 255, 255));
    out.copyTo(canvas(cv::Rect(0, 0, out.cols, out.rows)));
    const int w = canvas.cols;
    for (int x = 0; x < w; ++x) {
        const auto c = divergingColour(2.0 * x / std::max(1, w - 1) - 1.0);
        cv::line(canvas, {x, out.rows + 3}, {x, out.rows + 3 + barH}, cv::Scalar(c[0], c[1], c[2]));
    }
    const int ty = out.rows + barH + textH;
    const double fs = 0.4;
    cv::putText(canvas, figure(-L), {2, ty}, cv::FONT_HERSHEY_SIMPLEX, fs, cv::Scalar(0, 0, 0), 1, cv::LINE_AA);
    cv::putText(canvas, "0", {w / 2 - 3, ty}, cv::FONT_HERSHEY_SIMPLEX, fs, cv::Scalar(0, 0, 0), 1, cv::LINE_AA);
    const std::string hi = "+" + figure(L);
    int base = 0;
    const auto size = cv::getTextSize(hi, cv::FONT_HERSHEY_SIMPLEX, fs, 1, &base);
    cv::putText(canvas, hi, {w - size.width - 2, ty}, cv::FONT_HERSHEY_SIMPLEX, fs, cv::Scalar(0, 0, 0), 1,
                cv::LINE_AA);
    return canvas;
}

float clippedLimit(const torch::Tensor& map)
{
    return std::max(1e-12f, torch::quantile(map.abs().flatten().to(torch::kFloat), 0.995).item<float>());
}

cv::Mat renderSignedMap(const torch::Tensor& map, float limit, int cell)
{
    const torch::Tensor m = map.to(torch::kCPU, torch::kFloat32).contiguous();
    const float L = magnitude(m, limit);
    const int h = int(m.size(0)), w = int(m.size(1));
    cell = std::max(1, cell);
    cv::Mat out(h * cell, w * cell, CV_8UC3);
    const float* v = m.data_ptr<float>();
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const auto c = divergingColour(v[y * w + x] / L);
            out(cv::Rect(x * cell, y * cell, cell, cell)).setTo(cv::Scalar(c[0], c[1], c[2]));
        }
    return out;
}

}  // namespace inception::vision
