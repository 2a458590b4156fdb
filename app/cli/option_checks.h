#pragma once
// What an option accepts, said in one line when a value is not: numbers with their range
// ("--top: 0 is out of range (1 to 1000)"), a word that stands for the default ("auto"),
// a choice of words with "did you mean …", variant names with their aliases.
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace inception::cli {

// A number from lo to hi (whole when `integral`).
CLI::Validator numberIn(double lo, double hi, bool integral = true);

// `option` takes a number from lo to hi, or `word` (e.g. "auto"), which gives it `sentinel`
// (the value the code reads as "choose for me"); the help shows `word` as the default.
CLI::Option* numberOr(CLI::Option* option, const std::string& word, const std::string& sentinel, double lo, double hi,
                      bool integral = true);

// One of `words`; otherwise "'cpux' is not one of cpu, cuda, auto; did you mean 'cpu'?".
CLI::Validator oneOf(std::vector<std::string> words);

// A variant id, or a way of writing one (models::canonicalVariant), replaced by the id.
CLI::Validator variantName();

// Attach variantName() to every --variant option and `variant` positional of the app's commands.
void checkVariantNames(CLI::App& app);

}  // namespace inception::cli
