#include "train/distributed.h"

#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#include <torch/torch.h>

#include <cstdlib>

#include "common/atomic_write.h"
#include "common/error.h"

namespace inception::train {

struct Distributed::Impl {
    DistributedConfig config;
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group;
};

namespace {

std::string env(const char* name, bool required)
{
    const char* v = std::getenv(name);
    if (!v || !*v) {
        if (required)
            throw Error(ErrorCode::BadArgument, std::string("distributed training needs ") + name +
                                                    " (MASTER_ADDR, MASTER_PORT, RANK and WORLD_SIZE)");
        return {};
    }
    return v;
}

int envInt(const char* name, int low, int high)
{
    const std::string v = env(name, true);
    char* end = nullptr;
    const long n = std::strtol(v.c_str(), &end, 10);
    if (*end != '\0' || n < low || n > high)
        throw Error(ErrorCode::BadArgument, std::string(name) + "=" + v + " is not a whole number from " +
                                                std::to_string(low) + " to " + std::to_string(high));
    return int(n);
}

torch::Tensor flat(const std::vector<torch::Tensor>& tensors)
{
    std::vector<torch::Tensor> parts;
    parts.reserve(tensors.size());
    for (const auto& t : tensors)
        parts.push_back(t.detach().reshape({-1}).to(torch::kFloat64));
    return torch::cat(parts);
}

void unflat(const torch::Tensor& buffer, std::vector<torch::Tensor>& tensors)
{
    int64_t offset = 0;
    torch::NoGradGuard noGrad;
    for (auto& t : tensors) {
        const int64_t n = t.numel();
        t.copy_(buffer.narrow(0, offset, n).view(t.sizes()).to(t.scalar_type()));
        offset += n;
    }
}

}  // namespace

std::shared_ptr<Distributed> Distributed::fromEnvironment()
{
    if (env("WORLD_SIZE", false).empty())
        return nullptr;
    DistributedConfig c;
    c.worldSize = envInt("WORLD_SIZE", 1, 4096);
    if (c.worldSize == 1)
        return nullptr;
    c.rank = envInt("RANK", 0, c.worldSize - 1);
    c.masterAddr = env("MASTER_ADDR", true);
    // Rank 0 may take MASTER_PORT=0 (any free port) and publish the port it got in the file
    // INCEPTION_MASTER_PORT_FILE names: no window between choosing a port and binding it.
    c.masterPort = envInt("MASTER_PORT", c.rank == 0 ? 0 : 1, 65535);
    c.portFile = env("INCEPTION_MASTER_PORT_FILE", false);
    if (c.masterPort == 0 && c.portFile.empty())
        throw Error(ErrorCode::BadArgument, "MASTER_PORT=0 (any free port) needs INCEPTION_MASTER_PORT_FILE, where "
                                            "rank 0 writes the port the other ranks must use");
    return std::make_shared<Distributed>(c);
}

Distributed::Distributed(const DistributedConfig& config) : impl_(std::make_unique<Impl>())
{
    impl_->config = config;
    c10d::TCPStoreOptions so;
    so.port = uint16_t(config.masterPort);
    so.isServer = config.rank == 0;
    so.numWorkers = size_t(config.worldSize);
    so.waitWorkers = config.rank != 0 || config.portFile.empty();
    so.timeout = std::chrono::seconds(config.timeoutSeconds);
    try {
        auto store = c10::make_intrusive<c10d::TCPStore>(config.masterAddr, so);
        if (config.rank == 0 && !config.portFile.empty()) {
            writeAtomically(config.portFile, std::to_string(store->getPort()) + "\n");
            store->waitForWorkers();
        }
        impl_->store = store;
        auto options = c10d::ProcessGroupGloo::Options::create(std::chrono::seconds(config.timeoutSeconds));
        const std::string iface = env("GLOO_SOCKET_IFNAME", false);
        const bool loopback = config.masterAddr == "localhost" || config.masterAddr.rfind("127.", 0) == 0;
        if (!iface.empty())
            options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(iface));
        else if (loopback)
            options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
        else
            options->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
        auto prefixed = c10::make_intrusive<c10d::PrefixStore>("inception", impl_->store);
        impl_->group = c10::make_intrusive<c10d::ProcessGroupGloo>(prefixed, config.rank, config.worldSize, options);
    } catch (const std::exception& e) {
        std::string msg = e.what();
        throw Error(ErrorCode::FileUnreadable, "rank " + std::to_string(config.rank) + " of " +
                                                   std::to_string(config.worldSize) + " could not join " +
                                                   config.masterAddr + ":" + std::to_string(config.masterPort) +
                                                   ": " + msg.substr(0, msg.find('\n')));
    }
}

Distributed::~Distributed() = default;

int Distributed::rank() const { return impl_->config.rank; }
int Distributed::worldSize() const { return impl_->config.worldSize; }

void Distributed::allReduceSum(std::vector<torch::Tensor>& tensors)
{
    std::vector<torch::Tensor> buffer{flat(tensors)};
    impl_->group->allreduce(buffer)->wait();
    unflat(buffer[0], tensors);
}

void Distributed::broadcast(std::vector<torch::Tensor>& tensors, int root)
{
    std::vector<torch::Tensor> buffer{flat(tensors)};
    c10d::BroadcastOptions o;
    o.rootRank = root;
    impl_->group->broadcast(buffer, o)->wait();
    unflat(buffer[0], tensors);
}

void Distributed::barrier()
{
    impl_->group->barrier()->wait();
}

}  // namespace inception::train
