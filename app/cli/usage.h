#pragma once
// How inception-cli ends: its exit codes, and what it says when a command line is wrong
// (one line, with "did you mean …" for a mistyped command or option).
#include <CLI/CLI.hpp>

#include <optional>

#include "common/error.h"

namespace inception::cli {

constexpr int kExitOk = 0;           // done
constexpr int kExitFound = 1;        // the work found a problem (compare: above the tolerance)
constexpr int kExitUsage = 2;        // the command line is wrong (unknown command, option, variant, node; a value)
constexpr int kExitInput = 3;        // an input or output could not be read or written (or was not what it says)
constexpr int kExitInterrupted = 130;  // Ctrl+C

extern const char* const kExitCodesHelp;

int exitCodeOf(ErrorCode code);

// The command of `app` called `name` (or one of its aliases); null when there is none.
CLI::App* findCommand(CLI::App& app, const std::string& name);

// `help [COMMAND]`, and a first word that is no command: handled before CLI11 parses (which
// would say "A subcommand is required"). Returns the exit code when the run ends here.
std::optional<int> beforeParsing(CLI::App& app, int argc, char** argv);

// Help and --version to stdout (exit 0); anything else as one line on stderr (exit 2).
int reportParseError(CLI::App& app, const CLI::ParseError& e);

}  // namespace inception::cli
