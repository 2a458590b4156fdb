// The networks against the reference checkpoints' key lists and per-module output shapes.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <map>

#include "common/error.h"
#include "models/network.h"
#include "models/registry.h"
#include "reference_lists.h"
#include "weights/state_dict.h"

using namespace inception;

namespace {

struct Case {
    const char* variant;
    const char* keys;
    const char* shapes;
    bool aux;  // the reference key list includes aux heads
};

std::string dtypeName(const torch::Tensor& t)
{
    switch (t.scalar_type()) {
    case torch::kFloat32: return "float32";
    case torch::kInt64: return "int64";
    default: return std::string(c10::toString(t.scalar_type()));
    }
}

class ReferenceLayout : public ::testing::TestWithParam<Case> {
protected:
    void SetUp() override { at::set_num_threads(2); }
};

}  // namespace

TEST_P(ReferenceLayout, stateDictEqualsTheReferenceKeyList)
{
    const Case& c = GetParam();
    models::ModelOptions o;
    o.auxLogits = c.aux;
    auto net = models::createNetwork(c.variant, o);
    std::map<std::string, torch::Tensor> ours;
    for (const auto& [name, t] : weights::stateDict(*net))
        ours[name] = t;
    const auto ref = readKeyList(referenceFile(c.keys));
    ASSERT_FALSE(ref.empty());
    EXPECT_EQ(ours.size(), ref.size());
    for (const auto& k : ref) {
        auto it = ours.find(k.name);
        if (it == ours.end()) {
            ADD_FAILURE() << "missing " << k.name;
            continue;
        }
        EXPECT_EQ(it->second.sizes().vec(), k.shape) << k.name;
        EXPECT_EQ(dtypeName(it->second), k.dtype) << k.name;
    }
}

TEST_P(ReferenceLayout, parameterCountOfTheModuleEqualsTheTree)
{
    auto net = models::createNetwork(GetParam().variant);
    int64_t n = 0;
    for (const auto& p : net->parameters())
        n += p.numel();
    EXPECT_EQ(n, net->desc().root.params);
}

TEST_P(ReferenceLayout, moduleOutputsHaveTheReferenceShapes)
{
    const Case& c = GetParam();
    models::ModelOptions o;
    o.auxLogits = c.aux;
    auto net = models::createNetwork(c.variant, o);
    const auto refs = readShapeList(referenceFile(c.shapes));
    ASSERT_FALSE(refs.empty());

    std::set<std::string> ids;
    for (const auto& r : refs)
        ids.insert(r.module);
    // Train mode runs the aux heads; batch 2 so that BatchNorm sees more than one value.
    const int64_t size = net->desc().input[1];
    torch::NoGradGuard noGrad;
    models::Recorder train(ids), eval(ids);
    net->train();
    auto out = net->forwardAll(torch::randn({2, 3, size, size}), &train);
    EXPECT_EQ(out.aux.size(), net->desc().aux.size());
    net->eval();
    auto logits = net->forward(torch::randn({1, 3, size, size}), &eval);
    EXPECT_EQ(logits.sizes().vec(), (std::vector<int64_t>{1, 1000}));

    for (const auto& r : refs) {
        const arch::ArchNode* node = arch::findNode(net->desc().root, r.module);
        for (const auto& a : net->desc().aux)
            if (!node)
                node = arch::findNode(a.head, r.module);
        ASSERT_NE(node, nullptr) << "no node for reference module " << r.module;
        EXPECT_EQ(node->output, r.output) << r.module << " (annotated)";
        const auto& rec = r.trainOnly ? train.outputs() : eval.outputs();
        auto it = rec.find(r.module);
        ASSERT_NE(it, rec.end()) << r.module << " was not recorded";
        auto shape = it->second.sizes().vec();
        shape.erase(shape.begin());
        EXPECT_EQ(shape, r.output) << r.module << " (computed)";
    }
}

