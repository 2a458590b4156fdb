#pragma once
// What several commands share: opening a network (through the engine's one openModel), reading
// inputs, the options every running command takes.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/model.h"
#include "engine/session.h"
#include "models/intervention.h"

namespace CLI {
class App;
}

namespace inception::cli {

// --weights, --untrained, --seed, --transform-input: which weights a command opens.
struct WeightsArgs {
    std::string path;           // empty: the published file in the cache / the bundled model
    bool untrained = false;     // random weights when none are found (said on every output)
    uint64_t seed = 0;
    std::optional<bool> transformInput;
};

// --device, --threads, --precision, --plan: how a command runs.
struct RunArgs {
    std::string device = "auto", precision = "float32", plan = "auto";
    int threads = 0;
};

// seedOption: the name of the random weights' seed (commands whose --seed means something else
// name it --weights-seed).
void addWeightsOptions(CLI::App* cmd, WeightsArgs& w, bool untrainedFlag = true,
                       const std::string& seedOption = "--seed");
void addRunOptions(CLI::App* cmd, RunArgs& r);

std::shared_ptr<const engine::Model> openForCommand(const std::string& variant, const WeightsArgs& w);
engine::SessionOptions sessionOptions(const RunArgs& r);

// A preprocessed batch: a .safetensors file's `input` tensor, or an image file through the
// model's preset (when built with the vision library).
torch::Tensor readInput(const std::string& path, const engine::Model& model, bool antialias);
torch::Tensor readInput(const std::string& path, const models::PreprocessPreset& preset, int64_t channels,
                        const std::string& variant, bool antialias);

bool haveVision();

// --knockout NODE[=zero|mean], repeatable (classify, explain).
std::map<std::string, models::Intervention> parseKnockouts(const std::vector<std::string>& specs);

}  // namespace inception::cli
