// Dataset examples: a folder in which some images hold a pattern at a known place, and a small
// network whose first-layer kernel is set to that pattern by hand — that channel's top images
// are exactly those, at the pattern's place, and their crops hold the pattern. Indexing resumes
// after an interruption (injected here, not timed), a second run over an unchanged folder
// decodes nothing, an unreadable image is counted and skipped, an unreadable index is rebuilt.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <opencv2/core.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <unistd.h>

#include "common/error.h"
#include "engine/model.h"
#include "explain/dataset_index.h"
#include "vision/decode.h"

namespace fs = std::filesystem;
using namespace inception;

namespace {

struct Folder {
    fs::path dir;
    std::set<std::string> withPattern;
    std::map<std::string, std::pair<int, int>> centre;
};

// 30 dark, noisy 28x28 pictures; 9 of them hold a bright plus sign centred at a known place.
Folder makeFolder()
{
    Folder f;
    f.dir = fs::temp_directory_path() / ("dataset_index_test_" + std::to_string(::getpid()));
    fs::remove_all(f.dir);
    fs::create_directories(f.dir);
    std::mt19937 rng(3);
    for (int i = 0; i < 30; ++i) {
        cv::Mat rgb(28, 28, CV_8UC3);
        for (int y = 0; y < 28; ++y)
            for (int x = 0; x < 28; ++x) {
                const uint8_t v = uint8_t(rng() % 50);
                rgb.at<cv::Vec3b>(y, x) = cv::Vec3b(v, v, v);
            }
        const std::string name = "img" + std::to_string(100 + i) + ".png";
        if (i % 3 == 1) {  // 10 candidates; the 10th gets a square instead
            const int cy = 4 + int(rng() % 20), cx = 4 + int(rng() % 20);
            if (f.withPattern.size() < 9) {
                for (int d = -1; d <= 1; ++d) {
                    rgb.at<cv::Vec3b>(cy + d, cx) = cv::Vec3b(255, 255, 255);
                    rgb.at<cv::Vec3b>(cy, cx + d) = cv::Vec3b(255, 255, 255);
                }
                f.withPattern.insert(name);
                f.centre[name] = {cy, cx};
            } else {
                rgb(cv::Rect(cx - 1, cy - 1, 3, 3)).setTo(cv::Scalar(255, 255, 255));
            }
        }
        vision::writeImageFile((f.dir / name).string(), rgb);
    }
    return f;
}

// The bundled model with stem.conv1's channel 0 made a plus-sign detector (+1 on the plus, -1
// around it) and its batch norm made the identity.
std::shared_ptr<const engine::Model> patternModel()
{
    auto net = engine::openModel("mini_inception", engine::WeightsChoice::bundled())->copyNetwork();
    torch::NoGradGuard guard;
    auto params = net->named_parameters();
    auto buffers = net->named_buffers();
    auto w = params["stem.conv1.conv.weight"];
    w[0].fill_(-1.0);
    for (int d = 0; d < 3; ++d) {
        w[0][0][1][d] = 1.0;
        w[0][0][d][1] = 1.0;
    }
    params["stem.conv1.bn.weight"][0] = 1.0;
    params["stem.conv1.bn.bias"][0] = 0.0;
    buffers["stem.conv1.bn.running_mean"][0] = 0.0;
    buffers["stem.conv1.bn.running_var"][0] = 1.0 - 1e-3;
    return engine::modelFromNetwork(net, "bundled model, stem.conv1 channel 0 set to a plus sign");
}

}  // namespace

