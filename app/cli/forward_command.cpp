// `forward`: tensor in, logits and captured node outputs out. The parity hook: it runs the same
// Model and Session as every other caller (the compiled plan unless --plan eager).
#include <torch/torch.h>

#include <iostream>
#include <sstream>

#include "cli_common.h"
#include "commands.h"
#include "common/error.h"
#include "models/registry.h"
#include "weights/safetensors.h"

namespace inception::cli {

namespace {

std::vector<std::string> splitIds(const std::vector<std::string>& raw)
{
    std::vector<std::string> ids;
    for (const auto& r : raw) {
        std::stringstream ss(r);
        for (std::string id; std::getline(ss, id, ',');)
            if (!id.empty())
                ids.push_back(id);
    }
    return ids;
}

// Parity needs true fp32 convolutions and matmuls on CUDA: no TF32, no Winograd / FFT algorithms.
void exactCuda()
{
    at::globalContext().setAllowTF32CuBLAS(false);
    at::globalContext().setAllowTF32CuDNN(false);
    at::globalContext().setDeterministicCuDNN(true);
    at::globalContext().setBenchmarkCuDNN(false);
}

}  // namespace

void addForwardCommand(CLI::App& app, Runner& run)
{
    struct Args {
        std::string variant, input, output;
        WeightsArgs weights;
        RunArgs runArgs;
        std::vector<std::string> capture, gradients;
        int gradientClass = -1;
        bool transformInput = false;
    };
    auto args = std::make_shared<Args>();
    args->runArgs.device = "cpu";
    auto* cmd = app.add_subcommand("forward", "Eval-mode forward of a tensor file: logits and captured outputs");
    cmd->add_option("--variant", args->variant, "Variant id")->required();
    cmd->add_option("--weights", args->weights.path, "Weight file (.pth or .safetensors), loaded strictly")->required();
    cmd->add_option("--input", args->input, "A .safetensors file with a tensor named `input` (N x C x H x W)")
        ->required();
    cmd->add_option("--output", args->output, "The .safetensors file to write (`logits` and each captured id)")
        ->required();
    cmd->add_option("--capture", args->capture, "Node ids whose outputs to write (comma separated)");
    cmd->add_option("--gradients-at", args->gradients,
                    "Node ids where to write d(logit)/d(output) as `grad:ID` (comma separated; runs the eager network)");
    numberOr(cmd->add_option("--gradient-class", args->gradientClass, "The logit differentiated (top: the top-1)"), "top",
             "-1", 0, 999999);
    cmd->add_flag("--transform-input", args->transformInput, "Apply torchvision's transform_input");
    addRunOptions(cmd, args->runArgs);
    cmd->callback([&run, args] {
        run = [args] {
            checkOutputs({{"--output", args->output, kTensorFiles}});
            const auto& info = models::variant(args->variant);  // an unknown variant first
            const weights::TensorMap inputs = weights::readSafetensors(args->input);
            const torch::Tensor* input = weights::find(inputs, "input");
            if (!input)
                throw Error(ErrorCode::BadArgument, args->input + ": has no tensor named 'input'");
            const int64_t channels = models::describe(info.id).input[0];
            if (input->dim() != 4 || input->size(1) != channels)
                throw Error(ErrorCode::ShapeMismatch, args->input + ": 'input' must be N x " + std::to_string(channels) +
                                                          " x H x W, got " + shapeString(input->sizes().vec()));

            args->weights.transformInput = args->transformInput;
            const auto model = openForCommand(info.id, args->weights);
            const auto options = sessionOptions(args->runArgs);
            const auto ids = splitIds(args->capture);
            engine::RunRequest request;
            request.capture = {ids.begin(), ids.end()};
            const auto gradIds = splitIds(args->gradients);
            request.gradientsAt = {gradIds.begin(), gradIds.end()};
            request.gradientClass = args->gradientClass;
            for (const auto& id : ids)
                for (const auto& a : model->desc().aux)
                    if (arch::findNode(a.head, id))
                        throw Error(ErrorCode::UnknownNode, "node '" + id + "' is in an auxiliary head, which "
                                                                "runs in training only");
            engine::Session session(model, options);
            if (session.device().is_cuda())
                exactCuda();
            const auto p = session.run(input->to(torch::kFloat32).contiguous(), request);
            weights::TensorMap out{{"logits", p.logits}};
            for (const auto& id : ids)
                out.emplace_back(id, p.activations.at(id));
            for (const auto& id : gradIds)
                out.emplace_back("grad:" + id, p.gradients.at(id));
            if (!gradIds.empty())
                out.emplace_back("gradient_classes",
                                 torch::tensor(std::vector<int64_t>(p.gradientClasses.begin(), p.gradientClasses.end())));
            weights::writeSafetensors(args->output, out,
                                      {{"variant", info.id}, {"path", p.compiled ? "compiled" : "eager"},
                                       {"precision", args->runArgs.precision}});
            std::cout << "wrote " << args->output << ": logits " << shapeString(p.logits.sizes().vec());
            for (const auto& id : ids)
                std::cout << ", " << id;
            std::cout << " (" << (p.compiled ? "compiled plan" : "eager network") << ", " << session.deviceName()
                      << ")\n  " << weightsLine(*model) << '\n';
            return 0;
        };
    });
}

}  // namespace inception::cli
