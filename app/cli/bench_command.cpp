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
                engine::RunRequest top1;
                top1.topK = 1;
                const double t = sessions[k]->run(x, top1).forwardMs;
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

struct BenchArgs {
    std::string variant, plan = "both";
    RunArgs runArgs;
    int batch = 1, iters = 10, warmup = 2, rounds = 3;
    bool json = false, noPeak = false;
};

// What one bench run measured, for either printer.
struct BenchRun {
    std::vector<std::unique_ptr<engine::Session>> sessions;
    std::vector<std::string> names;
    std::vector<Timing> timings;
    engine::Precision precision = engine::Precision::Float32;
    double gflop = 0, peak = 0;
    int threads = 0;
    const engine::PlanInfo* plan = nullptr;
};

void printBenchJson(const BenchArgs& a, const BenchRun& b)
{
    nlohmann::json j{{"variant", a.variant}, {"batch", a.batch}, {"iters", a.iters}, {"rounds", a.rounds},
                     {"device", b.sessions.front()->deviceName()}, {"threads", b.threads},
                     {"precision", engine::toString(b.precision)}, {"gflop_per_forward", b.gflop},
                     {"runtime", engine::runtimeDescription()}, {"fp32_peak_gflops", b.peak}};
    for (size_t k = 0; k < b.sessions.size(); ++k) {
        j[b.names[k]] = timingJson(b.timings[k], b.gflop);
        if (b.peak > 0)
            j[b.names[k]]["share_of_fp32_peak"] = b.gflop / (b.timings[k].median / 1000.0) / b.peak;
    }
    if (b.sessions.size() == 2)
        j["speedup"] = b.timings[1].median / b.timings[0].median;
    if (const auto* plan = b.plan)
        j["plan"] = {{"layout", plan->layout}, {"fallbacks", plan->fallbacks}, {"kernels", plan->kernels},
                     {"primitives", plan->primitives}, {"fused_residuals", plan->fusedResiduals},
                     {"sliced_concats", plan->slicedConcats}, {"copied_concats", plan->copiedConcats},
                     {"activation_bytes", plan->activationBytes}, {"weight_bytes", plan->weightBytes}};
    std::cout << j.dump(2) << '\n';
}

void printPlan(const engine::PlanInfo& plan)
{
    std::cout << "  plan: layout " << plan.layout << ", " << plan.primitives << " primitives, " << plan.fusedResiduals
              << " fused residual sums, " << plan.slicedConcats << " concatenations written in place, "
              << plan.copiedConcats << " copied; activations " << fixed(double(plan.activationBytes) / (1 << 20), 1)
              << " MiB\n  kernels:";
    for (const auto& [kernel, count] : plan.kernels)
        std::cout << ' ' << kernel << " x" << count;
    std::cout << '\n';
    if (plan.fallbacks.empty())
        std::cout << "  no node fell back to the eager network\n";
    for (const auto& f : plan.fallbacks)
        std::cout << "  eager fallback: " << f << '\n';
}

void printBenchText(const BenchArgs& a, const BenchRun& b)
{
    std::cout << a.variant << ", batch " << a.batch << ", " << a.rounds << " rounds of " << a.iters
              << " timed forwards after " << a.warmup << " warm-up each (median of the rounds' medians), "
              << fixed(b.gflop, 2) << " GFLOP per forward\n  " << b.sessions.front()->deviceName() << "; "
              << engine::runtimeDescription() << '\n';
    if (b.peak > 0)
        std::cout << "  fp32 peak of this CPU (FMA loop, " << b.threads << " threads): " << fixed(b.peak, 0)
                  << " GFLOP/s\n";
    for (size_t k = 0; k < b.sessions.size(); ++k) {
        const auto& t = b.timings[k];
        const double rate = b.gflop / (t.median / 1000.0);
        std::cout << "  " << b.names[k] << " ("
                  << (b.names[k] == "eager" && a.plan == "both" ? "float32" : engine::toString(b.precision))
                  << "): median " << fixed(t.median, 2) << " ms, min " << fixed(t.min, 2) << ", max "
                  << fixed(t.max, 2) << ", " << fixed(t.imagesPerSecond, 1) << " images/s, " << fixed(rate, 1)
                  << " GFLOP/s";
        if (b.peak > 0)
            std::cout << " (" << fixed(100.0 * rate / b.peak, 1) << " % of peak)";
        std::cout << '\n';
    }
    if (b.sessions.size() == 2)
        std::cout << "  compiled is " << fixed(b.timings[1].median / b.timings[0].median, 2)
                  << "x the eager network's speed\n";
    if (b.plan)
        printPlan(*b.plan);
}

