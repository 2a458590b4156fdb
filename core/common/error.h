#pragma once
// The core's error type: a code a caller can branch on and an actionable message
// (what failed, which file, what to do). c10::Error and cv::Exception are wrapped
// into it at the core's boundary.
#include <stdexcept>
#include <string>

namespace inception {

enum class ErrorCode {
    UnknownVariant,
    UnknownNode,
    BadArgument,
    FileNotFound,
    FileUnreadable,
    CorruptFile,
    ForbiddenGlobal,
    UnsupportedFormat,
    WeightsMismatch,
    ShapeMismatch,
    Internal,
};

class Error : public std::runtime_error {
public:
    Error(ErrorCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
    ErrorCode code() const noexcept { return code_; }

private:
    ErrorCode code_;
};

}  // namespace inception
