#include "engine/engine.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/torch.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "common/error.h"

namespace inception::engine {

torch::Device chooseDevice(DeviceChoice choice)
{
    const bool cuda = torch::cuda::is_available();
    if (choice == DeviceChoice::Cuda && !cuda)
        throw Error(ErrorCode::BadArgument, "CUDA was asked for, but this LibTorch has no CUDA device");
    return (choice != DeviceChoice::Cpu && cuda) ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
}

int setThreads(int threads)
{
    const int n = threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(n);
    return at::get_num_threads();
}

std::string runtimeDescription()
{
    std::string s = at::get_parallel_info();
    return s;
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

Engine::Engine(models::InceptionNet net, std::vector<std::string> labels, const EngineOptions& options)
    : net_(std::move(net)), labels_(std::move(labels))
{
    device_ = chooseDevice(options.device);
    threads_ = setThreads(options.threads);
    net_->eval();
    dtype_ = options.dtype;
    net_->to(device_, dtype_);
    channelsLast_ = options.channelsLast;
    if (channelsLast_) {
        torch::NoGradGuard noGrad;
        for (auto& p : net_->parameters())
            if (p.dim() == 4)
                p.set_data(p.contiguous(torch::MemoryFormat::ChannelsLast));
    }
}

std::string Engine::deviceName() const
{
    if (device_.is_cuda())
        return "CUDA device " + std::to_string(device_.index());
    return "CPU, " + std::to_string(threads_) + (threads_ == 1 ? " thread" : " threads");
}

Prediction Engine::run(const torch::Tensor& input, int topK, const std::set<std::string>& capture)
{
    const int64_t channels = net_->desc().input.at(0);
    if (input.dim() != 4 || input.size(1) != channels)
        throw Error(ErrorCode::ShapeMismatch,
                    net_->desc().variant + " takes N x " + std::to_string(channels) + " x H x W input");
    for (const auto& id : capture)
        if (!arch::findNode(net_->desc().root, id))
            throw Error(ErrorCode::UnknownNode, "no node '" + id + "' in " + net_->desc().variant);
    at::set_num_threads(threads_);
    torch::InferenceMode guard;
    torch::Tensor x;
    if (device_.is_cuda()) {
        // The live path: one pinned staging buffer and one device buffer, reused while the
        // input shape stays; the upload is asynchronous from page-locked memory.
        if (!staging_.defined() || staging_.sizes() != input.sizes()) {
            staging_ = torch::empty(input.sizes(), torch::TensorOptions().dtype(torch::kFloat32).pinned_memory(true));
            onDevice_ = torch::empty(input.sizes(), torch::TensorOptions().dtype(dtype_).device(device_));
        }
        staging_.copy_(input);
        onDevice_.copy_(staging_, /*non_blocking=*/true);
        x = onDevice_;
    } else {
        x = input.to(device_, dtype_);
    }
    if (channelsLast_)
        x = x.contiguous(torch::MemoryFormat::ChannelsLast);
    models::Recorder recorder(capture);
    const auto start = std::chrono::steady_clock::now();
    torch::Tensor logits = net_->forward(x, capture.empty() ? nullptr : &recorder);
    if (device_.is_cuda())
        torch::cuda::synchronize();
    const auto end = std::chrono::steady_clock::now();

    Prediction p;
    p.forwardMs = std::chrono::duration<double, std::milli>(end - start).count();
    logits = logits.to(torch::kCPU, torch::kFloat32).contiguous();
    p.probabilities = torch::softmax(logits, 1);
    const int k = int(std::min<int64_t>(topK, logits.size(1)));
    auto [values, indices] = p.probabilities.topk(k, 1);
    for (int64_t n = 0; n < logits.size(0); ++n) {
        std::vector<ClassScore> top;
        for (int j = 0; j < k; ++j) {
            ClassScore s;
            s.index = int(indices[n][j].item<int64_t>());
            s.probability = values[n][j].item<float>();
            s.logit = logits[n][s.index].item<float>();
            s.label = size_t(s.index) < labels_.size() ? labels_[size_t(s.index)] : "class " + std::to_string(s.index);
            top.push_back(std::move(s));
        }
        p.top.push_back(std::move(top));
    }
    for (const auto& [id, t] : recorder.outputs())
        p.activations[id] = t.to(torch::kCPU, torch::kFloat32).contiguous();
    return p;
}

}  // namespace inception::engine
