#pragma once
// The number formats a Session can run in, and what the CPU under us can do with them.
#include <string>

#include "models/intervention.h"

namespace inception::engine {

enum class Precision { Float32, BFloat16, Float16 };

const char* toString(Precision p);  // "float32", "bfloat16", "float16"
// "float32" / "fp32", "bfloat16" / "bf16", "float16" / "fp16"; throws inception::Error(BadArgument).
Precision parsePrecision(const std::string& text);

using models::Intervention;
const char* toString(Intervention i);
Intervention parseIntervention(const std::string& text);  // "zero" | "mean"

}  // namespace inception::engine
