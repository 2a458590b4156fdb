// The plan compiler: walks the annotated ArchNode tree and emits oneDNN primitives.
#include <torch/torch.h>

#include <algorithm>
#include <mutex>
#include <optional>
#include <cmath>
#include <cstring>

#include "arch/taps.h"
#include "common/error.h"
#include "common/format.h"
#include "engine/cpu_features.h"
#include "engine/plan_internal.h"

namespace inception::engine::plan {

namespace {

using arch::ArchNode;
using arch::Composition;
using arch::Op;
using dnnl::algorithm;
using dnnl::prop_kind;
using tag = memory::format_tag;
using dt = memory::data_type;

memory::dims toDims(const std::vector<int64_t>& v) { return memory::dims(v.begin(), v.end()); }

class Builder {
public:
    Builder(const models::InceptionNet& net, Precision precision, Plan::WeightCache& weights,
            const std::set<std::string>& observed, CompiledPlan& out)
        : net_(net), weights_(weights), observed_(observed), out_(out),
          layout_(chooseLayout(precision, net->desc())), dtype_(precision == Precision::BFloat16 ? dt::bf16 : dt::f32)
    {
        out_.info.layout = layout_.name;
        out_.info.precision = toString(precision);
    }

    void run(const arch::NetworkDesc& desc, const std::vector<int64_t>& shape)
    {
        batch_ = shape[0];
        out_.input = newValue(memory::desc(toDims(shape), dt::f32, tag::nchw), -1, 0, shape);
        const int last = compile(desc.root, out_.input, -1, /*exclusive=*/false);
        out_.output = last;
        const auto& ov = out_.values[size_t(last)];
        out_.outputPlain = memory::desc(toDims(ov.dims), dt::f32, ov.dims.size() == 2 ? tag::nc : tag::nchw);
        out_.outputReorder =
            dnnl::reorder(dnnl::reorder::primitive_desc(out_.engine, ov.md, out_.engine, out_.outputPlain));
        touchAtEnd(last);
        assignArenas(out_);
    }

private:
    // A new attribute each time (oneDNN handles share their object when copied): user-managed
    // scratchpad, so that one buffer per runner serves every primitive.
    static dnnl::primitive_attr makeAttr()
    {
        dnnl::primitive_attr a;
        a.set_scratchpad_mode(dnnl::scratchpad_mode::user);
        return a;
    }

    // ---- values and buffers ----------------------------------------------------------------
    int newValue(const memory::desc& md, int buffer, size_t offset, std::vector<int64_t> dims)
    {
        out_.values.push_back({md, buffer, offset, std::move(dims)});
        return int(out_.values.size()) - 1;
    }
    int newBuffer(size_t bytes)
    {
        out_.buffers.push_back({bytes});
        return int(out_.buffers.size()) - 1;
    }
    int fresh(const memory::desc& md, std::vector<int64_t> dims)
    {
        return newValue(md, newBuffer(md.get_size()), 0, std::move(dims));
    }
    memory::desc planMd(const std::vector<int64_t>& dims, dt type) const
    {
        if (dims.size() == 2)
            return memory::desc(toDims(dims), type, tag::nc);
        return memory::desc(toDims(dims), type, layout_.tag4);
    }
    memory::desc planMd(const std::vector<int64_t>& dims) const { return planMd(dims, dtype_); }
    static std::vector<int64_t> withBatch(int64_t n, const std::vector<int64_t>& shape)
    {
        std::vector<int64_t> d{n};
        d.insert(d.end(), shape.begin(), shape.end());
        return d;
    }
    void touch(int value)
    {
        const int b = out_.values[size_t(value)].buffer;
        if (b < 0)
            return;
        auto& buf = out_.buffers[size_t(b)];
        const int step = int(out_.steps.size()) - 1;
        if (buf.first < 0)
            buf.first = step;
        buf.last = std::max(buf.last, step);
    }
    void touchAtEnd(int value)
    {
        const int b = out_.values[size_t(value)].buffer;
        if (b >= 0)
            out_.buffers[size_t(b)].last = int(out_.steps.size());
    }
    void addStep(Step s, std::initializer_list<int> touched = {})
    {
        out_.steps.push_back(std::move(s));
        for (const auto& [arg, v] : out_.steps.back().values)
            touch(v);
        if (out_.steps.back().src >= 0)
            touch(out_.steps.back().src);
        if (out_.steps.back().dst >= 0)
            touch(out_.steps.back().dst);
        for (int v : touched)
            touch(v);
    }
    void addPrimitive(const dnnl::primitive_desc_base& pd, dnnl::primitive prim, std::vector<std::pair<int, int>> values,
                      std::vector<std::pair<int, memory>> constants = {})
    {
        Step s;
        s.kind = StepKind::Primitive;
        s.primitive = std::move(prim);
        s.values = std::move(values);
        s.constants = std::move(constants);
        s.scratchpad = pd.scratchpad_desc();
        out_.scratchpadBytes = std::max(out_.scratchpadBytes, s.scratchpad.get_size());
        ++out_.info.kernels[pd.impl_info_str()];
        ++out_.info.primitives;
        addStep(std::move(s));
    }

