#include "arch/archnode.h"

#include <stdexcept>

namespace inception::arch {
namespace {

using Shape = std::vector<int64_t>;

int64_t numel(const Shape& s)
{
    int64_t n = 1;
    for (auto d : s)
        n *= d;
    return n;
}

std::string str(const Shape& s)
{
    std::string out = "[";
    for (size_t i = 0; i < s.size(); ++i)
        out += (i ? "," : "") + std::to_string(s[i]);
    return out + "]";
}

[[noreturn]] void fail(const ArchNode& n, const Shape& in, const std::string& why)
{
    throw std::invalid_argument("layer '" + n.id + "' cannot take input " + str(in) + ": " + why);
}

// PyTorch's output size for convolutions and pools (dilation 1).
int64_t outSize(int64_t in, int k, int s, int p, bool ceilMode)
{
    const int64_t span = in + 2 * p - k;
    if (span < 0)
        return 0;
    int64_t out = (ceilMode ? (span + s - 1) / s : span / s) + 1;
    // The last window must start inside the input (or left padding), as PyTorch requires.
    if (ceilMode && (out - 1) * s >= in + p)
        --out;
    return out;
}

void annotateLeaf(ArchNode& n, const Shape& in)
{
    const Layer& l = n.layer;
    n.params = n.macs = n.otherOps = 0;
    auto spatial = [&](bool ceil) {
        if (in.size() != 3)
            fail(n, in, "expects C x H x W");
        const int64_t h = outSize(in[1], l.kernel.h, l.stride.h, l.padding.h, ceil);
        const int64_t w = outSize(in[2], l.kernel.w, l.stride.w, l.padding.w, ceil);
        if (h <= 0 || w <= 0)
            fail(n, in, "the spatial size is smaller than the kernel");
        return std::pair{h, w};
    };
    switch (l.op) {
    case Op::Conv: {
        if (in.size() != 3 || in[0] != l.inChannels)
            fail(n, in, "expects " + std::to_string(l.inChannels) + " channels");
        auto [h, w] = spatial(false);
        n.output = {l.outChannels, h, w};
        const int64_t weights = int64_t(l.outChannels) * l.inChannels * l.kernel.h * l.kernel.w;
        n.params = weights + (l.bias ? l.outChannels : 0) + (l.batchNorm ? 2 * l.outChannels : 0);
        n.macs = weights * h * w;
        n.otherOps = l.batchNorm ? 2 * numel(n.output) : 0;
        break;
    }
    case Op::MaxPool:
    case Op::AvgPool: {
        auto [h, w] = spatial(l.ceilMode);
        n.output = {in[0], h, w};
        n.otherOps = numel(n.output) * l.kernel.h * l.kernel.w;
        break;
    }
    case Op::AdaptiveAvgPool: {
        if (in.size() != 3)
            fail(n, in, "expects C x H x W");
        if (l.flatten && l.adaptiveSize != 1)
            fail(n, in, "only a 1x1 pool can be flattened");
        n.output = l.flatten ? Shape{in[0]} : Shape{in[0], l.adaptiveSize, l.adaptiveSize};
        n.otherOps = numel(in);
        break;
    }
    case Op::Dropout:
        n.output = l.flatten ? Shape{numel(in)} : in;
        break;
    case Op::Linear: {
        const int64_t features = (l.flatten || in.size() == 1) ? numel(in) : -1;
        if (features != l.inChannels)
            fail(n, in, "expects " + std::to_string(l.inChannels) + " features");
        n.output = {l.outChannels};
        n.params = int64_t(l.inChannels) * l.outChannels + (l.bias ? l.outChannels : 0);
        n.macs = int64_t(l.inChannels) * l.outChannels;
        break;
    }
    case Op::TransformInput:
        if (in.size() != 3 || in[0] != 3)
            fail(n, in, "expects 3 channels");
        n.output = in;
        n.otherOps = 2 * numel(in);
        break;
    case Op::None:
        fail(n, in, "has no operation");
    }
}

Shape annotateNode(ArchNode& n, const Shape& in)
{
    if (n.isLeaf()) {
        annotateLeaf(n, in);
        return n.output;
    }
    n.params = n.macs = n.otherOps = 0;
    auto add = [&](const ArchNode& c) {
        n.params += c.params;
        n.macs += c.macs;
        n.otherOps += c.otherOps;
    };
    switch (n.composition) {
    case Composition::Series:
    case Composition::None: {
        Shape x = in;
        for (auto& c : n.children) {
            x = annotateNode(c, x);
            add(c);
        }
        n.output = x;
        break;
    }
    case Composition::Concat: {
        Shape out;
        for (auto& c : n.children) {
            Shape y = annotateNode(c, in);
            add(c);
            if (out.empty()) {
                out = y;
            } else {
                if (y.size() != 3 || y[1] != out[1] || y[2] != out[2])
                    fail(n, in, "branch '" + c.id + "' gives " + str(y) + ", not concatenable with " + str(out));
                out[0] += y[0];
            }
        }
        n.output = out;
        break;
    }
    case Composition::Residual: {
        Shape x = in;
        for (auto& c : n.children) {
            x = annotateNode(c, x);
            add(c);
        }
        if (x != in)
            fail(n, in, "the residual path gives " + str(x));
        n.output = in;
        n.otherOps += 2 * numel(in);  // scale and add
        break;
    }
    }
    return n.output;
}

}  // namespace

void annotate(NetworkDesc& desc)
{
    annotateNode(desc.root, desc.input);
    for (auto& aux : desc.aux) {
        const ArchNode* at = findNode(desc.root, aux.after);
        if (!at)
            throw std::invalid_argument("aux head '" + aux.head.id + "' follows unknown node '" + aux.after + "'");
        annotateNode(aux.head, at->output);
    }
}

}  // namespace inception::arch
