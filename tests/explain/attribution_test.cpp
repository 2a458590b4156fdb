// Input attributions on the bundled model (28 x 28, fast): what each method must satisfy on its
// own terms, and the requests it must refuse. The formulas against an independent reference
// are checked in tests/parity/attribution_check.py.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include "common/error.h"
#include "engine/calibrate.h"
#include "engine/model.h"
#include "engine/session.h"
#include "explain/attribution.h"

using namespace inception;
using explain::Method;

namespace {

class AttributionTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        model_ = engine::openModel("mini_inception", engine::WeightsChoice::of(engine::WeightsChoice::Source::Default));
        x_ = engine::calibrationImages(model_->desc(), 1, /*seed=*/3);
    }
    static void TearDownTestSuite() { model_.reset(); }

    static explain::AttributionResult run(Method m, explain::AttributionSettings s = {}, int target = -1)
    {
        explain::AttributionRequest r;
        r.method = m;
        r.settings = s;
        r.target = target;
        r.threads = 2;
        return explain::attribute(model_, x_, r);
    }

    static std::string refusal(const explain::AttributionRequest& r)
    {
        try {
            explain::attribute(model_, x_, r);
        } catch (const Error& e) {
            return e.what();
        }
        return "";
    }

    static std::shared_ptr<const engine::Model> model_;
    static torch::Tensor x_;
};
std::shared_ptr<const engine::Model> AttributionTest::model_;
torch::Tensor AttributionTest::x_;

TEST_F(AttributionTest, inputTimesGradientIsTheGradientTimesTheInput)
{
    const auto g = run(Method::Gradient), ixg = run(Method::InputXGradient);
    ASSERT_EQ(g.attribution.sizes(), x_[0].sizes());
    EXPECT_GT(g.attribution.abs().max().item<double>(), 0);
    EXPECT_TRUE(torch::allclose(ixg.attribution, g.attribution * x_[0], 1e-5, 1e-7));
    EXPECT_TRUE(torch::allclose(g.map, g.attribution.sum(0)));
    EXPECT_EQ(g.passes, 1);
}

TEST_F(AttributionTest, integratedGradientsAddsUpToTheLogitDifference)
{
    // A ReLU network's path has kinks: 64 steps leave a few per cent here, 256 stay below 1 %.
    explain::AttributionSettings s;
    s.steps = 256;
    const auto r = run(Method::IntegratedGradients, s);
    EXPECT_EQ(r.passes, 257);
    ASSERT_TRUE(r.gapRelative);
    EXPECT_LT(r.gap, 0.01) << "sum " << r.total << ", f(x) - f(x') " << r.logit - r.baselineLogit;
    EXPECT_NEAR(r.gap, std::abs(r.total - (r.logit - r.baselineLogit)) / std::abs(r.logit - r.baselineLogit), 1e-9);
    // Batching changes how the points are grouped, not the answer.
    s.batch = 7;
    const auto b = run(Method::IntegratedGradients, s);
    EXPECT_EQ(b.batch, 7);
    EXPECT_TRUE(torch::allclose(b.attribution, r.attribution, 1e-4, 1e-6));
}

TEST_F(AttributionTest, theNoiseMethodsAgreeWithOneAnother)
{
    explain::AttributionSettings s;
    s.samples = 6;
    s.seed = 11;
    const auto sg = run(Method::SmoothGrad, s), sq = run(Method::SmoothGradSquared, s), var = run(Method::VarGrad, s);
    // VarGrad = E[g²] − E[g]², on the same noise.
    const auto expected = (sq.attribution.to(torch::kFloat64) - sg.attribution.to(torch::kFloat64).pow(2)).clamp_min(0);
    EXPECT_TRUE(torch::allclose(var.attribution.to(torch::kFloat64), expected, 1e-4, 1e-9));
    EXPECT_GE(sq.attribution.min().item<double>(), 0);
    // Another seed, another noise.
    s.seed = 12;
    EXPECT_FALSE(torch::allclose(run(Method::SmoothGrad, s).attribution, sg.attribution));
}

TEST_F(AttributionTest, guidedBackpropKeepsTheForwardAndChangesTheGradient)
{
    const auto plain = run(Method::Gradient), guided = run(Method::GuidedBackprop);
    EXPECT_DOUBLE_EQ(plain.logit, guided.logit);
    EXPECT_FALSE(torch::allclose(plain.attribution, guided.attribution));
}

