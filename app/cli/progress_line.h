#pragma once
// A progress line for long work, on a terminal only: "\r<what> [#####.......] 42%  <detail>  ETA 3 s"
// on stderr, at most ten times a second, cleared when done. Quiet when stderr is not a terminal
// or the command prints JSON.
#include <chrono>
#include <string>

namespace inception::cli {

class ProgressLine {
public:
    ProgressLine(std::string what, bool quiet);
    ~ProgressLine();
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    void update(double fraction, const std::string& detail = {});
    void setWhat(std::string what) { what_ = std::move(what); }
    bool shown() const { return on_; }

private:
    std::string what_;
    bool on_ = false, drawn_ = false;
    std::chrono::steady_clock::time_point start_, last_;
    size_t width_ = 0;
};

}  // namespace inception::cli
