// What the window's docks show for one run, computed in core on plain tensors: the parts of a
// module and their energy shares, the tint of every stage and module, before / after a knockout
// against runs made by hand, and Grad-CAM split per branch (or taken at the default node when
// the selected one has no spatial map).
#include <gtest/gtest.h>
#include <torch/torch.h>

#include "engine/calibrate.h"
#include "engine/model.h"
#include "engine/session.h"
#include "explain/explain_nodes.h"
#include "explain/run_analysis.h"

using namespace inception;

namespace {

class RunAnalysisTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        model_ = engine::openModel("googlenet", engine::WeightsChoice::untrained(0));
        x_ = engine::calibrationImages(model_->desc(), 1, /*seed=*/17);
    }
    static void TearDownTestSuite() { model_.reset(); }

    static engine::Session session()
    {
        engine::SessionOptions o;
        o.threads = 2;
        return engine::Session(model_, o);
    }

    static std::shared_ptr<const engine::Model> model_;
    static torch::Tensor x_;
};
std::shared_ptr<const engine::Model> RunAnalysisTest::model_;
torch::Tensor RunAnalysisTest::x_;

TEST_F(RunAnalysisTest, aBranchsLayersFollowOneAnotherAndShareNoEnergy)
{
    auto s = session();
    explain::AnalysisRequest r;
    r.node = "inception4a.branch2";  // a 1x1 reduction, then a 3x3 convolution
    const auto a = explain::analyseRun(s, x_, r);
    ASSERT_EQ(a.parts.size(), 2u);
    for (const auto& p : a.parts)
        EXPECT_EQ(p.energyShare, -1) << p.id;  // a sequence: shares would add to more than 100 %
}

TEST_F(RunAnalysisTest, aModulesBranchesShareItsOutputEnergyOnOneScale)
{
    auto s = session();
    explain::AnalysisRequest r;
    r.node = "inception4a";
    const auto a = explain::analyseRun(s, x_, r);
    ASSERT_EQ(a.parts.size(), 4u);
    double shares = 0;
    int channels = 0;
    for (const auto& p : a.parts) {
        shares += p.energyShare;
        channels += p.channels;
        EXPECT_EQ(p.shown.size(0), std::min(p.channels, r.shownChannels)) << p.id;
        EXPECT_GE(p.shown.min().item<float>(), a.low) << p.id;
        EXPECT_LE(p.shown.max().item<float>(), a.high) << p.id;
        EXPECT_GT(p.field.h.size, 1) << p.id;
    }
    EXPECT_EQ(channels, 512);  // the concatenation of the four branches
    EXPECT_NEAR(shares, 1.0, 1e-5);
    EXPECT_EQ(a.parts[1].id, "inception4a.branch2");
    EXPECT_EQ(a.parts[1].shape, (std::vector<int64_t>{208, 14, 14}));
    EXPECT_EQ(a.prediction.top[0].size(), 5u);
    EXPECT_FALSE(a.knockout.has_value());
    EXPECT_FALSE(a.explanation.has_value());
}

TEST_F(RunAnalysisTest, theTintCoversEveryStageAndModuleScaledToOne)
{
    auto s = session();
    const auto a = explain::analyseRun(s, x_, {});
    EXPECT_EQ(a.heat.size(), explain::heatNodes(model_->desc()).size());
    ASSERT_TRUE(a.heat.count("inception4a"));
    ASSERT_TRUE(a.heat.count("stage4"));
    double top = 0;
    for (const auto& [id, v] : a.heat) {
        EXPECT_GE(v, 0.0) << id;
        EXPECT_LE(v, 1.0) << id;
        top = std::max(top, v);
    }
    EXPECT_DOUBLE_EQ(top, 1.0);
    EXPECT_TRUE(a.parts.empty());
}

TEST_F(RunAnalysisTest, beforeAndAfterAKnockoutAreTheRunsWithoutAndWithIt)
{
    auto s = session();
    explain::AnalysisRequest r;
    r.knockouts = {{"inception4a.branch2", models::Intervention::Zero}, {"nowhere", models::Intervention::Zero}};
    const auto a = explain::analyseRun(s, x_, r);
    ASSERT_TRUE(a.knockout.has_value());
    engine::RunRequest with, without;
    with.interventions = {{"inception4a.branch2", models::Intervention::Zero}};
    auto t = session();
    const auto after = t.run(x_, with), before = t.run(x_, without);
    EXPECT_TRUE(a.prediction.probabilities.equal(after.probabilities));
    EXPECT_TRUE(a.knockout->before.probabilities.equal(before.probabilities));
    for (size_t i = 0; i < a.prediction.top[0].size(); ++i) {
        const int k = a.prediction.top[0][i].index;
        EXPECT_FLOAT_EQ(a.knockout->beforeP[i], before.probabilities[0][k].item<float>());
        const int rank = 1 + int((before.probabilities[0] > before.probabilities[0][k]).sum().item<int64_t>());
        EXPECT_EQ(a.knockout->beforeRank[i], rank);
    }
    EXPECT_EQ(a.knockout->top1Changed, before.top[0][0].index != after.top[0][0].index);
}

TEST_F(RunAnalysisTest, gradCamSplitsPerBranchOrFallsBackToTheDefaultNode)
{
    auto s = session();
    explain::AnalysisRequest r;
    r.node = "inception4a";
    r.gradCam = true;
    const auto a = explain::analyseRun(s, x_, r);
    ASSERT_TRUE(a.explanation.has_value());
    const auto& e = *a.explanation;
    EXPECT_FALSE(e.fellBack);
    EXPECT_EQ(e.gradCam.node, "inception4a");
    EXPECT_EQ(e.gradCam.classes.at(0), a.prediction.top[0][0].index);  // the top-1 shown
    ASSERT_EQ(e.gradCam.terms.size(), 4u);
    auto sum = torch::zeros_like(e.gradCam.map[0]);
    for (const auto& t : e.gradCam.terms) {
        sum += t.map[0];
        EXPECT_LE(t.map[0].abs().max().item<float>(), e.termLimit + 1e-6f);
    }
    EXPECT_LT((sum - e.gradCam.map[0]).abs().max().item<float>(), 1e-4f * e.limit);
    EXPECT_EQ(e.upsampled.sizes().vec(), (std::vector<int64_t>{224, 224}));
    EXPECT_FLOAT_EQ(e.limit, std::max(std::abs(e.min), std::abs(e.max)));

    r.node = "fc";  // after global pooling: no spatial map
    r.gradCamClass = 7;
    const auto b = explain::analyseRun(s, x_, r);
    ASSERT_TRUE(b.explanation.has_value());
    EXPECT_TRUE(b.explanation->fellBack);
    EXPECT_EQ(b.explanation->gradCam.node, explain::defaultNode(model_->desc()));
    EXPECT_EQ(b.explanation->gradCam.classes.at(0), 7);
}

}  // namespace