    // A copy of `src` laid out as `md` (a reorder), into `dst` when given.
    int reorderInto(int src, const memory::desc& md, int dst = -1)
    {
        if (dst < 0)
            dst = fresh(md, out_.values[size_t(src)].dims);
        const auto pd = dnnl::reorder::primitive_desc(out_.engine, out_.values[size_t(src)].md, out_.engine,
                                                      out_.values[size_t(dst)].md, makeAttr());
        addPrimitive(pd, dnnl::reorder(pd), {{DNNL_ARG_FROM, src}, {DNNL_ARG_TO, dst}});
        return dst;
    }
    // `v` in the plan's layout and precision (a reorder when it is not).
    int inPlanLayout(int v)
    {
        const auto& val = out_.values[size_t(v)];
        const auto want = planMd(val.dims);
        return val.md == want ? v : reorderInto(v, want);
    }
    bool isFullBuffer(int v) const
    {
        const auto& val = out_.values[size_t(v)];
        return val.buffer >= 0 && val.offset == 0 &&
               out_.buffers[size_t(val.buffer)].bytes == val.md.get_size();
    }

    // A dense view of channels [c0, c0 + c) of `parent`: possible for one image in a blocked
    // layout with block-aligned bounds (one contiguous range of memory).
    bool sliceable(int64_t c0, int64_t c) const
    {
        return batch_ == 1 && layout_.block > 0 && c0 % layout_.block == 0 && c % layout_.block == 0;
    }
    int sliceOf(int parent, int64_t c0, int64_t c)
    {
        const auto& p = out_.values[size_t(parent)];
        std::vector<int64_t> dims = p.dims;
        dims[1] = c;
        const size_t elem = dtype_ == dt::bf16 ? 2 : 4;
        const size_t offset = p.offset + size_t(c0 * dims[2] * dims[3]) * elem;
        return newValue(planMd(dims), p.buffer, offset, dims);
    }

    bool observed(const std::string& id) const { return observed_.count(id) > 0; }

    // Capture / intervention point: a step that the runner turns into a copy to float32 NCHW
    // (capture) and a write back (intervention) only when the session asks for it.
    void addObserve(const std::string& id, int v, const ArchNode& node, bool preact = false)
    {
        Step s;
        s.kind = StepKind::Observe;
        s.id = id;
        s.src = v;
        const auto& val = out_.values[size_t(v)];
        s.plainSrc = memory::desc(toDims(val.dims), dt::f32, val.dims.size() == 2 ? tag::nc : tag::nchw);
        const auto to = dnnl::reorder::primitive_desc(out_.engine, val.md, out_.engine, s.plainSrc);
        const auto from = dnnl::reorder::primitive_desc(out_.engine, s.plainSrc, out_.engine, val.md);
        s.toPlain = dnnl::reorder(to);
        s.fromPlain = dnnl::reorder(from);
        // What the eager network hands out for this id: a flattening pool or dropout gives [N, F].
        s.eagerShape = preact ? val.dims : withBatch(batch_, node.output);
        addStep(std::move(s));
    }
    int observe(const std::string& id, int v, const ArchNode& node, bool preact = false)
    {
        if (observed(id))
            addObserve(id, v, node, preact);
        return v;
    }

