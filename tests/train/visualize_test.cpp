// Feature visualisation, measured: the bundled model's class visualisations are classified as
// their class (> 0.9, and >= 0.8 after shifts of up to 2 pixels not used in the optimisation);
// channels of the bundled model and of googlenet (calibrated random weights) reach at least 5x
// their mean over natural images (the Fashion-MNIST test images; the skimage photographs); the
// Fourier parameterisation's pictures have less high-frequency energy than plain pixel-space
// gradient ascent to the same activation; one seed gives the same picture; Cancel stops within
// one step. The figures printed here are the README's.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstdio>
#include <random>

#include "common/error.h"
#include "data/datasets.h"
#include "engine/model.h"
#include "engine/session.h"
#include "explain/visualize.h"
#include "vision/decode.h"
#include "vision/preprocess.h"

using namespace inception;

namespace {

std::shared_ptr<const engine::Model> bundled()
{
    static const auto m = engine::openModel("mini_inception", engine::WeightsChoice::bundled());
    return m;
}

std::shared_ptr<const engine::Model> googlenet()
{
    static const auto m = engine::openModel("googlenet", engine::WeightsChoice::untrained(0));
    return m;
}

torch::Tensor fashionInputs(int64_t n)
{
    const auto test = data::fashionMnist(data::defaultFashionMnistDir(), "test").head(n);
    const auto& p = bundled()->preset();
    return ((test.images.to(torch::kFloat32) / 255.0 - p.mean[0]) / p.std[0]).contiguous();
}

torch::Tensor photographs()
{
    std::vector<torch::Tensor> xs;
    for (const char* f : {"chelsea.jpg", "astronaut_wide.jpg", "coffee_small.png", "camera_grey.png"})
        xs.push_back(vision::preprocess(vision::decodeImageFile(std::string(INCEPTION_FIXTURES "/images/") + f),
                                        googlenet()->preset()));
    return torch::cat(xs);
}

// Shifted by (dy, dx), the uncovered border filled with the background (black, normalised).
torch::Tensor shifted(const torch::Tensor& x, int dy, int dx)
{
    namespace F = torch::nn::functional;
    const int64_t h = x.size(2), w = x.size(3);
    const auto& p = bundled()->preset();
    const double black = (0.0 - p.mean[0]) / p.std[0];
    auto padded = F::pad(x, F::PadFuncOptions({2, 2, 2, 2}).mode(torch::kConstant).value(black));
    return padded.slice(2, 2 - dy, 2 - dy + h).slice(3, 2 - dx, 2 - dx + w).contiguous();
}

}  // namespace

TEST(Visualize, ClassVisualisationsOfTheBundledModelAreTheirClass)
{
    engine::Session session(bundled());
    std::mt19937 rng(5);
    double worst = 1, worstShifted = 1;
    for (int k = 0; k < 10; ++k) {
        explain::VisualizeRequest r;  // the defaults: 512 steps, seed 0
        r.classIndex = k;
        const auto v = explain::visualize(bundled(), r);
        const double p = session.run(v.input).probabilities[0][k].item<double>();
        double lowest = 1;
        for (int s = 0; s < 4; ++s) {
            const int dy = int(rng() % 5) - 2, dx = int(rng() % 5) - 2;
            lowest = std::min(lowest, session.run(shifted(v.input, dy, dx)).probabilities[0][k].item<double>());
        }
        std::printf("  class %d (%s): p %.4f, lowest after 4 random shifts of up to 2 px %.4f (log p %.2f -> %.2f)\n", k,
                    bundled()->label(k).c_str(), p, lowest, v.before, v.after);
        EXPECT_GT(p, 0.9) << "class " << k;
        EXPECT_GE(lowest, 0.8) << "class " << k;
        worst = std::min(worst, p);
        worstShifted = std::min(worstShifted, lowest);
    }
    std::printf("bundled model, 10 class visualisations (512 steps, seed 0): worst p %.4f, worst after shifts %.4f\n", worst,
                worstShifted);
}

TEST(Visualize, ChannelsReachFiveTimesTheirNaturalMean)
{
    struct Case {
        std::shared_ptr<const engine::Model> model;
        std::string node;
        torch::Tensor natural;
        int size;
        int every;  // channels 0, every, 2 * every, ...: the first three that natural images excite
    };
    const std::vector<Case> cases = {{bundled(), "inception2a", fashionInputs(500), 0, 1},
                                     {googlenet(), "inception4a", photographs(), 128, 10}};
    for (const auto& c : cases) {
        // Three channels whose mean pre-activation over the natural images is positive.
        explain::VisualizeRequest all;
        all.node = c.node;
        int found = 0;
        for (int ch = 0; found < 3 && ch < 1024; ch += c.every) {
            explain::VisualizeRequest r;
            r.node = c.node;
            r.channel = ch;
            double natural = 0;
            try {
                natural = explain::targetValue(c.model, r, c.natural).mean().item<double>();
            } catch (const Error&) {
                break;  // past the last channel
            }
            if (natural <= 0.05)  // batch norm centres pre-activations: most channels average near 0
                continue;
            ++found;
            r.steps = 256;
            r.size = c.size;
            const auto v = explain::visualize(c.model, r);
            std::printf("  %s %s channel %d: mean pre-activation over natural images %.3f, optimised %.3f (%.1fx)\n",
                        c.model->variant().c_str(), c.node.c_str(), ch, natural, v.after, v.after / natural);
            EXPECT_GE(v.after, 5 * natural) << c.model->variant() << " " << c.node << " " << ch;
        }
        EXPECT_EQ(found, 3) << c.model->variant() << " " << c.node << ": too few channels respond to natural images";
    }
}

