// Sanity checks for saliency maps (issue 24 item 4, the cascading model randomisation of Adebayo
// et al. 2018) on the bundled Fashion-MNIST model: the two similarity measures against plain
// implementations written here, the cascade's order, its last step against a fully random network
// built here, and the requests it refuses. The verdicts on the bundled model are printed (the
// README's table); the one asserted is the paper's: the plain gradient depends on the weights.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "common/error.h"
#include "data/datasets.h"
#include "engine/calibrate.h"
#include "engine/model.h"
#include "explain/attribution.h"
#include "explain/sanity.h"
#include "explain/sanity_cache.h"
#include "models/registry.h"

using namespace inception;

namespace {

std::string message(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error)";
}

// SSIM by its definition, one window position at a time.
double ssimByLoops(const torch::Tensor& a, const torch::Tensor& b)
{
    const int side = 11, r = 5;
    double w[11][11], total = 0;
    for (int i = 0; i < side; ++i)
        for (int j = 0; j < side; ++j)
            total += w[i][j] = std::exp(-double((i - r) * (i - r) + (j - r) * (j - r)) / (2 * 1.5 * 1.5));
    const auto A = a.to(torch::kFloat64).contiguous(), B = b.to(torch::kFloat64).contiguous();
    const auto pa = A.accessor<double, 2>(), pb = B.accessor<double, 2>();
    double sum = 0;
    int count = 0;
    for (int64_t y = 0; y + side <= A.size(0); ++y)
        for (int64_t x = 0; x + side <= A.size(1); ++x) {
            double ma = 0, mb = 0, aa = 0, bb = 0, ab = 0;
            for (int i = 0; i < side; ++i)
                for (int j = 0; j < side; ++j) {
                    const double k = w[i][j] / total, u = pa[y + i][x + j], v = pb[y + i][x + j];
                    ma += k * u, mb += k * v, aa += k * u * u, bb += k * v * v, ab += k * u * v;
                }
            const double va = aa - ma * ma, vb = bb - mb * mb, cov = ab - ma * mb;
            sum += (2 * ma * mb + 1e-4) * (2 * cov + 9e-4) / ((ma * ma + mb * mb + 1e-4) * (va + vb + 9e-4));
            ++count;
        }
    return sum / count;
}

torch::Tensor testImage(int64_t index, int64_t& label)
{
    static const auto test = data::fashionMnist(data::defaultFashionMnistDir(), "test");
    label = test.labels[index].item<int64_t>();
    return ((test.images.slice(0, index, index + 1).to(torch::kFloat32) / 255.0 - 0.5) / 0.5).contiguous();
}

torch::Tensor firstTestImage(int64_t& label) { return testImage(0, label); }

}  // namespace

TEST(Sanity, spearmanRanksWithTies)
{
    const auto a = torch::tensor({1.0, 2.0, 2.0, 3.0}), b = torch::tensor({1.0, 3.0, 2.0, 4.0});
    // ranks 0, 1.5, 1.5, 3 and 0, 2, 1, 3 around 1.5: Σdadb = 4.5, Σda² = 4.5, Σdb² = 5
    EXPECT_NEAR(explain::spearman(a, b), 4.5 / std::sqrt(4.5 * 5.0), 1e-12);
    EXPECT_NEAR(explain::spearman(a, a), 1.0, 1e-12);
    EXPECT_NEAR(explain::spearman(a, -a), -1.0, 1e-12);
    EXPECT_NEAR(explain::spearman(a, a.exp()), 1.0, 1e-12);  // ranks only
    EXPECT_TRUE(std::isnan(explain::spearman(a, torch::ones({4}))));
    EXPECT_NE(message([&] { explain::spearman(a, torch::ones({5})); }), "(no error)");
}

