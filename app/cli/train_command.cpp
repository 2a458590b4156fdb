// `train` and `evaluate`: the small Inception networks on Fashion-MNIST or CIFAR-10.
#include <torch/torch.h>

#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <thread>
#include <unistd.h>

#include "cli_common.h"
#include "commands.h"
#include "common/atomic_write.h"
#include "common/error.h"
#include "data/dataset_spec.h"
#include "data/datasets.h"
#include "models/small_form.h"
#include "train/distributed.h"
#include "train/trainer.h"
#include "progress_line.h"
#include "train_args.h"

namespace inception::cli {

namespace {

models::InceptionNet makeNet(const std::string& variant, double width, double dropout, const data::Dataset& d,
                             bool aux = false)
{
    models::SmallForm f;
    f.auxHeads = aux;
    f.channels = int(d.images.size(1));
    f.size = int(d.images.size(2));
    f.classes = int(std::max<size_t>(d.classes.size(), 2));
    f.width = width > 0 ? width : (variant.rfind("mini_inception", 0) == 0 ? 0.5 : 0.25);
    return models::InceptionNet(models::describeTrainable(variant, f, dropout));
}

const char* kVariantHelp = "mini_inception, mini_inception_nobn, mini_inception_5x5, or one of the five in "
                           "small form (googlenet, bn_inception, inception_v3, inception_v4, inception_resnet_v2)";

// The training images and the ones validated on (the test split, or the last --val-split of the
// training images).
std::pair<data::Dataset, data::Dataset> trainingData(const TrainArgs& a)
{
    auto trainSet = data::datasetFromSpec(a.dataset, "train");
    data::Dataset testSet;
    if (a.valSplit > 0) {
        if (a.valSplit >= trainSet.size())
            throw Error(ErrorCode::BadArgument, "--val-split " + std::to_string(a.valSplit) +
                                                    " leaves no training images of " + std::to_string(trainSet.size()));
        testSet = trainSet.range(trainSet.size() - a.valSplit, a.valSplit);
        trainSet = trainSet.head(trainSet.size() - a.valSplit);
    } else {
        testSet = data::datasetFromSpec(a.dataset, "test");
    }
    if (a.subset > 0)
        trainSet = trainSet.head(a.subset);
    if (a.shuffleLabels) {  // a fixed permutation (from --seed), the validation labels untouched
        auto gen = at::make_generator<at::CPUGeneratorImpl>(a.config.seed + 7919);
        trainSet.labels = trainSet.labels.index_select(0, torch::randperm(trainSet.size(), gen, torch::kInt64));
        std::cout << "training labels shuffled (seed " << a.config.seed << "): the network can only memorise them\n";
    }
    return {trainSet, testSet};
}

// A progress line per step on a terminal (every 50 steps elsewhere) and a line per epoch.
train::TrainCallbacks progressPrinter(int64_t total)
{
    const bool tty = ::isatty(STDOUT_FILENO);
    const auto start = std::chrono::steady_clock::now();
    auto firstStep = std::make_shared<int64_t>(-1);  // a resumed run starts past 1
    train::TrainCallbacks cb;
    cb.step = [=](const train::StepReport& r) {
        if (*firstStep < 0)
            *firstStep = r.step - 1;
        if (!tty && r.step % 50 != 0)
            return;
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const double eta = elapsed / double(r.step - *firstStep) * double(total - r.step);
        std::string bar;
        if (tty) {
            const auto filled = size_t(24 * r.step / std::max<int64_t>(total, 1));
            bar = "[" + std::string(filled, '#') + std::string(24 - filled, '.') + "] ";
        }
        std::cout << (tty ? "\r" : "") << bar << "epoch " << r.epoch << "  step " << r.step << '/' << total
                  << "  loss " << fixed(r.loss, 4) << "  lr " << fixed(r.lr, 4) << "  " << fixed(r.imagesPerSecond, 0)
                  << " img/s  ETA " << int(eta) << " s" << (tty ? "   " : "\n") << std::flush;
    };
    // Validation: a line of its own on the terminal while it runs (it can take longer than a step).
    auto validating = std::make_shared<std::unique_ptr<ProgressLine>>();
    cb.validating = [validating](int64_t done, int64_t total) {
        if (!*validating)
            *validating = std::make_unique<ProgressLine>("validating", false);
        (*validating)->update(double(done) / double(std::max<int64_t>(total, 1)),
                              std::to_string(done) + "/" + std::to_string(total) + " images");
        if (done >= total)
            validating->reset();
    };
    cb.epoch = [tty](const train::EpochReport& e) {
        std::cout << (tty ? "\n" : "") << "epoch " << e.epoch << ": train loss " << fixed(e.trainLoss, 4)
                  << ", accuracy " << fixed(100 * e.trainAccuracy, 2) << " %; validation loss " << fixed(e.valLoss, 4)
                  << ", accuracy " << fixed(100 * e.valAccuracy, 2) << " % (" << fixed(e.seconds, 1) << " s)\n";
    };
    return cb;
}

// Before the data loads: the run folder can be written, and a finished run is not replaced
// without --force (which keeps it in DIR/previous/) or --resume.
void prepareRunFolder(const TrainArgs& a)
{
    namespace fs = std::filesystem;
    if (a.runDir.empty()) {
        if (a.config.resume)
            throw Error(ErrorCode::BadArgument, "--resume needs --run DIR");
        std::cout << "no --run DIR: the trained model is not saved\n";
        return;
    }
    std::error_code ec;
    fs::create_directories(a.runDir, ec);
    if (ec || !fs::is_directory(a.runDir))
        throw Error(ErrorCode::FileUnreadable,
                    "--run " + a.runDir + ": cannot make the folder (" + (ec ? ec.message() : "a file is in the way") + ")");
    const std::string why = outputProblem((fs::path(a.runDir) / "config.json").string());
    if (!why.empty())
        throw Error(ErrorCode::FileUnreadable, "--run " + a.runDir + ": " + why);
    const fs::path model = fs::path(a.runDir) / "model.safetensors";
    const char* rank = std::getenv("RANK");
    if (!fs::exists(model) || a.config.resume || (rank && std::string(rank) != "0"))
        return;  // one process of a distributed run moves the old run
    if (!a.force)
        throw Error(ErrorCode::BadArgument, "--run " + a.runDir + " holds a trained model already: --resume continues "
                                            "it, --force starts again (keeping it in " + a.runDir + "/previous/)");
    const fs::path previous = fs::path(a.runDir) / "previous";
    const auto failed = [&](const std::string& what) {
        return Error(ErrorCode::FileUnreadable, "--force: cannot " + what + ": " + ec.message());
    };
    fs::remove_all(previous, ec);
    if (ec || (fs::create_directories(previous, ec), ec))
        throw failed("make " + previous.string() + " for the old run");
    for (const auto& e : fs::directory_iterator(a.runDir))  // stops at the first file that will not move
        if (e.path().filename() != "previous" && (fs::rename(e.path(), previous / e.path().filename(), ec), ec))
            throw failed("move " + e.path().string() + " into " + previous.string());
    std::cout << "the previous run is kept in " << previous.string() << '\n';
}

int runTrain(TrainArgs& a)
{
    prepareRunFolder(a);
    if (a.config.resume)
        takeRunOptions(a);
    a.config.command = commandJson(a);
    auto [trainSet, testSet] = trainingData(a);
    torch::manual_seed(a.config.seed);  // the initial weights follow --seed too
    auto net = makeNet(a.variant, a.width, a.dropout, trainSet, a.aux);
    a.config.runDir = a.runDir;
    a.config.modelInfo.variant = a.variant;
    a.config.modelInfo.width = a.width > 0 ? a.width : (a.variant.rfind("mini_inception", 0) == 0 ? 0.5 : 0.25);
    a.config.modelInfo.classes = trainSet.classes;
    a.config.modelInfo.dataset = a.dataset.substr(0, a.dataset.find(':'));
    const auto dist = train::Distributed::fromEnvironment();
    if (dist)
        std::cout << "rank " << dist->rank() << " of " << dist->worldSize() << "\n";
    const int64_t perEpoch = (trainSet.size() + a.config.batch - 1) / a.config.batch;
    const int64_t total = perEpoch * a.config.epochs;
    std::cout << net->desc().variant << ": " << net->desc().root.params << " parameters, " << trainSet.size()
              << " training images, " << total << " steps\n";
    train::TrainCallbacks cb;
    if (!dist || dist->rank() == 0)  // rank 0 reports
        cb = progressPrinter(total);
    const auto result = train::fit(net, trainSet, testSet, a.config, cb, dist);
    if (result.resumedAt > 0)
        std::cout << "resumed at step " << result.resumedAt << "\n";
    std::cout << (a.runDir.empty() ? std::string("nothing saved (no --run DIR)")
                                   : "saved in " + a.runDir + " (model.safetensors + model.json, metrics.csv)")
              << '\n';
    return 0;
}

void addTrainCommand(CLI::App& app, Runner& run)
{
    auto a = std::make_shared<TrainArgs>();
    auto* cmd = app.add_subcommand("train", "Train an Inception network on small images (several processes: "
                                            "set MASTER_ADDR, MASTER_PORT, RANK, WORLD_SIZE)");
    cmd->add_option("--variant", a->variant, kVariantHelp);
    numberOr(cmd->add_option("--width", a->width, "Width multiplier of every filter count (auto: 0.5 mini, 0.25 the five)"),
             "auto", "0", 0.01, 4, false);
    numberOr(cmd->add_option("--dropout", a->dropout, "Dropout before the classifier (mini networks; auto: 0.2)"), "auto",
             "-1", 0, 0.99, false);
    cmd->add_option("--dataset", a->dataset, "fashion-mnist[:DIR], cifar10:DIR or folder:DIR (one folder per class)");
    cmd->add_flag("--resume", a->config.resume, "Continue the run in --run from its checkpoint");
    cmd->add_flag("--force", a->force, "Start again in a --run folder that holds a model (the old run goes to previous/)");
    cmd->add_flag("--aux", a->aux, "Train with the auxiliary heads (googlenet)");
    cmd->add_option("--aux-weight", a->config.auxWeight, "Loss weight of each auxiliary head (with --aux)")
        ->check(numberIn(0, 10, false));
    numberOr(cmd->add_option("--subset", a->subset, "Train on the first N images only (all: every image)"), "all", "0", 1,
             1e9);
    numberOr(cmd->add_option("--val-split", a->valSplit,
                             "Hold out the last N training images for validation (none: validate on the test split)"),
             "none", "0", 1, 1e9);
    numberOr(cmd->add_option("--val-every", a->config.validateEvery,
                             "Also validate every N steps (epoch: only at the epochs' ends)"),
             "epoch", "0", 1, 1e9);
    cmd->add_option("--epochs", a->config.epochs, "Passes over the training images")->check(numberIn(1, 10000));
    cmd->add_option("--batch", a->config.batch, "Images per step (split between the processes)")
        ->check(numberIn(1, 65536));
    cmd->add_option("--lr", a->config.lr, "Peak learning rate")->check(numberIn(1e-9, 10, false));
    cmd->add_option("--optimizer", a->config.optimizer, "sgd, adam or adamw")->check(oneOf({"sgd", "adam", "adamw"}));
    cmd->add_option("--momentum", a->config.momentum, "SGD momentum (Adam's beta1)")->check(numberIn(0, 0.999, false));
    cmd->add_option("--weight-decay", a->config.weightDecay, "L2 penalty (decoupled for adamw)")
        ->check(numberIn(0, 1, false));
    cmd->add_option("--label-smoothing", a->config.labelSmoothing, "Share of the target spread over the other classes")
        ->check(numberIn(0, 0.99, false));
    cmd->add_option("--schedule", a->config.schedule, "constant, step or cosine")
        ->check(oneOf({"constant", "step", "cosine"}));
    cmd->add_option("--warmup", a->config.warmupSteps, "Warm-up steps (the rate rises linearly)")
        ->check(numberIn(0, 1e9));
    numberOr(cmd->add_option("--clip", a->config.gradClip, "Clip the gradients' global norm (off: no clipping)"), "off",
             "0", 1e-6, 1e6, false);
    cmd->add_flag("--augment", a->config.augment, "Random crop and flip");
    cmd->add_flag("--shuffle-labels", a->shuffleLabels,
                  "Permute the training labels (the data randomisation test of saliency maps; validation keeps its own)");
    cmd->add_option("--seed", a->config.seed, "Seed of the initial weights, the order and the augmentation")
        ->check(numberIn(0, 4294967295));
    addThreadsOption(cmd, a->config.threads);
    cmd->add_option("--run", a->runDir, "Run folder: metrics.csv, config.json, model.safetensors + model.json");
    cmd->callback([&run, a, cmd] {
        for (const CLI::Option* o : cmd->get_options())
            if (o->count() > 0)
                for (const auto& l : o->get_lnames())
                    a->given.insert("--" + l);
        run = [a] { return runTrain(*a); };
    });
}

struct EvalArgs {
    std::string variant = "mini_inception", dataset = "fashion-mnist", split = "test";
    WeightsArgs weights;
    RunArgs runArgs;
    int batch = 500;
};

int runEvaluate(const EvalArgs& e)
{
    const auto d = data::datasetFromSpec(e.dataset, e.split);
    const auto model = openForCommand(e.variant, e.weights);
    engine::Session session(model, sessionOptions(e.runArgs));
    const int64_t classes = model->classes();
    auto confusion = torch::zeros({classes, classes}, torch::kInt64);
    double lossSum = 0;
    int64_t correct = 0;
    ProgressLine line("evaluating", false);
    for (int64_t i = 0; i < d.size(); i += e.batch) {
        const int64_t n = std::min<int64_t>(e.batch, d.size() - i);
        line.update(double(i) / double(d.size()), std::to_string(i) + "/" + std::to_string(d.size()) + " images");
        const auto p = session.run(train::toInput(d.images.narrow(0, i, n)).contiguous());
        const auto labels = d.labels.narrow(0, i, n);
        lossSum += torch::nn::functional::cross_entropy(p.logits, labels).item<double>() * double(n);
        const auto predicted = p.logits.argmax(1);
        correct += (predicted == labels).sum().item<int64_t>();
        confusion.index_put_({labels, predicted}, torch::ones({n}, torch::kInt64), /*accumulate=*/true);
    }
    const double accuracy = double(correct) / double(std::max<int64_t>(1, d.size()));
    std::cout << "accuracy " << fixed(100 * accuracy, 2) << " % on " << d.size() << " " << e.split << " images (loss "
              << fixed(lossSum / double(std::max<int64_t>(1, d.size())), 4) << "; " << weightsLine(*model)
              << "; " << session.deviceName() << ", " << (session.compiled() ? "compiled plan" : "eager network")
              << ", " << e.runArgs.precision << ")\nconfusion (rows: true class, columns: predicted)\n";
    for (int64_t i = 0; i < classes; ++i) {
        std::cout << std::setw(12) << (size_t(i) < d.classes.size() ? d.classes[size_t(i)] : std::to_string(i));
        for (int64_t j = 0; j < classes; ++j)
            std::cout << std::setw(6) << confusion[i][j].item<int64_t>();
        std::cout << '\n';
    }
    return 0;
}

void addEvaluateCommand(CLI::App& app, Runner& run)
{
    auto e = std::make_shared<EvalArgs>();
    auto* eval = app.add_subcommand("evaluate", "Accuracy and confusion matrix of a model, through the engine");
    eval->add_option("--variant", e->variant, kVariantHelp);
    addWeightsOptions(eval, e->weights, /*untrainedFlag=*/false);
    addRunOptions(eval, e->runArgs);
    eval->add_option("--dataset", e->dataset, "fashion-mnist[:DIR], cifar10:DIR or folder:DIR");
    eval->add_option("--split", e->split, "train or test")->check(oneOf({"train", "test"}));
    eval->add_option("--batch", e->batch, "Images per forward")->check(numberIn(1, 4096));
    eval->callback([&run, e] { run = [e] { return runEvaluate(*e); }; });
}

}  // namespace

void addTrainCommands(CLI::App& app, Runner& run)
{
    addTrainCommand(app, run);
    addEvaluateCommand(app, run);
}

}  // namespace inception::cli
