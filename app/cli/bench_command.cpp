// `bench`: forward latency of a variant, with the engine's settings and with plain eager settings.
#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>

#include "cli_common.h"
#include "commands.h"
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

// The engines take turns, iteration by iteration, so that a slower phase of the machine
// falls on both alike.
std::vector<Timing> measure(const std::vector<engine::Engine*>& engines, const torch::Tensor& x, int warmup, int iters)
{
    std::vector<std::vector<double>> ms(engines.size());
    for (int i = 0; i < warmup + iters; ++i)
        for (size_t k = 0; k < engines.size(); ++k) {
            const double t = engines[k]->run(x, 1).forwardMs;
            if (i >= warmup)
                ms[k].push_back(t);
        }
    std::vector<Timing> out;
    for (auto& m : ms)
        out.push_back(summarise(m, x.size(0)));
    return out;
}

// Which BLAS the process really loaded (Debian switches libblas.so.3 by alternatives).
std::string loadedBlas()
{
    std::ifstream maps("/proc/self/maps");
    for (std::string line; std::getline(maps, line);) {
        if (line.find("openblas") != std::string::npos)
            return line.find("openmp") != std::string::npos ? "OpenBLAS (openmp)" : "OpenBLAS";
        if (line.find("libmkl") != std::string::npos)
            return "MKL";
    }
    maps.clear();
    maps.seekg(0);
    for (std::string line; std::getline(maps, line);)
        if (line.find("libblas.so") != std::string::npos)
            return "reference BLAS (" + line.substr(line.find('/')) + ")";
    return "unknown";
}

std::string cpuCapability()
{
    const std::string config = at::show_config();
    const auto at = config.find("CPU capability usage:");
    if (at == std::string::npos)
        return "unknown";
    return config.substr(at + 22, config.find('\n', at) - at - 22);
}

}  // namespace

void addBenchCommand(CLI::App& app, Runner& run)
{
    struct Args {
        std::string variant, device = "auto", dtype = "float32";
        int batch = 1, iters = 20, warmup = 3, threads = 0;
        bool json = false, noPlain = false;
    };
    auto a = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("bench", "Forward latency (random weights; speed does not depend on them)");
    cmd->add_option("--variant", a->variant, "Variant id")->required();
    cmd->add_option("--batch", a->batch, "Images per forward")->check(CLI::Range(1, 256));
    cmd->add_option("--iters", a->iters, "Timed forwards")->check(CLI::Range(1, 10000));
    cmd->add_option("--warmup", a->warmup, "Untimed forwards first")->check(CLI::Range(0, 1000));
    cmd->add_option("--device", a->device, "cpu, cuda or auto");
    cmd->add_option("--dtype", a->dtype, "float32, float16 or bfloat16 (weights and input)")
        ->check(CLI::IsMember({"float32", "float16", "bfloat16"}));
    cmd->add_option("--threads", a->threads, "Intra-op threads (default: all cores)")->check(CLI::PositiveNumber);
    cmd->add_flag("--no-plain", a->noPlain, "Skip the plain eager run (NCHW) that the ratio compares with");
    cmd->add_flag("--json", a->json, "Print JSON");
    cmd->callback([&run, a] {
        run = [a] {
            const auto& info = models::variant(a->variant);
            torch::manual_seed(0);
            const auto x = torch::randn({a->batch, 3, info.inputSize, info.inputSize});
            auto net = engine::untrainedNetwork(a->variant);
            engine::EngineOptions tuned;
            tuned.device = parseDevice(a->device);
            tuned.threads = a->threads;
            tuned.dtype = a->dtype == "float16" ? torch::kHalf : a->dtype == "bfloat16" ? torch::kBFloat16 : torch::kFloat32;
            if (engine::chooseDevice(tuned.device).is_cuda())
                at::globalContext().setBenchmarkCuDNN(true);  // pick the fastest kernels once
            engine::Engine fast(net, {}, tuned);
            std::unique_ptr<engine::Engine> slow;
            std::vector<engine::Engine*> engines{&fast};
            if (!a->noPlain) {
                engine::EngineOptions po = tuned;  // plain: NCHW, fp32
                po.channelsLast = false;
                po.dtype = torch::kFloat32;
                slow = std::make_unique<engine::Engine>(engine::untrainedNetwork(a->variant), std::vector<std::string>{}, po);
                engines.push_back(slow.get());
            }
            const auto timings = measure(engines, x, a->warmup, a->iters);
            const Timing t = timings[0];
            const Timing plain = a->noPlain ? Timing{} : timings[1];
            const std::string blas = loadedBlas(), isa = cpuCapability();
            if (a->json) {
                nlohmann::json j{{"variant", a->variant}, {"batch", a->batch}, {"iters", a->iters},
                                 {"device", fast.deviceName()}, {"dtype", a->dtype}, {"threads", fast.threads()}, {"blas", blas},
                                 {"cpu_capability", isa}, {"channels_last", fast.channelsLast()},
                                 {"median_ms", t.median}, {"min_ms", t.min}, {"max_ms", t.max},
                                 {"images_per_second", t.imagesPerSecond}};
                if (!a->noPlain)
                    j["plain"] = {{"median_ms", plain.median}, {"min_ms", plain.min}, {"max_ms", plain.max},
                                  {"speedup", plain.median / t.median}};
                std::cout << j.dump(2) << '\n';
                return 0;
            }
            std::cout << a->variant << ", batch " << a->batch << ", " << a->iters << " iterations after " << a->warmup
                      << " warm-up\n  device: " << fast.deviceName() << ", BLAS: " << blas << ", ATen CPU capability: "
                      << isa << "\n  engine (" << a->dtype << ", channels_last " << (fast.channelsLast() ? "on" : "off")
                      << "): median " << fixed(t.median, 1) << " ms, min " << fixed(t.min, 1) << ", max "
                      << fixed(t.max, 1) << ", " << fixed(t.imagesPerSecond, 1) << " images/s\n";
            if (!a->noPlain)
                std::cout << "  plain eager NCHW fp32: median " << fixed(plain.median, 1) << " ms -> engine is "
                          << fixed(plain.median / t.median, 2) << "x\n";
            return 0;
        };
    });
}

}  // namespace inception::cli
