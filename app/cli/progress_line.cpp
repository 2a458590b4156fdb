#include "progress_line.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace inception::cli {

ProgressLine::ProgressLine(std::string what, bool quiet)
    : what_(std::move(what)), on_(!quiet && ::isatty(STDERR_FILENO)), start_(std::chrono::steady_clock::now())
{
}

ProgressLine::~ProgressLine()
{
    if (drawn_)
        std::fprintf(stderr, "\r%s\r", std::string(width_, ' ').c_str());
}

void ProgressLine::update(double fraction, const std::string& detail)
{
    if (!on_)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (drawn_ && fraction < 1.0 && now - last_ < std::chrono::milliseconds(100))
        return;
    last_ = now;
    fraction = std::clamp(fraction, 0.0, 1.0);
    const auto filled = size_t(20 * fraction);
    std::string line = what_ + " [" + std::string(filled, '#') + std::string(20 - filled, '.') + "] " +
                       std::to_string(int(100 * fraction)) + "%";
    if (!detail.empty())
        line += "  " + detail;
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    if (fraction > 0.02 && fraction < 1.0 && elapsed > 1.0)
        line += "  ETA " + std::to_string(int(elapsed / fraction * (1.0 - fraction) + 0.5)) + " s";
    const size_t shown = line.size();
    if (line.size() < width_)
        line += std::string(width_ - line.size(), ' ');
    width_ = std::max(width_, shown);
    std::fprintf(stderr, "\r%s", line.c_str());
    std::fflush(stderr);
    drawn_ = true;
}

}  // namespace inception::cli
