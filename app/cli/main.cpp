// inception-cli: list, describe and run the Inception networks from a terminal.
#include <c10/util/Exception.h>

#include <csignal>
#include <iostream>
#include <unistd.h>

#include "commands.h"
#include "common/error.h"
#include "examples.h"
#include "option_checks.h"
#include "usage.h"

namespace {

extern "C" void interrupted(int)
{
    static const char text[] = "\ninception-cli: interrupted\n";
    [[maybe_unused]] const auto n = write(STDERR_FILENO, text, sizeof text - 1);
    _exit(inception::cli::kExitInterrupted);
}

}  // namespace

int main(int argc, char** argv)
{
    using namespace inception::cli;
    CLI::App app{"inception-cli: the Inception networks from the command line"};
    app.name("inception-cli");
    app.require_subcommand(1);
    app.option_defaults()->always_capture_default();
    app.set_version_flag("--version", std::string("inception-cli ") + PROJECT_VERSION);
    app.footer(kExitCodesHelp);
    Runner run;
    addListCommand(app, run);
    addSummaryCommand(app, run);
    addForwardCommand(app, run);
    addClassifyCommand(app, run);
    addWeightsCommand(app, run);
    addActivationsCommand(app, run);
    addBenchCommand(app, run);
    addPreprocessCommand(app, run);
    addInitCommand(app, run);
    addCompareCommand(app, run);
    addExplainCommand(app, run);
    addVisualizeCommand(app, run);
    addDreamCommand(app, run);
#ifdef INCEPTION_HAVE_VISION
    addLiveCommand(app, run);
    addIndexCommands(app, run);
#endif
#ifdef INCEPTION_HAVE_TRAIN
    addTrainCommands(app, run);
#endif
    checkVariantNames(app);
    addExamples(app);
    if (const auto early = beforeParsing(app, argc, argv))
        return *early;
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return reportParseError(app, e);
    }
    std::signal(SIGINT, interrupted);
    try {
        return run();
    } catch (const inception::Error& e) {
        std::cerr << "inception-cli: " << e.what() << '\n';
        return exitCodeOf(e.code());
    } catch (const c10::Error& e) {
        std::string msg = e.what_without_backtrace();
        std::cerr << "inception-cli: " << msg.substr(0, msg.find('\n')) << '\n';
        return kExitInput;
    } catch (const std::exception& e) {
        std::string msg = e.what();
        std::cerr << "inception-cli: " << msg.substr(0, msg.find('\n')) << '\n';
        return kExitInput;
    }
}
