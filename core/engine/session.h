#pragma once
// A Session runs a Model for one request or one live stream: its device, precision and threads
// are the session's; what one run computes besides the logits — the node outputs it captures,
// the nodes it knocks out (interventions), the nodes where it keeps gradients — is that run's
// RunRequest, an argument of run() (as ncnn passes inputs and outputs to each Extractor call),
// never options changed between runs. Without gradients a run takes the compiled plan (on the
// CPU, when this build has oneDNN); with gradients — or on CUDA — the eager network. Sessions are
// cheap; one thread at a time per Session, any number of Sessions per Model.
#include <torch/types.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "engine/engine.h"
#include "engine/model.h"
#include "engine/plan.h"
#include "engine/precision.h"

namespace inception::engine {

enum class PathChoice { Auto, Compiled, Eager };

struct SessionOptions {
    DeviceChoice device = DeviceChoice::Auto;  // Auto: CUDA when LibTorch has it, else the CPU
    Precision precision = Precision::Float32;
    int threads = 0;                           // intra-op threads for this session; 0: every core
    PathChoice path = PathChoice::Auto;        // Auto: the compiled plan where it applies
};

// What one run computes besides the logits.
struct RunRequest {
    int topK = 5;
    std::set<std::string> capture;                       // node and tap ids (arch/taps.h)
    std::map<std::string, Intervention> interventions;  // id → zero / mean
    std::set<std::string> gradientsAt;                   // ids: d(target logit)/d(output)
    int gradientClass = -1;                              // target class; -1: each image's top-1
    std::vector<int> gradientClasses;                    // one target per image (overrides gradientClass)
    bool guidedRelu = false;                             // forwardTaps: Guided Backprop's ReLUs
};

// The outputs of a forward kept in the autograd graph (Session::forwardTaps).
struct Taps {
    torch::Tensor logits;                         // undefined when the forward stopped early
    std::map<std::string, torch::Tensor> outputs;  // the captured taps
};

class Session {
public:
    Session(std::shared_ptr<const Model> model, SessionOptions options = {});
    ~Session();
    Session(Session&&) noexcept;
    Session& operator=(Session&&) noexcept;

    // input: N x C x H x W float32, preprocessed. Throws inception::Error (ShapeMismatch naming
    // the expected channels or the smallest size; UnknownNode; BadArgument for a precision this
    // machine lacks, a class out of range).
    Prediction run(const torch::Tensor& input, const RunRequest& request = {});

    // The eager network on this session's device and threads, in the caller's autograd mode, for
    // objectives of the caller's own (feature visualisation, DeepDream): the taps of
    // `request.capture` and the logits stay in the graph. `stopWhenCaptured`: the forward ends
    // once every tap is recorded (the logits are then undefined). Interventions apply; topK and
    // the gradient fields do not. Float32 only.
    Taps forwardTaps(const torch::Tensor& input, const RunRequest& request, bool stopWhenCaptured = false);

    const SessionOptions& options() const { return options_; }
    const Model& model() const { return *model_; }
    const std::shared_ptr<const Model>& modelPtr() const { return model_; }

    torch::Device device() const { return device_; }
    int threads() const;
    std::string deviceName() const;  // "CPU, 2 threads" or "CUDA device 0"
    // True when a run of `request` takes the compiled plan.
    bool compiled(const RunRequest& request = {}) const;
    // The plan's report after a compiled run (null before, or on the eager path).
    const PlanInfo* planInfo() const;

private:
    void validate(const torch::Tensor& input, const RunRequest& request);
    Prediction runCompiled(const torch::Tensor& input, const RunRequest& request);
    Prediction runEager(const torch::Tensor& input, const RunRequest& request);
    torch::Tensor toDevice(const torch::Tensor& input, torch::ScalarType dtype);
    Prediction finish(torch::Tensor logits, double ms, int topK) const;

    std::shared_ptr<const Model> model_;
    SessionOptions options_;
    torch::Device device_{torch::kCPU};
    std::unique_ptr<PlanRunner> runner_;
    std::set<std::pair<int64_t, int64_t>> validSizes_;
    torch::Tensor staging_, onDevice_;  // CUDA: pinned upload buffer and its device twin
};

// What `validate` says about a spatial size: empty when the network takes it, else why, naming
// the smallest size it takes.
std::string checkInputSize(const arch::NetworkDesc& desc, int64_t height, int64_t width);

}  // namespace inception::engine
