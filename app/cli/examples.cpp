#include "examples.h"

#include <map>
#include <string>
#include <vector>

#include "usage.h"

namespace inception::cli {

namespace {

// In the order a newcomer might try them: later lines use what earlier ones write
// (googlenet-random.safetensors, batch.safetensors, out.safetensors, run1/).
const std::vector<std::pair<std::string, std::vector<std::string>>> kExamples{
    {"list", {"inception-cli list", "inception-cli list --json"}},
    {"summary", {"inception-cli summary inception-v3 --depth 1", "inception-cli summary googlenet --ids"}},
    {"init",
     {"inception-cli init --variant googlenet --output googlenet-random.safetensors",
      "inception-cli init --variant googlenet --output googlenet-random.safetensors --input-out batch.safetensors "
      "--batch 2 --seed 1"}},
    {"forward",
     {"inception-cli forward --variant googlenet --weights googlenet-random.safetensors --input batch.safetensors "
      "--output out.safetensors",
      "inception-cli forward --variant googlenet --weights googlenet-random.safetensors --input batch.safetensors "
      "--output taps.safetensors --capture inception4a,inception4a.branch2"}},
    {"compare",
     {"inception-cli compare out.safetensors taps.safetensors", "inception-cli compare out.safetensors "
                                                                "taps.safetensors --tolerance 1e-6"}},
    {"preprocess",
     {"inception-cli preprocess photo.jpg --variant inception_v3 --output photo.safetensors",
      "inception-cli preprocess photo.jpg --variant bn_inception --output photo-bn.safetensors"}},
    {"classify",
     {"inception-cli classify photo.jpg --variant mini_inception",
      "inception-cli classify photo.jpg --variant googlenet --weights googlenet-random.safetensors --top 3 --json",
      "inception-cli classify photos/ --variant googlenet --untrained --recursive --output results.csv"}},
    {"weights", {"inception-cli weights list", "inception-cli weights list --json"}},
    {"activations",
     {"inception-cli activations photo.jpg --variant mini_inception --node inception2a",
      "inception-cli activations photo.jpg --variant googlenet --untrained --node inception4a.branch2 --png grid.png"}},
    {"bench",
     {"inception-cli bench --variant googlenet --rounds 1 --iters 2 --no-peak",
      "inception-cli bench --variant mini_inception --plan both --rounds 2 --json"}},
    {"explain",
     {"inception-cli explain photo.jpg --variant mini_inception --png gradcam.png",
      "inception-cli explain photo.jpg --variant mini_inception --method occlusion --patch 7 --png occlusion.png",
      "inception-cli explain photo.jpg --variant googlenet --untrained --per-branch --json"}},
    {"visualize",
     {"inception-cli visualize --variant mini_inception --node inception2a --channel 3 --steps 64 --png channel3.png",
      "inception-cli visualize --variant mini_inception --class 8 --steps 64 --png bag.png"}},
    {"dream",
     {"inception-cli dream photo.jpg --variant mini_inception --node inception2a --octaves 2 --steps 5 "
      "--png dream.png",
      "inception-cli dream photo.jpg --variant mini_inception --node inception1b --octaves 3 --steps 4 --strength 0.1 "
      "--output dream.safetensors --json"}},
    {"live",
     {"inception-cli live --source photos/ --variant mini_inception --frames 4 --fast --no-loop",
      "inception-cli live --source photos/ --variant mini_inception --frames 4 --fast --json"}},
    {"index-folder",
     {"inception-cli index-folder photos/ --variant mini_inception",
      "inception-cli index-folder photos/ --variant mini_inception --json"}},
    {"top-images",
     {"inception-cli top-images --variant mini_inception --index photos/.inception-index-mini_inception.safetensors "
      "--node inception2a --channel 5",
      "inception-cli top-images --variant mini_inception --index photos/.inception-index-mini_inception.safetensors "
      "--node inception1a --channel 0 --json"}},
    {"train",
     {"inception-cli train --variant mini_inception --subset 256 --val-split 64 --epochs 1 --run run1",
      "inception-cli train --variant mini_inception --subset 256 --val-split 64 --epochs 1 --run run1 --force"}},
    {"evaluate",
     {"inception-cli evaluate --variant mini_inception --weights run1/model.safetensors",
      "inception-cli evaluate --variant mini_inception --batch 1000"}},
};

}  // namespace

void addExamples(CLI::App& app)
{
    for (const auto& [command, lines] : kExamples) {
        CLI::App* cmd = findCommand(app, command);
        if (!cmd)
            continue;  // a command this build leaves out (no OpenCV, no training)
        std::string text = "Examples:\n";
        for (const auto& l : lines)
            text += "  " + l + "\n";
        cmd->footer(text + "\n" + kExitCodesHelp);
    }
}

}  // namespace inception::cli