TEST_P(ReferenceLayout, everyNodeComputesTheShapeItIsAnnotatedWith)
{
    auto net = models::createNetwork(GetParam().variant);
    std::set<std::string> all;
    arch::forEachNode(net->desc().root, [&](const arch::ArchNode& n, int) { all.insert(n.id); });
    models::Recorder rec(all);
    net->eval();
    torch::NoGradGuard noGrad;
    const int64_t size = net->desc().input[1];
    net->forward(torch::randn({1, 3, size, size}), &rec);
    EXPECT_EQ(rec.outputs().size(), all.size());
    arch::forEachNode(net->desc().root, [&](const arch::ArchNode& n, int) {
        auto it = rec.outputs().find(n.id);
        ASSERT_NE(it, rec.outputs().end()) << n.id;
        auto shape = it->second.sizes().vec();
        shape.erase(shape.begin());
        EXPECT_EQ(shape, n.output) << n.id;
    });
}

INSTANTIATE_TEST_SUITE_P(
    Reference, ReferenceLayout,
    ::testing::Values(
        Case{"googlenet", "torchvision_googlenet_keys.tsv", "torchvision_googlenet_shapes.txt", true},
        Case{"bn_inception", "cadene_bninception_keys.tsv", "cadene_bninception_shapes.txt", false},
        Case{"inception_v3", "torchvision_inception_v3_keys.tsv", "torchvision_inception_v3_shapes.txt", true},
        Case{"inception_v4", "timm_inception_v4_keys.tsv", "timm_inception_v4_shapes.txt", false},
        Case{"inception_resnet_v2", "timm_inception_resnet_v2_keys.tsv", "timm_inception_resnet_v2_shapes.txt",
             false}),
    [](const auto& info) { return std::string(info.param.variant); });

TEST(Recorder, keepsOnlyWhatWasAskedFor)
{
    auto net = models::createNetwork("googlenet");
    net->eval();
    models::Recorder rec({"inception4a.branch2", "inception5b"});
    torch::NoGradGuard noGrad;
    net->forward(torch::randn({1, 3, 224, 224}), &rec);
    ASSERT_EQ(rec.outputs().size(), 2u);
    EXPECT_EQ(rec.outputs().at("inception4a.branch2").size(1), 208);
}

TEST(Network, strictLoadOfAnotherVariantNamesTheMismatches)
{
    auto googlenet = models::createNetwork("googlenet");
    auto v3 = models::createNetwork("inception_v3");
    try {
        weights::loadStateDict(*v3, weights::stateDict(*googlenet), weights::LoadMode::Strict, "googlenet.pth");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::WeightsMismatch);
        const std::string msg = e.what();
        EXPECT_NE(msg.find("googlenet.pth"), std::string::npos) << msg;
        EXPECT_NE(msg.find("missing"), std::string::npos) << msg;
        EXPECT_NE(msg.find("Conv2d_1a_3x3"), std::string::npos) << msg;
    }
}

TEST(Network, lenientLoadReportsAndLoadsTheRest)
{
    auto a = models::createNetwork("googlenet");
    auto b = models::createNetwork("googlenet");
    auto tensors = weights::stateDict(*a);
    tensors.erase(tensors.begin());  // conv1.conv.weight
    tensors.emplace_back("extra.weight", torch::zeros({1}));
    const auto report = weights::loadStateDict(*b, tensors, weights::LoadMode::Lenient);
    ASSERT_EQ(report.missing.size(), 1u);
    EXPECT_EQ(report.missing[0], "conv1.conv.weight");
    ASSERT_EQ(report.unexpected.size(), 1u);
    EXPECT_TRUE(torch::equal(b->named_parameters()["fc.weight"], a->named_parameters()["fc.weight"]));
}

TEST(Network, trainingModeWithAuxHeadsReturnsTheirLogits)
{
    models::ModelOptions o;
    o.auxLogits = true;
    auto net = models::createNetwork("googlenet", o);
    net->train();
    auto out = net->forwardAll(torch::randn({2, 3, 224, 224}));
    ASSERT_EQ(out.aux.size(), 2u);
    EXPECT_EQ(out.aux[0].sizes().vec(), (std::vector<int64_t>{2, 1000}));
    net->eval();
    EXPECT_TRUE(net->forwardAll(torch::randn({1, 3, 224, 224})).aux.empty());
}
