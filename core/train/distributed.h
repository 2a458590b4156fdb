#pragma once
// Data-parallel training across processes on PyTorch's own c10d engine with the Gloo backend:
// a TCP store at MASTER_ADDR:MASTER_PORT (rank 0 serves it), WORLD_SIZE processes, this one
// RANK. Gradients are averaged with one all-reduce per step. No c10d header leaks from here.
#include <torch/types.h>

#include <memory>
#include <string>
#include <vector>

namespace inception::train {

struct DistributedConfig {
    std::string masterAddr = "127.0.0.1";
    int masterPort = 29500;
    int rank = 0;
    int worldSize = 1;
    int timeoutSeconds = 300;
    std::string portFile;  // rank 0: write the port it listens on here (with masterPort 0: any free one)
};

class Distributed {
public:
    // MASTER_ADDR, MASTER_PORT, RANK, WORLD_SIZE (GLOO_SOCKET_IFNAME picks the network interface
    // on multi-homed hosts). Returns nullptr when WORLD_SIZE is unset or 1; throws
    // inception::Error naming the variable that is missing or malformed.
    static std::shared_ptr<Distributed> fromEnvironment();
    // Connects (blocks until all ranks have joined or the timeout passes).
    explicit Distributed(const DistributedConfig& config);
    ~Distributed();

    int rank() const;
    int worldSize() const;
    // In place, summed over the ranks (tensors are flattened into one buffer, one round trip).
    void allReduceSum(std::vector<torch::Tensor>& tensors);
    // In place: every rank gets root's values.
    void broadcast(std::vector<torch::Tensor>& tensors, int root = 0);
    void barrier();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace inception::train
