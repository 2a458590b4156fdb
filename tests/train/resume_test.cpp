// A run stopped half-way and resumed from its folder goes on with the very curve of a run that
// never stopped; the five reference networks, in small form, train on Fashion-MNIST; an image
// folder is read as a dataset and refused, by name, when a class folder is empty.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>
#include <numeric>
#include <unistd.h>

#include "common/error.h"
#include "data/datasets.h"
#include "models/registry.h"
#include "load_trained.h"
#include "models/small_form.h"
#include "train/trainer.h"
#ifdef INCEPTION_HAVE_IMAGE_FOLDER
#include <opencv2/imgcodecs.hpp>

#include "data/image_folder.h"
#include "engine/model.h"
#include "vision/load_input.h"
#endif

namespace fs = std::filesystem;
using namespace inception;
using inception::test::loadModel;

namespace {

fs::path scratch(const std::string& name)
{
    const fs::path dir = fs::temp_directory_path() / ("resume_test_" + std::to_string(::getpid())) / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// metrics.csv without its last column (images/s, a timing).
std::vector<std::string> curve(const fs::path& runDir)
{
    std::ifstream f(runDir / "metrics.csv");
    std::vector<std::string> rows;
    for (std::string line; std::getline(f, line);)
        rows.push_back(line.substr(0, line.rfind(',')));
    return rows;
}

class Train : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        train_ = data::fashionMnist(data::defaultFashionMnistDir(), "train").head(960);
        val_ = data::fashionMnist(data::defaultFashionMnistDir(), "test").head(200);
    }
    static data::Dataset train_, val_;
};
data::Dataset Train::train_, Train::val_;

// Seeded: the same initial weights for each run; 0: whatever the generator gives.
models::InceptionNet miniNet(uint64_t seed = 42)
{
    if (seed)
        torch::manual_seed(seed);
    models::SmallForm f;
    f.width = 0.25;
    return models::InceptionNet(models::describeTrainable("mini_inception", f));  // BN and dropout 0.2
}

train::TrainConfig resumeConfig(const fs::path& dir)
{
    train::TrainConfig c;
    c.epochs = 2;
    c.batch = 50;  // 12 steps an epoch
    c.lr = 0.05;
    c.augment = true;  // the augmentation generator, the shuffle and dropout all come back
    c.validateEvery = 5;
    c.seed = 11;
    c.threads = 2;
    c.runDir = dir.string();
    return c;
}

}  // namespace

TEST_F(Train, aResumedRunContinuesTheUninterruptedCurve)
{
    const fs::path whole = scratch("whole"), parts = scratch("parts");
    std::vector<double> wholeLosses, partLosses;
    train::TrainCallbacks cb;
    cb.step = [&](const train::StepReport& r) { wholeLosses.push_back(r.loss); };
    auto a = miniNet();
    const auto full = train::fit(a, train_.head(600), val_, resumeConfig(whole), cb);
    ASSERT_EQ(full.lastStep, 24);

    // Stopped before step 18 (mid second epoch), in a first process...
    cb.step = [&](const train::StepReport& r) { partLosses.push_back(r.loss); };
    cb.stopRequested = [&] { return partLosses.size() == 17; };
    auto b = miniNet();
    const auto first = train::fit(b, train_.head(600), val_, resumeConfig(parts), cb);
    EXPECT_TRUE(first.stopped);
    EXPECT_EQ(first.lastStep, 17);
    // ...which also wrote a row past its checkpoint before dying: the resumed run drops it.
    std::ofstream(parts / "metrics.csv", std::ios::app) << "step,2,18,9.9,0.1,0.05,1\n";

    // ...and resumed by a fresh network object (other random weights until the checkpoint loads).
    cb.stopRequested = nullptr;
    auto c = miniNet(999);
    auto config = resumeConfig(parts);
    config.resume = true;
    const auto second = train::fit(c, train_.head(600), val_, config, cb);
    EXPECT_EQ(second.resumedAt, 17);
    EXPECT_EQ(second.lastStep, 24);
    ASSERT_EQ(partLosses.size(), wholeLosses.size());
    for (size_t i = 0; i < wholeLosses.size(); ++i)
        EXPECT_EQ(partLosses[i], wholeLosses[i]) << "step " << i + 1;
    EXPECT_EQ(curve(parts), curve(whole));
    ASSERT_EQ(a->parameters().size(), c->parameters().size());
    for (size_t i = 0; i < a->parameters().size(); ++i)
        EXPECT_TRUE(a->parameters()[i].equal(c->parameters()[i])) << i;
    for (const auto& entry : fs::directory_iterator(parts))  // no temporary file is left behind
        EXPECT_EQ(entry.path().filename().string().find(".partial"), std::string::npos) << entry.path();
}

