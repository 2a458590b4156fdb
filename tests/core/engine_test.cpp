#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "common/error.h"
#include "common/resources.h"
#include "common/sha256.h"
#include "engine/calibrate.h"
#include "engine/engine.h"
#include "engine/plan.h"
#include "engine/session.h"
#include "models/registry.h"
#include "weights/adapt.h"
#include "weights/catalog.h"
#include "weights/model_file.h"
#include "weights/safetensors.h"
#include "weights/state_dict.h"

using namespace inception;

namespace {

std::shared_ptr<const engine::Model> randomModel(const std::string& variant)
{
    models::InceptionNet net(models::describe(variant));
    engine::randomInitialise(net, 1);
    return engine::modelFromNetwork(net, "random");
}

}  // namespace

TEST(Session, capturesOnlyWhatIsAskedAndRanksClasses)
{
    engine::SessionOptions o;
    o.threads = 2;
    engine::RunRequest r;
    r.capture = {"inception4a.branch2"};
    engine::Session s(randomModel("googlenet"), o);
    const auto p = s.run(torch::randn({2, 3, 224, 224}), r);
    ASSERT_EQ(p.activations.size(), 1u);
    EXPECT_EQ(p.activations.at("inception4a.branch2").sizes().vec(), (std::vector<int64_t>{2, 208, 14, 14}));
    ASSERT_EQ(p.top.size(), 2u);
    ASSERT_EQ(p.top[0].size(), 5u);
    for (size_t j = 1; j < 5; ++j)
        EXPECT_GE(p.top[0][j - 1].probability, p.top[0][j].probability);
    EXPECT_NEAR(p.probabilities[0].sum().item<double>(), 1.0, 1e-5);
    EXPECT_EQ(p.top[0][0].label, s.model().label(p.top[0][0].index));
    EXPECT_GT(p.forwardMs, 0.0);
    EXPECT_EQ(s.threads(), 2);
    EXPECT_EQ(s.deviceName(), "CPU, 2 threads");
    EXPECT_EQ(p.compiled, engine::Plan::available());
}

TEST(Session, compiledPlanGivesTheEagerNetworksAnswer)
{
    const auto model = randomModel("inception_v3");
    engine::SessionOptions fast, plain;
    engine::RunRequest r;
    r.capture = {"Mixed_6e", "Mixed_6e.branch7x7dbl", "Mixed_5b.branch_pool:preact"};
    plain.path = engine::PathChoice::Eager;
    engine::Session a(model, fast), b(model, plain);
    const auto x = torch::randn({1, 3, 299, 299});
    const auto pa = a.run(x, r), pb = b.run(x, r);
    for (const auto& id : r.capture) {
        const auto& ref = pb.activations.at(id);
        ASSERT_EQ(pa.activations.at(id).sizes(), ref.sizes()) << id;
        const double rel = (pa.activations.at(id) - ref).abs().max().item<double>() / ref.abs().max().item<double>();
        EXPECT_LT(rel, 1e-4) << id;
    }
    const double rel = (pa.logits - pb.logits).abs().max().item<double>() / pb.logits.abs().max().item<double>();
    EXPECT_LT(rel, 1e-4);
}

TEST(Session, unknownCaptureIdIsAnError)
{
    engine::RunRequest r;
    r.capture = {"inception4z"};
    engine::Session s(randomModel("googlenet"));
    try {
        s.run(torch::randn({1, 3, 224, 224}), r);
        FAIL();
    } catch (const Error& err) {
        EXPECT_EQ(err.code(), ErrorCode::UnknownNode);
        EXPECT_NE(std::string(err.what()).find("inception4z"), std::string::npos);
    }
    r.capture = {"inception4a.branch1:sum"};  // not a residual block: no sum to tap
    engine::Session t(randomModel("googlenet"));
    EXPECT_THROW(t.run(torch::randn({1, 3, 224, 224}), r), Error);
}

