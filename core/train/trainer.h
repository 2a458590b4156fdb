#pragma once
// Training on the CPU (or CUDA): SGD with momentum, Adam or AdamW; weight decay, label
// smoothing, step / cosine schedules with warm-up, gradient clipping, seeded runs, and a NaN
// guard that stops with a clear message. Every step and epoch is reported to a callback and,
// when a run folder is given, appended to metrics.csv there (the config as config.json, the
// weights as model.pt at every epoch, written to a temporary file and renamed).
#include <functional>
#include <string>
#include <vector>

#include "data/datasets.h"
#include "models/network.h"

namespace inception::train {

struct TrainConfig {
    int epochs = 2;
    int batch = 128;
    double lr = 0.05;
    std::string optimizer = "sgd";  // sgd, adam, adamw
    double momentum = 0.9;
    double weightDecay = 5e-4;
    double labelSmoothing = 0.0;
    std::string schedule = "cosine";  // constant, step, cosine
    int warmupSteps = 0;
    double gradClip = 0.0;  // max global norm; 0: off
    bool augment = false;   // random crop (pad 2) and horizontal flip
    uint64_t seed = 0;
    int threads = 0;        // 0: all cores
    std::string runDir;     // metrics.csv, config.json, model.pt; empty: none written
};

struct StepReport {
    int epoch = 0;
    int64_t step = 0;  // global, from 1
    double loss = 0, accuracy = 0, lr = 0, imagesPerSecond = 0;
};

struct EpochReport {
    int epoch = 0;
    int64_t step = 0;
    double trainLoss = 0, trainAccuracy = 0;
    double valLoss = 0, valAccuracy = 0;
    double seconds = 0;
};

struct Evaluation {
    double loss = 0, accuracy = 0;
    torch::Tensor confusion;  // int64 [classes, classes]: rows true, columns predicted
};

struct TrainCallbacks {
    std::function<void(const StepReport&)> step;
    std::function<void(const EpochReport&)> epoch;
    // Before each optimiser step (tests: inject a NaN); return false to stop.
    std::function<bool(models::InceptionNetImpl& net, int64_t step)> beforeStep;
};

// Images uint8 [N, C, H, W] to the network's input: x / 255, then (x - 0.5) / 0.5.
torch::Tensor toInput(const torch::Tensor& images);

std::vector<EpochReport> fit(models::InceptionNet& net, const data::Dataset& train, const data::Dataset& validation,
                             const TrainConfig& config, const TrainCallbacks& callbacks = {});

Evaluation evaluate(models::InceptionNet& net, const data::Dataset& data, int batch = 500);

// Writes `net`'s parameters and buffers to `path` atomically (temporary file, fsync, rename).
void saveWeights(models::InceptionNet& net, const std::string& path);
void loadWeights(models::InceptionNet& net, const std::string& path);

}  // namespace inception::train
