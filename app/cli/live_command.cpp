// `live`: frames from a camera, a video or a folder through a network, without a window;
// prints capture fps, inference fps, forward ms and the current top-1 every second.
#include <torch/torch.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <mutex>

#include "cli_common.h"
#include "arch/taps.h"
#include "common/error.h"
#include "commands.h"
#include "explain/attribution.h"
#include "explain/gradcam.h"
#include "models/registry.h"
#include "vision/channel_grid.h"
#include "vision/live_pipeline.h"
#include "vision/preprocess.h"

namespace inception::cli {

namespace {

struct LiveArgs {
    std::string source, variant = "googlenet", capture, map;
    WeightsArgs weights;
    RunArgs runArgs;
    int64_t frames = 0;
    bool json = false, fast = false, noLoop = false;
};

// One `live` run: the pipeline, the stream's session (used on the inference thread only) and
// what the reports print each second.
class LiveRun {
public:
    explicit LiveRun(const LiveArgs& a) : a_(a), model_(openForCommand(a.variant, a.weights, a.json)), session_(model_, sessionOptions(a.runArgs))
    {
        request_.topK = 1;
        if (!a.capture.empty()) {
            if (!arch::findTap(model_->desc().root, a.capture))
                throw Error(ErrorCode::UnknownNode, "no node '" + a.capture + "' in " + a.variant);
            request_.capture = {a.capture};
        }
        if (!a.map.empty() && a.map != "gradcam")
            method_ = explain::parseMethod(a.map);  // throws naming the choices
    }

    int run()
    {
        vision::SourceOptions so;
        so.loop = !a_.noLoop;
        so.paced = !a_.fast;
        so.slideSeconds = a_.fast ? 0.0 : 2.0;
        auto source = vision::openSource(a_.source, so);
        const std::string described = source->describe();
        vision::LiveCallbacks cb;
        cb.process = [this](const cv::Mat& rgb, int64_t) { process(rgb); };
        vision::LivePipeline pipeline(std::move(source), cb);
        pipeline.setFrameLimit(a_.frames);
        pipeline.setDecodeAhead(!a_.fast || a_.source.rfind("cam:", 0) == 0);
        if (!a_.json)
            std::cout << described << " → " << a_.variant << " (" << session_.deviceName() << ", "
                      << weightsLine(*model_) << ")\n";
        start_ = std::chrono::steady_clock::now();
        pipeline.start();
        while (!pipeline.waitFor(1.0)) {
            ++second_;
            report(pipeline.counters(), false);
        }
        pipeline.stop();
        report(pipeline.counters(), true);
        if (!pipeline.error().empty())
            throw Error(ErrorCode::FileUnreadable, pipeline.error());
        return 0;
    }

private:
    // On the inference thread.
    void process(const cv::Mat& rgb)
    {
        const auto x = vision::preprocess(rgb, model_->preset());
        const auto p = session_.run(x, request_);
        if (!a_.capture.empty()) {  // what the window's activations panel draws, every frame
            vision::GridOptions go;
            go.maxChannels = 36;
            go.cellSize = 26;
            vision::renderChannelGrid(p.activations.at(a_.capture)[0], go);
        }
        // The map the window lays over the live view, for the top-1, every frame.
        double mapMs = 0;
        if (!a_.map.empty()) {
            const auto start = std::chrono::steady_clock::now();
            const int top1 = int(p.top[0][0].index);
            if (a_.map == "gradcam") {
                explain::GradCamRequest g;
                g.classes = {top1};
                g.threads = session_.options().threads;
                explain::gradCam(model_, x, g);
            } else {
                explain::AttributionRequest req;
                req.method = method_;
                req.target = top1;
                req.threads = session_.options().threads;
                explain::attribute(model_, x, req);
            }
            mapMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        }
        int64_t n;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            lastMapMs_ = mapMs;
            top1_ = p.top[0][0].label;
            top1p_ = p.top[0][0].probability;
            lastMs_ = p.forwardMs;
            n = ++processed_;
        }
        if (a_.json && n % 100 == 0)
            std::cout << nlohmann::json{{"event", "frames"}, {"processed", n}}.dump() << std::endl;
    }

