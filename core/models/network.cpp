#include "models/network.h"

#include <torch/nn/functional.h>
#include <torch/torch.h>

#include "arch/taps.h"
#include "common/error.h"
#include "models/registry.h"

namespace inception::models {

using arch::ArchNode;
using arch::Composition;
using arch::Op;
using detail::ExecNode;

namespace {

// A ReLU's output under Guided Backprop: the gradient reaching it is clamped at zero before the
// ReLU's own backward masks it by the forward sign.
torch::Tensor guided(torch::Tensor y)
{
    if (y.requires_grad())
        y.register_hook([](torch::Tensor g) { return g.clamp_min(0); });
    return y;
}

bool isGuided(const Recorder* recorder) { return recorder && recorder->guidedRelu(); }

}  // namespace

torch::Tensor Recorder::offer(const std::string& id, torch::Tensor t)
{
    if (auto it = replace_.find(id); it != replace_.end()) {
        if (it->second == Intervention::Zero)
            t = torch::zeros_like(t);
        else if (t.dim() == 4)
            t = t.mean({2, 3}, /*keepdim=*/true).expand_as(t).contiguous();
    }
    if (wanted_.count(id)) {
        outputs_[id] = t;
        if (stop_ && outputs_.size() == wanted_.size())
            throw ForwardStopped{};
    }
    return t;
}

InceptionNetImpl::InceptionNetImpl(arch::NetworkDesc desc) : desc_(std::move(desc))
{
    // desc_ is never modified after this point, so the node pointers below stay valid.
    root_ = build(desc_.root);
    for (size_t i = 0; i < desc_.aux.size(); ++i) {
        aux_.push_back(build(desc_.aux[i].head));
        std::function<bool(ExecNode&)> attach = [&](ExecNode& e) {
            if (e.node->id == desc_.aux[i].after) {
                e.auxHeads.push_back(i);
                return true;
            }
            for (auto& c : e.children)
                if (attach(c))
                    return true;
            return false;
        };
        if (!attach(root_))
            throw Error(ErrorCode::Internal, "aux head follows unknown node " + desc_.aux[i].after);
    }
    std::function<void(ExecNode&)> index = [&](ExecNode& e) {
        if (e.node->isLeaf())
            leaves_[e.node->id] = &e;
        for (auto& c : e.children)
            index(c);
    };
    index(root_);
}

torch::Tensor InceptionNetImpl::forwardNode(const std::string& id, const torch::Tensor& x)
{
    auto it = leaves_.find(id);
    if (it == leaves_.end())
        throw Error(ErrorCode::UnknownNode, "no layer '" + id + "' in " + desc_.variant);
    return runLeaf(*it->second, x);
}

torch::nn::Module& InceptionNetImpl::containerFor(const std::string& path, std::string& leafName)
{
    torch::nn::Module* parent = this;
    std::string prefix;
    size_t start = 0;
    for (size_t dot = path.find('.'); dot != std::string::npos; dot = path.find('.', start)) {
        const std::string segment = path.substr(start, dot - start);
        prefix += (prefix.empty() ? "" : ".") + segment;
        auto it = containers_.find(prefix);
        if (it == containers_.end()) {
            auto child = std::make_shared<torch::nn::Module>(segment);
            parent->register_module(segment, child);
            it = containers_.emplace(prefix, child).first;
        }
        parent = it->second.get();
        start = dot + 1;
    }
    leafName = path.substr(start);
    return *parent;
}

ExecNode InceptionNetImpl::build(const ArchNode& node)
{
    ExecNode e;
    e.node = &node;
    if (!node.isLeaf()) {
        for (const auto& c : node.children)
            e.children.push_back(build(c));
        return e;
    }
    const arch::Layer& l = node.layer;
    std::string leafName;
    switch (l.op) {
    case Op::Conv: {
        auto options = torch::nn::Conv2dOptions(l.inChannels, l.outChannels, {l.kernel.h, l.kernel.w})
                           .stride({l.stride.h, l.stride.w})
                           .padding({l.padding.h, l.padding.w})
                           .bias(l.bias);
        e.conv = torch::nn::Conv2d(options);
        containerFor(l.weightPath, leafName).register_module(leafName, e.conv);
        if (l.batchNorm) {
            e.bn = torch::nn::BatchNorm2d(torch::nn::BatchNorm2dOptions(l.outChannels).eps(l.bnEps));
            containerFor(l.bnPath, leafName).register_module(leafName, e.bn);
        }
        break;
    }
    case Op::Linear:
        e.linear = torch::nn::Linear(torch::nn::LinearOptions(l.inChannels, l.outChannels).bias(l.bias));
        containerFor(l.weightPath, leafName).register_module(leafName, e.linear);
        break;
    default:
        break;
    }
    return e;
}

torch::Tensor InceptionNetImpl::runLeaf(ExecNode& e, const torch::Tensor& x, Context* ctx)
{
    const arch::Layer& l = e.node->layer;
    torch::Tensor y;
    switch (l.op) {
    case Op::Conv:
        y = e.conv->forward(x);
        if (e.bn)
            y = e.bn->forward(y);
        return l.relu ? activate(e, y, ctx) : y;
    case Op::MaxPool:
        return torch::max_pool2d(x, {l.kernel.h, l.kernel.w}, {l.stride.h, l.stride.w},
                                 {l.padding.h, l.padding.w}, /*dilation=*/{1, 1}, l.ceilMode);
    case Op::AvgPool:
        return torch::avg_pool2d(x, {l.kernel.h, l.kernel.w}, {l.stride.h, l.stride.w},
                                 {l.padding.h, l.padding.w}, l.ceilMode, l.countIncludePad);
    case Op::AdaptiveAvgPool:
        y = torch::adaptive_avg_pool2d(x, {l.adaptiveSize, l.adaptiveSize});
        return l.flatten ? torch::flatten(y, 1) : y;
    case Op::Dropout:
        y = l.flatten ? torch::flatten(x, 1) : x;
        return torch::dropout(y, l.dropout, is_training());
    case Op::Linear:
        y = e.linear->forward(l.flatten ? torch::flatten(x, 1) : x);
        return l.relu ? activate(e, y, ctx) : y;
    case Op::TransformInput: {
        // torchvision: ImageNet-normalised input -> (p - 0.5) / 0.5, channel by channel.
        auto c0 = torch::unsqueeze(x.select(1, 0), 1) * (0.229 / 0.5) + (0.485 - 0.5) / 0.5;
        auto c1 = torch::unsqueeze(x.select(1, 1), 1) * (0.224 / 0.5) + (0.456 - 0.5) / 0.5;
        auto c2 = torch::unsqueeze(x.select(1, 2), 1) * (0.225 / 0.5) + (0.406 - 0.5) / 0.5;
        return torch::cat({c0, c1, c2}, 1);
    }
    case Op::None:
        break;
    }
    throw Error(ErrorCode::Internal, "node " + e.node->id + " has no operation");
}

// ReLU in place, as torchvision's BasicConv2d (y is the leaf's own tensor) — unless the value
// before it is asked for (":preact"), which must then survive.
torch::Tensor InceptionNetImpl::activate(ExecNode& e, torch::Tensor y, Context* ctx)
{
    if (ctx && ctx->recorder) {
        const std::string id = arch::tapId(e.node->id, arch::TapKind::PreActivation);
        if (ctx->recorder->wants(id)) {
            auto out = torch::relu(ctx->recorder->offer(id, y));
            return isGuided(ctx->recorder) ? guided(out) : out;
        }
        if (isGuided(ctx->recorder))
            return guided(torch::relu(y));
    }
    return y.relu_();
}

torch::Tensor InceptionNetImpl::run(ExecNode& e, const torch::Tensor& x, Context& ctx)
{
    const ArchNode& n = *e.node;
    torch::Tensor y;
    switch (n.composition) {
    case Composition::None:
        y = runLeaf(e, x, &ctx);
        break;
    case Composition::Series:
        y = x;
        for (auto& c : e.children)
            y = run(c, y, ctx);
        break;
    case Composition::Concat: {
        std::vector<torch::Tensor> outs;
        outs.reserve(e.children.size());
        for (auto& c : e.children)
            outs.push_back(run(c, x, ctx));
        y = torch::cat(outs, 1);
        break;
    }
    case Composition::Residual: {
        torch::Tensor r = x;
        for (auto& c : e.children)
            r = run(c, r, ctx);
        torch::Tensor identity = x;
        const std::string identityId = arch::tapId(n.id, arch::TapKind::Identity);
        const std::string sumId = arch::tapId(n.id, arch::TapKind::Sum);
        if (ctx.recorder && ctx.recorder->wants(identityId))
            identity = ctx.recorder->offer(identityId, x);
        y = r * n.residualScale + identity;  // timm: out = out * scale + x
        const bool tapped = ctx.recorder && ctx.recorder->wants(sumId);
        if (tapped)
            y = ctx.recorder->offer(sumId, y);
        if (n.residualRelu && isGuided(ctx.recorder))
            y = guided(torch::relu(y));
        else if (n.residualRelu)
            y = tapped ? torch::relu(y) : y.relu_();
        break;
    }
    }
    if (ctx.recorder && ctx.recorder->wants(n.id))
        y = ctx.recorder->offer(n.id, y);
    if (ctx.aux && is_training())
        for (size_t i : e.auxHeads)
            ctx.aux->push_back(run(aux_[i], y, ctx));
    return y;
}

torch::Tensor InceptionNetImpl::forward(torch::Tensor x, Recorder* recorder)
{
    Context ctx{recorder, nullptr};
    return run(root_, x, ctx);
}

NetOutput InceptionNetImpl::forwardAll(torch::Tensor x, Recorder* recorder)
{
    NetOutput out;
    Context ctx{recorder, &out.aux};
    out.logits = run(root_, x, ctx);
    return out;
}

InceptionNet createNetwork(const std::string& variant, const ModelOptions& options)
{
    return InceptionNet(describe(variant, options));
}

}  // namespace inception::models
