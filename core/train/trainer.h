#pragma once
// Training on the CPU (or CUDA): SGD with momentum, Adam or AdamW; weight decay, label
// smoothing, step / cosine schedules with warm-up, gradient clipping, seeded runs, and a NaN
// guard that stops with a clear message. Every step and epoch is reported to a callback and,
// when a run folder is given, appended to metrics.csv there (the config as config.json, the
// weights as model.safetensors with model.json, and the whole state as checkpoint.pt at every epoch and at a stop, each
// written to a temporary file, fsynced and renamed). A run resumes from its folder: model,
// optimiser, epoch, step, the epoch's shuffle and every random generator come back, so the
// curve goes on as if it had never stopped (with the same thread count).
// With a Distributed group, each rank trains on its share of every global batch and the
// gradients are averaged; rank 0 writes the run folder.
#include <functional>
#include <string>
#include <vector>

#include <memory>

#include "data/datasets.h"
#include "models/network.h"
#include "weights/model_file.h"

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
    int validateEvery = 0;  // also evaluate on the validation set every N steps; 0: at epoch ends only
    uint64_t seed = 0;
    int threads = 0;        // 0: all cores
    double auxWeight = 0.3; // loss weight of each auxiliary head (networks built with them)
    std::string runDir;     // metrics.csv, config.json, model.safetensors + model.json, checkpoint.pt
    weights::ModelFileInfo modelInfo;  // what model.json says (variant, width, classes); blanks filled in
    bool resume = false;    // continue from runDir/checkpoint.pt when there is one
    std::string command;    // a JSON object kept in config.json as "command": how the run was asked for
};

class Distributed;

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

struct ValidationReport {
    int epoch = 0;
    int64_t step = 0;
    double loss = 0, accuracy = 0;
};

struct Evaluation {
    double loss = 0, accuracy = 0;
    torch::Tensor confusion;  // int64 [classes, classes]: rows true, columns predicted
};

struct TrainCallbacks {
    std::function<void(const StepReport&)> step;
    std::function<void(const EpochReport&)> epoch;
    std::function<void(const ValidationReport&)> validation;  // every validateEvery steps
    std::function<void(int64_t done, int64_t total)> validating;  // images validated so far
    // Before each optimiser step (tests: inject a NaN); return false to stop.
    std::function<bool(models::InceptionNetImpl& net, int64_t step)> beforeStep;
    // Polled before every step: true stops the run at that step boundary, after writing a
    // checkpoint it resumes from (pause and stop in the window). One process only.
    std::function<bool()> stopRequested;
};

struct FitResult {
    std::vector<EpochReport> epochs;
    bool stopped = false;      // by stopRequested
    int64_t resumedAt = 0;     // the step the run continued from (0: a fresh start)
    int64_t lastStep = 0;
};

// Images uint8 [N, C, H, W] to the network's input: x / 255, then (x - 0.5) / 0.5 (float32
// images, an image folder's, are the input already).
torch::Tensor toInput(const torch::Tensor& images);

FitResult fit(models::InceptionNet& net, const data::Dataset& train, const data::Dataset& validation,
              const TrainConfig& config, const TrainCallbacks& callbacks = {},
              const std::shared_ptr<Distributed>& distributed = nullptr);

// progress(done, total) hears each batch.
Evaluation evaluate(models::InceptionNet& net, const data::Dataset& data, int batch = 500,
                    const std::function<void(int64_t done, int64_t total)>& progress = {});

// `net`'s parameters and buffers as a model file (X.safetensors + X.json, each written
// atomically): what engine::openModel reads. Empty fields of `info` come from the network.
void saveWeights(models::InceptionNet& net, const std::string& path, const weights::ModelFileInfo& info = {});

}  // namespace inception::train
