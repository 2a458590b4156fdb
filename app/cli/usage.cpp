#include "usage.h"

#include <iostream>
#include <sstream>

#include "arch/names.h"

namespace inception::cli {

const char* const kExitCodesHelp =
    "Exit codes: 0 done; 1 the work found a problem (compare: above the tolerance); 2 the command line is wrong; "
    "3 an input or output could not be read or written; 130 interrupted (Ctrl+C).";

int exitCodeOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::UnknownVariant:
    case ErrorCode::UnknownNode:
    case ErrorCode::BadArgument:
        return kExitUsage;
    default:
        return kExitInput;
    }
}

namespace {

std::vector<std::string> commandNames(CLI::App& app)
{
    std::vector<std::string> names;
    for (const CLI::App* c : app.get_subcommands({}))
        names.push_back(c->get_name());
    return names;
}

// The long option names of the command given last on the line (or of the app).
std::vector<std::string> optionNames(CLI::App& app)
{
    CLI::App* cmd = &app;
    for (auto subs = app.get_subcommands(); !subs.empty(); subs = cmd->get_subcommands())
        cmd = subs.front();
    std::vector<std::string> names;
    for (const CLI::Option* o : cmd->get_options())
        for (const auto& l : o->get_lnames())
            names.push_back("--" + l);
    return names;
}

}  // namespace

CLI::App* findCommand(CLI::App& app, const std::string& name)
{
    for (CLI::App* c : app.get_subcommands({}))
        if (c->check_name(name))
            return c;
    return nullptr;
}

std::optional<int> beforeParsing(CLI::App& app, int argc, char** argv)
{
    if (argc < 2 || argv[1][0] == '-')
        return std::nullopt;
    const std::string first = argv[1];
    if (first == "help") {
        if (argc > 2) {
            if (CLI::App* cmd = findCommand(app, argv[2])) {
                std::cout << cmd->help();
                return kExitOk;
            }
            const std::string near = arch::didYouMean(argv[2], commandNames(app));
            std::cerr << "inception-cli: no command '" << argv[2] << "'" << (near.empty() ? "" : "; " + near)
                      << " (`inception-cli --help` lists them)\n";
            return kExitUsage;
        }
        std::cout << app.help();
        return kExitOk;
    }
    if (findCommand(app, first))
        return std::nullopt;
    const std::string near = arch::didYouMean(first, commandNames(app));
    std::cerr << "inception-cli: no command '" << first << "'" << (near.empty() ? "" : "; " + near)
              << " (`inception-cli --help` lists them)\n";
    return kExitUsage;
}

int reportParseError(CLI::App& app, const CLI::ParseError& e)
{
    if (e.get_exit_code() == 0)
        return app.exit(e);  // --help, --help-all, --version
    std::string what = e.what();
    what = what.substr(0, what.find('\n'));
    if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
        // "The following arguments were not expected: --thread 2": name the nearest option.
        const auto colon = what.find(": ");
        std::istringstream extras(colon == std::string::npos ? std::string() : what.substr(colon + 2));
        std::string word;
        while (extras >> word && word.rfind("-", 0) != 0) {
        }
        if (word.rfind("-", 0) == 0) {
            const std::string near = arch::didYouMean(word, optionNames(app));
            what = "unknown option '" + word + "'" + (near.empty() ? "" : "; " + near);
        }
    }
    std::cerr << "inception-cli: " << what << '\n';
    return kExitUsage;
}

}  // namespace inception::cli