    // The last second's rates (or the whole run's, `final`).
    void report(const vision::LiveCounters& c, bool final)
    {
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
        const double span = final ? elapsed : 1.0;
        const double captureFps = double(final ? c.decoded : c.decoded - last_.decoded) / span;
        const double inferFps = double(final ? c.processed : c.processed - last_.processed) / span;
        const bool untrained = !model_->provenance().trained;
        std::lock_guard<std::mutex> lock(mutex_);
        if (a_.json) {
            nlohmann::json line{{"event", final ? "summary" : "second"}, {"second", second_},
                                {"capture_fps", captureFps},  {"inference_fps", inferFps},
                                {"forward_ms", lastMs_},      {"decoded", c.decoded},
                                {"processed", c.processed},   {"dropped", c.dropped},
                                {"max_waiting", c.maxWaiting}, {"top1", top1_},
                                {"probability", top1p_},      {"untrained", untrained},
                                {"variant", a_.variant},      {"device", session_.deviceName()},
                                {"seconds", elapsed}};
            if (!a_.map.empty()) {
                line["map"] = a_.map;
                line["map_ms"] = lastMapMs_;
            }
            if (final)
                line.update(weightsFields(*model_));
            std::cout << line.dump() << std::endl;
        } else {
            std::cout << (final ? std::string("total") : std::to_string(second_) + " s") << "  capture "
                      << fixed(captureFps, 1) << " fps  inference " << fixed(inferFps, 1) << " fps  forward "
                      << fixed(lastMs_, 1) << " ms"
                      << (a_.map.empty() ? std::string() : "  " + a_.map + " " + fixed(lastMapMs_, 1) + " ms")
                      << "  dropped " << c.dropped << "  top-1 " << top1_ << " ("
                      << fixed(100 * top1p_, 1) << " %)" << (untrained ? " [untrained]" : "") << std::endl;
        }
        last_ = c;
    }

    const LiveArgs& a_;
    std::shared_ptr<const engine::Model> model_;
    engine::Session session_;  // the stream's own session, on the inference thread
    engine::RunRequest request_;
    std::mutex mutex_;
    std::string top1_ = "-";
    double top1p_ = 0, lastMs_ = 0, lastMapMs_ = 0;
    explain::Method method_ = explain::Method::Gradient;
    int64_t processed_ = 0;
    std::chrono::steady_clock::time_point start_;
    vision::LiveCounters last_;
    int second_ = 0;
};

}  // namespace

void addLiveCommand(CLI::App& app, Runner& run)
{
    auto a = std::make_shared<LiveArgs>();
    auto* cmd = app.add_subcommand("live", "Camera, video or image folder through a network: the live path's figures");
    cmd->add_option("--source", a->source, "cam:N, a video file, or a folder of images")->required();
    cmd->add_option("--variant", a->variant, "Variant id");
    addWeightsOptions(cmd, a->weights);
    addRunOptions(cmd, a->runArgs);
    numberOr(cmd->add_option("--frames", a->frames, "Stop after this many processed frames (all: at the source's end)"),
             "all", "0", 1, 1e9);
    cmd->add_option("--capture", a->capture, "Also capture this node's output and draw its channel grid each frame");
    cmd->add_option("--map", a->map,
                    "Also compute this explanation map of the top-1 each frame (gradcam, gradient, input-x-gradient, "
                    "guided-backprop, smoothgrad, ...: the methods of explain, at their defaults)");
    cmd->add_flag("--fast", a->fast, "Play a video as fast as the network takes frames, instead of at its own "
                                     "frame rate (each frame decoded when the previous one was taken)");
    cmd->add_flag("--no-loop", a->noLoop, "Play a video or folder once");
    cmd->add_flag("--json", a->json, "One JSON object per line");
    cmd->callback([&run, a] { run = [a] { return LiveRun(*a).run(); }; });
}

}  // namespace inception::cli
