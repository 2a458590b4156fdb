#include "arch/archnode.h"

namespace inception::arch {

const char* toString(Kind kind)
{
    switch (kind) {
    case Kind::Network: return "network";
    case Kind::Stage: return "stage";
    case Kind::Block: return "block";
    case Kind::Branch: return "branch";
    case Kind::Layer: return "layer";
    case Kind::Pool: return "pool";
    case Kind::Classifier: return "classifier";
    }
    return "?";
}

const char* toString(Composition composition)
{
    switch (composition) {
    case Composition::None: return "none";
    case Composition::Series: return "series";
    case Composition::Concat: return "concat";
    case Composition::Residual: return "residual";
    }
    return "?";
}

const char* toString(Op op)
{
    switch (op) {
    case Op::None: return "none";
    case Op::Conv: return "conv";
    case Op::MaxPool: return "maxpool";
    case Op::AvgPool: return "avgpool";
    case Op::AdaptiveAvgPool: return "adaptive_avgpool";
    case Op::Dropout: return "dropout";
    case Op::Linear: return "linear";
    case Op::TransformInput: return "transform_input";
    }
    return "?";
}

void forEachNode(const ArchNode& root, const std::function<void(const ArchNode&, int)>& fn)
{
    std::function<void(const ArchNode&, int)> visit = [&](const ArchNode& n, int depth) {
        fn(n, depth);
        for (const auto& c : n.children)
            visit(c, depth + 1);
    };
    visit(root, 0);
}

const ArchNode* findNode(const ArchNode& root, const std::string& id)
{
    if (root.id == id)
        return &root;
    for (const auto& c : root.children)
        if (const ArchNode* found = findNode(c, id))
            return found;
    return nullptr;
}

std::vector<const ArchNode*> leaves(const ArchNode& root)
{
    std::vector<const ArchNode*> out;
    forEachNode(root, [&](const ArchNode& n, int) {
        if (n.isLeaf())
            out.push_back(&n);
    });
    return out;
}

namespace {

std::string lastSegment(const std::string& id)
{
    const auto dot = id.rfind('.');
    return dot == std::string::npos ? id : id.substr(dot + 1);
}

ArchNode leaf(const std::string& id, Kind kind, Layer layer)
{
    ArchNode n;
    n.id = id;
    n.name = lastSegment(id);
    n.kind = kind;
    n.layer = std::move(layer);
    return n;
}

ArchNode group(const std::string& id, const std::string& name, Kind kind, Composition composition,
               std::vector<ArchNode> children)
{
    ArchNode n;
    n.id = id;
    n.name = name.empty() ? lastSegment(id) : name;
    n.kind = kind;
    n.composition = composition;
    n.children = std::move(children);
    return n;
}

}  // namespace

ArchNode conv(const ConvStyle& style, const std::string& id, int in, int out, Hw kernel, Hw stride,
              Hw padding)
{
    Layer l;
    l.op = Op::Conv;
    l.inChannels = in;
    l.outChannels = out;
    l.kernel = kernel;
    l.stride = stride;
    l.padding = padding;
    l.bias = style.bias;
    l.batchNorm = style.batchNorm;
    l.bnEps = style.bnEps;
    l.relu = true;
    l.weightPath = style.flatNames ? id : id + ".conv";
    if (style.batchNorm)
        l.bnPath = style.flatNames ? id + "_bn" : id + ".bn";
    return leaf(id, Kind::Layer, l);
}

ArchNode plainConv(const std::string& id, int in, int out, Hw kernel)
{
    Layer l;
    l.op = Op::Conv;
    l.inChannels = in;
    l.outChannels = out;
    l.kernel = kernel;
    l.bias = true;
    l.weightPath = id;
    return leaf(id, Kind::Layer, l);
}

ArchNode maxPool(const std::string& id, Hw kernel, Hw stride, Hw padding, bool ceilMode)
{
    Layer l;
    l.op = Op::MaxPool;
    l.kernel = kernel;
    l.stride = stride;
    l.padding = padding;
    l.ceilMode = ceilMode;
    return leaf(id, Kind::Pool, l);
}

ArchNode avgPool(const std::string& id, Hw kernel, Hw stride, Hw padding, bool countIncludePad, bool ceilMode)
{
    Layer l;
    l.op = Op::AvgPool;
    l.kernel = kernel;
    l.stride = stride;
    l.padding = padding;
    l.countIncludePad = countIncludePad;
    l.ceilMode = ceilMode;
    return leaf(id, Kind::Pool, l);
}

ArchNode adaptiveAvgPool(const std::string& id, int size, bool flatten)
{
    Layer l;
    l.op = Op::AdaptiveAvgPool;
    l.adaptiveSize = size;
    l.flatten = flatten;
    return leaf(id, Kind::Pool, l);
}

ArchNode dropout(const std::string& id, double p, bool flatten)
{
    Layer l;
    l.op = Op::Dropout;
    l.dropout = p;
    l.flatten = flatten;
    return leaf(id, Kind::Layer, l);
}

ArchNode linear(const std::string& id, int in, int out, bool flatten, bool relu)
{
    Layer l;
    l.op = Op::Linear;
    l.inChannels = in;
    l.outChannels = out;
    l.bias = true;
    l.flatten = flatten;
    l.relu = relu;
    l.weightPath = id;
    return leaf(id, Kind::Classifier, l);
}

ArchNode transformInput(const std::string& id)
{
    Layer l;
    l.op = Op::TransformInput;
    return leaf(id, Kind::Layer, l);
}

ArchNode series(const std::string& id, const std::string& name, Kind kind, std::vector<ArchNode> children)
{
    return group(id, name, kind, Composition::Series, std::move(children));
}

ArchNode concat(const std::string& id, const std::string& name, Kind kind, std::vector<ArchNode> children)
{
    return group(id, name, kind, Composition::Concat, std::move(children));
}

ArchNode residual(const std::string& id, const std::string& name, double scale, bool relu,
                  std::vector<ArchNode> children)
{
    ArchNode n = group(id, name, Kind::Block, Composition::Residual, std::move(children));
    n.residualScale = scale;
    n.residualRelu = relu;
    return n;
}

}  // namespace inception::arch
