// `list` and `summary`: what the architecture tree says, no LibTorch needed.
#include <iomanip>
#include <iostream>
#include <sstream>

#include "arch/archjson.h"
#include "arch/names.h"
#include "commands.h"
#include "models/registry.h"

namespace inception::cli {

void addListCommand(CLI::App& app, Runner& run)
{
    auto* cmd = app.add_subcommand("list", "One line per variant: id, name, params, GMACs, input");
    auto json = std::make_shared<bool>(false);
    cmd->add_flag("--json", *json, "Print JSON");
    cmd->callback([&run, json] {
        run = [json] {
            nlohmann::json all = nlohmann::json::array();
            if (!*json)
                std::cout << std::left << std::setw(22) << "id" << std::setw(30) << "name" << std::right
                          << std::setw(13) << "params" << std::setw(8) << "GMACs" << std::setw(8) << "input"
                          << "  reference\n";
            // The five reference networks, then the teaching networks trained by this project.
            for (const auto* list : {&models::variants(), &models::teachingVariants()})
                for (const auto& v : *list) {
                    const auto d = models::describe(v.id);
                    const bool teaching = models::isTeachingVariant(v.id);
                    if (*json) {
                        all.push_back({{"id", v.id}, {"name", v.displayName}, {"params", d.root.params},
                                       {"macs", d.root.macs}, {"input", d.input}, {"reference", v.reference},
                                       {"paper", v.paperTitle}, {"year", v.paperYear}, {"teaching", teaching}});
                        continue;
                    }
                    std::cout << std::left << std::setw(22) << v.id << std::setw(30) << v.displayName << std::right
                              << std::setw(13) << groupDigits(d.root.params) << std::setw(8)
                              << fixed(double(d.root.macs) / 1e9, teaching ? 3 : 2) << std::setw(8)
                              << (std::to_string(d.input[0]) + "x" + std::to_string(v.inputSize)) << "  "
                              << v.reference << '\n';
                }
            if (*json)
                std::cout << all.dump(2) << '\n';
            return 0;
        };
    });
}

void addSummaryCommand(CLI::App& app, Runner& run)
{
    struct Args {
        std::string variant;
        int depth = 2;
        bool json = false;
        bool aux = false, ids = false;
        int input = 0;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("summary", "The annotated architecture tree of a variant");
    cmd->add_option("variant", args->variant, "Variant id (see `list`)")->required();
    cmd->add_option("--depth", args->depth, "Tree depth shown in the table (0 = network only)")
        ->check(numberIn(0, 64));
    cmd->add_flag("--json", args->json, "Print the whole annotated tree as JSON");
    cmd->add_flag("--ids", args->ids, "Print every node id, one per line (what --node, --capture and --knockout take)");
    cmd->add_flag("--aux", args->aux, "Include the auxiliary heads (googlenet, inception_v3)");
    numberOr(cmd->add_option("--input-size", args->input, "Square input size (auto: the variant's)"), "auto", "0", 1, 4096);
    cmd->callback([&run, args] {
        run = [args] {
            models::ModelOptions options;
            options.auxLogits = args->aux;
            const arch::NetworkDesc d = models::describe(args->variant, options, args->input);
            if (args->json) {
                std::cout << arch::toJson(d).dump(1) << '\n';
                return 0;
            }
            if (args->ids) {
                for (const auto& id : arch::nodeIds(d))
                    std::cout << id << '\n';
                for (const auto& a : d.aux)
                    arch::forEachNode(a.head, [](const arch::ArchNode& n, int) { std::cout << n.id << '\n'; });
                return 0;
            }
            const auto& info = models::variant(args->variant);
            std::cout << info.displayName << " (" << info.reference << "), input " << shapeString(d.input) << "\n\n";
            std::cout << std::left << std::setw(48) << "node" << std::setw(12) << "kind" << std::setw(16)
                      << "output" << std::right << std::setw(14) << "params" << std::setw(17) << "MACs" << '\n';
            std::cout << std::string(107, '-') << '\n';
            auto row = [](const arch::ArchNode& n, int depth) {
                std::cout << std::left << std::setw(48) << (std::string(size_t(2 * depth), ' ') + n.id)
                          << std::setw(12) << arch::toString(n.kind) << std::setw(16) << shapeString(n.output)
                          << std::right << std::setw(14) << groupDigits(n.params) << std::setw(17)
                          << groupDigits(n.macs) << '\n';
            };
            arch::forEachNode(d.root, [&](const arch::ArchNode& n, int depth) {
                if (depth <= args->depth)
                    row(n, depth);
            });
            int64_t auxParams = 0;
            for (const auto& a : d.aux) {
                std::cout << "aux head after " << a.after << ":\n";
                row(a.head, 1);
                auxParams += a.head.params;
            }
            std::cout << std::string(107, '-') << '\n';
            std::cout << "total params:  " << groupDigits(d.root.params) << '\n';
            if (!d.aux.empty())
                std::cout << "with aux heads: " << groupDigits(d.root.params + auxParams) << '\n';
            std::cout << "total MACs:    " << groupDigits(d.root.macs) << " (" << fixed(double(d.root.macs) / 1e9, 2)
                      << " G, conv + linear)\n";
            std::cout << "other ops:     " << groupDigits(d.root.otherOps) << " (pooling, BN, residual adds)\n";
            return 0;
        };
    });
}

}  // namespace inception::cli