TEST(Sanity, ssimMatchesItsDefinition)
{
    torch::manual_seed(5);
    const auto a = torch::rand({28, 28}, torch::kFloat64), b = (a + 0.3 * torch::rand({28, 28}, torch::kFloat64)) / 1.3;
    EXPECT_NEAR(explain::ssim(a, a), 1.0, 1e-12);
    EXPECT_NEAR(explain::ssim(a, b), ssimByLoops(a, b), 1e-12);
    EXPECT_LT(explain::ssim(a, b), 0.99);
    EXPECT_NEAR(explain::ssim(a, 1 - a), ssimByLoops(a, 1 - a), 1e-12);
    EXPECT_LT(explain::ssim(a, 1 - a), 0);
    EXPECT_NE(message([&] { explain::ssim(torch::zeros({8, 8}), torch::zeros({8, 8})); }), "(no error)");
}

// A report read back must have steps (a hand-edited or damaged file with none is refused, and
// the cache computes the check again).
TEST(Sanity, reportWithoutStepsIsRefused)
{
    EXPECT_NE(message([] {
                  explain::fromSanityJson(
                      R"({"class": 0, "steps": [], "threshold": 0.5, "shuffled_labels": null, "sanity": []})");
              }).find("no steps"),
              std::string::npos);
    explain::SanityReport r;
    r.steps = {"fc"};
    r.curves.push_back({"gradient", {0.25}, {0.5}, true});
    const auto back = explain::fromSanityJson(explain::sanityJson(r));
    EXPECT_EQ(back.steps, r.steps);
    EXPECT_EQ(back.curves.at(0).rank, r.curves[0].rank);
    EXPECT_TRUE(std::isnan(back.curves[0].shuffledRank));  // NaN as null and back
}

TEST(Sanity, cascadeRunsFromTheClassifierDown)
{
    const auto mini = engine::openModel("mini_inception", engine::WeightsChoice::bundled());
    EXPECT_EQ(explain::cascadeUnits(mini->desc()),
              (std::vector<std::string>{"fc", "inception2a", "inception1b", "inception1a", "stem.conv2", "stem.conv1"}));
    const auto googlenet = explain::cascadeUnits(models::describe("googlenet"));
    ASSERT_EQ(googlenet.size(), 13u);  // fc, nine modules, conv3, conv2, conv1
    EXPECT_EQ(googlenet.front(), "fc");
    EXPECT_EQ(googlenet[1], "inception5b");
    EXPECT_EQ(googlenet.back(), "conv1");
}