TEST_F(Train, resumingARunThatFinishedTakesNoStep)
{
    const fs::path dir = scratch("done");
    auto a = miniNet();
    auto config = resumeConfig(dir);
    config.epochs = 1;
    train::fit(a, train_.head(100), {}, config);
    config.resume = true;
    int steps = 0;
    train::TrainCallbacks cb;
    cb.step = [&](const train::StepReport&) { ++steps; };
    const auto again = train::fit(a, train_.head(100), {}, config, cb);
    EXPECT_EQ(steps, 0);
    EXPECT_EQ(again.resumedAt, 2);
}

TEST_F(Train, eachReferenceNetworkInSmallFormTrainsThirtySteps)
{
    for (const auto& v : models::variants()) {
        models::SmallForm f;
        f.width = 0.125;
        const auto desc = models::describeTrainable(v.id, f);
        EXPECT_EQ(desc.root.output, std::vector<int64_t>{10}) << v.id;
        torch::manual_seed(5);  // the initial weights too: the same run on every machine
        models::InceptionNet net(desc);
        train::TrainConfig c;
        c.epochs = 1;
        c.batch = 32;
        c.lr = 0.05;
        c.schedule = "constant";
        c.threads = 2;
        c.seed = 5;
        std::vector<double> losses;
        train::TrainCallbacks cb;
        cb.step = [&](const train::StepReport& r) { losses.push_back(r.loss); };
        const auto start = std::chrono::steady_clock::now();
        train::fit(net, train_.head(30 * 32), {}, c, cb);
        ASSERT_EQ(losses.size(), 30u) << v.id;
        const double head = std::accumulate(losses.begin(), losses.begin() + 5, 0.0) / 5;
        const double tail = std::accumulate(losses.end() - 5, losses.end(), 0.0) / 5;
        std::cout << v.id << " small form: " << desc.root.params << " parameters, loss " << head << " -> " << tail
                  << " in 30 steps, "
                  << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() << " s\n";
        EXPECT_LT(tail, 0.9 * head) << v.id;
    }
}

TEST_F(Train, googLeNetInSmallFormKeepsItsAuxiliaryHeadsWhenAsked)
{
    models::SmallForm f;
    f.width = 0.125;
    f.auxHeads = true;
    const auto desc = models::describeTrainable("googlenet", f);
    ASSERT_EQ(desc.aux.size(), 2u);
    models::InceptionNet net(desc);
    net->train();
    const auto out = net->forwardAll(train::toInput(train_.images.narrow(0, 0, 4)));
    ASSERT_EQ(out.aux.size(), 2u);
    EXPECT_EQ(out.aux[0].sizes(), (std::vector<int64_t>{4, 10}));
    // The heads' loss counts: the same seeded step with and without it differs.
    auto lossAfterTwoSteps = [&](double auxWeight) {
        torch::manual_seed(3);
        models::InceptionNet n(desc);
        train::TrainConfig c;
        c.epochs = 1;
        c.batch = 16;
        c.auxWeight = auxWeight;
        c.threads = 2;
        std::vector<double> losses;
        train::TrainCallbacks cb;
        cb.step = [&](const train::StepReport& r) { losses.push_back(r.loss); };
        train::fit(n, train_.head(32), {}, c, cb);
        return losses;
    };
    const auto with = lossAfterTwoSteps(0.3), without = lossAfterTwoSteps(0.0);
    ASSERT_EQ(with.size(), 2u);
    EXPECT_GT(with[0], without[0]);  // the reported loss includes 0.3 x each head's
    models::SmallForm v3 = f;
    EXPECT_THROW(models::describeTrainable("inception_v3", v3), Error);  // v3's heads need 17x17
    EXPECT_THROW(models::describeTrainable("inception_v4", v3), Error);  // v4 has none
}

TEST(SmallForm, aWidthThatDoesNotDivideTheFilterCountsIsRefusedByLayer)
{
    models::SmallForm f;
    f.width = 0.3;
    try {
        models::describeTrainable("inception_v3", f);
        FAIL() << "width 0.3 accepted";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("width 0.3"), std::string::npos) << e.what();
    }
    f.width = 0.25;
    f.size = 4;  // too small for v3's valid-padded reductions
    EXPECT_THROW(models::describeTrainable("inception_v3", f), Error);
    EXPECT_THROW(models::describeTrainable("no_such_net", models::SmallForm{}), Error);
}

