#include "engine/engine.h"

#include <ATen/Context.h>
#include <torch/cuda.h>

#include <fstream>

#include "common/error.h"
#include "engine/cpu_features.h"

namespace inception::engine {

namespace {

// Which BLAS the process really loaded (Debian switches libblas.so.3 by alternatives).
std::string loadedBlas()
{
    std::ifstream maps("/proc/self/maps");
    std::string reference;
    for (std::string line; std::getline(maps, line);) {
        if (line.find("openblas") != std::string::npos)
            return line.find("openmp") != std::string::npos ? "OpenBLAS (openmp)" : "OpenBLAS";
        if (line.find("libmkl") != std::string::npos)
            return "MKL";
        if (reference.empty() && line.find("libblas.so") != std::string::npos)
            reference = "reference BLAS (" + line.substr(line.find('/')) + ")";
    }
    return reference.empty() ? "unknown" : reference;
}

std::string atenCapability()
{
    const std::string config = at::show_config();
    const auto at = config.find("CPU capability usage:");
    if (at == std::string::npos)
        return "unknown";
    return config.substr(at + 22, config.find('\n', at) - at - 22);
}

}  // namespace

torch::Device chooseDevice(DeviceChoice choice)
{
    const bool cuda = torch::cuda::is_available();
    if (choice == DeviceChoice::Cuda && !cuda)
        throw Error(ErrorCode::BadArgument, "CUDA was asked for, but this LibTorch has no CUDA device");
    return (choice != DeviceChoice::Cpu && cuda) ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
}

DeviceChoice parseDevice(const std::string& text)
{
    if (text == "auto")
        return DeviceChoice::Auto;
    if (text == "cpu")
        return DeviceChoice::Cpu;
    if (text == "cuda")
        return DeviceChoice::Cuda;
    throw Error(ErrorCode::BadArgument, "unknown device '" + text + "' (cpu, cuda or auto)");
}

std::string runtimeDescription()
{
    return "BLAS: " + loadedBlas() + ", ATen CPU capability: " + atenCapability() + ", CPU: " +
           cpuFeatures().summary();
}

std::vector<std::string> readLabels(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        throw Error(ErrorCode::FileNotFound, path + ": cannot open the class names");
    std::vector<std::string> labels;
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            labels.push_back(line);
    return labels;
}

}  // namespace inception::engine
