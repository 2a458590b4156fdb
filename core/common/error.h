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

// Every code, for tables that must cover them all (the window's translated messages).
inline constexpr ErrorCode kAllErrorCodes[] = {
    ErrorCode::UnknownVariant, ErrorCode::UnknownNode,       ErrorCode::BadArgument,     ErrorCode::FileNotFound,
    ErrorCode::FileUnreadable, ErrorCode::CorruptFile,       ErrorCode::ForbiddenGlobal, ErrorCode::UnsupportedFormat,
    ErrorCode::WeightsMismatch, ErrorCode::ShapeMismatch,    ErrorCode::Internal,
};

// The message is the technical detail (English, for logs and the CLI); the fields let a user
// interface say what happened in its own words and language.
class Error : public std::runtime_error {
public:
    Error(ErrorCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
    ErrorCode code() const noexcept { return code_; }
    // The file (or source, or variant) the error is about, when known.
    const std::string& path() const noexcept { return path_; }
    // Set where a reader's entry point knows the file and the thrower did not say.
    void setPath(const std::string& path)
    {
        if (path_.empty())
            path_ = path;
    }

private:
    ErrorCode code_;
    std::string path_;
};

// Runs f(); an inception::Error leaving it carries `path` (unless it names its own).
template <class F>
auto aboutFile(const std::string& path, F&& f) -> decltype(f())
{
    try {
        return f();
    } catch (Error& e) {
        e.setPath(path);
        throw;
    }
}

}  // namespace inception
