// `bench`: forward latency of a variant through the compiled plan and through the eager network,
// interleaved in one process; GFLOP/s and the share of this CPU's measured fp32 peak.
#include <torch/torch.h>

#include <algorithm>
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "engine/calibrate.h"
#include "engine/threads.h"
#include "engine/cpu_features.h"
#include "models/registry.h"

namespace inception::cli {

namespace {

struct Timing {
    double median = 0, min = 0, max = 0, imagesPerSecond = 0;
};

Timing summarise(std::vector<double> ms, int64_t batch)
{
    std::sort(ms.begin(), ms.end());
    Timing t;
    t.median = ms[ms.size() / 2];
    t.min = ms.front();
    t.max = ms.back();
    t.imagesPerSecond = 1000.0 * double(batch) / t.median;
    return t;
}

// The sessions take turns in rounds — `warmup` untimed and `iters` timed forwards each — so that a
// slower phase of the machine falls on all of them alike, while each runs with its own weights
// warm in the caches (forward by forward alternation would measure cache refills). The result:
// the median of the rounds' medians (min and max over every timed forward).
std::vector<Timing> measure(std::vector<engine::Session*>& sessions, const torch::Tensor& x, int warmup, int iters,
                            int rounds)
{
    std::vector<std::vector<double>> medians(sessions.size()), all(sessions.size());
    for (int r = 0; r < rounds; ++r)
        for (size_t k = 0; k < sessions.size(); ++k) {
            std::vector<double> ms;
            for (int i = 0; i < warmup + iters; ++i) {
                const double t = sessions[k]->run(x).forwardMs;
                if (i >= warmup)
                    ms.push_back(t);
            }
            all[k].insert(all[k].end(), ms.begin(), ms.end());
            medians[k].push_back(summarise(ms, x.size(0)).median);
        }
    std::vector<Timing> out;
    for (size_t k = 0; k < sessions.size(); ++k) {
        Timing t = summarise(all[k], x.size(0));
        t.median = summarise(medians[k], x.size(0)).median;
        t.imagesPerSecond = 1000.0 * double(x.size(0)) / t.median;
        out.push_back(t);
    }
    return out;
}

nlohmann::json timingJson(const Timing& t, double gflop)
{
    return {{"median_ms", t.median}, {"min_ms", t.min}, {"max_ms", t.max}, {"images_per_second", t.imagesPerSecond},
            {"gflops", gflop / (t.median / 1000.0)}};
}

}  // namespace

void addBenchCommand(CLI::App& app, Runner& run)
{
    struct Args {
        std::string variant, plan = "both";
        RunArgs runArgs;
        int batch = 1, iters = 10, warmup = 2, rounds = 3;
        bool json = false, noPeak = false;
    };
    auto a = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("bench", "Forward latency, compiled plan against the eager network (random "
                                            "weights: the speed does not depend on them)");
    cmd->add_option("--variant", a->variant, "Variant id")->required();
    cmd->add_option("--batch", a->batch, "Images per forward")->check(CLI::Range(1, 256));
    cmd->add_option("--iters", a->iters, "Timed forwards per round")->check(CLI::Range(1, 10000));
    cmd->add_option("--warmup", a->warmup, "Untimed forwards at the start of each round")->check(CLI::Range(0, 1000));
    cmd->add_option("--rounds", a->rounds, "Rounds; the paths take turns round by round")->check(CLI::Range(1, 1000));
    cmd->add_option("--device", a->runArgs.device, "cpu, cuda or auto")->check(CLI::IsMember({"cpu", "cuda", "auto"}));
    cmd->add_option("--threads", a->runArgs.threads, "Intra-op threads (default: all cores)")->check(CLI::PositiveNumber);
    cmd->add_option("--precision,--dtype", a->runArgs.precision, "float32, bfloat16 or float16")
        ->check(CLI::IsMember({"float32", "fp32", "bfloat16", "bf16", "float16", "fp16"}));
    cmd->add_option("--plan", a->plan, "compiled, eager, or both interleaved (the ratio)")
        ->check(CLI::IsMember({"compiled", "eager", "both"}));
    cmd->add_flag("--no-peak", a->noPeak, "Skip the measurement of the CPU's fp32 peak");
    cmd->add_flag("--json", a->json, "Print JSON");
    cmd->callback([&run, a] {
        run = [a] {
            models::InceptionNet net(models::describe(a->variant));
            engine::randomInitialise(net, 0);
            const auto model = engine::modelFromNetwork(net, "random weights (benchmark)");
            const auto& in = model->desc().input;
            torch::manual_seed(0);
            const auto x = torch::randn({a->batch, in[0], in[1], in[2]});
            const double gflop = 2.0 * double(model->desc().root.macs) * double(a->batch) / 1e9;

            std::vector<std::unique_ptr<engine::Session>> owned;
            std::vector<engine::Session*> sessions;
            std::vector<std::string> names;
            auto add = [&](engine::PathChoice path, const std::string& name, engine::Precision precision) {
                auto o = sessionOptions(a->runArgs);
                o.path = path;
                o.precision = precision;
                o.topK = 1;
                owned.push_back(std::make_unique<engine::Session>(model, o));
                sessions.push_back(owned.back().get());
                names.push_back(name);
            };
            const auto precision = engine::parsePrecision(a->runArgs.precision);
            if (a->plan != "eager")
                add(engine::PathChoice::Compiled, "compiled", precision);
            if (a->plan != "compiled")
                add(engine::PathChoice::Eager, "eager", a->plan == "both" ? engine::Precision::Float32 : precision);
            if (engine::chooseDevice(sessions.front()->options().device).is_cuda())
                at::globalContext().setBenchmarkCuDNN(true);  // pick the fastest kernels once
            const auto timings = measure(sessions, x, a->warmup, a->iters, a->rounds);
            const int threads = sessions.front()->threads();
            const bool cpu = sessions.front()->device().is_cpu();
            const double peak = (cpu && !a->noPeak) ? engine::measureFp32PeakGflops(threads) : 0.0;
            const engine::PlanInfo* plan = sessions.front()->planInfo();
            const bool compiledRan = plan != nullptr;

            if (a->json) {
                nlohmann::json j{{"variant", a->variant}, {"batch", a->batch}, {"iters", a->iters}, {"rounds", a->rounds},
                                 {"device", sessions.front()->deviceName()}, {"threads", threads},
                                 {"precision", engine::toString(precision)}, {"gflop_per_forward", gflop},
                                 {"runtime", engine::runtimeDescription()}, {"fp32_peak_gflops", peak}};
                for (size_t k = 0; k < sessions.size(); ++k) {
                    j[names[k]] = timingJson(timings[k], gflop);
                    if (peak > 0)
                        j[names[k]]["share_of_fp32_peak"] = gflop / (timings[k].median / 1000.0) / peak;
                }
                if (sessions.size() == 2)
                    j["speedup"] = timings[1].median / timings[0].median;
                if (compiledRan)
                    j["plan"] = {{"layout", plan->layout}, {"fallbacks", plan->fallbacks}, {"kernels", plan->kernels},
                                 {"primitives", plan->primitives}, {"fused_residuals", plan->fusedResiduals},
                                 {"sliced_concats", plan->slicedConcats}, {"copied_concats", plan->copiedConcats},
                                 {"activation_bytes", plan->activationBytes}, {"weight_bytes", plan->weightBytes}};
                std::cout << j.dump(2) << '\n';
                return 0;
            }
            std::cout << a->variant << ", batch " << a->batch << ", " << a->rounds << " rounds of " << a->iters
                      << " timed forwards after " << a->warmup << " warm-up each (median of the rounds' medians), "
                      << fixed(gflop, 2) << " GFLOP per forward\n  " << sessions.front()->deviceName()
                      << "; " << engine::runtimeDescription() << '\n';
            if (peak > 0)
                std::cout << "  fp32 peak of this CPU (FMA loop, " << threads << " threads): " << fixed(peak, 0)
                          << " GFLOP/s\n";
            for (size_t k = 0; k < sessions.size(); ++k) {
                const auto& t = timings[k];
                const double rate = gflop / (t.median / 1000.0);
                std::cout << "  " << names[k] << " ("
                          << (names[k] == "eager" && a->plan == "both" ? "float32" : engine::toString(precision))
                          << "): median " << fixed(t.median, 2) << " ms, min " << fixed(t.min, 2) << ", max "
                          << fixed(t.max, 2) << ", " << fixed(t.imagesPerSecond, 1) << " images/s, "
                          << fixed(rate, 1) << " GFLOP/s";
                if (peak > 0)
                    std::cout << " (" << fixed(100.0 * rate / peak, 1) << " % of peak)";
                std::cout << '\n';
            }
            if (sessions.size() == 2)
                std::cout << "  compiled is " << fixed(timings[1].median / timings[0].median, 2)
                          << "x the eager network's speed\n";
            if (compiledRan) {
                std::cout << "  plan: layout " << plan->layout << ", " << plan->primitives << " primitives, "
                          << plan->fusedResiduals << " fused residual sums, " << plan->slicedConcats
                          << " concatenations written in place, " << plan->copiedConcats << " copied; activations "
                          << fixed(double(plan->activationBytes) / (1 << 20), 1) << " MiB\n  kernels:";
                for (const auto& [kernel, count] : plan->kernels)
                    std::cout << ' ' << kernel << " x" << count;
                std::cout << '\n';
                if (plan->fallbacks.empty())
                    std::cout << "  no node fell back to the eager network\n";
                for (const auto& f : plan->fallbacks)
                    std::cout << "  eager fallback: " << f << '\n';
            }
            return 0;
        };
    });
}

}  // namespace inception::cli