TEST_F(AttributionTest, conductanceOfAModuleAddsUpToTheInputsAttribution)
{
    explain::AttributionRequest r;
    r.method = Method::IntegratedGradients;
    r.settings.steps = 256;
    r.conductanceAt = "inception1b";
    r.threads = 2;
    const auto a = explain::attribute(model_, x_, r);
    ASSERT_TRUE(a.conductance.defined());
    EXPECT_EQ(a.conductance.size(0), arch::findNode(model_->desc().root, "inception1b")->output[0]);
    const double delta = a.logit - a.baselineLogit;
    const double conductance = a.conductance.sum().item<double>();
    EXPECT_NEAR(conductance, delta, 0.01 * std::abs(delta));
    // The two totals agree within the input attribution's own completeness gap (and 1 %).
    EXPECT_NEAR(conductance, a.total, (a.gap + 0.01) * std::abs(delta));
    // One term per branch, adding up to the module's conductance.
    ASSERT_EQ(a.conductanceTerms.size(), 4u);
    double terms = 0;
    for (const auto& t : a.conductanceTerms)
        terms += t.value;
    EXPECT_NEAR(terms, conductance, 1e-9 * std::abs(conductance));
    EXPECT_EQ(a.conductanceTerms[0].id, "inception1b.1x1");
}

TEST_F(AttributionTest, absurdRequestsAreRefusedWithTheReason)
{
    explain::AttributionRequest r;
    r.method = Method::IntegratedGradients;
    r.settings.steps = 0;
    EXPECT_NE(refusal(r).find("steps must be 1 to 1024"), std::string::npos) << refusal(r);
    r.settings.steps = 5000;
    EXPECT_NE(refusal(r).find("forward and a backward"), std::string::npos);
    r = {};
    r.method = Method::SmoothGrad;
    r.settings.samples = 0;
    EXPECT_NE(refusal(r).find("samples must be"), std::string::npos);
    r.settings.samples = 4;
    r.settings.noise = 0;
    EXPECT_NE(refusal(r).find("noise level"), std::string::npos);
    r.settings.noise = 0.1;
    r.noise = torch::randn({3, 1, 28, 28});
    EXPECT_NE(refusal(r).find("[samples, C, H, W] = [4, 1, 28, 28]"), std::string::npos) << refusal(r);
    r = {};
    r.target = 10;
    EXPECT_NE(refusal(r).find("out of range"), std::string::npos);
    r = {};
    r.conductanceAt = "fc";
    EXPECT_NE(refusal(r).find("has no spatial map"), std::string::npos) << refusal(r);
    r.conductanceAt = "nowhere";
    EXPECT_NE(refusal(r).find("no node"), std::string::npos);
    // Memory: an input so large one image's gradient would pass the limit.
    const double perImage = explain::gradientBytesPerImage(model_->desc(), 28, 28);
    const auto side = int64_t(28 * std::sqrt(explain::kGradientMemoryLimit / perImage) * 1.1);
    EXPECT_GT(explain::gradientBytesPerImage(model_->desc(), side, side), explain::kGradientMemoryLimit);
    try {
        explain::attribute(model_, torch::zeros({1, 1, side, side}), {});
        ADD_FAILURE() << "a " << side << " px input was not refused";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("MiB limit"), std::string::npos) << e.what();
    }
}

TEST_F(AttributionTest, cancelLeavesNothing)
{
    explain::AttributionRequest r;
    r.method = Method::IntegratedGradients;
    r.settings.steps = 32;
    r.settings.batch = 4;
    int calls = 0;
    const auto a = explain::attribute(model_, x_, r, [&calls](int, int) { return ++calls < 2; });
    EXPECT_TRUE(a.cancelled);
    EXPECT_EQ(calls, 2);
    EXPECT_FALSE(a.attribution.defined());
    EXPECT_FALSE(a.map.defined());
}

TEST(AttributionNames, everyMethodReadsBackFromItsName)
{
    for (Method m : explain::allMethods())
        EXPECT_EQ(explain::parseMethod(explain::toString(m)), m);
    EXPECT_THROW(explain::parseMethod("lrp"), Error);
    const auto w = explain::trapezoidWeights(4);
    EXPECT_DOUBLE_EQ(w.sum().item<double>(), 1.0);
    EXPECT_DOUBLE_EQ(w[0].item<double>(), 0.125);
}

}  // namespace
