// `visualize`: what a channel (or a node, or a class) looks for — feature visualisation.
#include <torch/torch.h>

#include <iostream>

#include "cli_common.h"
#include "progress_line.h"
#include "commands.h"
#include "common/error.h"
#include "explain/visual_cache.h"
#include "explain/visualize.h"
#include "weights/safetensors.h"
#ifdef INCEPTION_HAVE_VISION
#include "vision/decode.h"
#include <opencv2/core.hpp>
#endif

namespace inception::cli {

namespace {

void addCacheOptions(CLI::App* cmd, std::string& folder, bool& off)
{
    cmd->add_option("--cache", folder, "Cache folder (default: the user's cache folder/visualizations)");
    cmd->add_flag("--no-cache", off, "Compute even when the picture is cached, and keep nothing");
}

void reportCacheProblem(const explain::CacheReport& cache, bool json)
{
    if (!cache.problem.empty() && !json)
        std::cerr << "note: " << cache.problem << '\n';
}

struct VisualizeArgs {
    std::string variant, node, png, output, cache;
    WeightsArgs weights;
    RunArgs runArgs;
    bool noCache = false;
    int channel = -1, cls = -1, steps = 512, size = 0, images = 1;
    uint64_t seed = 0;
    double diversity = 0.0;
    bool json = false, pixels = false, noTransforms = false, logit = false;
};

explain::VisualizeRequest visualizeRequest(const VisualizeArgs& a)
{
    explain::VisualizeRequest r;
    r.node = a.node;
    r.channel = a.channel;
    r.classIndex = a.cls;
    r.classLogit = a.logit;
    r.steps = a.steps;
    r.size = a.size;
    r.seed = a.seed;
    r.images = a.images;
    r.diversity = a.diversity;
    r.transforms = !a.noTransforms;
    r.parameterisation = a.pixels ? explain::Parameterisation::Pixels : explain::Parameterisation::Fourier;
    r.threads = a.runArgs.threads;
    r.device = engine::parseDevice(a.runArgs.device);
    return r;
}

void writePicturePng(const std::string& path, const torch::Tensor& pixels)
{
#ifdef INCEPTION_HAVE_VISION
    const auto row = pixels.permute({1, 0, 2, 3}).reshape({pixels.size(1), -1, 3});
    const auto u8 = (row * 255.0).round().clamp(0, 255).to(torch::kUInt8).contiguous();
    cv::Mat rgb(int(u8.size(0)), int(u8.size(1)), CV_8UC3, u8.data_ptr<uint8_t>());
    vision::writeImageFile(path, rgb.clone());
#else
    (void)path, (void)pixels;
    throw Error(ErrorCode::UnsupportedFormat, "--png needs a build with OpenCV; write --output OUT.safetensors instead");
#endif
}

int runVisualize(const VisualizeArgs& a)
{
    checkOutputs({{"--png", a.png, kPictureFiles}, {"--output", a.output, kTensorFiles}});
    if (a.node.empty() && a.cls < 0)
        throw Error(ErrorCode::BadArgument, "visualize needs --node ID (optionally --channel C) or --class K");
    const auto model = openForCommand(a.variant, a.weights, a.json);
    const auto r = visualizeRequest(a);
    if (a.png.empty() && a.output.empty() && !a.json)
        throw Error(ErrorCode::BadArgument, "say where the picture goes: --png OUT or --output OUT.safetensors (or --json)");
    explain::CacheReport cache;
    ProgressLine line("visualizing " + (a.cls >= 0 ? "class " + std::to_string(a.cls) : a.node), a.json);
    const explain::VisualizeProgress progress = [&line](int step, int total, const torch::Tensor&) {
        line.update(double(step) / std::max(total, 1), "step " + std::to_string(step) + "/" + std::to_string(total));
        return true;
    };
    const auto res = a.noCache ? explain::visualize(model, r, progress)
                               : explain::visualizeCached(model, r, progress, &cache, a.cache);
    reportCacheProblem(cache, a.json);
    if (!a.output.empty())
        weights::writeSafetensors(a.output, {{"pixels", res.pixels}, {"input", res.input}});
    if (!a.png.empty())
        writePicturePng(a.png, res.pixels);
    if (a.json) {
        nlohmann::json out{{"variant", a.variant}, {"node", a.node},     {"channel", a.channel},
                           {"class", a.cls},       {"steps", res.steps},  {"size", res.pixels.size(1)},
                           {"seed", a.seed},       {"before", res.before}, {"after", res.after},
                           {"taps", res.taps},     {"seconds", res.seconds},
                           {"high_frequency_share", explain::highFrequencyShare(res.pixels)},
                           {"parameterisation", a.pixels ? "pixels" : "fourier"},
                           {"cached", cache.hit}, {"cache_file", cache.path}, {"cache_problem", cache.problem}};
        out.update(weightsFields(*model));
        std::cout << out.dump() << '\n';
        return 0;
    }
    std::cout << a.variant << " " << (a.cls >= 0 ? "class " + std::to_string(a.cls) : a.node)
              << (a.channel >= 0 ? " channel " + std::to_string(a.channel) : std::string()) << ": " << res.steps
              << " steps in " << fixed(res.seconds, 1) << " s, target " << fixed(res.before, 3) << " -> "
              << fixed(res.after, 3) << (cache.hit ? " (from the cache)" : "") << '\n';
    std::cout << "  " << weightsLine(*model) << '\n';
    return 0;
}

}  // namespace

void addVisualizeCommand(CLI::App& app, Runner& run)
{
    auto a = std::make_shared<VisualizeArgs>();
    auto* cmd = app.add_subcommand("visualize", "Feature visualisation: a picture that maximises a channel, a node or a class");
    cmd->add_option("--variant", a->variant, "Variant id")->required();
    addWeightsOptions(cmd, a->weights, true, "--weights-seed");  // --seed is the optimisation's here
    addRunOptions(cmd, a->runArgs);
    cmd->add_option("--node", a->node, "Node id (its value before the ReLU is maximised)");
    numberOr(cmd->add_option("--channel", a->channel, "One channel of the node (mean: the node's mean)"), "mean", "-1", 0,
             999999);
    cmd->add_option("--class", a->cls, "A class logit instead of a node")->check(numberIn(0, 999999));
    cmd->add_option("--steps", a->steps, "Optimisation steps")->check(numberIn(1, 100000));
    numberOr(cmd->add_option("--size", a->size, "Picture side in pixels (auto: the network's input size)"), "auto", "0", 8,
             4096);
    cmd->add_option("--seed", a->seed, "Random seed (the start and the transforms)")->check(numberIn(0, 4294967295));
    cmd->add_option("--images", a->images, "Several pictures at once (with --diversity)")->check(numberIn(1, 16));
    cmd->add_option("--diversity", a->diversity, "Weight of the diversity term between the pictures")
        ->check(numberIn(0, 1e6, false));
    cmd->add_flag("--logit", a->logit, "With --class: maximise the raw logit instead of the log-probability");
    cmd->add_flag("--pixels", a->pixels, "Plain pixel-space gradient ascent (the baseline) instead of Fourier");
    cmd->add_flag("--no-transforms", a->noTransforms, "No pad / jitter / scale / rotate");
    cmd->add_option("--png", a->png, "Write the picture(s) as PNG (a row when several)");
    cmd->add_option("--output", a->output, "Write the picture(s) as .safetensors (`pixels` [N,H,W,3], `input`)");
    addCacheOptions(cmd, a->cache, a->noCache);
    cmd->add_flag("--json", a->json, "Print JSON (the target's value before and after)");
    cmd->callback([&run, a] { run = [a] { return runVisualize(*a); }; });
}

}  // namespace inception::cli

