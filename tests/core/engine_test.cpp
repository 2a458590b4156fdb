#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstdlib>

#include "common/error.h"
#include "common/sha256.h"
#include "engine/engine.h"
#include "engine/loader.h"
#include "models/registry.h"
#include "weights/adapt.h"
#include "weights/catalog.h"
#include "weights/state_dict.h"

using namespace inception;

TEST(Engine, capturesOnlyWhatIsAskedAndRanksClasses)
{
    engine::EngineOptions o;
    o.threads = 2;
    engine::Engine e(engine::untrainedNetwork("googlenet"), {}, o);
    const auto p = e.run(torch::randn({2, 3, 224, 224}), 5, {"inception4a.branch2"});
    ASSERT_EQ(p.activations.size(), 1u);
    EXPECT_EQ(p.activations.at("inception4a.branch2").sizes().vec(), (std::vector<int64_t>{2, 208, 14, 14}));
    ASSERT_EQ(p.top.size(), 2u);
    ASSERT_EQ(p.top[0].size(), 5u);
    for (size_t j = 1; j < 5; ++j)
        EXPECT_GE(p.top[0][j - 1].probability, p.top[0][j].probability);
    EXPECT_NEAR(p.probabilities[0].sum().item<double>(), 1.0, 1e-5);
    EXPECT_EQ(p.top[0][0].label, "class " + std::to_string(p.top[0][0].index));
    EXPECT_GT(p.forwardMs, 0.0);
    EXPECT_EQ(e.threads(), 2);
    EXPECT_EQ(e.deviceName(), "CPU, 2 threads");
}

TEST(Engine, channelsLastGivesTheSameAnswerAsPlainEager)
{
    auto net = engine::untrainedNetwork("inception_v3");
    auto twin = engine::untrainedNetwork("inception_v3");
    weights::loadStateDict(*twin, weights::stateDict(*net), weights::LoadMode::Strict);
    engine::EngineOptions fast, plain;
    plain.channelsLast = false;
    engine::Engine a(net, {}, fast), b(twin, {}, plain);
    const auto x = torch::randn({1, 3, 299, 299});
    const auto pa = a.run(x, 5, {"Mixed_6e"}), pb = b.run(x, 5, {"Mixed_6e"});
    const auto ref = pb.activations.at("Mixed_6e");
    const double rel = (pa.activations.at("Mixed_6e") - ref).abs().max().item<double>() / ref.abs().max().item<double>();
    EXPECT_LT(rel, 1e-4);
}

TEST(Engine, unknownCaptureIdIsAnError)
{
    engine::Engine e(engine::untrainedNetwork("googlenet"), {});
    try {
        e.run(torch::randn({1, 3, 224, 224}), 5, {"inception4z"});
        FAIL();
    } catch (const Error& err) {
        EXPECT_EQ(err.code(), ErrorCode::UnknownNode);
    }
}

TEST(Adapt, tfBackgroundClassIsDroppedAndCadeneNamesMapped)
{
    const auto desc = models::describe("inception_resnet_v2");
    auto net = models::InceptionNet(desc);
    const auto own = weights::stateDict(*net);
    weights::TensorMap file;
    for (const auto& [name, t] : own) {
        std::string n = name.rfind("classif.", 0) == 0 ? "last_linear." + name.substr(8) : name;
        torch::Tensor v = t.detach().clone();
        if (n == "last_linear.weight")
            v = torch::cat({torch::full({1, 1536}, 7.0f), v});
        if (n == "last_linear.bias")
            v = torch::cat({torch::full({1}, 7.0f), v});
        if (n == "conv2d_1a.bn.weight")
            v = v.unsqueeze(0);  // [1, 32]
        file.emplace_back(n, v);
    }
    std::vector<std::string> notes;
    const auto adapted = weights::adaptToNetwork(net->desc(), own, file, notes);
    auto report = weights::loadStateDict(*net, adapted, weights::LoadMode::Strict);
    EXPECT_TRUE(report.perfect());
    EXPECT_EQ(notes.size(), 4u);  // rename, two row drops, one squeeze
    EXPECT_EQ(weights::find(adapted, "classif.weight")->size(0), 1000);
    EXPECT_NE(weights::find(adapted, "classif.bias")->index({0}).item<float>(), 7.0f);
}

TEST(Sha256, knownVectors)
{
    Sha256 empty;
    EXPECT_EQ(empty.hexDigest(), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    Sha256 abc;
    abc.update("abc", 3);
    EXPECT_EQ(abc.hexDigest(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    Sha256 million;
    const std::string a(1000, 'a');
    for (int i = 0; i < 1000; ++i)
        million.update(a.data(), a.size());
    EXPECT_EQ(million.hexDigest(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Catalog, environmentRedirectsCacheAndDownloads)
{
    ::setenv("TORCH_HOME", "/tmp/inception-torch-home", 1);
    ::setenv("INCEPTION_WEIGHTS_BASE_URL", "http://127.0.0.1:8123/", 1);
    const auto entries = weights::catalogFor("googlenet");
    ASSERT_FALSE(entries.empty());
    EXPECT_EQ(weights::cacheTarget(*entries[0]), "/tmp/inception-torch-home/hub/checkpoints/googlenet-1378be20.pth");
    EXPECT_EQ(weights::downloadUrl(*entries[0]), "http://127.0.0.1:8123/models/googlenet-1378be20.pth");
    EXPECT_EQ(weights::findPretrained("googlenet").state, weights::WeightsState::NotFound);
    ::unsetenv("INCEPTION_WEIGHTS_BASE_URL");
    EXPECT_EQ(weights::downloadUrl(*entries[0]), "https://download.pytorch.org/models/googlenet-1378be20.pth");
    for (const auto& v : models::variants())
        EXPECT_FALSE(weights::catalogFor(v.id).empty()) << v.id;
    EXPECT_EQ(weights::identify("/x/inception_v3_google-0cc3c7bd.pth")->variant, "inception_v3");
    EXPECT_EQ(weights::identify("/x/unknown.pth"), nullptr);
}
