// `init` (random, calibrated weights and a random input) and `compare` (two tensor files):
// what a machine without torchvision needs for parity checks, e.g. CPU against CUDA.
#include <torch/torch.h>

#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "common/error.h"
#include "engine/model.h"
#include "weights/safetensors.h"
#include "weights/state_dict.h"

namespace inception::cli {

void addInitCommand(CLI::App& app, Runner& run)
{
    struct Args {
        std::string variant, output, inputOut;
        int batch = 4;
        uint64_t seed = 0;
    };
    auto a = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("init", "Random weights with calibrated BatchNorm and a centred classifier");
    cmd->add_option("--variant", a->variant, "Variant id")->required();
    cmd->add_option("--output", a->output, "Weights to write (.safetensors)")->required();
    cmd->add_option("--input-out", a->inputOut, "Also write a random `input` batch (.safetensors)");
    cmd->add_option("--batch", a->batch, "Images in that batch")->check(numberIn(1, 256));
    cmd->add_option("--seed", a->seed, "Random seed")->check(numberIn(0, 4294967295));
    cmd->callback([&run, a] {
        run = [a] {
            checkOutputs({{"--output", a->output, kTensorFiles}, {"--input-out", a->inputOut, kTensorFiles}});
            const auto model = engine::openModel(a->variant, engine::WeightsChoice::untrained(a->seed));
            weights::writeSafetensors(a->output, weights::stateDict(*model->eager(torch::kCPU, torch::kFloat32)),
                                      {{"variant", a->variant}});
            std::cout << "wrote " << a->output << " (" << a->variant << ", " << model->provenance().description << ")\n";
            if (!a->inputOut.empty()) {
                const auto& in = model->desc().input;
                torch::manual_seed(a->seed);
                weights::writeSafetensors(a->inputOut, {{"input", torch::randn({a->batch, in[0], in[1], in[2]})}});
                std::cout << "wrote " << a->inputOut << '\n';
            }
            return 0;
        };
    });
}

void addCompareCommand(CLI::App& app, Runner& run)
{
    struct Args {
        std::string reference, candidate;
        double tolerance = 1e-4;
    };
    auto a = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("compare", "max|d|/max|ref| of every tensor two .safetensors files share");
    cmd->add_option("reference", a->reference, "Reference tensors")->required();
    cmd->add_option("candidate", a->candidate, "Tensors to check")->required();
    cmd->add_option("--tolerance", a->tolerance, "Largest relative difference accepted")->check(numberIn(0, 1e6, false));
    cmd->callback([&run, a] {
        run = [a] {
            const auto ref = weights::readSafetensors(a->reference);
            const auto got = weights::readSafetensors(a->candidate);
            bool ok = true;
            int compared = 0;
            for (const auto& [name, r] : ref) {
                const torch::Tensor* g = weights::find(got, name);
                if (!g)
                    continue;
                ++compared;
                if (g->sizes() != r.sizes()) {
                    std::cout << name << ": shape " << shapeString(g->sizes().vec()) << " != " << shapeString(r.sizes().vec()) << '\n';
                    ok = false;
                    continue;
                }
                const auto rf = r.to(torch::kFloat64), gf = g->to(torch::kFloat64);
                const double rel = (gf - rf).abs().max().item<double>() / std::max(rf.abs().max().item<double>(), 1e-30);
                std::cout << name << ": max|d|/max|ref| = " << rel;
                if (name == "logits" && r.dim() == 2)
                    std::cout << ", same top-1 " << (gf.argmax(1) == rf.argmax(1)).sum().item<int64_t>() << "/" << r.size(0);
                std::cout << (rel <= a->tolerance ? "" : "  ABOVE TOLERANCE") << '\n';
                ok = ok && rel <= a->tolerance;
            }
            if (compared == 0)
                throw Error(ErrorCode::BadArgument, "the two files share no tensor names");
            return ok ? 0 : 1;
        };
    });
}

}  // namespace inception::cli
