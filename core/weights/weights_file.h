#pragma once
// The one door for weight files: every caller that reads weights (opening a model, the
// calibration cache, the CLI's `weights` command) reads them here. The format is told by the
// file's content, not its name — a zip checkpoint (torch.save since 1.6), the legacy pre-zip
// format, .safetensors — and a model file of this project (tensors with the JSON beside them
// that says which network they fit) comes back with that description. Nothing in a file is
// executed.
#include <optional>
#include <string>

#include "weights/checkpoint.h"
#include "weights/model_file.h"
#include "weights/tensor_map.h"

namespace inception::weights {

struct WeightsFile {
    std::string path;
    CheckpointFormat format = CheckpointFormat::Unknown;
    TensorMap tensors;
    std::optional<ModelFileInfo> info;  // set for a model file of this project
};

// Throws inception::Error naming the path: not found, unreadable, not a weight file, damaged,
// or a model file whose JSON is wrong (naming the field).
WeightsFile readWeightsFile(const std::string& path);

}  // namespace inception::weights
