// The plan compiler, its operations half: each layer of the tree as oneDNN primitives —
// convolutions with BatchNorm folded in (Winograd where measured faster), pools, the classifier,
// torchvision's transform_input — and the eager fallback for what oneDNN has no form for.
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "arch/taps.h"
#include "common/error.h"
#include "common/format.h"
#include "engine/cpu_features.h"
#include "engine/plan_builder.h"

namespace inception::engine::plan {

int Builder::leaf(const ArchNode& n, int in, int hint)
{
    const arch::Layer& l = n.layer;
    const auto& inVal = out_.values[size_t(in)];
    std::string why;
    switch (l.op) {
    case Op::Conv: {
        const bool preact = l.relu && observed(arch::tapId(n.id, arch::TapKind::PreActivation));
        const int out = conv(n, in, dstFor(n, hint), 1.0, false, l.relu && !preact);
        if (preact) {
            addObserve(arch::tapId(n.id, arch::TapKind::PreActivation), out, n, true);
            relu_(out);
        }
        return out;
    }
    case Op::MaxPool:
    case Op::AvgPool:
        if (inVal.dims.size() != 4)
            break;
        if (l.op == Op::AvgPool && l.countIncludePad && l.ceilMode && overhangs(n, inVal.dims)) {
            why = "an average pool whose ceil-mode window passes the padding (PyTorch divides by less)";
            break;
        }
        return pool(n, inPlanLayout(in), dstFor(n, hint), l.kernel, l.stride, l.padding);
    case Op::AdaptiveAvgPool: {
        if (inVal.dims.size() != 4)
            break;
        const int64_t s = l.adaptiveSize, h = inVal.dims[2], w = inVal.dims[3];
        if (h % s || w % s) {
            why = "an adaptive pool whose windows are uneven";
            break;
        }
        const arch::Hw k(int(h / s), int(w / s));
        const std::vector<int64_t> dims{batch_, inVal.dims[1], s, s};  // kept 4-D when it flattens
        const int dst = (!l.flatten && hint >= 0) ? dstFor(n, hint) : fresh(planMd(dims), dims);
        return pool(n, inPlanLayout(in), dst, k, k, arch::Hw(0, 0));
    }
    case Op::Dropout:
        return in;  // evaluation: the identity
    case Op::Linear: {
        const bool preact = l.relu && observed(arch::tapId(n.id, arch::TapKind::PreActivation));
        const int out = linear(n, in, l.relu && !preact);
        if (preact) {
            addObserve(arch::tapId(n.id, arch::TapKind::PreActivation), out, n, true);
            relu_(out);
        }
        return out;
    }
    case Op::TransformInput:
        if (inVal.md == memory::desc(toDims(inVal.dims), dt::f32, tag::nchw) && inVal.dims[1] == 3)
            return transformInput(in);
        why = "transform_input away from the network's input";
        break;
    case Op::None:
        break;
    }
    return fallback(n, in, why.empty() ? "no oneDNN form for this layer here" : why);
}

int Builder::dstFor(const ArchNode& n, int hint)
{
    const auto dims = withBatch(batch_, n.output);
    if (hint >= 0 && out_.values[size_t(hint)].dims == dims)
        return hint;
    return fresh(planMd(dims), dims);
}

bool Builder::overhangs(const ArchNode& n, const std::vector<int64_t>& in) const
{
    const arch::Layer& l = n.layer;
    return (n.output[1] - 1) * l.stride.h + l.kernel.h > in[2] + 2 * l.padding.h ||
           (n.output[2] - 1) * l.stride.w + l.kernel.w > in[3] + 2 * l.padding.w;
}

int Builder::pool(const ArchNode& n, int in, int out, arch::Hw k, arch::Hw s, arch::Hw p)
{
    const arch::Layer& l = n.layer;
    const auto& iv = out_.values[size_t(in)];
    const auto& ov = out_.values[size_t(out)];
    const int64_t oh = ov.dims[2], ow = ov.dims[3];
    const int64_t prH = std::max<int64_t>(0, (oh - 1) * s.h + k.h - iv.dims[2] - p.h);
    const int64_t prW = std::max<int64_t>(0, (ow - 1) * s.w + k.w - iv.dims[3] - p.w);
    const algorithm alg = l.op == Op::MaxPool ? algorithm::pooling_max
                          : (l.op == Op::AvgPool && l.countIncludePad) ? algorithm::pooling_avg_include_padding
                                                                       : algorithm::pooling_avg_exclude_padding;
    dnnl::pooling_v2_forward::primitive_desc pd;
    try {
        pd = dnnl::pooling_v2_forward::primitive_desc(
            dnnl::pooling_v2_forward::desc(prop_kind::forward_inference, alg, iv.md, ov.md, {s.h, s.w},
                                           {k.h, k.w}, {0, 0}, {p.h, p.w}, {prH, prW}),
            makeAttr(), out_.engine);
    } catch (const dnnl::error& e) {
        throw Error(ErrorCode::Internal, "pool " + n.id + " " + shapeString(iv.dims) + " -> " +
                                             shapeString(ov.dims) + ": " + e.what());
    }
    addPrimitive(pd, dnnl::pooling_v2_forward(pd), {{DNNL_ARG_SRC, in}, {DNNL_ARG_DST, out}});
    return out;
}

// Folded weights (BatchNorm into the convolution, `scale` for a residual projection) in
// the layout `want`, shared between executables.
std::pair<memory, memory> Builder::foldedWeights(const ArchNode& n, double scale, const memory::desc& want,
                                        const memory::desc& biasMd)
{
    return sharedWeights(weights_, out_.engine, net_, n.id, n.layer, scale, want, biasMd, out_.info.weightBytes);
}

// Winograd for a 3x3 stride-1 convolution when INCEPTION_PLAN_WINOGRAD asks (plan_choices.cpp).
template <class Describe>
std::optional<dnnl::convolution_forward::primitive_desc> Builder::winogradIfFaster(
    const dnnl::convolution_forward::primitive_desc& direct, const arch::Layer& l, const Describe& describe)
{
    const WinogradMode mode = winogradMode();
    if (l.kernel.h != 3 || l.kernel.w != 3 || l.stride.h != 1 || l.stride.w != 1 || dtype_ != dt::f32 ||
        mode == WinogradMode::Off)
        return std::nullopt;
    dnnl::convolution_forward::primitive_desc wino;
    try {
        wino = describe(algorithm::convolution_winograd);
    } catch (const dnnl::error&) {
        return std::nullopt;  // no Winograd kernel for this shape or CPU
    }
    if (mode == WinogradMode::Always || winogradIsFaster(direct, wino, out_.engine))
        return wino;
    return std::nullopt;
}

int Builder::conv(const ArchNode& n, int in, int out, double scale, bool sumInto, bool relu)
{
    const arch::Layer& l = n.layer;
    const auto& ov = out_.values[size_t(out)];
    const auto& iv = out_.values[size_t(in)];
    // A thin input (the image) lets the kernel choose its layout; everything else is the plan's.
    const bool thin = iv.dims[1] < 8;
    const memory::desc src = thin ? memory::desc(toDims(iv.dims), dtype_, tag::any) : planMd(iv.dims);
    const memory::desc wmd({l.outChannels, l.inChannels, l.kernel.h, l.kernel.w}, dtype_, tag::any);
    const memory::desc bmd({l.outChannels}, dt::f32, tag::a);
    dnnl::post_ops po;
    if (sumInto)
        po.append_sum(1.f);
    if (relu)
        po.append_eltwise(1.f, algorithm::eltwise_relu, 0.f, 0.f);
    dnnl::primitive_attr attr = makeAttr();
    attr.set_post_ops(po);
    const int64_t prH = std::max<int64_t>(0, (ov.dims[2] - 1) * l.stride.h + l.kernel.h - iv.dims[2] - l.padding.h);
    const int64_t prW = std::max<int64_t>(0, (ov.dims[3] - 1) * l.stride.w + l.kernel.w - iv.dims[3] - l.padding.w);
    auto describe = [&](algorithm alg) {
        return dnnl::convolution_forward::primitive_desc(
            dnnl::convolution_forward::desc(prop_kind::forward_inference, alg, src, wmd, bmd, ov.md,
                                            {l.stride.h, l.stride.w}, {l.padding.h, l.padding.w}, {prH, prW}),
            attr, out_.engine);
    };
    auto pd = describe(algorithm::convolution_direct);
    if (const auto wino = winogradIfFaster(pd, l, describe))
        pd = *wino;
    if (pd.src_desc() != iv.md)
        in = reorderInto(in, pd.src_desc());
    auto [w, b] = foldedWeights(n, scale, pd.weights_desc(), bmd);
    addPrimitive(pd, dnnl::convolution_forward(pd), {{DNNL_ARG_SRC, in}, {DNNL_ARG_DST, out}},
                 {{DNNL_ARG_WEIGHTS, w}, {DNNL_ARG_BIAS, b}});
    return out;
}

int Builder::linear(const ArchNode& n, int in, bool relu)
{
    const arch::Layer& l = n.layer;
    in = inPlanLayout(in);
    const auto& iv = out_.values[size_t(in)];
    memory::dims wdims{l.outChannels};
    for (size_t i = 1; i < iv.dims.size(); ++i)
        wdims.push_back(iv.dims[i]);
    int64_t features = 1;
    for (size_t i = 1; i < wdims.size(); ++i)
        features *= wdims[i];
    if (features != l.inChannels)
        return fallback(n, in, "a linear layer whose input is not its feature count");
    const std::vector<int64_t> odims{batch_, l.outChannels};
    const int out = fresh(memory::desc(toDims(odims), dt::f32, tag::nc), odims);
    const memory::desc wmd(wdims, dtype_, tag::any);
    const memory::desc bmd({l.outChannels}, dt::f32, tag::a);
    dnnl::primitive_attr attr = makeAttr();
    if (relu) {
        dnnl::post_ops po;
        po.append_eltwise(1.f, algorithm::eltwise_relu, 0.f, 0.f);
        attr.set_post_ops(po);
    }
    const auto pd = dnnl::inner_product_forward::primitive_desc(
        dnnl::inner_product_forward::desc(prop_kind::forward_inference, iv.md, wmd, bmd,
                                          out_.values[size_t(out)].md),
        attr, out_.engine);
    auto [w, b] = foldedWeights(n, 1.0, pd.weights_desc(), bmd);
    addPrimitive(pd, dnnl::inner_product_forward(pd), {{DNNL_ARG_SRC, in}, {DNNL_ARG_DST, out}},
                 {{DNNL_ARG_WEIGHTS, w}, {DNNL_ARG_BIAS, b}});
    return out;
}

int Builder::transformInput(int in)
{
    const auto& iv = out_.values[size_t(in)];
    Step s;
    s.kind = StepKind::Transform;
    s.src = in;
    s.dst = fresh(iv.md, iv.dims);
    // torchvision: x_c * (std_c / 0.5) + (mean_c - 0.5) / 0.5
    const std::array<double, 3> mean{0.485, 0.456, 0.406}, std{0.229, 0.224, 0.225};
    for (size_t c = 0; c < 3; ++c) {
        s.scale[c] = float(std[c] / 0.5);
        s.shift[c] = float((mean[c] - 0.5) / 0.5);
    }
    const int dst = s.dst;
    addStep(std::move(s));
    return dst;
}

int Builder::fallback(const ArchNode& n, int in, const std::string& why)
{
    out_.info.fallbacks.push_back(n.id + ": " + why);
    const auto& iv = out_.values[size_t(in)];
    Step s;
    s.kind = StepKind::Fallback;
    s.id = n.id;
    s.src = in;
    const auto dims = withBatch(batch_, n.output);
    const std::vector<int64_t> planDims = dims.size() == 2 || dims.size() == 4 ? dims : std::vector<int64_t>{};
    if (planDims.empty())
        throw Error(ErrorCode::Internal, "node " + n.id + ": the plan cannot hold its output");
    s.dst = fresh(planMd(planDims, dims.size() == 2 ? dt::f32 : dtype_), planDims);
    s.plainSrc = memory::desc(toDims(iv.dims), dt::f32, iv.dims.size() == 2 ? tag::nc : tag::nchw);
    s.plainDst = memory::desc(toDims(planDims), dt::f32, planDims.size() == 2 ? tag::nc : tag::nchw);
    s.toPlain = dnnl::reorder(dnnl::reorder::primitive_desc(out_.engine, iv.md, out_.engine, s.plainSrc));
    s.fromPlain = dnnl::reorder(
        dnnl::reorder::primitive_desc(out_.engine, s.plainDst, out_.engine, out_.values[size_t(s.dst)].md));
    s.eagerShape = iv.dims;
    const int dst = s.dst;
    addStep(std::move(s));
    return dst;
}

}  // namespace inception::engine::plan
