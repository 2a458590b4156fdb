// The plan's weights: BatchNorm folded into each convolution in float64, re-laid once into the
// kernel's layout and shared by every executable of a model.
#include <torch/torch.h>

#include <cstring>

#include "common/error.h"
#include "engine/plan_internal.h"

namespace inception::engine::plan {

namespace {

using tag = memory::format_tag;
using dt = memory::data_type;

// Host-side float32 copy of a parameter or buffer of the eager network.
torch::Tensor param(const models::InceptionNet& net, const std::string& name)
{
    for (const auto& p : net->named_parameters())
        if (p.key() == name)
            return p.value().detach().to(torch::kCPU, torch::kFloat64).contiguous();
    for (const auto& b : net->named_buffers())
        if (b.key() == name)
            return b.value().detach().to(torch::kCPU, torch::kFloat64).contiguous();
    throw Error(ErrorCode::Internal, "the plan found no tensor '" + name + "' in the network");
}

}  // namespace

std::pair<memory, memory> sharedWeights(Plan::WeightCache& cache, const dnnl::engine& engine,
                                        const models::InceptionNet& net, const std::string& id,
                                        const arch::Layer& l, double scale, const memory::desc& want,
                                        const memory::desc& biasMd, size_t& bytesAdded)
{
    const std::string key = id + "|" + std::to_string(scale);
    std::lock_guard<std::mutex> lock(cache.mutex);
    memory w, b;
    for (const auto& [k, entry] : cache.entries)
        if (k == key && entry.first == want)
            w = entry.second;
    auto bit = cache.biases.find(key);
    if (w && bit != cache.biases.end())
        return {w, bit->second};

    torch::Tensor weight = param(net, l.weightPath + ".weight");  // float64
    const int64_t o = weight.size(0);
    torch::Tensor bias = l.bias ? param(net, l.weightPath + ".bias") : torch::zeros({o}, torch::kFloat64);
    if (l.batchNorm) {
        const auto gamma = param(net, l.bnPath + ".weight"), beta = param(net, l.bnPath + ".bias");
        const auto mean = param(net, l.bnPath + ".running_mean"), var = param(net, l.bnPath + ".running_var");
        const auto k = gamma / torch::sqrt(var + l.bnEps);
        std::vector<int64_t> bshape(size_t(weight.dim()), 1);
        bshape[0] = o;
        weight = weight * k.reshape(bshape);
        bias = (bias - mean) * k + beta;
    }
    weight = (weight * scale).to(torch::kFloat32).contiguous();
    bias = (bias * scale).to(torch::kFloat32).contiguous();

    if (!w) {
        memory::dims wdims = want.dims();
        const tag plain = wdims.size() == 4 ? tag::oihw : tag::oi;
        memory src(memory::desc(wdims, dt::f32, plain), engine, weight.data_ptr());
        w = memory(want, engine);
        dnnl::stream s(engine);
        dnnl::reorder(src, w).execute(s, src, w);
        s.wait();
        cache.entries.push_back({key, {want, w}});
        bytesAdded += want.get_size();
    }
    if (bit == cache.biases.end()) {
        b = memory(biasMd, engine);
        std::memcpy(b.get_data_handle(), bias.data_ptr(), size_t(o) * sizeof(float));
        cache.biases[key] = b;
    } else {
        b = bit->second;
    }
    return {w, b};
}

}  // namespace inception::engine::plan
