#include "vision/channel_grid.h"

#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <cmath>
#include <cstdio>

#include "common/error.h"

namespace inception::vision {

int gridColumns(int channels)
{
    return std::max(1, int(std::ceil(std::sqrt(double(channels)))));
}

const std::vector<std::array<uint8_t, 3>>& viridisColours()
{
    static const std::vector<std::array<uint8_t, 3>> table = [] {
        cv::Mat ramp(1, 256, CV_8UC1), bgr;
        for (int i = 0; i < 256; ++i)
            ramp.at<uint8_t>(0, i) = uint8_t(i);
        cv::applyColorMap(ramp, bgr, cv::COLORMAP_VIRIDIS);
        std::vector<std::array<uint8_t, 3>> rgb(256);
        for (int i = 0; i < 256; ++i) {
            const auto c = bgr.at<cv::Vec3b>(0, i);
            rgb[i] = {c[2], c[1], c[0]};
        }
        return rgb;
    }();
    return table;
}

namespace {

// viridis as a 256-entry BGR lookup table, made once: cv::applyColorMap builds its table on every
// call, which cost the live view 5 ms per frame for a 36-channel grid.
const cv::Mat& viridisLut()
{
    static const cv::Mat lut = [] {
        cv::Mat table(1, 256, CV_8UC3);
        const auto& rgb = viridisColours();
        for (int i = 0; i < 256; ++i)
            table.at<cv::Vec3b>(0, i) = cv::Vec3b(rgb[size_t(i)][2], rgb[size_t(i)][1], rgb[size_t(i)][0]);
        return table;
    }();
    return lut;
}

void colourise(const cv::Mat& grey, cv::Mat& bgr)
{
    cv::Mat three;
    cv::cvtColor(grey, three, cv::COLOR_GRAY2BGR);
    cv::LUT(three, viridisLut(), bgr);
}

}  // namespace

cv::Mat renderChannelGrid(const torch::Tensor& input, const GridOptions& o, GridRange* rangeOut)
{
    torch::Tensor t = input.detach().to(torch::kCPU, torch::kFloat32);
    if (t.dim() == 4 && t.size(0) == 1)
        t = t[0];
    if (t.dim() == 1)
        t = t.view({t.size(0), 1, 1});
    if (t.dim() != 3)
        throw Error(ErrorCode::BadArgument, "a channel grid needs a C x H x W tensor");
    const int64_t channels = std::min<int64_t>(t.size(0), o.maxChannels);
    t = t.slice(0, 0, channels).contiguous();
    const bool fixed = o.fixedMax > o.fixedMin;
    const float lo = fixed ? o.fixedMin : t.min().item<float>(), hi = fixed ? o.fixedMax : t.max().item<float>();
    const float span = hi > lo ? hi - lo : 1.0f;
    const int cols = gridColumns(int(channels));
    const auto rows = int((channels + cols - 1) / cols);
    const int cell = o.cellSize, gap = o.gap;
    const int legendHeight = o.legend ? 34 : 0;
    const int width = cols * cell + (cols + 1) * gap;
    const int height = rows * cell + (rows + 1) * gap + legendHeight;
    cv::Mat canvas(height, std::max(width, o.legend ? 200 : 1), CV_8UC3, cv::Scalar(32, 32, 32));

    auto u8 = ((t - lo) / span * 255.0).round().clamp(0, 255).to(torch::kUInt8).contiguous();
    for (int64_t c = 0; c < channels; ++c) {
        cv::Mat map(int(t.size(1)), int(t.size(2)), CV_8UC1, u8[c].data_ptr<uint8_t>());
        cv::Mat big, coloured;
        cv::resize(map, big, cv::Size(cell, cell), 0, 0, cv::INTER_NEAREST);
        colourise(big, coloured);  // BGR
        const int r = int(c) / cols, k = int(c) % cols;
        coloured.copyTo(canvas(cv::Rect(gap + k * (cell + gap), gap + r * (cell + gap), cell, cell)));
    }
    if (o.legend) {
        const int y = height - legendHeight + 6, barWidth = canvas.cols - 2 * gap - 2;
        cv::Mat ramp(1, 256, CV_8UC1);
        for (int i = 0; i < 256; ++i)
            ramp.at<uint8_t>(0, i) = uint8_t(i);
        cv::Mat bar, colouredBar;
        cv::resize(ramp, bar, cv::Size(barWidth, 10), 0, 0, cv::INTER_LINEAR);
        colourise(bar, colouredBar);
        colouredBar.copyTo(canvas(cv::Rect(gap + 1, y, barWidth, 10)));
        char text[64];
        std::snprintf(text, sizeof text, "%.3g", double(lo));
        cv::putText(canvas, text, {gap + 1, y + 24}, cv::FONT_HERSHEY_SIMPLEX, 0.4, cv::Scalar(230, 230, 230), 1, cv::LINE_AA);
        std::snprintf(text, sizeof text, "%.3g", double(hi));
        int baseline = 0;
        const auto size = cv::getTextSize(text, cv::FONT_HERSHEY_SIMPLEX, 0.4, 1, &baseline);
        cv::putText(canvas, text, {canvas.cols - gap - 1 - size.width, y + 24}, cv::FONT_HERSHEY_SIMPLEX, 0.4,
                    cv::Scalar(230, 230, 230), 1, cv::LINE_AA);
    }
    if (rangeOut)
        *rangeOut = {lo, hi};
    cv::Mat rgb;
    cv::cvtColor(canvas, rgb, cv::COLOR_BGR2RGB);
    return rgb;
}

}  // namespace inception::vision