namespace inception::cli {

void addDreamCommand(CLI::App& app, Runner& run)
{
    struct Args {
        std::string input, variant, node, png, output, cache;
        WeightsArgs weights;
        RunArgs runArgs;
        explain::DreamRequest r;
        bool noCache = false;
        bool json = false;
    };
    auto a = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("dream", "DeepDream: change an image so that a node responds more, octave by octave");
    cmd->add_option("input", a->input, "An image, or a .safetensors file with a preprocessed 1-image `input`")->required();
    cmd->add_option("--variant", a->variant, "Variant id")->required();
    addWeightsOptions(cmd, a->weights, true, "--weights-seed");  // --seed is the shifts' here
    addRunOptions(cmd, a->runArgs);
    cmd->add_option("--node", a->r.node, "Node id")->required();
    cmd->add_option("--octaves", a->r.octaves, "Octaves (small to full size)")->check(numberIn(1, 10));
    cmd->add_option("--octave-scale", a->r.octaveScale, "Size ratio between octaves")->check(numberIn(1.0, 4.0, false));
    cmd->add_option("--steps", a->r.steps, "Steps per octave")->check(numberIn(1, 1000));
    cmd->add_option("--strength", a->r.strength, "Step size (times the gradient over its mean magnitude)")
        ->check(numberIn(1e-6, 10, false));
    cmd->add_option("--seed", a->r.seed, "Seed of the random shifts")->check(numberIn(0, 4294967295));
    cmd->add_option("--png", a->png, "Write the dreamt picture");
    cmd->add_option("--output", a->output, "Write it as .safetensors (`pixels`, `input`)");
    addCacheOptions(cmd, a->cache, a->noCache);
    cmd->add_flag("--json", a->json, "Print JSON (the node's mean activation at each octave)");
    cmd->callback([&run, a] {
        run = [a] {
            checkOutputs({{"--png", a->png, kPictureFiles}, {"--output", a->output, kTensorFiles}});
            const auto model = openForCommand(a->variant, a->weights, a->json);
            const torch::Tensor input = readInput(a->input, *model, false);
            if (input.size(0) != 1)
                throw Error(ErrorCode::BadArgument, a->input + ": dream takes one image");
            a->r.threads = a->runArgs.threads;
            explain::CacheReport cache;
            ProgressLine line("dreaming at " + a->r.node, a->json);
            const std::function<bool(int, int)> progress = [&line](int step, int total) {
                line.update(double(step) / std::max(total, 1), "step " + std::to_string(step) + "/" + std::to_string(total));
                return true;
            };
            const auto res = a->noCache ? explain::dream(model, input, a->r, progress)
                                        : explain::dreamCached(model, input, a->r, progress, &cache, a->cache);
            reportCacheProblem(cache, a->json);
            if (!a->output.empty())
                weights::writeSafetensors(a->output, {{"pixels", res.pixels}, {"input", res.input}});
            if (!a->png.empty()) {
#ifdef INCEPTION_HAVE_VISION
                const auto u8 = (res.pixels * 255.0).round().clamp(0, 255).to(torch::kUInt8).contiguous();
                cv::Mat rgb(int(u8.size(0)), int(u8.size(1)), CV_8UC3, u8.data_ptr<uint8_t>());
                vision::writeImageFile(a->png, rgb.clone());
#else
                throw Error(ErrorCode::UnsupportedFormat, "--png needs a build with OpenCV; write --output OUT.safetensors");
#endif
            }
            if (a->json) {
                nlohmann::json out{{"node", a->r.node}, {"sizes", res.sizes}, {"before", res.before},
                                   {"after", res.after},   {"cached", cache.hit},  {"cache_file", cache.path},
                                   {"cache_problem", cache.problem}};
                out.update(weightsFields(*model));
                std::cout << out.dump() << '\n';
            } else {
                for (size_t o = 0; o < res.sizes.size(); ++o)
                    std::cout << "octave " << o + 1 << " (" << res.sizes[o] << " px): mean activation of " << a->r.node
                              << " " << fixed(res.before[o], 4) << " -> " << fixed(res.after[o], 4) << '\n';
                std::cout << "  " << weightsLine(*model) << '\n';
            }
            return 0;
        };
    });
}

}  // namespace inception::cli

