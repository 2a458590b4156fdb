#pragma once
// What several commands share: opening a network (through the engine's one openModel), reading
// inputs, the options every running command takes.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

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
    std::string labels;         // class names, one per line (empty: the file's own, or ImageNet's)
};

// --device, --threads, --precision, --plan: how a command runs.
struct RunArgs {
    std::string device = "auto", precision = "float32", plan = "auto";
    int threads = 0;
};

// untrainedFlag false: the command runs only files (no --untrained, no seed). seedOption: the name of
// the random weights' seed (commands whose --seed means something else
// name it --weights-seed).
void addWeightsOptions(CLI::App* cmd, WeightsArgs& w, bool untrainedFlag = true,
                       const std::string& seedOption = "--seed");
// --transform-input / --no-transform-input: torchvision's input transform forced on or off
// (default: the catalog's choice for a published file).
void addTransformInputOptions(CLI::App* cmd, WeightsArgs& w);
void addRunOptions(CLI::App* cmd, RunArgs& r);
// --threads N|auto (0 in `threads` is auto: all cores).
void addThreadsOption(CLI::App* cmd, int& threads);

// --untrained always gives random weights (and refuses --weights beside it).
// On a terminal (and not `quiet`, e.g. --json) a progress line while the network opens: reading
// the weights, the first calibration of random ones.
std::shared_ptr<const engine::Model> openForCommand(const std::string& variant, const WeightsArgs& w,
                                                    bool quiet = false);

// Which weights ran, for --json: weights (the description), weights_kind (file, published,
// bundled, untrained), weights_file and weights_sha256 (files), weights_seed (untrained).
nlohmann::json weightsFields(const engine::Model& model);
// The same as one line for the text output: "weights: FILE (sha256 1a2b3c4d…)" or the description.
std::string weightsLine(const engine::Model& model);
engine::SessionOptions sessionOptions(const RunArgs& r);

// A preprocessed batch: a .safetensors file's `input` tensor, or an image file through the
// model's preset (when built with the vision library).
torch::Tensor readInput(const std::string& path, const engine::Model& model, bool antialias);
torch::Tensor readInput(const std::string& path, const models::PreprocessPreset& preset, int64_t channels,
                        const std::string& variant, bool antialias);

bool haveVision();

// Output files, checked before the work starts: folder there and writable, extension known.
// Throws inception::Error(FileUnreadable) "--png out/x.gif: has the extension .gif (use .png, …)".
struct OutputFile {
    const char* option;
    const std::string& path;  // empty: not asked for
    const std::vector<std::string>& extensions;
};
void checkOutputs(const std::vector<OutputFile>& outputs);
extern const std::vector<std::string> kPictureFiles;  // what --png takes
extern const std::vector<std::string> kTensorFiles;   // .safetensors

// --knockout NODE[=zero|mean], repeatable (classify, explain).
std::map<std::string, models::Intervention> parseKnockouts(const std::vector<std::string>& specs);

}  // namespace inception::cli
