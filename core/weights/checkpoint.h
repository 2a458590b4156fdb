#pragma once
// Reading PyTorch weight files without executing anything in them:
// the zip checkpoint format (torch.save since 1.6), the legacy pre-zip format, and .safetensors.
#include <string>

#include "weights/tensor_map.h"

namespace inception::weights {

enum class CheckpointFormat { Zip, Legacy, Safetensors, Unknown };

CheckpointFormat detectFormat(const std::string& path);
const char* toString(CheckpointFormat format);

// The tensors of a state_dict file (a dict of name -> tensor; a dict that wraps one under
// "state_dict" or "model" is unwrapped). Throws inception::Error with the file's path.
TensorMap readCheckpoint(const std::string& path);

}  // namespace inception::weights
