// `classify`: images (or preprocessed tensors) to top-K classes.
#include <torch/torch.h>

#include <iomanip>
#include <iostream>

#include "cli_common.h"
#include "commands.h"

namespace inception::cli {

void addClassifyCommand(CLI::App& app, Runner& run)
{
    struct Args {
        std::vector<std::string> inputs;
        std::string variant, weights, device = "auto";
        int top = 5, threads = 0;
        bool transform = false, noTransform = false, json = false, antialias = false, untrained = false;
    };
    auto a = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("classify", "Top-K classes of images (or .safetensors input tensors)");
    cmd->add_option("inputs", a->inputs, "Image files, or .safetensors files with a preprocessed `input`")->required();
    cmd->add_option("--variant", a->variant, "Variant id")->required();
    cmd->add_option("--weights", a->weights, "Weight file (default: the published file in the cache)");
    cmd->add_option("--top", a->top, "How many classes")->check(CLI::Range(1, 1000));
    cmd->add_option("--device", a->device, "cpu, cuda or auto");
    cmd->add_option("--threads", a->threads, "Intra-op threads (default: all cores)")->check(CLI::PositiveNumber);
    auto* t = cmd->add_flag("--transform-input", a->transform, "Force torchvision's transform_input on");
    cmd->add_flag("--no-transform-input", a->noTransform, "Force transform_input off")->excludes(t);
    cmd->add_flag("--antialias", a->antialias, "Antialiased resize (close to PIL) instead of torchvision's tensor route");
    cmd->add_flag("--untrained", a->untrained, "Without weights, run random weights (the output says so)");
    cmd->add_flag("--json", a->json, "Print JSON");
    cmd->callback([&run, a] {
        run = [a] {
            WeightsChoice wc;
            wc.path = a->weights;
            wc.allowUntrained = a->untrained;
            if (a->transform)
                wc.transformInput = true;
            if (a->noTransform)
                wc.transformInput = false;
            engine::EngineOptions eo;
            eo.device = parseDevice(a->device);
            eo.threads = a->threads;
            auto ready = makeEngine(a->variant, wc, eo);
            nlohmann::json all = nlohmann::json::array();
            for (const auto& path : a->inputs) {
                const torch::Tensor input = readInput(path, a->variant, a->antialias);
                const auto p = ready.engine->run(input, a->top);
                for (size_t n = 0; n < p.top.size(); ++n) {
                    const std::string name = p.top.size() > 1 ? path + "[" + std::to_string(n) + "]" : path;
                    if (a->json) {
                        nlohmann::json top = nlohmann::json::array();
                        for (const auto& s : p.top[n])
                            top.push_back({{"index", s.index}, {"label", s.label}, {"probability", s.probability},
                                           {"logit", s.logit}});
                        all.push_back({{"input", name}, {"variant", a->variant}, {"top", top},
                                       {"forward_ms", p.forwardMs}, {"batch", p.top.size()},
                                       {"device", ready.engine->deviceName()}, {"weights", ready.weightsDescription},
                                       {"untrained", ready.untrained}, {"transform_input", ready.transformInput}});
                        continue;
                    }
                    std::cout << name << "  (" << a->variant << ", " << ready.engine->deviceName() << ", "
                              << fixed(p.forwardMs, 1) << " ms" << (p.top.size() > 1 ? " for the batch" : "")
                              << ")\n";
                    if (ready.untrained)
                        std::cout << "  " << ready.weightsDescription << '\n';
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
