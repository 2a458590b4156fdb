// The plan's choices: the layout (a rule read from the tree), Winograd on request, and which
// buffers share memory.
#include <omp.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <map>
#include <mutex>
#include <sstream>
#include <unordered_map>

#include "engine/cpu_features.h"
#include "engine/plan_internal.h"

namespace inception::engine::plan {

using arch::Op;
using tag = memory::format_tag;

// The activation layout. float32: oneDNN's blocked layout (nChw16c on AVX-512, nChw8c on AVX2)
// runs its direct kernels fastest for square kernels, and a 16-channel-aligned slice of one
// image is one contiguous range, so branches write into the module's output; a network with
// factorised 1xn / nx1 convolutions (Inception-v3, -v4, -ResNet-v2) runs 2-8 % faster in
// channels-last, whose brgemm kernels handle them better (measured here, batch 1, 2 threads).
// bfloat16: channels-last, the AMX kernels' layout. The rule reads the tree, so a network always
// gets the same layout (and the same arithmetic); INCEPTION_PLAN_LAYOUT=nhwc|blocked overrides.
bool hasFactorisedConvolutions(const arch::NetworkDesc& desc)
{
    for (const arch::ArchNode* leaf : arch::leaves(desc.root))
        if (leaf->layer.op == Op::Conv && leaf->layer.kernel.h != leaf->layer.kernel.w)
            return true;
    return false;
}

// oneDNN 2.6 has no direct blocked kernel for a convolution with fewer input channels than
// the block (past the input image's own): such a layer falls to the reference kernel, 10-60x
// slower (mini_inception at width 0.5 has 3x3 convolutions on 8 channels: its compiled plan ran
// at 0.05x the eager network's speed in nChw16c, 3.5x in channels-last; batch 16, 2 threads).
bool hasNarrowConvolutions(const arch::NetworkDesc& desc, int block)
{
    for (const arch::ArchNode* leaf : arch::leaves(desc.root))
        if (leaf->layer.op == Op::Conv && leaf->layer.inChannels < block && leaf->layer.inChannels != desc.input[0])
            return true;
    return false;
}

Layout chooseLayout(Precision precision, const arch::NetworkDesc& desc)
{
    const auto& cpu = cpuFeatures();
    const int block = cpu.avx512 ? 16 : 8;
    std::string want = precision == Precision::BFloat16 || hasFactorisedConvolutions(desc) ||
                               hasNarrowConvolutions(desc, block)
                           ? "nhwc"
                           : "blocked";
    if (const char* env = std::getenv("INCEPTION_PLAN_LAYOUT"))
        want = env;
    if (want == "nhwc")
        return {tag::nhwc, 0, "nhwc"};
    if (cpu.avx512)
        return {tag::nChw16c, 16, "nChw16c"};
    if (cpu.avx2)
        return {tag::nChw8c, 8, "nChw8c"};
    return {tag::nhwc, 0, "nhwc"};
}

WinogradMode winogradMode()
{
    const char* env = std::getenv("INCEPTION_PLAN_WINOGRAD");
    const std::string mode = env ? env : "0";
    return mode == "1" ? WinogradMode::Always : mode == "auto" ? WinogradMode::WhereFaster : WinogradMode::Off;
}

namespace {

// The best of a few runs of a convolution on scratch buffers (the values do not matter).
double timeOnce(const dnnl::convolution_forward::primitive_desc& pd, const dnnl::engine& engine)
{
    dnnl::stream stream(engine);
    std::unordered_map<int, memory> args{{DNNL_ARG_SRC, memory(pd.src_desc(), engine)},
                                         {DNNL_ARG_WEIGHTS, memory(pd.weights_desc(), engine)},
                                         {DNNL_ARG_BIAS, memory(pd.bias_desc(), engine)},
                                         {DNNL_ARG_DST, memory(pd.dst_desc(), engine)},
                                         {DNNL_ARG_SCRATCHPAD, memory(pd.scratchpad_desc(), engine)}};
    for (auto& [key, m] : args)
        if (m.get_desc().get_size() > 0)
            std::memset(m.get_data_handle(), 0, m.get_desc().get_size());
    const dnnl::convolution_forward conv(pd);
    double best = 1e30;
    for (int i = 0; i < 4; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        conv.execute(stream, args);
        stream.wait();
        const double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (i > 0)
            best = std::min(best, t);
    }
    return best;
}

}  // namespace

bool winogradIsFaster(const dnnl::convolution_forward::primitive_desc& direct,
                      const dnnl::convolution_forward::primitive_desc& wino, const dnnl::engine& engine)
{
    static std::mutex mutex;
    static std::map<std::string, bool> decided;
    const auto& s = direct.src_desc().dims();
    const auto& d = direct.dst_desc().dims();
    std::ostringstream key;
    key << s[0] << 'x' << s[1] << 'x' << s[2] << 'x' << s[3] << '>' << d[1] << 'x' << d[2] << 'x' << d[3] << "t"
        << omp_get_max_threads();
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (auto it = decided.find(key.str()); it != decided.end())
            return it->second;
    }
    const bool faster = timeOnce(wino, engine) < 0.95 * timeOnce(direct, engine);
    std::lock_guard<std::mutex> lock(mutex);
    decided[key.str()] = faster;
    return faster;
}

// Buffers that are never alive at the same time share an arena.
void assignArenas(CompiledPlan& out)
{
    std::vector<int> order;
    for (size_t i = 0; i < out.buffers.size(); ++i)
        if (out.buffers[i].first >= 0)
            order.push_back(int(i));
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return out.buffers[size_t(a)].first < out.buffers[size_t(b)].first; });
    std::vector<int> busyUntil;  // per arena: last step of its current buffer
    for (int bi : order) {
        auto& b = out.buffers[size_t(bi)];
        int best = -1;
        for (size_t a = 0; a < out.arenas.size(); ++a) {
            if (busyUntil[a] >= b.first)
                continue;
            // smallest arena that fits, else the largest (grown)
            if (best < 0)
                best = int(a);
            else {
                const bool fitsA = out.arenas[a] >= b.bytes, fitsB = out.arenas[size_t(best)] >= b.bytes;
                if ((fitsA && (!fitsB || out.arenas[a] < out.arenas[size_t(best)])) ||
                    (!fitsA && !fitsB && out.arenas[a] > out.arenas[size_t(best)]))
                    best = int(a);
            }
        }
        if (best < 0) {
            out.arenas.push_back(0);
            busyUntil.push_back(-1);
            best = int(out.arenas.size()) - 1;
        }
        out.arenas[size_t(best)] = std::max(out.arenas[size_t(best)], b.bytes);
        busyUntil[size_t(best)] = b.last;
        b.arena = best;
    }
    out.info.activationBytes = 0;
    for (size_t a : out.arenas)
        out.info.activationBytes += a;
}

}  // namespace inception::engine::plan