    // ---- the tree ------------------------------------------------------------------------
    // Compiles `n` on input value `in`; writes into `hint` (a slice of a concatenation) when it
    // can. `exclusive`: nothing reads `in` after this node (it may be overwritten).
    int compile(const ArchNode& n, int in, int hint, bool exclusive)
    {
        switch (n.composition) {
        case Composition::None:
            return observe(n.id, leaf(n, in, hint), n);
        case Composition::Series: {
            int v = in;
            bool excl = exclusive;
            for (size_t i = 0; i < n.children.size(); ++i) {
                const int next = compile(n.children[i], v, i + 1 == n.children.size() ? hint : -1, excl);
                if (next != v)
                    excl = true;  // a child's output is read only by the next child
                v = next;
            }
            return observe(n.id, v, n);
        }
        case Composition::Concat:
            return observe(n.id, concat(n, in, hint), n);
        case Composition::Residual:
            return observe(n.id, residual(n, in, exclusive), n);
        }
        throw Error(ErrorCode::Internal, "node " + n.id + " has no composition");
    }

    int concat(const ArchNode& n, int in, int hint)
    {
        const std::vector<int64_t> dims = withBatch(batch_, n.output);
        bool slices = dims.size() == 4;
        int64_t c0 = 0;
        for (const auto& c : n.children) {
            slices = slices && c.output.size() == 3 && sliceable(c0, c.output[0]);
            c0 += c.output.empty() ? 0 : c.output[0];
        }
        const bool useHint = hint >= 0 && out_.values[size_t(hint)].dims == dims;
        const int out = useHint ? hint : fresh(planMd(dims), dims);
        if (slices) {
            ++out_.info.slicedConcats;
            c0 = 0;
            for (const auto& c : n.children) {
                const int view = sliceOf(out, c0, c.output[0]);
                const int r = compile(c, in, view, false);
                if (r != view)
                    reorderInto(inPlanLayout(r), out_.values[size_t(view)].md, view);
                c0 += c.output[0];
            }
            return out;
        }
        ++out_.info.copiedConcats;
        std::vector<int> parts;
        std::vector<memory::desc> mds;
        for (const auto& c : n.children) {
            parts.push_back(inPlanLayout(compile(c, in, -1, false)));
            mds.push_back(out_.values[size_t(parts.back())].md);
        }
        const auto pd = dnnl::concat::primitive_desc(out_.values[size_t(out)].md, 1, mds, out_.engine, makeAttr());
        std::vector<std::pair<int, int>> args{{DNNL_ARG_DST, out}};
        for (size_t i = 0; i < parts.size(); ++i)
            args.push_back({DNNL_ARG_MULTIPLE_SRC + int(i), parts[i]});
        addPrimitive(pd, dnnl::concat(pd), std::move(args));
        return out;
    }

    // out = act(x + scale * path(x)). When nothing observes the inside of the sum, the path's
    // last layer (the projection) is a convolution that adds its scaled output to x in place.
    int residual(const ArchNode& n, int x, bool exclusive)
    {
        const std::string sumId = arch::tapId(n.id, arch::TapKind::Sum);
        const std::string identityId = arch::tapId(n.id, arch::TapKind::Identity);
        const ArchNode& last = n.children.back();
        const bool lastIsProjection = last.isLeaf() && last.layer.op == Op::Conv && !last.layer.batchNorm &&
                                      !last.layer.relu;
        const bool fuse = exclusive && lastIsProjection && isFullBuffer(x) && !observed(identityId) &&
                          !observed(last.id) && out_.values[size_t(x)].md == planMd(out_.values[size_t(x)].dims) &&
                          withBatch(batch_, n.output) == out_.values[size_t(x)].dims;
        if (fuse) {
            int v = x;
            bool excl = false;
            for (size_t i = 0; i + 1 < n.children.size(); ++i) {
                const int next = compile(n.children[i], v, -1, excl);
                excl = excl || next != v;
                v = next;
            }
            const bool relu = n.residualRelu && !observed(sumId);
            conv(last, inPlanLayout(v), x, n.residualScale, /*sumInto=*/true, relu);
            ++out_.info.fusedResiduals;
            observe(sumId, x, n, true);
            if (n.residualRelu && observed(sumId))
                relu_(x);
            return x;
        }
        int identity = x;
        if (observed(identityId)) {  // an intervention on the identity must not reach the branches
            identity = reorderInto(inPlanLayout(x), planMd(out_.values[size_t(x)].dims));
            observe(identityId, identity, n, true);
        }
        int r = x;
        bool excl = false;
        for (const auto& c : n.children) {
            const int next = compile(c, r, -1, excl);
            excl = excl || next != r;
            r = next;
        }
        r = inPlanLayout(r);
        identity = inPlanLayout(identity);
        const auto& rv = out_.values[size_t(r)];
        const int sum = fresh(planMd(rv.dims), rv.dims);
        dnnl::primitive_attr attr = makeAttr();
        attr.set_scales(DNNL_ARG_SRC_1, 0, {float(n.residualScale)});
        if (n.residualRelu && !observed(sumId)) {
            dnnl::post_ops po;
            po.append_eltwise(1.f, algorithm::eltwise_relu, 0.f, 0.f);
            attr.set_post_ops(po);
        }
        const auto pd = dnnl::binary::primitive_desc(
            dnnl::binary::desc(algorithm::binary_add, out_.values[size_t(identity)].md, rv.md,
                               out_.values[size_t(sum)].md),
            attr, out_.engine);
        addPrimitive(pd, dnnl::binary(pd), {{DNNL_ARG_SRC_0, identity}, {DNNL_ARG_SRC_1, r}, {DNNL_ARG_DST, sum}});
        observe(sumId, sum, n, true);
        if (n.residualRelu && observed(sumId))
            relu_(sum);
        return sum;
    }