#ifdef INCEPTION_HAVE_IMAGE_FOLDER
TEST(ImageFolder, readsClassFoldersSplitsThemAndRefusesAnEmptyClass)
{
    const fs::path root = scratch("folder");
    for (const char* cls : {"circles", "squares"}) {
        fs::create_directories(root / cls);
        for (int i = 0; i < 5; ++i) {
            cv::Mat img(40 + i, 50, CV_8UC3, cv::Scalar(i * 40, 255 - i * 40, 128));
            cv::imwrite((root / cls / ("img" + std::to_string(i) + ".png")).string(), img);
        }
    }
    std::ofstream(root / "squares" / "notes.txt") << "not an image, not counted";
    data::ImageFolderOptions o;
    o.size = 32;
    o.validation = 0.2;
    const auto trainSet = data::imageFolder(root.string(), "train", o);
    const auto valSet = data::imageFolder(root.string(), "val", o);
    EXPECT_EQ(trainSet.size(), 8);
    EXPECT_EQ(valSet.size(), 2);
    EXPECT_EQ(trainSet.images.sizes(), (std::vector<int64_t>{8, 3, 32, 32}));
    EXPECT_EQ(trainSet.classes, (std::vector<std::string>{"circles", "squares"}));
    EXPECT_EQ(valSet.labels.sum().item<int64_t>(), 1);  // one of each class held out
    EXPECT_TRUE(data::imageFolder(root.string(), "val", o).images.equal(valSet.images));  // a fixed split

    std::ofstream(root / "squares" / "broken.png") << "not a PNG";
    try {
        data::imageFolder(root.string(), "train", o);
        data::imageFolder(root.string(), "val", o);
        FAIL() << "a broken image was read";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("broken.png"), std::string::npos) << e.what();
    }
    fs::remove(root / "squares" / "broken.png");
    fs::create_directories(root / "triangles");
    try {
        data::imageFolder(root.string(), "train", o);
        FAIL() << "an empty class folder was accepted";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("triangles"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("has no images"), std::string::npos) << e.what();
    }
}

// Training evaluates an image folder's image on exactly the tensor `classify` feeds a network
// trained on that folder: both go through vision::loadInput with the model's preset.
TEST(ImageFolder, evaluatesThePixelsClassifyFeedsTheNetwork)
{
    const fs::path root = scratch("same-pixels");
    std::vector<std::string> files;
    cv::RNG rng(7);
    for (const char* cls : {"a", "b"}) {
        fs::create_directories(root / cls);
        for (int i = 0; i < 2; ++i) {  // wider and narrower, larger and smaller than 32 pixels
            cv::Mat img(23 + 37 * i, 61 - 31 * i, CV_8UC3);
            rng.fill(img, cv::RNG::UNIFORM, 0, 256);
            files.push_back((root / cls / ("img" + std::to_string(i) + ".png")).string());
            cv::imwrite(files.back(), img);
        }
    }
    for (int channels : {3, 1}) {
        data::ImageFolderOptions o;
        o.size = 32;
        o.channels = channels;
        o.validation = 0.5;
        const auto val = data::imageFolder(root.string(), "val", o);
        ASSERT_EQ(val.size(), 2);
        // A network trained on the folder, saved as `train --dataset folder:DIR` saves it.
        models::SmallForm f;
        f.channels = channels;
        f.size = 32;
        f.classes = 2;
        f.width = 0.25;
        models::InceptionNet net(models::describeTrainable("mini_inception", f));
        weights::ModelFileInfo info;
        info.width = 0.25;
        info.classes = val.classes;
        info.dataset = "folder";
        const std::string path = (root / ("model" + std::to_string(channels) + ".safetensors")).string();
        train::saveWeights(net, path, info);
        const auto model = engine::openModel("mini_inception", engine::WeightsChoice::file(path));
        for (int64_t k = 0; k < val.size(); ++k) {
            const auto evaluated = train::toInput(val.images.narrow(0, k, 1));
            int same = 0;
            for (const auto& file : files)
                same += evaluated.equal(vision::loadInput(file, *model)) ? 1 : 0;
            EXPECT_EQ(same, 1) << "validation image " << k << ", " << channels << " channel(s)";
        }
    }
}
#endif

TEST(Weights, aFileOfAnotherWidthIsRefusedNotSilentlyReshaped)
{
    const fs::path dir = scratch("width");
    models::SmallForm narrow;
    narrow.width = 0.25;
    models::InceptionNet a(models::describeTrainable("mini_inception", narrow));
    train::saveWeights(a, (dir / "narrow.safetensors").string());
    models::SmallForm wide;
    wide.width = 0.5;
    models::InceptionNet b(models::describeTrainable("mini_inception", wide));
    try {
        loadModel(b, (dir / "narrow.safetensors").string());
        FAIL() << "a width-0.25 file loaded into a width-0.5 network";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("another shape"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("narrow.safetensors"), std::string::npos) << e.what();
    }
}
