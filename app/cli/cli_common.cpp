#include "cli_common.h"

#include "explain/knockout.h"

#include <CLI/CLI.hpp>
#include <torch/torch.h>

#include "common/atomic_write.h"
#include "common/error.h"
#include "common/format.h"
#include "option_checks.h"
#include "progress_line.h"
#include "weights/safetensors.h"
#ifdef INCEPTION_HAVE_VISION
#include "vision/load_input.h"
#include "vision/preprocess.h"
#endif

namespace inception::cli {

bool haveVision()
{
#ifdef INCEPTION_HAVE_VISION
    return true;
#else
    return false;
#endif
}

const std::vector<std::string> kPictureFiles{".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp", ".ppm"};
const std::vector<std::string> kTensorFiles{".safetensors"};

void checkOutputs(const std::vector<OutputFile>& outputs)
{
    for (const auto& o : outputs) {
        if (o.path.empty())
            continue;
        const std::string why = outputProblem(o.path, o.extensions);
        if (!why.empty())
            throw Error(ErrorCode::FileUnreadable, std::string(o.option) + " " + o.path + ": " + why);
    }
}

void addWeightsOptions(CLI::App* cmd, WeightsArgs& w, bool untrainedFlag, const std::string& seedOption)
{
    cmd->add_option("--weights", w.path,
                    "Weight file: .pth, .safetensors, or a model file with its .json (default: the published file "
                    "in the cache; the bundled model for mini_inception)");
    cmd->add_option("--labels", w.labels,
                    "Class names, one per line in the classifier's order; their count must be its width "
                    "(default: the names in the model file's .json, ImageNet's for 1000 outputs, else \"class N\")");
    if (!untrainedFlag)
        return;  // no random weights here: no seed for them either
    cmd->add_flag("--untrained", w.untrained, "Random calibrated weights, whatever files exist (every output says so)");
    cmd->add_option(seedOption, w.seed, "Seed of the random weights (with --untrained, or when no file exists)")
        ->check(numberIn(0, 4294967295));
}

void addTransformInputOptions(CLI::App* cmd, WeightsArgs& w)
{
    auto* on = cmd->add_flag_callback("--transform-input", [&w] { w.transformInput = true; },
                                      "Force torchvision's transform_input on");
    cmd->add_flag_callback("--no-transform-input", [&w] { w.transformInput = false; }, "Force transform_input off")
        ->excludes(on);
}

void addRunOptions(CLI::App* cmd, RunArgs& r)
{
    cmd->add_option("--device", r.device, "cpu, cuda or auto")->check(oneOf({"cpu", "cuda", "auto"}));
    addThreadsOption(cmd, r.threads);
    cmd->add_option("--precision", r.precision, "float32, bfloat16 (AMX or AVX512-BF16 CPUs, CUDA), float16 (CUDA)")
        ->check(oneOf({"float32", "fp32", "bfloat16", "bf16", "float16", "fp16"}));
    cmd->add_option("--plan", r.plan, "compiled (oneDNN plan), eager (LibTorch modules) or auto")
        ->check(oneOf({"auto", "compiled", "eager"}));
}

void addThreadsOption(CLI::App* cmd, int& threads)
{
    numberOr(cmd->add_option("--threads", threads, "Intra-op threads (auto: all cores)"), "auto", "0", 1, 1024);
}

std::shared_ptr<const engine::Model> openForCommand(const std::string& variant, const WeightsArgs& w, bool quiet)
{
    engine::WeightsChoice c;
    c.transformInput = w.transformInput;
    c.seed = w.seed;
    c.labelsFile = w.labels;
    if (w.untrained) {
        if (!w.path.empty())
            throw Error(ErrorCode::BadArgument, "--untrained and --weights " + w.path +
                                                    " contradict each other: random weights, or that file?");
        c.source = engine::WeightsChoice::Source::Untrained;
    } else if (!w.path.empty()) {
        c.source = engine::WeightsChoice::Source::File;
        c.path = w.path;
    }
    ProgressLine line("opening " + variant, quiet);
    return engine::openModel(variant, c, [&line](double fraction, const std::string& what) { line.update(fraction, what); });
}

nlohmann::json weightsFields(const engine::Model& model)
{
    const auto& p = model.provenance();
    const std::string& id = model.weightsId();
    nlohmann::json j{{"weights", p.description}, {"untrained", !p.trained}};
    if (!p.file.empty()) {
        j["weights_kind"] = p.bundled ? "bundled" : p.published ? "published" : "file";
        j["weights_file"] = p.file;
        j["weights_sha256"] = id.rfind("sha256:", 0) == 0 ? id.substr(7, 64) : std::string();
    } else if (!p.trained) {
        j["weights_kind"] = "untrained";
        j["weights_seed"] = p.seed;
    } else {
        j["weights_kind"] = "memory";
    }
    if (!p.labelsFile.empty())
        j["labels_file"] = p.labelsFile;
    return j;
}

std::string weightsLine(const engine::Model& model)
{
    const auto j = weightsFields(model);
    const std::string labels = j.contains("labels_file") ? "; class names: " + j["labels_file"].get<std::string>() : "";
    if (j.contains("weights_sha256"))
        return "weights: " + j["weights_file"].get<std::string>() + " (" + j["weights_kind"].get<std::string>() +
               ", sha256 " + j["weights_sha256"].get<std::string>().substr(0, 16) + "…)" + labels;
    return "weights: " + model.provenance().description + labels;
}

engine::SessionOptions sessionOptions(const RunArgs& r)
{
    engine::SessionOptions o;
    o.device = engine::parseDevice(r.device);
    o.threads = r.threads;
    o.precision = engine::parsePrecision(r.precision);
    o.path = r.plan == "compiled" ? engine::PathChoice::Compiled
             : r.plan == "eager"  ? engine::PathChoice::Eager
                                  : engine::PathChoice::Auto;
    return o;
}

torch::Tensor readInput(const std::string& path, const engine::Model& model, bool antialias)
{
    return readInput(path, model.preset(), model.desc().input[0], model.variant(), antialias);
}

torch::Tensor readInput(const std::string& path, const models::PreprocessPreset& preset, int64_t channels,
                        const std::string& variant, bool antialias)
{
    const bool tensorFile = path.size() > 12 && path.compare(path.size() - 12, 12, ".safetensors") == 0;
    if (tensorFile) {
        const auto tensors = weights::readSafetensors(path);
        const torch::Tensor* input = weights::find(tensors, "input");
        if (!input)
            throw Error(ErrorCode::BadArgument, path + ": has no tensor named 'input'");
        if (input->dim() != 4 || input->size(1) != channels)
            throw Error(ErrorCode::ShapeMismatch, path + ": 'input' must be N x " + std::to_string(channels) +
                                                      " x H x W for " + variant + ", got " +
                                                      shapeString(input->sizes().vec()));
        return input->to(torch::kFloat32).contiguous();
    }
#ifdef INCEPTION_HAVE_VISION
    vision::PreprocessOptions po;
    po.antialias = antialias;
    return vision::loadInput(path, preset, po);
#else
    (void)antialias;
    throw Error(ErrorCode::UnsupportedFormat,
                path + ": this build has no image support (INCEPTION_BUILD_VISION=OFF); pass a .safetensors tensor");
#endif
}

std::map<std::string, models::Intervention> parseKnockouts(const std::vector<std::string>& specs)
{
    std::map<std::string, models::Intervention> k;
    for (const auto& s : specs) {
        const auto [node, kind] = explain::parseKnockout(s);
        k[node] = kind;
    }
    return k;
}

}  // namespace inception::cli