TEST(Visualize, FourierPicturesHaveLessHighFrequencyEnergyThanPixelAscent)
{
    for (const auto& [model, node, channel, size] :
         std::vector<std::tuple<std::shared_ptr<const engine::Model>, std::string, int, int>>{
             {googlenet(), "inception4a", 14, 128}, {bundled(), "inception1b", 7, 0}}) {
        explain::VisualizeRequest r;
        r.node = node;
        r.channel = channel;
        r.steps = 256;
        r.size = size;
        const auto fourier = explain::visualize(model, r);
        explain::VisualizeRequest p = r;
        p.parameterisation = explain::Parameterisation::Pixels;
        p.transforms = false;
        p.steps = 2000;
        p.stopAt = fourier.after;  // plain ascent until it reaches the same activation
        const auto pixels = explain::visualize(model, p);
        const double hf = explain::highFrequencyShare(fourier.pixels), hfp = explain::highFrequencyShare(pixels.pixels);
        std::printf("  %s %s channel %d: Fourier %.3f after %d steps, high-frequency share %.3f; pixel ascent %.3f "
                    "after %d steps, share %.3f\n",
                    model->variant().c_str(), node.c_str(), channel, fourier.after, fourier.steps, hf, pixels.after,
                    pixels.steps, hfp);
        EXPECT_GE(pixels.after, 0.95 * fourier.after) << "the pixel ascent did not reach the same activation";
        EXPECT_LT(hf, hfp);
    }
}

TEST(Visualize, OneSeedGivesOnePictureAndCancelStopsWithinAStep)
{
    explain::VisualizeRequest r;
    r.node = "inception1b";
    r.channel = 3;
    r.steps = 40;
    r.seed = 11;
    const auto a = explain::visualize(bundled(), r), b = explain::visualize(bundled(), r);
    EXPECT_TRUE(torch::equal(a.pixels, b.pixels));
    r.seed = 12;
    EXPECT_FALSE(torch::equal(a.pixels, explain::visualize(bundled(), r).pixels));
    int calls = 0;
    const auto c = explain::visualize(bundled(), r, [&](int step, int, const torch::Tensor&) {
        ++calls;
        return step < 3;
    });
    EXPECT_TRUE(c.cancelled);
    EXPECT_EQ(c.steps, 3);
    EXPECT_EQ(calls, 3);
}

TEST(Visualize, DeepDreamRaisesTheNodeAtEveryOctave)
{
    const auto x = vision::preprocess(vision::decodeImageFile(INCEPTION_FIXTURES "/images/chelsea.jpg"), googlenet()->preset());
    explain::DreamRequest r;
    r.node = "inception4c";
    r.octaves = 3;
    r.steps = 8;
    const auto d = explain::dream(googlenet(), x, r);
    ASSERT_EQ(d.after.size(), 3u);
    for (size_t o = 0; o < d.after.size(); ++o) {
        std::printf("  DeepDream googlenet inception4c octave %zu (%lld px): mean activation %.4f -> %.4f\n", o + 1,
                    (long long)d.sizes[o], d.before[o], d.after[o]);
        EXPECT_GT(d.after[o], d.before[o]) << "octave " << o + 1;
    }
    EXPECT_EQ(d.pixels.size(0), 224);
    r.node = "fc";
    EXPECT_THROW(explain::dream(googlenet(), x, r), Error);
}

TEST(Visualize, DiversityPushesPicturesApartMoreThanSeedsAlone)
{
    explain::VisualizeRequest r;
    r.node = "inception4a";
    r.channel = 40;
    r.size = 96;
    r.steps = 128;
    r.images = 3;
    const auto seedsOnly = explain::visualize(googlenet(), r);
    r.diversity = 30;
    const auto diverse = explain::visualize(googlenet(), r);
    const double a = explain::pairwiseFeatureDistance(googlenet(), "inception4a", seedsOnly.input);
    const double b = explain::pairwiseFeatureDistance(googlenet(), "inception4a", diverse.input);
    std::printf("  3 pictures of googlenet inception4a channel 40: pairwise Gram distance %.4f without the diversity "
                "term, %.4f with it (target %.3f and %.3f)\n", a, b, seedsOnly.after, diverse.after);
    EXPECT_GT(b, a);
}

TEST(Visualize, BadRequestsSayWhy)
{
    explain::VisualizeRequest r;
    r.node = "inception2a";
    r.channel = 112;
    try {
        explain::visualize(bundled(), r);
        FAIL() << "channel 112 accepted";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("channels 0 to 111"), std::string::npos) << e.what();
    }
    r.node = "fc";
    r.channel = -1;
    EXPECT_THROW(explain::visualize(bundled(), r), Error);
    r.node = "nowhere";
    try {
        explain::visualize(bundled(), r);
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::UnknownNode);
    }
}
