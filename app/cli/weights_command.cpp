// `weights list` and `weights verify`.
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "common/error.h"
#include "common/sha256.h"
#include "weights/catalog.h"
#include "weights/weights_file.h"

namespace inception::cli {

void addWeightsCommand(CLI::App& app, Runner& run)
{
    auto* cmd = app.add_subcommand("weights", "Published weight files: where to get them, what is cached");
    cmd->require_subcommand(1);
    auto json = std::make_shared<bool>(false);
    auto* list = cmd->add_subcommand("list", "Per variant: file, URL, cached or not, verified or not");
    list->add_flag("--json", *json, "Print JSON");
    list->callback([&run, json] {
        run = [json] {
            nlohmann::json all = nlohmann::json::array();
            for (const auto& w : weights::catalog()) {
                const auto cached = weights::cachedCandidates(w);
                std::string state = "not cached";
                bool verified = false;
                if (!cached.empty()) {
                    verified = weights::verifySha256Prefix(cached.front(), w.sha256Prefix);
                    state = verified ? "cached, verified" : w.sha256Prefix.empty() ? "cached (no hash known)" : "cached, HASH MISMATCH";
                }
                if (*json) {
                    all.push_back({{"variant", w.variant}, {"file", w.fileName}, {"url", weights::downloadUrl(w)},
                                   {"sha256_prefix", w.sha256Prefix}, {"classes", w.classes}, {"top1", w.top1},
                                   {"top5", w.top5}, {"licence", w.licence}, {"transform_input", w.transformInput},
                                   {"cache_path", cached.empty() ? weights::cacheTarget(w) : cached.front()},
                                   {"cached", !cached.empty()}, {"verified", verified}});
                    continue;
                }
                std::cout << w.variant << "  " << w.fileName << "  [" << state << "]\n"
                          << "    url:   " << weights::downloadUrl(w) << '\n'
                          << "    put:   " << (cached.empty() ? weights::cacheTarget(w) : cached.front()) << '\n'
                          << "    top-1 " << fixed(w.top1, 3) << " / top-5 " << fixed(w.top5, 3) << ", " << w.classes
                          << " classes, " << w.licence << (w.transformInput ? ", transform_input" : "") << '\n';
            }
            if (*json)
                std::cout << all.dump(2) << '\n';
            return 0;
        };
    });
    auto file = std::make_shared<std::string>();
    auto* verify = cmd->add_subcommand("verify", "Check a file against the catalog's SHA-256 prefix and read it");
    verify->add_option("file", *file, "Weight file")->required();
    verify->callback([&run, file] {
        run = [file] {
            const auto* entry = weights::identify(*file);
            std::string actual;
            const std::string prefix = entry ? entry->sha256Prefix : "";
            const bool ok = weights::verifySha256Prefix(*file, prefix, &actual);
            std::cout << *file << "\n  sha256 " << actual << '\n';
            if (!entry) {
                std::cout << "  not a published file of the catalog\n";
            } else if (prefix.empty()) {
                std::cout << "  " << entry->variant << ": no published hash is known offline\n";
            } else if (!ok) {
                throw Error(ErrorCode::CorruptFile, *file + ": SHA-256 does not start with " + prefix +
                                                        " (damaged or not the published file); download it again");
            } else {
                std::cout << "  " << entry->variant << ": matches the published prefix " << prefix << '\n';
            }
            const auto read = weights::readWeightsFile(*file);
            std::cout << "  " << weights::toString(read.format) << " format, " << read.tensors.size() << " tensors\n";
            return 0;
        };
    });
}

}  // namespace inception::cli
