#pragma once
// Each command's help ends with real examples (and the exit codes). `tests/cli/examples_check.py`
// runs every one of them, in a folder holding photo.jpg and photos/.
#include <CLI/CLI.hpp>

namespace inception::cli {

// Sets each command's footer: "Examples:" with its command lines, then the exit codes.
void addExamples(CLI::App& app);

}  // namespace inception::cli
