// `classify`: images (or preprocessed tensors) to top-K classes.
#include <torch/torch.h>

#include <iomanip>
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "explain/knockout.h"

namespace inception::cli {

void addClassifyCommand(CLI::App& app, Runner& run)
{
    struct Args {
        std::vector<std::string> inputs;
        std::string variant;
        WeightsArgs weights;
        RunArgs runArgs;
        int top = 5;
        bool transform = false, noTransform = false, json = false, antialias = false;
        std::vector<std::string> knockouts;
    };
    auto a = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("classify", "Top-K classes of images (or .safetensors input tensors)");
    cmd->add_option("inputs", a->inputs, "Image files, or .safetensors files with a preprocessed `input`")->required();
    cmd->add_option("--variant", a->variant, "Variant id (the five, or a teaching network such as mini_inception)")
        ->required();
    addWeightsOptions(cmd, a->weights);
    addRunOptions(cmd, a->runArgs);
    cmd->add_option("--top", a->top, "How many classes")->check(CLI::Range(1, 1000));
    auto* t = cmd->add_flag("--transform-input", a->transform, "Force torchvision's transform_input on");
    cmd->add_flag("--no-transform-input", a->noTransform, "Force transform_input off")->excludes(t);
    cmd->add_flag("--antialias", a->antialias, "Antialiased resize (close to PIL) instead of torchvision's tensor route");
    cmd->add_option("--knockout", a->knockouts, "NODE[=zero|mean], repeatable: knock a node out (zero, or each "
                                                "channel set to its spatial mean)");
    cmd->add_flag("--json", a->json, "Print JSON");
    cmd->callback([&run, a] {
        run = [a] {
            if (a->transform)
                a->weights.transformInput = true;
            if (a->noTransform)
                a->weights.transformInput = false;
            const auto model = openForCommand(a->variant, a->weights);
            const auto options = sessionOptions(a->runArgs);
            engine::RunRequest request;
            request.topK = a->top;
            request.interventions = parseKnockouts(a->knockouts);
            nlohmann::json knocked = nlohmann::json::array();
            for (const auto& [node, kind] : request.interventions)
                knocked.push_back({{"node", node}, {"kind", explain::toString(kind)}});
            engine::Session session(model, options);
            const auto& prov = model->provenance();
            nlohmann::json all = nlohmann::json::array();
            for (const auto& path : a->inputs) {
                const torch::Tensor input = readInput(path, *model, a->antialias);
                const auto p = session.run(input, request);
                for (size_t n = 0; n < p.top.size(); ++n) {
                    const std::string name = p.top.size() > 1 ? path + "[" + std::to_string(n) + "]" : path;
                    if (a->json) {
                        nlohmann::json top = nlohmann::json::array();
                        for (const auto& s : p.top[n])
                            top.push_back({{"index", s.index}, {"label", s.label}, {"probability", s.probability},
                                           {"logit", s.logit}});
                        all.push_back({{"input", name}, {"variant", a->variant}, {"top", top},
                                       {"forward_ms", p.forwardMs}, {"batch", p.top.size()},
                                       {"device", session.deviceName()}, {"weights", prov.description},
                                       {"untrained", !prov.trained}, {"transform_input", prov.transformInput},
                                       {"compiled", p.compiled}, {"precision", a->runArgs.precision},
                                       {"knockouts", knocked}});
                        continue;
                    }
                    std::cout << name << "  (" << a->variant << ", " << session.deviceName() << ", "
                              << (p.compiled ? "compiled" : "eager") << ", " << fixed(p.forwardMs, 1) << " ms"
                              << (p.top.size() > 1 ? " for the batch" : "") << ")\n";
                    if (!prov.trained)
                        std::cout << "  " << prov.description << '\n';
                    for (const auto& [node, kind] : request.interventions)
                        std::cout << "  knocked out: " << node << " (" << explain::toString(kind) << ")\n";
                    for (const auto& s : p.top[n])
                        std::cout << "  " << std::setw(7) << fixed(100.0 * s.probability, 2) << "%  " << s.label
                                  << " (" << s.index << ")\n";
                }
            }
            if (a->json)
                std::cout << all.dump(2) << '\n';
            return 0;
        };
    });
}

}  // namespace inception::cli
