#pragma once
// The subcommands of inception-cli. Each registers its options on the app and returns
// the function that runs it (exit code).
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <functional>

#include <string>

#include "common/format.h"
#include "option_checks.h"

namespace inception::cli {

using Runner = std::function<int()>;

void addListCommand(CLI::App& app, Runner& run);
void addSummaryCommand(CLI::App& app, Runner& run);
void addForwardCommand(CLI::App& app, Runner& run);
void addClassifyCommand(CLI::App& app, Runner& run);
void addWeightsCommand(CLI::App& app, Runner& run);
void addActivationsCommand(CLI::App& app, Runner& run);
void addBenchCommand(CLI::App& app, Runner& run);
void addPreprocessCommand(CLI::App& app, Runner& run);
void addInitCommand(CLI::App& app, Runner& run);
void addCompareCommand(CLI::App& app, Runner& run);
void addExplainCommand(CLI::App& app, Runner& run);  // explain (Grad-CAM, occlusion)
void addVisualizeCommand(CLI::App& app, Runner& run);  // feature visualisation
void addDreamCommand(CLI::App& app, Runner& run);      // DeepDream

#ifdef INCEPTION_HAVE_TRAIN
void addTrainCommands(CLI::App& app, Runner& run);  // train, evaluate (datasets need zlib)
#endif
#ifdef INCEPTION_HAVE_VISION
void addLiveCommand(CLI::App& app, Runner& run);  // frame sources need OpenCV
void addIndexCommands(CLI::App& app, Runner& run);  // index-folder, top-images
#endif

// "1.50" style figures; "6,624,904" comes from the core.
using inception::groupDigits;
using inception::shapeString;
std::string fixed(double v, int decimals);

}  // namespace inception::cli