#ifdef INCEPTION_HAVE_VISION
#include "explain/dataset_index.h"

namespace inception::cli {

namespace {

struct IndexArgs {
    std::string dir, variant, index, node, png;
    WeightsArgs weights;
    RunArgs runArgs;
    int channel = 0, stopAfter = 0;
    bool json = false;
};

int runIndexFolder(const IndexArgs& a)
{
    checkOutputs({{"--index", a.index, kTensorFiles}});
    const auto model = openForCommand(a.variant, a.weights, a.json);
    explain::IndexOptions o;
    o.indexPath = a.index;
    o.threads = a.runArgs.threads;
    int64_t decodedSoFar = 0;
    ProgressLine line("indexing " + a.dir, a.json);
    const auto s = explain::indexFolder(model, a.dir, o, [&](int64_t done, int64_t total) {
        line.update(double(done) / double(std::max<int64_t>(total, 1)),
                    std::to_string(done) + "/" + std::to_string(total) + " images");
        ++decodedSoFar;
        return a.stopAfter <= 0 || decodedSoFar < a.stopAfter;
    });
    if (a.json) {
        nlohmann::json out{{"index", s.indexPath}, {"images", s.images},      {"decoded", s.decoded},
                           {"skipped", s.skipped},  {"failed", s.failed},      {"interrupted", s.interrupted},
                           {"rebuilt", s.rebuilt},  {"rebuilt_why", s.rebuiltWhy}, {"last_failure", s.lastFailure}};
        out.update(weightsFields(*model));
        std::cout << out.dump() << '\n';
        return 0;
    }
    if (s.rebuilt)
        std::cout << "index rebuilt: " << s.rebuiltWhy << '\n';
    std::cout << s.indexPath << ": " << s.images << " images (" << s.decoded << " decoded now, " << s.skipped
              << " already indexed, " << s.failed << " unreadable" << (s.interrupted ? ", interrupted" : "") << ")\n  "
              << weightsLine(*model) << '\n';
    if (s.failed)
        std::cout << "  last unreadable: " << s.lastFailure << '\n';
    return 0;
}

int runTopImages(const IndexArgs& b)
{
    const auto model = openForCommand(b.variant, b.weights, b.json);
    const auto ex = explain::topImages(model, b.index, b.node, b.channel);
    auto list = [](const std::vector<explain::Example>& v) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& e : v)
            out.push_back({{"file", e.file}, {"value", e.value}, {"y", e.y}, {"x", e.x},
                           {"field", {e.top, e.left, e.bottom, e.right}}});
        return out;
    };
    if (b.json) {
        nlohmann::json out{{"node", b.node}, {"channel", b.channel}, {"top", list(ex.top)},
                           {"near_zero", list(ex.nearZero)}};
        out.update(weightsFields(*model));
        std::cout << out.dump() << '\n';
        return 0;
    }
    for (const auto& e : ex.top)
        std::cout << fixed(e.value, 3) << "  " << e.file << "  at (" << e.y << ", " << e.x << "), field rows " << e.top
                  << ".." << e.bottom << ", columns " << e.left << ".." << e.right << '\n';
    std::cout << "  " << weightsLine(*model) << '\n';
    return 0;
}

}  // namespace