TEST(DatasetIndex, ThePatternChannelFindsThePatternImagesResumesAndSkipsWhatItKnows)
{
    const Folder f = makeFolder();
    const auto model = patternModel();
    explain::IndexOptions o;
    o.indexPath = (f.dir / "index.safetensors").string();
    o.saveEvery = 4;

    // An interruption after 10 decoded images, injected through the progress callback.
    int calls = 0;
    const auto first = explain::indexFolder(model, f.dir.string(), o, [&](int64_t, int64_t) { return ++calls < 10; });
    EXPECT_TRUE(first.interrupted);
    EXPECT_EQ(first.decoded, 10);
    const auto second = explain::indexFolder(model, f.dir.string(), o);
    EXPECT_FALSE(second.interrupted);
    EXPECT_EQ(second.skipped, 10);
    EXPECT_EQ(second.decoded, 20);
    EXPECT_EQ(second.images, 30);
    const auto third = explain::indexFolder(model, f.dir.string(), o);
    EXPECT_EQ(third.decoded, 0) << "an unchanged folder is decoded again";
    EXPECT_EQ(third.skipped, 30);

    const auto ex = explain::topImages(model, o.indexPath, "stem.conv1", 0);
    ASSERT_EQ(ex.top.size(), 9u);
    std::set<std::string> found;
    for (const auto& e : ex.top) {
        found.insert(e.file);
        ASSERT_TRUE(f.centre.count(e.file)) << e.file << " has no pattern";
        const auto [cy, cx] = f.centre.at(e.file);
        EXPECT_EQ(e.y, cy) << e.file;
        EXPECT_EQ(e.x, cx) << e.file;
        // The crop (the receptive field of the maximum's cell) holds the whole plus sign.
        EXPECT_LE(e.top, cy - 1);
        EXPECT_GE(e.bottom, cy + 1);
        EXPECT_LE(e.left, cx - 1);
        EXPECT_GE(e.right, cx + 1);
        const cv::Mat img = vision::decodeImageFile((f.dir / e.file).string());
        for (int d = -1; d <= 1; ++d) {
            EXPECT_EQ(img.at<cv::Vec3b>(cy + d, cx)[0], 255);
            EXPECT_EQ(img.at<cv::Vec3b>(cy, cx + d)[0], 255);
        }
        // The crop the window shows: what the network saw there, the plus sign at full brightness.
        const auto crop = explain::exampleCrop(*model, f.dir.string(), e);
        ASSERT_EQ(crop.size(0), e.bottom - e.top + 1);
        ASSERT_EQ(crop.size(1), e.right - e.left + 1);
        for (int d = -1; d <= 1; ++d) {
            EXPECT_NEAR(crop[cy + d - e.top][cx - e.left][0].item<float>(), 1.0f, 1e-5) << e.file;
            EXPECT_NEAR(crop[cy - e.top][cx + d - e.left][0].item<float>(), 1.0f, 1e-5) << e.file;
        }
    }
    EXPECT_EQ(found, f.withPattern);
    ASSERT_EQ(ex.nearZero.size(), 3u);
    for (const auto& e : ex.nearZero)
        EXPECT_LT(std::abs(e.value), ex.top.back().value) << e.file;

    // The same index made in one go is the same.
    explain::IndexOptions again = o;
    again.indexPath = (f.dir / "again.safetensors").string();
    explain::indexFolder(model, f.dir.string(), again);
    const auto same = explain::topImages(model, again.indexPath, "stem.conv1", 0);
    for (size_t i = 0; i < 9; ++i)
        EXPECT_EQ(same.top[i].file, ex.top[i].file);

    // An unreadable image: counted, not fatal, not tried again while unchanged.
    {
        std::ofstream(f.dir / "broken.png") << "not a picture";
    }
    const auto withBroken = explain::indexFolder(model, f.dir.string(), o);
    EXPECT_EQ(withBroken.failed, 1);
    EXPECT_EQ(withBroken.decoded, 0);
    EXPECT_NE(withBroken.lastFailure.find("broken.png"), std::string::npos);
    EXPECT_EQ(explain::indexFolder(model, f.dir.string(), o).failed, 1);

    // An unreadable index: rebuilt, with the reason.
    {
        std::ofstream(o.indexPath, std::ios::trunc) << "garbage";
    }
    const auto rebuilt = explain::indexFolder(model, f.dir.string(), o);
    EXPECT_TRUE(rebuilt.rebuilt);
    EXPECT_NE(rebuilt.rebuiltWhy.find("could not be read"), std::string::npos) << rebuilt.rebuiltWhy;
    EXPECT_EQ(rebuilt.decoded, 30);
    EXPECT_EQ(explain::topImages(model, o.indexPath, "stem.conv1", 0).top.front().file, ex.top.front().file);

    // Bad requests.
    EXPECT_THROW(explain::topImages(model, o.indexPath, "stem.conv1", 16), Error);
    EXPECT_THROW(explain::topImages(model, o.indexPath, "fc", 0), Error);
    fs::remove_all(f.dir);
}
