// Deletion and insertion curves of the input attributions (issue 24 item 5) on the bundled
// Fashion-MNIST model and its first 500 test images: Integrated Gradients must beat a random
// ordering of the same pixels by at least 0.05 in the mean drop of the true class's probability
// when 20 % of the garment's pixels are set to black (faithfulness_test's protocol); every other
// method is measured and printed (the README's table). SmoothGrad-Squared, which the issue asks to
// beat random by 0.05 too, does not on this model at the usual noise levels (measured: +0.011 at
// 15 % noise, +0.007 at 10 %, +0.032 at 5 %; only at 2 %, where it is nearly the plain gradient's
// square, +0.058): the figure is printed, not asserted, and the README says so. The curves' ends are
// checked against forwards computed here; random weights, colour models, wrong image sizes and
// Cancel are refused or honoured.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstdio>

#include "common/error.h"
#include "data/datasets.h"
#include "engine/model.h"
#include "engine/session.h"
#include "explain/faithfulness.h"

using namespace inception;

namespace {

const explain::FaithfulnessCurve& curve(const explain::FaithfulnessReport& r, const std::string& method)
{
    for (const auto& c : r.curves)
        if (c.method == method)
            return c;
    throw std::runtime_error("no curve " + method);
}

// The true class's mean probability over `u8` computed here, independently of the report.
double meanTrueProbability(const std::shared_ptr<const engine::Model>& m, const torch::Tensor& u8,
                           const torch::Tensor& labels)
{
    engine::Session s(m);
    const auto x = (u8.to(torch::kFloat32) / 255.0 - 0.5) / 0.5;
    return s.run(x).probabilities.gather(1, labels.unsqueeze(1)).mean().item<double>();
}

std::string message(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST(AttributionFaithfulness, IntegratedGradientsBeatsRandomDeletion)
{
    const auto test = data::fashionMnist(data::defaultFashionMnistDir(), "test");
    const auto model = engine::openModel("mini_inception", engine::WeightsChoice::bundled());
    explain::FaithfulnessSettings s;  // 500 images, 21 points, IG 32 steps, 25 samples at 0.15
    const auto r = explain::faithfulness(model, test.images, test.labels, explain::faithfulnessMethods(), s);
    ASSERT_FALSE(r.cancelled);
    ASSERT_EQ(r.images, 500);
    ASSERT_EQ(r.curves.size(), explain::faithfulnessMethods().size());
    std::printf("%d test images, true class's mean probability %.4f\n", r.images, r.meanProbability);
    std::printf("%-22s %10s %10s %14s %15s %9s\n", "method", "drop@20%", "vs random", "deletion area",
                "insertion area", "maps (s)");
    const double random = curve(r, "random").drop;
    for (const auto& c : r.curves)
        std::printf("%-22s %10.4f %+10.4f %14.4f %15.4f %9.1f\n", c.method.c_str(), c.drop, c.drop - random,
                    c.deletionArea, c.insertionArea, c.seconds);

    // The ends of every curve: nothing deleted is the original set, everything deleted (and
    // nothing inserted) is the garments blacked out, whatever the order.
    const auto u8 = test.images.slice(0, 0, 500), labels = test.labels.slice(0, 0, 500);
    const double original = meanTrueProbability(model, u8, labels);
    const double blank = meanTrueProbability(model, u8.masked_fill(u8 > s.objectLevel, 0), labels);
    EXPECT_NEAR(r.meanProbability, original, 1e-6);
    for (const auto& c : r.curves) {
        ASSERT_EQ(c.deletion.size(), 21u);
        EXPECT_NEAR(c.deletion.front(), original, 1e-6) << c.method;
        EXPECT_NEAR(c.insertion.back(), original, 1e-6) << c.method;
        EXPECT_NEAR(c.deletion.back(), blank, 1e-6) << c.method;
        EXPECT_NEAR(c.insertion.front(), blank, 1e-6) << c.method;
    }
    // The assertion of the issue (measured: +0.215).
    EXPECT_GT(curve(r, "integrated-gradients").drop, random + 0.05);
    // Every curve is a mean of probabilities.
    for (const auto& c : r.curves)
        for (double p : c.deletion)
            EXPECT_TRUE(p >= 0 && p <= 1) << c.method;
}

TEST(AttributionFaithfulness, RefusesWhatCannotBeMeasuredAndHonoursCancel)
{
    const auto test = data::fashionMnist(data::defaultFashionMnistDir(), "test").head(20);
    const auto trained = engine::openModel("mini_inception", engine::WeightsChoice::bundled());
    const auto random = engine::openModel("mini_inception", engine::WeightsChoice::untrained(3));
    explain::FaithfulnessSettings s;
    const std::vector<std::string> ig{"integrated-gradients"};
    EXPECT_NE(message([&] { explain::faithfulness(random, test.images, test.labels, ig, s); }).find("trained weights"),
              std::string::npos);
    const auto big = torch::zeros({2, 1, 32, 32}, torch::kUInt8);
    EXPECT_NE(message([&] { explain::faithfulness(trained, big, test.labels.slice(0, 0, 2), ig, s); })
                  .find("takes 28x28"),
              std::string::npos);
    EXPECT_NE(message([&] { explain::faithfulness(trained, test.images, test.labels, {"lrp"}, s); }).find("lrp"),
              std::string::npos);
    s.points = 1;
    EXPECT_NE(message([&] { explain::faithfulness(trained, test.images, test.labels, ig, s); }).find("points"),
              std::string::npos);
    s.points = 5;
    // Cancel after three images of the first method: only the random curve is finished.
    int calls = 0;
    const auto r = explain::faithfulness(trained, test.images, test.labels, {"gradient", "integrated-gradients"}, s,
                                         [&](const std::string&, int done, int) { return ++calls, done < 3; });
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(calls, 3);
    ASSERT_EQ(r.curves.size(), 1u);
    EXPECT_EQ(r.curves[0].method, "random");
}

TEST(AttributionFaithfulness, RankingScores)
{
    const auto map = torch::tensor({{-3.0, 1.0}, {2.0, -0.5}});
    EXPECT_TRUE(torch::equal(explain::rankingScore("gradient", map), map.abs()));
    EXPECT_TRUE(torch::equal(explain::rankingScore("smoothgrad", map), map.abs()));
    EXPECT_TRUE(torch::equal(explain::rankingScore("guided-backprop", map), map.abs()));
    EXPECT_TRUE(torch::equal(explain::rankingScore("integrated-gradients", map), map));
    EXPECT_TRUE(torch::equal(explain::rankingScore("input-x-gradient", map), map));
}
