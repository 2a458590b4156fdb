#pragma once
// What several commands share: finding weights, reading inputs, choosing devices.
#include <optional>
#include <string>
#include <vector>

#include "engine/engine.h"
#include "engine/loader.h"

namespace inception::cli {

struct WeightsChoice {
    std::string path;          // empty: the catalog's cached file
    std::optional<bool> transformInput;
    bool allowUntrained = false;  // fall back to random weights (said on every output)
};

struct ReadyEngine {
    std::unique_ptr<engine::Engine> engine;
    std::string weightsDescription;  // file, "published", or "UNTRAINED"
    bool untrained = false;
    bool transformInput = false;
};

ReadyEngine makeEngine(const std::string& variant, const WeightsChoice& weights, const engine::EngineOptions& options);
engine::DeviceChoice parseDevice(const std::string& device);

// A preprocessed batch: a .safetensors file's `input` tensor, or an image file through the
// variant's preset (when built with the vision library).
torch::Tensor readInput(const std::string& path, const std::string& variant, bool antialias);

bool haveVision();

}  // namespace inception::cli
