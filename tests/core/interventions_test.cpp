// A Session's interventions and taps, on the compiled plan and on the eager network alike:
// knocking out a branch equals a network whose branch is silenced by its weights; replacing a
// branch by its channel means equals the hand computation; a residual block's taps add up.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include "engine/calibrate.h"
#include "engine/model.h"
#include "engine/plan.h"
#include "engine/session.h"

using namespace inception;

namespace {

double relative(const torch::Tensor& got, const torch::Tensor& ref)
{
    return (got - ref).abs().max().item<double>() / ref.abs().max().item<double>();
}

std::vector<engine::PathChoice> paths()
{
    std::vector<engine::PathChoice> p{engine::PathChoice::Eager};
    if (engine::Plan::available())
        p.push_back(engine::PathChoice::Compiled);
    return p;
}

const char* name(engine::PathChoice p) { return p == engine::PathChoice::Eager ? "eager" : "compiled"; }

class Interventions : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        googlenet_ = engine::openModel("googlenet", engine::WeightsChoice::untrained(3));
        x_ = engine::calibrationImages(googlenet_->desc(), 3, 99);
    }
    static void TearDownTestSuite() { googlenet_.reset(); }

    static engine::Prediction run(const std::shared_ptr<const engine::Model>& model, engine::PathChoice path,
                                  std::set<std::string> capture = {},
                                  std::map<std::string, engine::Intervention> interventions = {})
    {
        engine::SessionOptions o;
        o.path = path;
        o.threads = 2;
        engine::RunRequest r;
        r.capture = std::move(capture);
        r.interventions = std::move(interventions);
        return engine::Session(model, o).run(x_, r);
    }

    static std::shared_ptr<const engine::Model> googlenet_;
    static torch::Tensor x_;
};
std::shared_ptr<const engine::Model> Interventions::googlenet_;
torch::Tensor Interventions::x_;

TEST_F(Interventions, zeroingABranchEqualsSilencingItsLastBatchNorm)
{
    // inception4a.branch2 is 1x1 reduce → 3x3 conv → BN → ReLU: with the last BN's γ = β = 0 its
    // output is relu(0) = 0, exactly what the knockout writes.
    auto silenced = googlenet_->copyNetwork();
    const auto* branch = arch::findNode(silenced->desc().root, "inception4a.branch2");
    ASSERT_NE(branch, nullptr);
    const auto& bnPath = arch::leaves(*branch).back()->layer.bnPath;
    {
        torch::NoGradGuard noGrad;
        auto params = silenced->named_parameters();
        params[bnPath + ".weight"].zero_();
        params[bnPath + ".bias"].zero_();
    }
    const auto silencedModel = engine::modelFromNetwork(silenced);
    for (auto path : paths()) {
        const auto plain = run(googlenet_, path);
        const auto knocked = run(googlenet_, path, {"inception4a.branch2"}, {{"inception4a.branch2", engine::Intervention::Zero}});
        const auto reference = run(silencedModel, path);
        EXPECT_LT(relative(knocked.logits, reference.logits), 1e-5) << name(path);
        EXPECT_GT(relative(knocked.logits, plain.logits), 1e-3) << name(path) << ": the knockout changed nothing";
        EXPECT_EQ(knocked.activations.at("inception4a.branch2").abs().max().item<float>(), 0.0f) << name(path);
    }
}

TEST_F(Interventions, meanReplacementEqualsTheHandComputation)
{
    const std::set<std::string> parts{"inception4a.branch1", "inception4a.branch2", "inception4a.branch3",
                                      "inception4a.branch4"};
    for (auto path : paths()) {
        auto capture = parts;
        capture.insert("inception4a");
        const auto plain = run(googlenet_, path, capture);
        const auto& b2 = plain.activations.at("inception4a.branch2");
        const auto byHand = torch::cat({plain.activations.at("inception4a.branch1"),
                                        b2.mean({2, 3}, true).expand_as(b2),
                                        plain.activations.at("inception4a.branch3"),
                                        plain.activations.at("inception4a.branch4")},
                                       1);
        const auto replaced =
            run(googlenet_, path, {"inception4a"}, {{"inception4a.branch2", engine::Intervention::Mean}});
        EXPECT_LT(relative(replaced.activations.at("inception4a"), byHand), 1e-6) << name(path);
        EXPECT_GT(relative(replaced.logits, plain.logits), 1e-4) << name(path);
    }
}

TEST_F(Interventions, theCompiledPlanAndTheEagerNetworkAgreeUnderAKnockout)
{
    if (!engine::Plan::available())
        GTEST_FAIL() << "this build has no compiled plan";
    const std::map<std::string, engine::Intervention> knock{{"inception3b.branch3", engine::Intervention::Mean},
                                                            {"inception5a.branch1", engine::Intervention::Zero}};
    const auto a = run(googlenet_, engine::PathChoice::Eager, {"inception5a"}, knock);
    const auto b = run(googlenet_, engine::PathChoice::Compiled, {"inception5a"}, knock);
    EXPECT_LT(relative(b.logits, a.logits), 1e-4);
    EXPECT_LT(relative(b.activations.at("inception5a"), a.activations.at("inception5a")), 1e-4);
}

TEST(ResidualTaps, identityPlusScaledProjectionIsTheSumAndItsReluTheOutput)
{
    models::InceptionNet net(models::describe("inception_resnet_v2"));
    engine::randomInitialise(net, 5);
    const auto model = engine::modelFromNetwork(net);
    const auto x = engine::calibrationImages(model->desc(), 1, 5);
    for (auto path : paths()) {
        engine::SessionOptions o;
        o.path = path;
        engine::RunRequest r;
        r.capture = {"repeat.0:identity", "repeat.0.conv2d", "repeat.0:sum", "repeat.0", "mixed_5b"};
        const auto p = engine::Session(model, o).run(x, r);
        const auto& identity = p.activations.at("repeat.0:identity");
        EXPECT_TRUE(identity.equal(p.activations.at("mixed_5b"))) << name(path);
        const auto sum = identity + 0.17 * p.activations.at("repeat.0.conv2d");
        EXPECT_LT(relative(p.activations.at("repeat.0:sum"), sum), 1e-5) << name(path);
        EXPECT_LT(relative(p.activations.at("repeat.0"), torch::relu(p.activations.at("repeat.0:sum"))), 1e-6)
            << name(path);
        EXPECT_LT(p.activations.at("repeat.0:sum").min().item<float>(), 0.0f) << "a sum with nothing negative proves little";
        // Knocking out the identity path leaves the block to its branches.
        r.capture = {"repeat.0"};
        r.interventions = {{"repeat.0:identity", engine::Intervention::Zero}};
        const auto q = engine::Session(model, o).run(x, r);
        EXPECT_LT(relative(q.activations.at("repeat.0"), torch::relu(0.17 * p.activations.at("repeat.0.conv2d"))), 1e-5)
            << name(path);
    }
}

}  // namespace
