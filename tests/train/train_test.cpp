// Datasets from files this test writes (and their damaged forms), the small networks, and the
// trainer on a 2,000-image subset of the real Fashion-MNIST.
#include <gtest/gtest.h>
#include <torch/torch.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <numeric>
#include <unistd.h>

#include "common/error.h"
#include "data/datasets.h"
#include "models/mini_inception.h"
#include "train/trainer.h"
#include "load_trained.h"

namespace fs = std::filesystem;
using namespace inception;
using inception::test::loadModel;

namespace {

fs::path scratch()
{
    const fs::path dir = fs::temp_directory_path() / ("train_test_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}

std::vector<uint8_t> idxBytes(uint32_t magic, std::vector<uint32_t> dims, size_t payload)
{
    std::vector<uint8_t> b;
    auto put = [&](uint32_t v) {
        for (int s = 24; s >= 0; s -= 8)
            b.push_back(uint8_t(v >> s));
    };
    put(magic);
    for (auto d : dims)
        put(d);
    for (size_t i = 0; i < payload; ++i)
        b.push_back(uint8_t(i * 7 % 10));  // labels 0..9, pixels a pattern
    return b;
}

void write(const fs::path& p, const std::vector<uint8_t>& b)
{
    std::ofstream(p, std::ios::binary).write(reinterpret_cast<const char*>(b.data()), std::streamsize(b.size()));
}

void writeGz(const fs::path& p, const std::vector<uint8_t>& b)
{
    gzFile f = gzopen(p.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    ASSERT_EQ(gzwrite(f, b.data(), unsigned(b.size())), int(b.size()));
    gzclose(f);
}

template <class F>
std::string errorOf(F f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST(Idx, plainAndGzippedFilesRead)
{
    const auto dir = scratch() / "idx";
    fs::create_directories(dir);
    write(dir / "train-images-idx3-ubyte", idxBytes(0x803, {5, 4, 3}, 60));
    writeGz(dir / "train-labels-idx1-ubyte.gz", idxBytes(0x801, {5}, 5));
    const auto d = data::fashionMnist(dir.string(), "train");
    EXPECT_EQ(d.images.sizes(), (std::vector<int64_t>{5, 1, 4, 3}));
    EXPECT_EQ(d.images.dtype(), torch::kUInt8);
    EXPECT_EQ(d.images[1][0][0][0].item<int>(), 12 * 7 % 10);
    EXPECT_EQ(d.labels.sizes(), (std::vector<int64_t>{5}));
    EXPECT_EQ(d.labels[3].item<int64_t>(), 3 * 7 % 10);
    EXPECT_EQ(d.classes.size(), 10u);
}

TEST(Idx, damagedFilesAreRefusedByName)
{
    const auto dir = scratch() / "bad";
    fs::create_directories(dir);
    write(dir / "magic", idxBytes(0x801, {5, 4, 3}, 60));
    EXPECT_NE(errorOf([&] { data::readIdxImages((dir / "magic").string()); }).find("magic number 0x00000801"),
              std::string::npos);
    write(dir / "short", idxBytes(0x803, {5, 4, 3}, 59));
    const auto e = errorOf([&] { data::readIdxImages((dir / "short").string()); });
    EXPECT_NE(e.find("short"), std::string::npos) << e;
    EXPECT_NE(e.find("truncated"), std::string::npos) << e;
    auto gz = idxBytes(0x801, {1000}, 1000);
    writeGz(dir / "cut.gz", gz);
    fs::resize_file(dir / "cut.gz", fs::file_size(dir / "cut.gz") / 2);
    EXPECT_NE(errorOf([&] { data::readIdxLabels((dir / "cut.gz").string()); }).find("cut.gz"), std::string::npos);
    // Hostile headers: dimensions whose product wraps around 2^64, and a gzip bomb (a few hundred
    // kB that would expand to 300 MB): refused before any of it is allocated.
    auto wrap = idxBytes(0x803, {5, 4, 3}, 60);
    for (int d = 0; d < 3; ++d)
        for (int k = 0; k < 4; ++k)
            wrap[size_t(4 + 4 * d + k)] = k == 0 ? 0x80 : 0x00;  // 2^31 each: 2^93 elements
    write(dir / "wrap", wrap);
    EXPECT_NE(errorOf([&] { data::readIdxImages((dir / "wrap").string()); }).find("more data than the file holds"),
              std::string::npos);
    auto bomb = idxBytes(0x803, {3000, 100, 1000}, 0);
    bomb.resize(bomb.size() + size_t(300) * 1000 * 1000, 0);
    writeGz(dir / "bomb.gz", bomb);
    EXPECT_LT(fs::file_size(dir / "bomb.gz"), size_t(1) << 20);
    const auto b = errorOf([&] { data::readIdxImages((dir / "bomb.gz").string()); });
    EXPECT_NE(b.find("gzip bomb"), std::string::npos) << b;
    // Images and labels that disagree.
    write(dir / "train-images-idx3-ubyte", idxBytes(0x803, {5, 4, 3}, 60));
    write(dir / "train-labels-idx1-ubyte", idxBytes(0x801, {4}, 4));
    EXPECT_NE(errorOf([&] { data::fashionMnist(dir.string(), "train"); }).find("5 images but"), std::string::npos);
    EXPECT_NE(errorOf([&] { data::fashionMnist((dir / "none").string(), "test"); }).find("t10k-images"),
              std::string::npos);
}

TEST(Cifar, batchesReadAndTruncationIsRefused)
{
    const auto dir = scratch() / "cifar";
    fs::create_directories(dir);
    std::vector<uint8_t> b;
    for (int r = 0; r < 3; ++r) {
        b.push_back(uint8_t(r + 4));
        for (int i = 0; i < 3072; ++i)
            b.push_back(uint8_t((i / 1024) * 100 + r));  // plane c holds 100c + r
    }
    write(dir / "test_batch.bin", b);
    const auto d = data::cifar10(dir.string(), "test");
    EXPECT_EQ(d.images.sizes(), (std::vector<int64_t>{3, 3, 32, 32}));
    EXPECT_EQ(d.labels[2].item<int64_t>(), 6);
    EXPECT_EQ(d.images[1][2][5][5].item<int>(), 201);  // record 1, blue plane
    EXPECT_EQ(d.classes.size(), 10u);
    b.resize(b.size() - 100);
    write(dir / "data_batch_1.bin", b);
    EXPECT_NE(errorOf([&] { data::readCifarBatch((dir / "data_batch_1.bin").string()); }).find("truncated"),
              std::string::npos);
}

TEST(MiniInception, theTeachingPairsDifferOnlyWhereTheyShould)
{
    auto bn = models::describeMiniInception(models::miniOptionsFor("mini_inception"));
    auto nobn = models::describeMiniInception(models::miniOptionsFor("mini_inception_nobn"));
    auto five = models::describeMiniInception(models::miniOptionsFor("mini_inception_5x5"));
    EXPECT_EQ(bn.root.output, (std::vector<int64_t>{10}));
    EXPECT_EQ(bn.root.macs, nobn.root.macs);    // the same convolutions
    EXPECT_NE(bn.root.params, nobn.root.params);  // BN affine vs conv bias
    EXPECT_GT(five.root.macs, bn.root.macs);    // one 5x5 costs more than two 3x3 here
    models::MiniOptions colour;
    colour.channels = 3;
    colour.size = 32;
    models::InceptionNet net(models::describeMiniInception(colour));
    net->eval();
    EXPECT_EQ(net->forward(torch::zeros({2, 3, 32, 32})).sizes(), (std::vector<int64_t>{2, 10}));
    EXPECT_THROW(models::miniOptionsFor("mini_resnet"), Error);
}

class FashionMnist : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        train_ = data::fashionMnist(data::defaultFashionMnistDir(), "train").head(2000);
        test_ = data::fashionMnist(data::defaultFashionMnistDir(), "test").head(1000);
    }
    static data::Dataset train_, test_;
};
data::Dataset FashionMnist::train_, FashionMnist::test_;

TEST_F(FashionMnist, twoEpochsOnTwoThousandImagesLowerTheLoss)
{
    models::MiniOptions o;
    o.width = 0.5;
    models::InceptionNet net(models::describeMiniInception(o));
    train::TrainConfig c;
    c.epochs = 2;
    c.batch = 64;
    c.lr = 0.05;
    c.threads = 2;
    c.runDir = (scratch() / "run").string();
    std::vector<double> losses;
    train::TrainCallbacks cb;
    cb.step = [&](const train::StepReport& r) { losses.push_back(r.loss); };
    const auto epochs = train::fit(net, train_, test_, c, cb).epochs;
    ASSERT_EQ(epochs.size(), 2u);
    EXPECT_LT(epochs[1].trainLoss, epochs[0].trainLoss);
    const double first = std::accumulate(losses.begin(), losses.begin() + 10, 0.0) / 10;
    const double last = std::accumulate(losses.end() - 10, losses.end(), 0.0) / 10;
    EXPECT_LT(last, 0.8 * first);
    EXPECT_GT(epochs[1].valAccuracy, 0.5);  // chance is 0.1
    std::ifstream metrics(fs::path(c.runDir) / "metrics.csv");
    std::string header;
    std::getline(metrics, header);
    EXPECT_EQ(header, "kind,epoch,step,loss,accuracy,lr,images_per_s");
    int rows = 0;
    for (std::string line; std::getline(metrics, line);)
        ++rows;
    EXPECT_EQ(rows, 2 * 32 + 2 * 2);  // 32 steps per epoch, plus epoch and validation rows
    EXPECT_TRUE(fs::exists(fs::path(c.runDir) / "config.json"));
    // The saved weights give the same evaluation.
    models::InceptionNet again(models::describeMiniInception(o));
    loadModel(again, (fs::path(c.runDir) / "model.safetensors").string());
    EXPECT_DOUBLE_EQ(train::evaluate(again, test_).accuracy, train::evaluate(net, test_).accuracy);
    models::InceptionNet other(models::describeMiniInception(models::miniOptionsFor("mini_inception_5x5")));
    EXPECT_THROW(loadModel(other, (fs::path(c.runDir) / "model.safetensors").string()), Error);
}

TEST_F(FashionMnist, theNanGuardStopsWithAClearMessage)
{
    models::MiniOptions o;
    o.width = 0.25;
    models::InceptionNet net(models::describeMiniInception(o));
    train::TrainConfig c;
    c.epochs = 1;
    c.batch = 32;
    c.threads = 2;
    train::TrainCallbacks cb;
    cb.beforeStep = [](models::InceptionNetImpl& n, int64_t step) {
        if (step == 3) {
            torch::NoGradGuard g;
            n.parameters()[0].grad().fill_(std::nan(""));  // a forced NaN
        }
        return true;
    };
    const auto before = net->parameters()[0].clone();
    const auto e = errorOf([&] { train::fit(net, train_.head(200), {}, c, cb); });
    EXPECT_NE(e.find("not finite at step 3"), std::string::npos) << e;
    EXPECT_TRUE(torch::isfinite(net->parameters()[0]).all().item<bool>());  // not spoiled
    EXPECT_FALSE(net->parameters()[0].equal(before));                       // steps 1-2 did run
}

TEST_F(FashionMnist, aCheckpointWriteCutShortLeavesThePreviousOneLoadable)
{
    models::MiniOptions o;
    o.width = 0.25;
    models::InceptionNet net(models::describeMiniInception(o));
    train::TrainConfig c;
    c.epochs = 1;
    c.batch = 50;
    c.threads = 2;
    c.runDir = (scratch() / "fault").string();
    train::fit(net, train_.head(200), test_.head(200), c);
    const auto model = (fs::path(c.runDir) / "model.safetensors").string();
    models::InceptionNet saved(models::describeMiniInception(o));
    loadModel(saved, model);
    const double accuracy = train::evaluate(saved, test_.head(200)).accuracy;
    // Train on, then let the next write stop half-way.
    train::TrainConfig more;  // no run folder: nothing written
    more.epochs = c.epochs;
    more.batch = c.batch;
    more.lr = 0.5;
    train::fit(net, train_.head(200), {}, more);
    ::setenv("INCEPTION_FAULT_WRITE_BYTES", std::to_string(fs::file_size(model) / 2).c_str(), 1);
    const auto e = errorOf([&] { train::saveWeights(net, model); });
    ::unsetenv("INCEPTION_FAULT_WRITE_BYTES");
    EXPECT_NE(e.find("is unchanged"), std::string::npos) << e;
    models::InceptionNet again(models::describeMiniInception(o));
    loadModel(again, model);  // still loads: the previous checkpoint
    EXPECT_DOUBLE_EQ(train::evaluate(again, test_.head(200)).accuracy, accuracy);
    for (size_t i = 0; i < again->parameters().size(); ++i)
        EXPECT_TRUE(again->parameters()[i].equal(saved->parameters()[i]));
}
