#pragma once
// The inference engine: a loaded, immutable network and the settings it runs with.
// Tensors in, predictions and captured activations out; it knows nothing of images.
#include <torch/types.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "models/network.h"

namespace inception::engine {

enum class DeviceChoice { Auto, Cpu, Cuda };

struct EngineOptions {
    DeviceChoice device = DeviceChoice::Auto;  // Auto: CUDA if LibTorch has it, else CPU
    int threads = 0;                           // intra-op threads; 0 = all cores
    bool channelsLast = true;                  // NHWC convolutions (faster in oneDNN)
    torch::ScalarType dtype = torch::kFloat32; // kHalf / kBFloat16: weights and input converted
};

struct ClassScore {
    int index = 0;
    std::string label;
    float probability = 0.0f;
    float logit = 0.0f;
};

struct Prediction {
    std::vector<std::vector<ClassScore>> top;        // per image, best first
    torch::Tensor probabilities;                      // [N, classes], CPU
    std::map<std::string, torch::Tensor> activations; // captured node outputs, CPU
    double forwardMs = 0.0;
};

class Engine {
public:
    // `labels` names the classes (may be empty: "class N").
    Engine(models::InceptionNet net, std::vector<std::string> labels, const EngineOptions& options = {});

    // input: [N, 3, H, W] float32, already preprocessed. Thread-compatible, not thread-safe.
    Prediction run(const torch::Tensor& input, int topK = 5, const std::set<std::string>& capture = {});

    const arch::NetworkDesc& desc() const { return net_->desc(); }
    torch::Device device() const { return device_; }
    std::string deviceName() const;  // "CPU, 2 threads" or the CUDA device
    int threads() const { return threads_; }
    bool channelsLast() const { return channelsLast_; }
    torch::ScalarType dtype() const { return dtype_; }

private:
    models::InceptionNet net_;
    std::vector<std::string> labels_;
    torch::Device device_{torch::kCPU};
    int threads_ = 1;
    bool channelsLast_ = false;
    torch::ScalarType dtype_ = torch::kFloat32;
    torch::Tensor staging_, onDevice_;  // CUDA: pinned upload buffer and its device twin
};

// CUDA if available (Auto), else CPU; Cuda without CUDA throws inception::Error.
torch::Device chooseDevice(DeviceChoice choice);
// Sets LibTorch's intra-op threads (0 = all cores) and returns the number in effect.
int setThreads(int threads);
// "OpenBLAS (openmp)", the ATen CPU capability, thread count: what `bench` prints.
std::string runtimeDescription();

// One label per line.
std::vector<std::string> readLabels(const std::string& path);

}  // namespace inception::engine
