#include "engine/precision.h"

#include "common/error.h"

namespace inception::engine {

const char* toString(Precision p)
{
    switch (p) {
    case Precision::Float32:
        return "float32";
    case Precision::BFloat16:
        return "bfloat16";
    case Precision::Float16:
        return "float16";
    }
    return "?";
}

Precision parsePrecision(const std::string& text)
{
    if (text == "float32" || text == "fp32")
        return Precision::Float32;
    if (text == "bfloat16" || text == "bf16")
        return Precision::BFloat16;
    if (text == "float16" || text == "fp16")
        return Precision::Float16;
    throw Error(ErrorCode::BadArgument, "unknown precision '" + text + "' (float32, bfloat16 or float16)");
}

const char* toString(Intervention i) { return i == Intervention::Zero ? "zero" : "mean"; }

Intervention parseIntervention(const std::string& text)
{
    if (text == "zero")
        return Intervention::Zero;
    if (text == "mean")
        return Intervention::Mean;
    throw Error(ErrorCode::BadArgument, "unknown intervention '" + text + "' (zero or mean)");
}

}  // namespace inception::engine