    void relu_(int v)
    {
        const auto& md = out_.values[size_t(v)].md;
        const auto pd = dnnl::eltwise_forward::primitive_desc(
            dnnl::eltwise_forward::desc(prop_kind::forward_inference, algorithm::eltwise_relu, md, 0.f, 0.f), makeAttr(),
            out_.engine);
        addPrimitive(pd, dnnl::eltwise_forward(pd), {{DNNL_ARG_SRC, v}, {DNNL_ARG_DST, v}});
    }

    int leaf(const ArchNode& n, int in, int hint)
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

    int dstFor(const ArchNode& n, int hint)
    {
        const auto dims = withBatch(batch_, n.output);
        if (hint >= 0 && out_.values[size_t(hint)].dims == dims)
            return hint;
        return fresh(planMd(dims), dims);
    }

    bool overhangs(const ArchNode& n, const std::vector<int64_t>& in) const
    {
        const arch::Layer& l = n.layer;
        return (n.output[1] - 1) * l.stride.h + l.kernel.h > in[2] + 2 * l.padding.h ||
               (n.output[2] - 1) * l.stride.w + l.kernel.w > in[3] + 2 * l.padding.w;
    }

    int pool(const ArchNode& n, int in, int out, arch::Hw k, arch::Hw s, arch::Hw p)
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
    std::pair<memory, memory> foldedWeights(const ArchNode& n, double scale, const memory::desc& want,
                                            const memory::desc& biasMd)
    {
        return sharedWeights(weights_, out_.engine, net_, n.id, n.layer, scale, want, biasMd, out_.info.weightBytes);
    }

    // Winograd for a 3x3 stride-1 convolution when INCEPTION_PLAN_WINOGRAD asks (plan_choices.cpp).
    template <class Describe>
    std::optional<dnnl::convolution_forward::primitive_desc> winogradIfFaster(
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

    int conv(const ArchNode& n, int in, int out, double scale, bool sumInto, bool relu)
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

    int linear(const ArchNode& n, int in, bool relu)
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

    int transformInput(int in)
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

    int fallback(const ArchNode& n, int in, const std::string& why)
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

    const models::InceptionNet& net_;
    Plan::WeightCache& weights_;
    const std::set<std::string>& observed_;
    CompiledPlan& out_;
    Layout layout_;
    dt dtype_;
    int64_t batch_ = 1;
};

}  // namespace

std::shared_ptr<CompiledPlan> build(const models::InceptionNet& net, Precision precision, Plan::WeightCache& weights,
                                    const std::vector<int64_t>& shape, const std::set<std::string>& observed,
                                    int threads)
{
    if (shape.size() != 4)
        throw Error(ErrorCode::ShapeMismatch, "the plan takes N x C x H x W input");
    arch::NetworkDesc desc = net->desc();
    desc.aux.clear();
    desc.input = {shape[1], shape[2], shape[3]};
    arch::annotate(desc);  // the shapes at this input size (the caller checked that it fits)
    auto out = std::make_shared<CompiledPlan>();
    out->net = net;
    out->inputShape = shape;
    out->observed = observed;
    out->threads = threads;
    ThreadScope scope(threads);  // kernels are chosen for the threads they will run on
    Builder(net, precision, weights, observed, *out).run(desc, shape);
    // The annotated copy dies here: steps keep ids and shapes, never node pointers.
    return out;
}

}  // namespace inception::engine::plan
