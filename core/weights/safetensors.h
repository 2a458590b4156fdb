#pragma once
// The .safetensors format: <u64 little-endian header length><JSON header><raw data>.
#include <map>
#include <string>

#include "weights/tensor_map.h"

namespace inception::weights {

// F32, F64, F16, BF16, I64, I32, I16, I8, U8, BOOL. Half-precision tensors keep their dtype;
// loadStateDict converts them to the parameter's dtype.
TensorMap readSafetensors(const std::string& path);

// Writes atomically (temporary file, then rename). Throws inception::Error on I/O failure.
void writeSafetensors(const std::string& path, const TensorMap& tensors,
                      const std::map<std::string, std::string>& metadata = {});

}  // namespace inception::weights
