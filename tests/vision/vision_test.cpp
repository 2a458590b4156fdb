#include <gtest/gtest.h>
#include <torch/torch.h>

#include "common/error.h"
#include "vision/channel_grid.h"
#include "vision/decode.h"
#include "vision/image_header.h"
#include "vision/overlay.h"
#include "vision/preprocess.h"

using namespace inception;

TEST(ImageHeader, readsDimensionsWithoutDecoding)
{
    std::vector<uint8_t> png{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                             0, 0, 0x01, 0x00, 0, 0, 0x00, 0xC8};
    auto h = vision::readImageHeader(png);
    ASSERT_TRUE(h);
    EXPECT_EQ(h->format, "png");
    EXPECT_EQ(h->width, 256);
    EXPECT_EQ(h->height, 200);
    std::vector<uint8_t> bmp(26, 0);
    bmp[0] = 'B';
    bmp[1] = 'M';
    bmp[18] = 10;
    bmp[22] = 0xF6, bmp[23] = 0xFF, bmp[24] = 0xFF, bmp[25] = 0xFF;  // height -10: top-down
    h = vision::readImageHeader(bmp);
    ASSERT_TRUE(h);
    EXPECT_EQ(h->height, 10);
    EXPECT_FALSE(vision::readImageHeader({'h', 'e', 'l', 'l', 'o'}));
}

TEST(Decode, pixelLimitIsCheckedBeforeDecoding)
{
    std::vector<uint8_t> png{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                             0, 0, 0x01, 0x00, 0, 0, 0x01, 0x00};
    try {
        vision::decodeImageBytes(png, "tiny-limit.png", /*maxPixels=*/1000);
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("65,536 pixels, above the limit of 1,000"), std::string::npos) << e.what();
    }
}

TEST(Preprocess, shorterSideAndCentreCropFollowTorchvision)
{
    cv::Mat wide(300, 451, CV_8UC3, cv::Scalar(10, 20, 30));
    models::PreprocessPreset p;
    const auto x = vision::preprocess(wide, p);
    EXPECT_EQ(x.sizes().vec(), (std::vector<int64_t>{1, 3, 224, 224}));
    // A flat image stays flat: (10/255 - 0.485) / 0.229 in the red channel.
    EXPECT_NEAR(x[0][0].mean().item<double>(), (10 / 255.0 - 0.485) / 0.229, 1e-5);
    models::PreprocessPreset bgr;
    bgr.order = models::ChannelOrder::BGR;
    bgr.range = 255;
    bgr.mean = {104, 117, 128};
    bgr.std = {1, 1, 1};
    const auto y = vision::preprocess(wide, bgr);
    EXPECT_NEAR(y[0][0].mean().item<double>(), 30 - 104, 1e-4);  // blue first
}

TEST(ChannelGrid, oneColourScaleAndALegend)
{
    auto t = torch::arange(4 * 8 * 8, torch::kFloat32).view({4, 8, 8});
    vision::GridOptions o;
    o.cellSize = 32;
    vision::GridRange range;
    const cv::Mat img = vision::renderChannelGrid(t, o, &range);
    EXPECT_EQ(img.type(), CV_8UC3);
    EXPECT_EQ(img.cols, std::max(2 * 32 + 3 * 2, 200));
    EXPECT_EQ(range.min, 0.0f);
    EXPECT_EQ(range.max, 255.0f);
}

TEST(ChannelGrid, aSharedScaleIsUsedAsGiven)
{
    // Two "branches" drawn on one scale: the weaker one's brightest pixel is not full yellow.
    auto weak = torch::full({1, 4, 4}, 1.0f);
    vision::GridOptions o;
    o.cellSize = 4;
    o.gap = 0;
    o.legend = false;
    o.fixedMin = 0.0f;
    o.fixedMax = 2.0f;
    vision::GridRange range;
    const cv::Mat img = vision::renderChannelGrid(weak, o, &range);
    EXPECT_EQ(range.min, 0.0f);
    EXPECT_EQ(range.max, 2.0f);
    const auto& lut = vision::viridisColours();
    const auto px = img.at<cv::Vec3b>(1, 1);
    EXPECT_EQ(px[0], lut[128][0]);  // 1.0 on 0..2 is the middle of the map
    EXPECT_EQ(px[1], lut[128][1]);
    EXPECT_EQ(px[2], lut[128][2]);
    EXPECT_EQ(vision::gridColumns(36), 6);
    EXPECT_EQ(vision::gridColumns(37), 7);
    EXPECT_EQ(vision::gridColumns(1), 1);
}

TEST(SignedMap, coloursEndAtTheHigherTailOfTheMagnitudes)
{
    // |map| = 1 … 1000 with alternating signs: the 99.5th percentile lies between 995 and 996
    // (linear interpolation: 995 + 0.005 · 999 − 994 = 995.005), not at the largest value.
    auto map = torch::arange(1, 1001, torch::kFloat);
    map.slice(0, 0, 1000, 2).mul_(-1);
    EXPECT_NEAR(vision::clippedLimit(map.view({25, 40})), 995.005f, 1e-3f);
    // An all-zero map still has a scale to divide by.
    EXPECT_GT(vision::clippedLimit(torch::zeros({8, 8})), 0.0f);
    // One outlier among small values does not set the scale.
    auto spiky = torch::full({20, 20}, 0.5f);
    spiky[3][4] = 1000.0f;
    EXPECT_FLOAT_EQ(vision::clippedLimit(spiky), 0.5f);
}
