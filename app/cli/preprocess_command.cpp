// `preprocess`: an image through a variant's preset, written as a tensor (the preprocessing parity hook).
#include <torch/torch.h>

#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "models/registry.h"
#include "weights/safetensors.h"

namespace inception::cli {

void addPreprocessCommand(CLI::App& app, Runner& run)
{
    struct Args {
        std::vector<std::string> images;
        std::string variant, output;
        bool antialias = false;
    };
    auto a = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("preprocess", "Images through a variant's preset, as `input` tensors");
    cmd->add_option("images", a->images, "Image files")->required();
    cmd->add_option("--variant", a->variant, "Variant id")->required();
    cmd->add_option("--output", a->output, "The .safetensors file to write (`input`: N x 3 x H x W)")->required();
    cmd->add_flag("--antialias", a->antialias, "Antialiased resize (close to PIL)");
    cmd->callback([&run, a] {
        run = [a] {
            checkOutputs({{"--output", a->output, kTensorFiles}});
            const auto& info = models::variant(a->variant);
            const int64_t channels = models::describe(info.id).input[0];
            std::vector<torch::Tensor> batch;
            for (const auto& image : a->images)
                batch.push_back(readInput(image, info.preprocess, channels, info.id, a->antialias));
            const auto input = torch::cat(batch, 0);
            weights::writeSafetensors(a->output, {{"input", input}}, {{"variant", a->variant}});
            std::cout << "wrote " << a->output << ": input " << shapeString(input.sizes().vec()) << '\n';
            return 0;
        };
    });
}

}  // namespace inception::cli
