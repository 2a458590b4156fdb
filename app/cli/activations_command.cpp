// `activations`: one node's output for an image: shape, per-channel statistics, a grid picture.
#include <torch/torch.h>

#include <iomanip>
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "common/error.h"
#ifdef INCEPTION_HAVE_VISION
#include "vision/channel_grid.h"
#include "vision/decode.h"
#endif

namespace inception::cli {

void addActivationsCommand(CLI::App& app, Runner& run)
{
    struct Args {
        std::string input, variant, node, png;
        WeightsArgs weights;
        RunArgs runArgs;
        int channels = 64;
    };
    auto a = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("activations", "A node's output for an image: statistics and a channel grid");
    cmd->add_option("input", a->input, "Image file or .safetensors input")->required();
    cmd->add_option("--variant", a->variant, "Variant id")->required();
    cmd->add_option("--node", a->node, "Node id (a module path, see `summary --json`)")->required();
    addWeightsOptions(cmd, a->weights);
    addRunOptions(cmd, a->runArgs);
    cmd->add_option("--png", a->png, "Write a grid of the first channels to this PNG");
    cmd->add_option("--channels", a->channels, "Channels in the grid")->check(numberIn(1, 1024));
    cmd->callback([&run, a] {
        run = [a] {
            checkOutputs({{"--png", a->png, kPictureFiles}});
            const auto model = openForCommand(a->variant, a->weights);
            engine::RunRequest request;
            request.capture = {a->node};
            engine::Session session(model, sessionOptions(a->runArgs));
            const torch::Tensor input = readInput(a->input, *model, false).slice(0, 0, 1).contiguous();
            const auto p = session.run(input, request);
            const torch::Tensor out = p.activations.at(a->node)[0];
            std::cout << a->node << " of " << a->variant << " for " << a->input << "\n  " << weightsLine(*model)
                      << "\n  output " << shapeString(out.sizes().vec()) << ", forward " << fixed(p.forwardMs, 1) << " ms\n";
            if (out.dim() == 3) {
                const auto flat = out.flatten(1);
                const auto mean = flat.mean(1), std = flat.std(1, false), mn = std::get<0>(flat.min(1)),
                           mx = std::get<0>(flat.max(1));
                const auto active = (flat > 0).to(torch::kFloat32).mean(1);
                std::cout << "  channel      mean       std       min       max   active\n";
                const int64_t shown = std::min<int64_t>(out.size(0), 16);
                for (int64_t c = 0; c < shown; ++c)
                    std::cout << "  " << std::setw(7) << c << std::setw(10) << fixed(mean[c].item<double>(), 4)
                              << std::setw(10) << fixed(std[c].item<double>(), 4) << std::setw(10)
                              << fixed(mn[c].item<double>(), 4) << std::setw(10) << fixed(mx[c].item<double>(), 4)
                              << std::setw(8) << fixed(100 * active[c].item<double>(), 1) << "%\n";
                if (shown < out.size(0))
                    std::cout << "  ... " << out.size(0) - shown << " more channels\n";
                std::cout << "  all channels: mean " << fixed(out.mean().item<double>(), 4) << ", energy (sum x^2) "
                          << fixed(out.square().sum().item<double>(), 1) << '\n';
            }
            if (!a->png.empty()) {
#ifdef INCEPTION_HAVE_VISION
                vision::GridOptions go;
                go.maxChannels = a->channels;
                vision::GridRange range;
                vision::writeImageFile(a->png, vision::renderChannelGrid(out, go, &range));
                std::cout << "  wrote " << a->png << " (" << std::min<int64_t>(out.size(0), a->channels)
                          << " channels, scale " << range.min << " .. " << range.max << ")\n";
#else
                throw Error(ErrorCode::UnsupportedFormat, "this build has no image support for --png");
#endif
            }
            return 0;
        };
    });
}

}  // namespace inception::cli
