#pragma once
// What a training run's folder holds and how the trainer reads and writes it: config.json (the
// configuration), metrics.csv (a row per step, validation and epoch), and checkpoint.pt (the
// whole state a run resumes from — weights, optimiser, epoch, step, the epoch's shuffle, every
// random generator), each written atomically. model.safetensors + model.json: saveWeights
// (trainer.h).
#include <torch/torch.h>

#include <filesystem>

#include "models/network.h"
#include "train/trainer.h"

namespace inception::train {

// The state a run resumes from: everything fit() keeps between two steps.
struct Progress {
    int epoch = 1;            // the epoch in progress
    int64_t batch = 0;        // the next batch of that epoch
    int64_t step = 0;         // steps taken
    torch::Tensor order;      // the epoch's shuffle (undefined before its first batch)
    double lossSum = 0;
    int64_t correct = 0, seen = 0;
};

inline constexpr const char* kCheckpoint = "checkpoint.pt";

void saveCheckpoint(models::InceptionNet& net, torch::optim::Optimizer& optimizer, const Progress& p,
                    torch::Generator& gen, torch::Generator& augGen, const std::filesystem::path& path);
// Throws inception::Error (WeightsMismatch) for a checkpoint of another network or width.
Progress loadCheckpoint(models::InceptionNet& net, torch::optim::Optimizer& optimizer, torch::Generator& gen,
                        torch::Generator& augGen, const std::filesystem::path& path);

// metrics.csv without the rows after `step` (a run that stopped without a checkpoint at its
// last step wrote some), so the resumed run appends to the curve where it goes on.
void truncateMetrics(const std::filesystem::path& path, int64_t step);

// config.json: the run's configuration, for the reader of the folder.
void writeConfig(const TrainConfig& c, const models::InceptionNet& net, const std::filesystem::path& dir);

}  // namespace inception::train
