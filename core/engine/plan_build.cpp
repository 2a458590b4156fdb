// The plan compiler, its tree half: walks the annotated ArchNode tree — series, concatenations
// (each branch writing into its slice of the output where the layout allows), residual sums
// (fused into the projection's convolution where nothing observes the inside) — and builds a
// CompiledPlan. The layers themselves: plan_build_ops.cpp.
#include <torch/torch.h>

#include <algorithm>

#include "arch/taps.h"
#include "common/error.h"
#include "engine/plan_builder.h"

namespace inception::engine::plan {

// Compiles `n` on input value `in`; writes into `hint` (a slice of a concatenation) when it
// can. `exclusive`: nothing reads `in` after this node (it may be overwritten).
int Builder::compile(const ArchNode& n, int in, int hint, bool exclusive)
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

int Builder::concat(const ArchNode& n, int in, int hint)
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
int Builder::residual(const ArchNode& n, int x, bool exclusive)
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

void Builder::relu_(int v)
{
    const auto& md = out_.values[size_t(v)].md;
    const auto pd = dnnl::eltwise_forward::primitive_desc(
        dnnl::eltwise_forward::desc(prop_kind::forward_inference, algorithm::eltwise_relu, md, 0.f, 0.f), makeAttr(),
        out_.engine);
    addPrimitive(pd, dnnl::eltwise_forward(pd), {{DNNL_ARG_SRC, v}, {DNNL_ARG_DST, v}});
}

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

