#pragma once
// The plan compiler's builder, shared by its two halves: the tree (plan_build.cpp — series,
// concatenations written into their slices, residual sums fused into the projection) and the
// operations (plan_build_ops.cpp — layers as oneDNN primitives with folded weights, pools, the
// fallbacks). Only the plan's own files include it.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "arch/taps.h"
#include "common/error.h"
#include "common/format.h"
#include "engine/plan_internal.h"

namespace inception::engine::plan {

using arch::ArchNode;
using arch::Composition;
using arch::Op;
using dnnl::algorithm;
using dnnl::prop_kind;
using tag = memory::format_tag;
using dt = memory::data_type;

inline memory::dims toDims(const std::vector<int64_t>& v) { return memory::dims(v.begin(), v.end()); }

// Walks the annotated tree of one network at one input shape and emits the plan's steps.
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
    int compile(const ArchNode& n, int in, int hint, bool exclusive);

    int concat(const ArchNode& n, int in, int hint);

    // out = act(x + scale * path(x)). When nothing observes the inside of the sum, the path's
    // last layer (the projection) is a convolution that adds its scaled output to x in place.
    int residual(const ArchNode& n, int x, bool exclusive);

    void relu_(int v);

    int leaf(const ArchNode& n, int in, int hint);

    int dstFor(const ArchNode& n, int hint);

    bool overhangs(const ArchNode& n, const std::vector<int64_t>& in) const;

    int pool(const ArchNode& n, int in, int out, arch::Hw k, arch::Hw s, arch::Hw p);

    // Folded weights (BatchNorm into the convolution, `scale` for a residual projection) in
    // the layout `want`, shared between executables.
    std::pair<memory, memory> foldedWeights(const ArchNode& n, double scale, const memory::desc& want,
                                            const memory::desc& biasMd);

    // Winograd for a 3x3 stride-1 convolution when INCEPTION_PLAN_WINOGRAD asks (plan_choices.cpp).
    template <class Describe>
    std::optional<dnnl::convolution_forward::primitive_desc> winogradIfFaster(
        const dnnl::convolution_forward::primitive_desc& direct, const arch::Layer& l, const Describe& describe);

    int conv(const ArchNode& n, int in, int out, double scale, bool sumInto, bool relu);

    int linear(const ArchNode& n, int in, bool relu);

    int transformInput(int in);

    int fallback(const ArchNode& n, int in, const std::string& why);

    const models::InceptionNet& net_;
    Plan::WeightCache& weights_;
    const std::set<std::string>& observed_;
    CompiledPlan& out_;
    Layout layout_;
    dt dtype_;
    int64_t batch_ = 1;
};

}  // namespace inception::engine::plan