TEST(Session, badInputIsRefusedByName)
{
    for (auto path : {engine::PathChoice::Compiled, engine::PathChoice::Eager}) {
        engine::SessionOptions o;
        o.path = path;
        engine::Session s(randomModel("inception_v3"), o);
        try {
            s.run(torch::randn({1, 1, 299, 299}));
            FAIL() << "one channel";
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), ErrorCode::ShapeMismatch);
            EXPECT_NE(std::string(e.what()).find("N x 3 x H x W"), std::string::npos) << e.what();
        }
        try {
            s.run(torch::randn({1, 3, 64, 64}));
            FAIL() << "too small";
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), ErrorCode::ShapeMismatch);
            // Inception-v3's smallest input: 75 x 75 (its stem and grid reductions).
            EXPECT_NE(std::string(e.what()).find("at least 75x75"), std::string::npos) << e.what();
        }
        EXPECT_NO_THROW(s.run(torch::randn({1, 3, 75, 75})));
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

namespace {

// The bundled 10-class model cut to its first five classes: a checkpoint of one's own.
std::string fiveClassModel(const std::string& dir, std::vector<std::string> names)
{
    const std::string bundled = resourcePath("models/fashion_mnist_mini_inception.safetensors");
    weights::ModelFileInfo info = *weights::readModelInfo(bundled);
    weights::TensorMap tensors = weights::readSafetensors(bundled);
    int cut = 0;
    for (auto& [name, t] : tensors)
        if (t.dim() >= 1 && t.size(0) == 10 && (t.dim() == 2 || (name.size() > 5 && name.rfind(".bias") == name.size() - 5))) {
            t = t.slice(0, 0, 5).contiguous();
            ++cut;
        }
    EXPECT_EQ(cut, 2);  // the classifier's weight and bias
    info.classes = std::move(names);
    info.numClasses = 5;
    const std::string path = dir + "/five.safetensors";
    weights::writeModelFile(path, tensors, info);
    return path;
}

std::string writeLines(const std::string& path, const std::vector<std::string>& lines)
{
    std::ofstream out(path);
    for (const auto& l : lines)
        out << l << "\r\n";
    return path;
}

}  // namespace

TEST(ClassNames, ownCheckpointTakesNamesFromLabelsFileOrItsJsonAndTheCountIsChecked)
{
    char pattern[] = "/tmp/class_names_XXXXXX";
    const std::string dir = mkdtemp(pattern);
    const std::string model = fiveClassModel(dir, {});

    auto plain = engine::openModel("mini_inception", engine::WeightsChoice::file(model));
    EXPECT_EQ(plain->classes(), 5);
    EXPECT_EQ(plain->label(1), "class 1");

    auto choice = engine::WeightsChoice::file(model);
    choice.labelsFile = writeLines(dir + "/five.txt", {"ant", "bee", "cat", "dog", "eel"});
    auto named = engine::openModel("mini_inception", choice);
    EXPECT_EQ(named->label(1), "bee");  // and the Windows line end is gone
    EXPECT_EQ(named->provenance().labelsFile, choice.labelsFile);

    choice.labelsFile = writeLines(dir + "/seven.txt", {"a", "b", "c", "d", "e", "f", "g"});
    try {
        engine::openModel("mini_inception", choice);
        FAIL() << "seven names for five outputs were taken";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::BadArgument);
        EXPECT_NE(std::string(e.what()).find("7 class names, but the classifier has 5 outputs"), std::string::npos)
            << e.what();
    }
    choice.labelsFile = dir + "/missing.txt";
    try {
        engine::openModel("mini_inception", choice);
        FAIL() << "a missing labels file was taken";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::FileNotFound);
    }

    const std::string withNames = fiveClassModel(dir, {"one", "two", "three", "four", "five"});
    EXPECT_EQ(engine::openModel("mini_inception", engine::WeightsChoice::file(withNames))->label(4), "five");
    std::filesystem::remove_all(dir);
}