TEST(Sanity, bundledModelCascade)
{
    int64_t label = 0;
    const auto x = firstTestImage(label);
    const auto model = engine::openModel("mini_inception", engine::WeightsChoice::bundled());
    explain::SanitySettings s;
    s.threads = 2;
    s.shuffledLabels = explain::shuffledLabelsTwin(*model);
    ASSERT_TRUE(s.shuffledLabels) << "resources/models/fashion_mnist_mini_inception_shuffled_labels.safetensors";
    const auto methods = explain::sanityMethods();
    int calls = 0;
    const auto r = explain::sanityCheck(model, x, methods, s, [&](int done, int total) {
        EXPECT_EQ(done, ++calls);
        EXPECT_EQ(total, int(methods.size() * 8));  // the trained maps, six steps, the shuffled-label twin
        return true;
    });
    ASSERT_FALSE(r.cancelled);
    EXPECT_EQ(calls, int(methods.size() * 8));
    EXPECT_FALSE(r.shuffledLabels.empty());
    EXPECT_EQ(r.target, int(label));  // the bundled model gets the first test image right
    ASSERT_EQ(r.steps.size(), 6u);
    ASSERT_EQ(r.curves.size(), methods.size());
    std::printf("class %d; Spearman rank correlation of |map| / SSIM with the trained map, by step:\n", r.target);
    std::printf("%-20s", "method");
    for (const auto& step : r.steps)
        std::printf(" %17s", step.c_str());
    std::printf("  verdict\n");
    for (const auto& c : r.curves) {
        ASSERT_EQ(c.rank.size(), r.steps.size()) << c.method;
        ASSERT_EQ(c.ssim.size(), r.steps.size()) << c.method;
        std::printf("%-20s", c.method.c_str());
        for (size_t i = 0; i < c.rank.size(); ++i) {
            std::printf("    %6.3f / %6.3f", c.rank[i], c.ssim[i]);
            if (!std::isnan(c.rank[i])) {
                EXPECT_GE(c.rank[i], -1.0 - 1e-9);
                EXPECT_LE(c.rank[i], 1.0 + 1e-9);
            }
            EXPECT_LE(c.ssim[i], 1.0 + 1e-9);
        }
        std::printf("  %s; shuffled labels %6.3f / %6.3f\n", explain::sanityVerdict(c.dependsOnWeights).c_str(),
                    c.shuffledRank, c.shuffledSsim);
        EXPECT_EQ(c.dependsOnWeights, std::isnan(c.rank.back()) || c.rank.back() < explain::kSanityRankThreshold);
    }

    // The last step is the random network itself: built here from the same seed, its gradient map
    // ranked against the trained one must give the report's last figure.
    models::InceptionNet random(model->desc());
    engine::randomInitialise(random, s.seed);
    engine::calibrateRandomWeights(random, s.seed);
    const auto randomModel = engine::modelFromNetwork(random, "random, built in the test");
    explain::AttributionRequest req;
    req.method = explain::Method::Gradient;
    req.target = r.target;
    req.threads = 2;
    const auto trained = explain::attribute(model, x, req).map.abs();
    const auto last = explain::attribute(randomModel, x, req).map.abs();
    EXPECT_NEAR(r.curves.at(1).rank.back(), explain::spearman(trained, last), 1e-9);
    const auto shuffled = explain::attribute(s.shuffledLabels, x, req).map.abs();
    EXPECT_NEAR(r.curves.at(1).shuffledRank, explain::spearman(trained, shuffled), 1e-9);
    ASSERT_EQ(r.curves.at(1).method, "gradient");
    // Adebayo et al.: the plain gradient depends on the weights.
    EXPECT_TRUE(r.curves.at(1).dependsOnWeights) << r.curves.at(1).rank.back();
}

// The README's table: each method's figures over the first 20 test images (one map per image
// and step is noisy; the verdict of one image can differ from the mean's).
TEST(Sanity, bundledModelOverTwentyImages)
{
    const auto model = engine::openModel("mini_inception", engine::WeightsChoice::bundled());
    explain::SanitySettings s;
    s.threads = 2;
    s.shuffledLabels = explain::shuffledLabelsTwin(*model);
    const auto methods = explain::sanityMethods();
    const int images = 20;
    std::vector<double> rank(methods.size()), ssim(methods.size()), shuffled(methods.size());
    std::vector<int> depends(methods.size());
    for (int i = 0; i < images; ++i) {
        int64_t label = 0;
        const auto r = explain::sanityCheck(model, testImage(i, label), methods, s);
        for (size_t m = 0; m < methods.size(); ++m) {
            const auto& c = r.curves[m];
            rank[m] += std::isnan(c.rank.back()) ? 0.0 : c.rank.back();
            ssim[m] += c.ssim.back();
            shuffled[m] += std::isnan(c.shuffledRank) ? 0.0 : c.shuffledRank;
            depends[m] += c.dependsOnWeights ? 1 : 0;
        }
    }
    std::printf("| method | rank correlation, all weights random | SSIM | verdict \"depends on the weights\" | "
                "rank correlation, shuffled labels | verdict of the mean |\n|---|---:|---:|---:|---:|---|\n");
    for (size_t m = 0; m < methods.size(); ++m) {
        std::printf("| %s | %.3f | %.3f | %d of %d images | %.3f | %s |\n", methods[m].c_str(), rank[m] / images,
                    ssim[m] / images, depends[m], images, shuffled[m] / images,
                    explain::sanityVerdict(rank[m] / images < explain::kSanityRankThreshold).c_str());
        EXPECT_LE(std::abs(rank[m] / images), 1.0);
    }
    EXPECT_LT(rank[1] / images, explain::kSanityRankThreshold);  // gradient: Adebayo et al.'s finding
}