int runBench(const BenchArgs& a)
{
    const auto model = engine::openModel(a.variant, engine::WeightsChoice::random(0));
    const auto& in = model->desc().input;
    torch::manual_seed(0);
    const auto x = torch::randn({a.batch, in[0], in[1], in[2]});
    BenchRun b;
    b.gflop = 2.0 * double(model->desc().root.macs) * double(a.batch) / 1e9;
    b.precision = engine::parsePrecision(a.runArgs.precision);
    auto add = [&](engine::PathChoice path, const std::string& name, engine::Precision precision) {
        auto o = sessionOptions(a.runArgs);
        o.path = path;
        o.precision = precision;
        b.sessions.push_back(std::make_unique<engine::Session>(model, o));
        b.names.push_back(name);
    };
    if (a.plan != "eager")
        add(engine::PathChoice::Compiled, "compiled", b.precision);
    if (a.plan != "compiled")
        add(engine::PathChoice::Eager, "eager", a.plan == "both" ? engine::Precision::Float32 : b.precision);
    if (b.sessions.front()->device().is_cuda())
        at::globalContext().setBenchmarkCuDNN(true);  // pick the fastest kernels once
    std::vector<engine::Session*> sessions;
    for (auto& s : b.sessions)
        sessions.push_back(s.get());
    b.timings = measure(sessions, x, a.warmup, a.iters, a.rounds);
    b.threads = sessions.front()->threads();
    b.peak = (sessions.front()->device().is_cpu() && !a.noPeak) ? engine::measureFp32PeakGflops(b.threads) : 0.0;
    b.plan = sessions.front()->planInfo();
    a.json ? printBenchJson(a, b) : printBenchText(a, b);
    return 0;
}

}  // namespace

void addBenchCommand(CLI::App& app, Runner& run)
{
    auto a = std::make_shared<BenchArgs>();
    auto* cmd = app.add_subcommand("bench", "Forward latency, compiled plan against the eager network (random "
                                            "weights: the speed does not depend on them)");
    cmd->add_option("--variant", a->variant, "Variant id")->required();
    cmd->add_option("--batch", a->batch, "Images per forward")->check(numberIn(1, 256));
    cmd->add_option("--iters", a->iters, "Timed forwards per round")->check(numberIn(1, 10000));
    cmd->add_option("--warmup", a->warmup, "Untimed forwards at the start of each round")->check(numberIn(0, 1000));
    cmd->add_option("--rounds", a->rounds, "Rounds; the paths take turns round by round")->check(numberIn(1, 1000));
    cmd->add_option("--device", a->runArgs.device, "cpu, cuda or auto")->check(oneOf({"cpu", "cuda", "auto"}));
    addThreadsOption(cmd, a->runArgs.threads);
    cmd->add_option("--precision,--dtype", a->runArgs.precision, "float32, bfloat16 or float16")
        ->check(oneOf({"float32", "fp32", "bfloat16", "bf16", "float16", "fp16"}));
    cmd->add_option("--plan", a->plan, "compiled, eager, or both interleaved (the ratio)")
        ->check(oneOf({"compiled", "eager", "both"}));
    cmd->add_flag("--no-peak", a->noPeak, "Skip the measurement of the CPU's fp32 peak");
    cmd->add_flag("--json", a->json, "Print JSON");
    cmd->callback([&run, a] { run = [a] { return runBench(*a); }; });
}

}  // namespace inception::cli
