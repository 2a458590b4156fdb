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
#include "models/registry.h"
#include "vision/channel_grid.h"
#include "vision/live_pipeline.h"
#include "vision/preprocess.h"

namespace inception::cli {

void addLiveCommand(CLI::App& app, Runner& run)
{
    struct Args {
        std::string source, variant = "googlenet", capture;
        WeightsArgs weights;
        RunArgs runArgs;
        int64_t frames = 0;
        bool json = false, fast = false, noLoop = false;
    };
    auto a = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("live", "Camera, video or image folder through a network: the live path's figures");
    cmd->add_option("--source", a->source, "cam:N, a video file, or a folder of images")->required();
    cmd->add_option("--variant", a->variant, "Variant id");
    addWeightsOptions(cmd, a->weights);
    addRunOptions(cmd, a->runArgs);
    cmd->add_option("--frames", a->frames, "Stop after this many processed frames (0: at the source's end)")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--capture", a->capture, "Also capture this node's output and draw its channel grid each frame");
    cmd->add_flag("--fast", a->fast, "Play a video as fast as the network takes frames, instead of at its own "
                                     "frame rate (each frame decoded when the previous one was taken)");
    cmd->add_flag("--no-loop", a->noLoop, "Play a video or folder once");
    cmd->add_flag("--json", a->json, "One JSON object per line");
    cmd->callback([&run, a] {
        run = [a] {
            const auto model = openForCommand(a->variant, a->weights);
            const auto preset = model->preset();
            auto options = sessionOptions(a->runArgs);
            options.topK = 1;
            if (!a->capture.empty()) {
                if (!arch::findTap(model->desc().root, a->capture))
                    throw Error(ErrorCode::UnknownNode, "no node '" + a->capture + "' in " + a->variant);
                options.capture = {a->capture};
            }
            engine::Session session(model, options);  // the stream's own session, on the inference thread
            const bool untrained = !model->provenance().trained;
            const std::string weightsText = model->provenance().description;
            vision::SourceOptions so;
            so.loop = !a->noLoop;
            so.paced = !a->fast;
            so.slideSeconds = a->fast ? 0.0 : 2.0;
            auto source = vision::openSource(a->source, so);
            const std::string described = source->describe();

            std::mutex stateMutex;
            std::string top1 = "-";
            double top1p = 0, lastMs = 0;
            int64_t processedHere = 0;
            vision::LiveCallbacks cb;
            cb.process = [&](const cv::Mat& rgb, int64_t) {
                const auto x = vision::preprocess(rgb, preset);
                const auto p = session.run(x);
                if (!a->capture.empty()) {  // what the window's activations panel draws, every frame
                    vision::GridOptions go;
                    go.maxChannels = 36;
                    go.cellSize = 26;
                    vision::renderChannelGrid(p.activations.at(a->capture)[0], go);
                }
                int64_t n;
                {
                    std::lock_guard<std::mutex> lock(stateMutex);
                    top1 = p.top[0][0].label;
                    top1p = p.top[0][0].probability;
                    lastMs = p.forwardMs;
                    n = ++processedHere;
                }
                if (a->json && n % 100 == 0)
                    std::cout << nlohmann::json{{"event", "frames"}, {"processed", n}}.dump() << std::endl;
            };
            vision::LivePipeline pipeline(std::move(source), cb);
            pipeline.setFrameLimit(a->frames);
            pipeline.setDecodeAhead(!a->fast || a->source.rfind("cam:", 0) == 0);
            if (!a->json)
                std::cout << described << " → " << a->variant << " (" << session.deviceName() << ", "
                          << weightsText << ")\n";
            const auto t0 = std::chrono::steady_clock::now();
            pipeline.start();
            vision::LiveCounters last;
            int second = 0;
            auto report = [&](bool final) {
                const auto c = pipeline.counters();
                const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
                const double span = final ? elapsed : 1.0;
                const double captureFps = double(final ? c.decoded : c.decoded - last.decoded) / span;
                const double inferFps = double(final ? c.processed : c.processed - last.processed) / span;
                std::lock_guard<std::mutex> lock(stateMutex);
                if (a->json) {
                    std::cout << nlohmann::json{{"event", final ? "summary" : "second"}, {"second", second},
                                                {"capture_fps", captureFps}, {"inference_fps", inferFps},
                                                {"forward_ms", lastMs}, {"decoded", c.decoded},
                                                {"processed", c.processed}, {"dropped", c.dropped},
                                                {"max_waiting", c.maxWaiting}, {"top1", top1},
                                                {"probability", top1p}, {"untrained", untrained},
                                                {"variant", a->variant}, {"device", session.deviceName()},
                                                {"seconds", elapsed}}
                                     .dump()
                              << std::endl;
                } else {
                    std::cout << (final ? std::string("total") : std::to_string(second) + " s") << "  capture "
                              << fixed(captureFps, 1) << " fps  inference " << fixed(inferFps, 1) << " fps  forward "
                              << fixed(lastMs, 1) << " ms  dropped " << c.dropped << "  top-1 " << top1 << " ("
                              << fixed(100 * top1p, 1) << " %)" << (untrained ? " [untrained]" : "")
                              << std::endl;
                }
                last = c;
            };
            while (!pipeline.waitFor(1.0)) {
                ++second;
                report(false);
            }
            pipeline.stop();
            report(true);
            if (!pipeline.error().empty())
                throw Error(ErrorCode::FileUnreadable, pipeline.error());
            return 0;
        };
    });
}

}  // namespace inception::cli