TEST(Sanity, refusesAndCancels)
{
    int64_t label = 0;
    const auto x = firstTestImage(label);
    const auto model = engine::openModel("mini_inception", engine::WeightsChoice::bundled());
    const auto untrained = engine::openModel("mini_inception", engine::WeightsChoice::untrained(3));
    EXPECT_NE(message([&] { explain::sanityCheck(untrained, x, {"gradient"}, {}); }).find("needs trained weights"),
              std::string::npos);
    EXPECT_FALSE(explain::shuffledLabelsTwin(*untrained));  // only the bundled model has a twin
    EXPECT_NE(message([&] { explain::sanityCheck(model, x, {"occlusion"}, {}); }).find("integrated-gradients"),
              std::string::npos);
    EXPECT_NE(message([&] { explain::sanityCheck(model, torch::cat({x, x}), {"gradient"}, {}); }).find("one image"),
              std::string::npos);
    explain::SanitySettings s;
    s.target = 10;
    EXPECT_NE(message([&] { explain::sanityCheck(model, x, {"gradient"}, s); }).find("out of range"), std::string::npos);
    int calls = 0;
    const auto r = explain::sanityCheck(model, x, {"gradient", "gradcam"}, {}, [&](int, int) { return ++calls < 3; });
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(calls, 3);
    EXPECT_TRUE(r.steps.empty());
    EXPECT_TRUE(r.curves.empty());
}

// The cache: a finished check is kept and read back equal, without computing; a cancelled one
// leaves no file; a damaged file is computed again, with the reason, and replaced.
TEST(Sanity, cacheKeepsFinishedChecksOnly)
{
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("sanity-cache-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    int64_t label = 0;
    const auto x = firstTestImage(label);
    const auto model = engine::openModel("mini_inception", engine::WeightsChoice::bundled());
    explain::SanitySettings s;
    s.threads = 2;
    const std::vector<std::string> methods{"gradient", "gradcam"};
    int calls = 0;
    const auto count = [&calls](int, int) { return ++calls > 0; };
    explain::CacheReport first, second;
    const auto a = explain::sanityCached(model, x, methods, s, count, &first, dir.string());
    EXPECT_FALSE(first.hit);
    EXPECT_TRUE(first.stored) << first.problem;
    EXPECT_EQ(calls, 14);
    const auto b = explain::sanityCached(model, x, methods, s, count, &second, dir.string());
    EXPECT_TRUE(second.hit);
    EXPECT_EQ(calls, 14);  // nothing computed
    EXPECT_EQ(second.path, first.path);
    ASSERT_EQ(b.curves.size(), 2u);
    EXPECT_EQ(b.steps, a.steps);
    EXPECT_EQ(b.target, a.target);
    for (size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(b.curves[i].rank, a.curves[i].rank);
        EXPECT_EQ(b.curves[i].ssim, a.curves[i].ssim);
        EXPECT_EQ(b.curves[i].dependsOnWeights, a.curves[i].dependsOnWeights);
    }

    // Another setting, cancelled half-way: no second file.
    explain::SanitySettings other = s;
    other.seed = 1;
    explain::CacheReport cancelled;
    const auto c = explain::sanityCached(model, x, methods, other, [](int done, int) { return done < 5; }, &cancelled,
                                         dir.string());
    EXPECT_TRUE(c.cancelled);
    EXPECT_FALSE(cancelled.stored);
    EXPECT_FALSE(fs::exists(cancelled.path));
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);

    // A damaged file: computed again, said, replaced.
    std::ofstream(first.path, std::ios::trunc) << "{\"key\": 3";
    explain::CacheReport damaged;
    const auto d = explain::sanityCached(model, x, methods, s, {}, &damaged, dir.string());
    EXPECT_FALSE(damaged.hit);
    EXPECT_TRUE(damaged.stored);
    EXPECT_NE(damaged.problem.find("could not be read"), std::string::npos) << damaged.problem;
    EXPECT_EQ(d.curves[0].rank, a.curves[0].rank);
    explain::CacheReport again;
    explain::sanityCached(model, x, methods, s, {}, &again, dir.string());
    EXPECT_TRUE(again.hit);
    fs::remove_all(dir);
}
