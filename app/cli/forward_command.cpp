// `forward`: tensor in, logits and captured node outputs out. The parity hook.
#include <torch/torch.h>

#include <iostream>
#include <thread>

#include "commands.h"
#include "common/error.h"
#include "models/network.h"
#include "models/registry.h"
#include "cli_common.h"
#include "engine/loader.h"
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

}  // namespace

void addForwardCommand(CLI::App& app, Runner& run)
{
    struct Args {
        std::string variant, weights, input, output;
        std::vector<std::string> capture;
        bool transformInput = false;
        int threads = 0;
        std::string device = "cpu";
    };
    auto args = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("forward", "Eval-mode forward of a tensor file: logits and captured outputs");
    cmd->add_option("--variant", args->variant, "Variant id")->required();
    cmd->add_option("--weights", args->weights, "Weight file (.pth or .safetensors), loaded strictly")->required();
    cmd->add_option("--input", args->input, "A .safetensors file with a tensor named `input` (N x 3 x H x W)")
        ->required();
    cmd->add_option("--output", args->output, "The .safetensors file to write (`logits` and each captured id)")
        ->required();
    cmd->add_option("--capture", args->capture, "Node ids whose outputs to write (comma separated)");
    cmd->add_flag("--transform-input", args->transformInput, "Apply torchvision's transform_input");
    cmd->add_option("--threads", args->threads, "Intra-op threads (default: all cores)")->check(CLI::PositiveNumber);
    cmd->add_option("--device", args->device, "cpu or cuda (TF32 off: full fp32)");
    cmd->callback([&run, args] {
        run = [args] {
            const auto& info = models::variant(args->variant);
            at::set_num_threads(args->threads > 0 ? args->threads
                                                  : int(std::max(1u, std::thread::hardware_concurrency())));

            const weights::TensorMap inputs = weights::readSafetensors(args->input);
            const torch::Tensor* input = weights::find(inputs, "input");
            if (!input)
                throw Error(ErrorCode::BadArgument, args->input + ": has no tensor named 'input'");
            if (input->dim() != 4 || input->size(1) != 3)
                throw Error(ErrorCode::ShapeMismatch, args->input + ": 'input' must be N x 3 x H x W, got " +
                                                          shapeString(input->sizes().vec()));
            if (input->size(2) != input->size(3))
                throw Error(ErrorCode::ShapeMismatch, args->input + ": 'input' must be square, got " +
                                                          shapeString(input->sizes().vec()));

            engine::LoadOptions lo;
            lo.transformInput = args->transformInput;
            lo.inputSize = int(input->size(2));  // describing at the input's size checks that every layer fits
            models::InceptionNet net = engine::loadNetwork(info.id, args->weights, lo).net;

            const auto ids = splitIds(args->capture);
            for (const auto& id : ids) {
                bool known = arch::findNode(net->desc().root, id) != nullptr;
                for (const auto& a : net->desc().aux)
                    known = known || arch::findNode(a.head, id);
                if (!known)
                    throw Error(ErrorCode::UnknownNode, "no node '" + id + "' in " + info.id +
                                                            " (ids are module paths; see `inception-cli summary " +
                                                            info.id + " --json`)");
            }
            const torch::Device device = engine::chooseDevice(parseDevice(args->device));
            if (device.is_cuda()) {  // parity needs true fp32 convolutions and matmuls
                at::globalContext().setAllowTF32CuBLAS(false);
                at::globalContext().setAllowTF32CuDNN(false);
                at::globalContext().setDeterministicCuDNN(true);  // no Winograd / FFT algorithms
                at::globalContext().setBenchmarkCuDNN(false);
            }
            models::Recorder recorder({ids.begin(), ids.end()});
            net->eval();
            net->to(device);
            torch::InferenceMode guard;
            const torch::Tensor logits =
                net->forward(input->to(device, torch::kFloat32).contiguous(), &recorder).to(torch::kCPU);

            weights::TensorMap out{{"logits", logits}};
            for (const auto& id : ids) {
                auto it = recorder.outputs().find(id);
                if (it == recorder.outputs().end())
                    throw Error(ErrorCode::UnknownNode, "node '" + id + "' does not run in eval mode (an aux head?)");
                out.emplace_back(id, it->second.to(torch::kCPU));
            }
            weights::writeSafetensors(args->output, out, {{"variant", info.id}});
            std::cout << "wrote " << args->output << ": logits " << shapeString(logits.sizes().vec());
            for (const auto& id : ids)
                std::cout << ", " << id;
            std::cout << '\n';
            return 0;
        };
    });
}

}  // namespace inception::cli
