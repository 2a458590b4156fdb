// The compiled plan against a float64 run of the eager network: for the five variants (random
// weights, calibrated) and the bundled trained model, on 16 inputs, the plan's relative error in
// the logits and in every captured node is at most twice the eager float32 network's (and at most
// 1e-4), and its top-1 is the reference's wherever the reference's top-2 margin exceeds that error.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <iostream>

#include "engine/calibrate.h"
#include "engine/model.h"
#include "engine/plan.h"
#include "engine/session.h"

using namespace inception;

namespace {

struct Case {
    std::string variant;
    std::vector<std::string> capture;
};

double relative(const torch::Tensor& got, const torch::Tensor& ref)
{
    const auto r = ref.to(torch::kFloat64);
    return (got.to(torch::kFloat64) - r).abs().max().item<double>() / r.abs().max().item<double>();
}

class PlanExactness : public ::testing::TestWithParam<Case> {};

TEST_P(PlanExactness, compiledIsAsCloseToFloat64AsTheEagerNetwork)
{
    ASSERT_TRUE(engine::Plan::available()) << "this build has no compiled plan";
    const Case& c = GetParam();
    const bool bundled = c.variant == "mini_inception";
    const auto model = engine::openModel(c.variant, bundled ? engine::WeightsChoice::bundled()
                                                            : engine::WeightsChoice::untrained(0));
    const torch::Tensor x = engine::calibrationImages(model->desc(), 16, /*seed=*/4242);

    // The reference: the same weights in float64, eager.
    auto net64 = model->copyNetwork();
    net64->to(torch::kFloat64);
    models::Recorder recorder({c.capture.begin(), c.capture.end()});
    torch::Tensor ref;
    {
        torch::InferenceMode guard;
        ref = net64->forward(x.to(torch::kFloat64), &recorder);
    }
    engine::SessionOptions o;
    o.threads = 2;
    engine::RunRequest r;
    r.capture = {c.capture.begin(), c.capture.end()};
    o.path = engine::PathChoice::Eager;
    const auto eager = engine::Session(model, o).run(x, r);
    o.path = engine::PathChoice::Compiled;
    engine::Session compiledSession(model, o);
    const auto compiled = compiledSession.run(x, r);
    ASSERT_TRUE(compiled.compiled);
    ASSERT_FALSE(eager.compiled);

    const double eagerError = relative(eager.logits, ref), planError = relative(compiled.logits, ref);
    std::cout << c.variant << " logits: eager float32 " << eagerError << ", compiled " << planError << " ("
              << planError / eagerError << "x)\n";
    EXPECT_LE(planError, 2 * eagerError) << c.variant;
    EXPECT_LE(planError, 1e-4) << c.variant;
    for (const auto& id : c.capture) {
        const auto& r = recorder.outputs().at(id);
        const double e = relative(eager.activations.at(id), r), p = relative(compiled.activations.at(id), r);
        std::cout << "  " << id << ": eager " << e << ", compiled " << p << '\n';
        EXPECT_EQ(compiled.activations.at(id).sizes(), r.sizes()) << id;
        EXPECT_LE(p, 2 * e) << id;
        EXPECT_LE(p, 1e-4) << id;
    }
    // Top-1 equal wherever the reference is decided by more than the plan's error.
    const auto top2 = std::get<0>(ref.topk(2, 1));
    const double absolute = planError * ref.abs().max().item<double>();
    int decided = 0;
    for (int64_t n = 0; n < ref.size(0); ++n) {
        if ((top2[n][0] - top2[n][1]).item<double>() <= absolute)
            continue;
        ++decided;
        EXPECT_EQ(compiled.logits[n].argmax().item<int64_t>(), ref[n].argmax().item<int64_t>()) << "image " << n;
    }
    EXPECT_GE(decided, 12) << "most margins should exceed float32 rounding";
    const auto* info = compiledSession.planInfo();
    ASSERT_NE(info, nullptr);
    EXPECT_TRUE(info->fallbacks.empty()) << info->fallbacks.front();
}

INSTANTIATE_TEST_SUITE_P(
    Variants, PlanExactness,
    ::testing::Values(
        Case{"googlenet", {"inception3a", "inception4a.branch2", "inception4a.branch3.1:preact", "inception5b", "avgpool"}},
        Case{"bn_inception", {"inception_3a", "inception_3c", "inception_5b", "global_pool"}},
        Case{"inception_v3", {"Mixed_5b", "Mixed_6a", "Mixed_6e.branch7x7dbl", "Mixed_7c", "Conv2d_4a_3x3:preact"}},
        Case{"inception_v4", {"features.3", "features.9", "features.17", "features.21"}},
        Case{"inception_resnet_v2",
             {"mixed_5b", "repeat.0:identity", "repeat.0:sum", "repeat.0.conv2d", "repeat_1.4", "block8", "conv2d_7b"}},
        Case{"mini_inception", {"stem", "inception1a", "inception1b.b3x3", "inception2a", "inception2a.1x1:preact"}}),
    [](const auto& info) { return info.param.variant; });

}  // namespace
