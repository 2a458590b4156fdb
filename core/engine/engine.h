#pragma once
// What every caller of the engine shares: devices, predictions, class names. Networks are opened
// with openModel (model.h) and run through a Session (session.h).
#include <torch/types.h>

#include <map>
#include <string>
#include <vector>

namespace inception::engine {

enum class DeviceChoice { Auto, Cpu, Cuda };

struct ClassScore {
    int index = 0;
    std::string label;
    float probability = 0.0f;
    float logit = 0.0f;
};

struct Prediction {
    std::vector<std::vector<ClassScore>> top;        // per image, best first
    torch::Tensor logits;                             // [N, classes] float32, CPU
    torch::Tensor probabilities;                      // [N, classes], CPU
    std::map<std::string, torch::Tensor> activations; // captured node outputs, float32, CPU
    std::map<std::string, torch::Tensor> gradients;   // d(target logit)/d(node output), CPU
    std::vector<int> gradientClasses;                 // the target class of each image
    double forwardMs = 0.0;
    bool compiled = false;                            // the compiled plan ran (else the eager network)
};

// CUDA if available (Auto), else CPU; Cuda without CUDA throws inception::Error.
torch::Device chooseDevice(DeviceChoice choice);
DeviceChoice parseDevice(const std::string& text);  // cpu, cuda, auto
// BLAS, ATen CPU capability, oneDNN ISA and CPU features: what `bench` prints.
std::string runtimeDescription();

// One label per line.
std::vector<std::string> readLabels(const std::string& path);

}  // namespace inception::engine