void addIndexCommands(CLI::App& app, Runner& run)
{
    auto a = std::make_shared<IndexArgs>();
    auto* cmd = app.add_subcommand("index-folder", "Dataset examples: index a folder of images (resumable)");
    cmd->add_option("dir", a->dir, "Folder of images")->required();
    cmd->add_option("--variant", a->variant, "Variant id")->required();
    addWeightsOptions(cmd, a->weights);
    addRunOptions(cmd, a->runArgs);
    cmd->add_option("--index", a->index, "Index file (default: DIR/.inception-index-VARIANT.safetensors)");
    numberOr(cmd->add_option("--stop-after", a->stopAfter, "Stop after N decoded images (an interruption, for tests)"),
             "never", "0", 1, 1e9);
    cmd->add_flag("--json", a->json, "Print JSON (images, decoded, skipped, failed)");
    cmd->callback([&run, a] { run = [a] { return runIndexFolder(*a); }; });

    auto b = std::make_shared<IndexArgs>();
    auto* top = app.add_subcommand("top-images", "Dataset examples: the images a channel responds to most");
    top->add_option("--variant", b->variant, "Variant id")->required();
    addWeightsOptions(top, b->weights);
    top->add_option("--index", b->index, "Index file (from index-folder)")->required();
    top->add_option("--node", b->node, "Node id")->required();
    top->add_option("--channel", b->channel, "Channel")->required()->check(numberIn(0, 999999));
    top->add_flag("--json", b->json, "Print JSON");
    top->callback([&run, b] { run = [b] { return runTopImages(*b); }; });
}

}  // namespace inception::cli
#endif
