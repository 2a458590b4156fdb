// inception-cli: list, describe and run the Inception networks from a terminal.
#include <c10/util/Exception.h>

#include <iostream>

#include "commands.h"
#include "common/error.h"

int main(int argc, char** argv)
{
    CLI::App app{"inception-cli: the Inception networks from the command line"};
    app.require_subcommand(1);
    inception::cli::Runner run;
    inception::cli::addListCommand(app, run);
    inception::cli::addSummaryCommand(app, run);
    inception::cli::addForwardCommand(app, run);
    inception::cli::addClassifyCommand(app, run);
    inception::cli::addWeightsCommand(app, run);
    inception::cli::addActivationsCommand(app, run);
    inception::cli::addBenchCommand(app, run);
    inception::cli::addPreprocessCommand(app, run);
    inception::cli::addInitCommand(app, run);
    inception::cli::addCompareCommand(app, run);
    inception::cli::addExplainCommand(app, run);
    inception::cli::addVisualizeCommand(app, run);
    inception::cli::addDreamCommand(app, run);
#ifdef INCEPTION_HAVE_VISION
    inception::cli::addLiveCommand(app, run);
    inception::cli::addIndexCommands(app, run);
#endif
#ifdef INCEPTION_HAVE_TRAIN
    inception::cli::addTrainCommands(app, run);
#endif
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    try {
        return run();
    } catch (const inception::Error& e) {
        std::cerr << "inception-cli: " << e.what() << '\n';
        return 2;
    } catch (const c10::Error& e) {
        std::string msg = e.what_without_backtrace();
        std::cerr << "inception-cli: " << msg.substr(0, msg.find('\n')) << '\n';
        return 3;
    } catch (const std::exception& e) {
        std::cerr << "inception-cli: " << e.what() << '\n';
        return 3;
    }
}
