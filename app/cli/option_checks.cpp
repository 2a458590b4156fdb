#include "option_checks.h"

#include <cmath>
#include <cstdlib>
#include <sstream>

#include "arch/names.h"
#include "common/error.h"
#include "models/registry.h"

namespace inception::cli {

namespace {

std::string numberText(double v)
{
    std::ostringstream s;
    if (std::fabs(v) < 1e15 && v == std::floor(v))
        s << static_cast<long long>(v);
    else
        s << v;
    return s.str();
}

// "" when `text` is a number in range; else why not.
std::string checkNumber(const std::string& text, double lo, double hi, bool integral, const std::string& orWord)
{
    const std::string range = "(" + numberText(lo) + " to " + numberText(hi) + (orWord.empty() ? "" : ", or " + orWord) + ")";
    char* end = nullptr;
    const long double v = std::strtold(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || std::isnan(double(v)))
        return "'" + text + "' is not a " + (integral ? "whole number " : "number ") + range;
    if (integral && v != std::floor(v))
        return text + " is not a whole number " + range;
    if (v < lo || v > hi)
        return text + " is out of range " + range;
    return {};
}

}  // namespace

CLI::Validator numberIn(double lo, double hi, bool integral)
{
    return CLI::Validator([=](std::string& s) { return checkNumber(s, lo, hi, integral, {}); },
                          numberText(lo) + ".." + numberText(hi));
}

CLI::Option* numberOr(CLI::Option* option, const std::string& word, const std::string& sentinel, double lo, double hi,
                      bool integral)
{
    option->transform(CLI::Validator(
        [=](std::string& s) {
            if (s == word) {
                s = sentinel;
                return std::string();
            }
            return checkNumber(s, lo, hi, integral, word);
        },
        word + "|" + numberText(lo) + ".." + numberText(hi)));
    option->default_str(word);
    return option;
}

CLI::Validator oneOf(std::vector<std::string> words)
{
    std::string list;
    for (const auto& w : words)
        list += (list.empty() ? "" : ", ") + w;
    return CLI::Validator(
        [words, list](std::string& s) {
            for (const auto& w : words)
                if (s == w)
                    return std::string();
            const std::string near = arch::didYouMean(s, words);
            return "'" + s + "' is not one of " + list + (near.empty() ? "" : "; " + near);
        },
        "{" + list + "}");
}

CLI::Validator variantName()
{
    return CLI::Validator(
        [](std::string& s) {
            try {
                s = models::canonicalVariant(s);
                return std::string();
            } catch (const Error& e) {
                return std::string(e.what());
            }
        },
        "VARIANT");
}

void checkVariantNames(CLI::App& app)
{
    for (CLI::App* cmd : app.get_subcommands({})) {
        for (const char* name : {"--variant", "variant"})
            if (CLI::Option* o = cmd->get_option_no_throw(name))
                o->transform(variantName());
        checkVariantNames(*cmd);
    }
}

}  // namespace inception::cli
