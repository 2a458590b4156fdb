// `train` and `evaluate`: the small Inception networks on Fashion-MNIST or CIFAR-10.
#include <torch/torch.h>

#include <iomanip>
#include <iostream>
#include <unistd.h>

#include "commands.h"
#include "common/error.h"
#include "data/datasets.h"
#include "models/mini_inception.h"
#include "train/trainer.h"

namespace inception::cli {

namespace {

data::Dataset loadDataset(const std::string& spec, const std::string& split)
{
    if (spec == "fashion-mnist")
        return data::fashionMnist(data::defaultFashionMnistDir(), split);
    if (spec.rfind("fashion-mnist:", 0) == 0)
        return data::fashionMnist(spec.substr(14), split);
    if (spec.rfind("cifar10:", 0) == 0)
        return data::cifar10(spec.substr(8), split);
    throw Error(ErrorCode::BadArgument, "dataset is fashion-mnist[:DIR] or cifar10:DIR, not " + spec);
}

models::InceptionNet makeNet(const std::string& variant, double width, const data::Dataset& d)
{
    auto o = models::miniOptionsFor(variant);
    o.width = width;
    o.channels = int(d.images.size(1));
    o.size = int(d.images.size(2));
    o.classes = 10;
    return models::InceptionNet(models::describeMiniInception(o));
}

}  // namespace

void addTrainCommands(CLI::App& app, Runner& run)
{
    struct Args {
        std::string variant = "mini_inception", dataset = "fashion-mnist", runDir, weights, split = "test";
        double width = 1.0;
        int64_t subset = 0;
        train::TrainConfig config;
    };
    auto a = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("train", "Train a small Inception network (mini_inception[_nobn|_5x5])");
    cmd->add_option("--variant", a->variant, "mini_inception, mini_inception_nobn or mini_inception_5x5");
    cmd->add_option("--width", a->width, "Width multiplier of every filter count")->check(CLI::PositiveNumber);
    cmd->add_option("--dataset", a->dataset, "fashion-mnist[:DIR] or cifar10:DIR");
    cmd->add_option("--subset", a->subset, "Train on the first N images only");
    cmd->add_option("--epochs", a->config.epochs)->check(CLI::PositiveNumber);
    cmd->add_option("--batch", a->config.batch)->check(CLI::PositiveNumber);
    cmd->add_option("--lr", a->config.lr)->check(CLI::PositiveNumber);
    cmd->add_option("--optimizer", a->config.optimizer, "sgd, adam or adamw");
    cmd->add_option("--momentum", a->config.momentum);
    cmd->add_option("--weight-decay", a->config.weightDecay);
    cmd->add_option("--label-smoothing", a->config.labelSmoothing);
    cmd->add_option("--schedule", a->config.schedule, "constant, step or cosine");
    cmd->add_option("--warmup", a->config.warmupSteps, "Warm-up steps");
    cmd->add_option("--clip", a->config.gradClip, "Clip the gradients' global norm");
    cmd->add_flag("--augment", a->config.augment, "Random crop and flip");
    cmd->add_option("--seed", a->config.seed);
    cmd->add_option("--threads", a->config.threads);
    cmd->add_option("--run", a->runDir, "Run folder: metrics.csv, config.json, model.pt");
    cmd->callback([&run, a] {
        run = [a] {
            auto trainSet = loadDataset(a->dataset, "train");
            if (a->subset > 0)
                trainSet = trainSet.head(a->subset);
            const auto testSet = loadDataset(a->dataset, "test");
            auto net = makeNet(a->variant, a->width, trainSet);
            a->config.runDir = a->runDir;
            const bool tty = ::isatty(STDOUT_FILENO);
            const int64_t perEpoch = (trainSet.size() + a->config.batch - 1) / a->config.batch;
            const int64_t total = perEpoch * a->config.epochs;
            std::cout << net->desc().variant << ": " << net->desc().root.params << " parameters, " << trainSet.size()
                      << " training images, " << total << " steps\n";
            const auto start = std::chrono::steady_clock::now();
            train::TrainCallbacks cb;
            cb.step = [&](const train::StepReport& r) {
                if (!tty && r.step % 50 != 0)
                    return;
                const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
                const double eta = elapsed / double(r.step) * double(total - r.step);
                std::cout << (tty ? "\r" : "") << "epoch " << r.epoch << "  step " << r.step << '/' << total << "  loss "
                          << fixed(r.loss, 4) << "  lr " << fixed(r.lr, 4) << "  " << fixed(r.imagesPerSecond, 0)
                          << " img/s  ETA " << int(eta) << " s" << (tty ? "   " : "\n") << std::flush;
            };
            cb.epoch = [&](const train::EpochReport& e) {
                std::cout << (tty ? "\n" : "") << "epoch " << e.epoch << ": train loss " << fixed(e.trainLoss, 4)
                          << ", accuracy " << fixed(100 * e.trainAccuracy, 2) << " %; test loss " << fixed(e.valLoss, 4)
                          << ", accuracy " << fixed(100 * e.valAccuracy, 2) << " % (" << fixed(e.seconds, 1) << " s)\n";
            };
            train::fit(net, trainSet, testSet, a->config, cb);
            return 0;
        };
    });

    auto* eval = app.add_subcommand("evaluate", "Accuracy and confusion matrix of trained weights");
    eval->add_option("--variant", a->variant, "mini_inception, mini_inception_nobn or mini_inception_5x5");
    eval->add_option("--width", a->width, "Width multiplier the weights were trained with");
    eval->add_option("--weights", a->weights, "model.pt of a run")->required();
    eval->add_option("--dataset", a->dataset, "fashion-mnist[:DIR] or cifar10:DIR");
    eval->add_option("--split", a->split, "train or test");
    eval->callback([&run, a] {
        run = [a] {
            const auto d = loadDataset(a->dataset, a->split);
            auto net = makeNet(a->variant, a->width, d);
            train::loadWeights(net, a->weights);
            const auto e = train::evaluate(net, d);
            std::cout << "accuracy " << fixed(100 * e.accuracy, 2) << " % on " << d.size() << " " << a->split
                      << " images (loss " << fixed(e.loss, 4) << ")\nconfusion (rows: true class, columns: predicted)\n";
            for (int64_t i = 0; i < e.confusion.size(0); ++i) {
                std::cout << std::setw(12) << (size_t(i) < d.classes.size() ? d.classes[size_t(i)] : std::to_string(i));
                for (int64_t j = 0; j < e.confusion.size(1); ++j)
                    std::cout << std::setw(6) << e.confusion[i][j].item<int64_t>();
                std::cout << '\n';
            }
            return 0;
        };
    });
}

}  // namespace inception::cli
