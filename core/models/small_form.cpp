#include "models/small_form.h"

#include <cmath>
#include <stdexcept>

#include "common/error.h"
#include "models/mini_inception.h"
#include "models/registry.h"

namespace inception::models {

using namespace arch;

namespace {

int scaledExactly(int filters, double width, const std::string& where)
{
    const double v = filters * width;
    const int r = int(std::lround(v));
    if (r < 1 || std::abs(v - r) > 1e-9)
        throw Error(ErrorCode::BadArgument, "width " + std::to_string(width) + " gives " + std::to_string(v) +
                                                " filters for " + where + " (" + std::to_string(filters) +
                                                "); choose 1, 0.5, 0.25 or 0.125");
    return r;
}

// Every convolution and linear layer narrowed by `width`; the classifier keeps `classes` outputs.
void narrow(ArchNode& node, double width, const std::string& classifierId)
{
    for (auto& child : node.children)
        narrow(child, width, classifierId);
    if (!node.isLeaf())
        return;
    Layer& l = node.layer;
    if (l.op == Op::Conv) {
        l.inChannels = scaledExactly(l.inChannels, width, node.id);
        l.outChannels = scaledExactly(l.outChannels, width, node.id);
    } else if (l.op == Op::Linear) {
        l.inChannels = scaledExactly(l.inChannels, width, node.id);
        if (node.id != classifierId)
            l.outChannels = scaledExactly(l.outChannels, width, node.id);
    }
}

const ArchNode* firstConv(const ArchNode& node)
{
    if (node.isLeaf())
        return node.layer.op == Op::Conv ? &node : nullptr;
    for (const auto& c : node.children)
        if (const auto* f = firstConv(c))
            return f;
    return nullptr;
}

std::string lastLinear(const ArchNode& node)
{
    std::string id;
    forEachNode(node, [&](const ArchNode& n, int) {
        if (n.isLeaf() && n.layer.op == Op::Linear)
            id = n.id;
    });
    return id;
}

NetworkDesc smallForm(const std::string& id, const SmallForm& form)
{
    ModelOptions o;
    o.numClasses = form.classes;
    o.auxLogits = form.auxHeads;
    if (form.auxHeads && !variant(id).hasAuxHeads)
        throw Error(ErrorCode::BadArgument, id + " has no auxiliary heads");
    NetworkDesc d = describe(id, o);  // annotated at the reference size: the stem's output is known
    auto stem = std::find_if(d.root.children.begin(), d.root.children.end(),
                             [](const ArchNode& n) { return n.id == "stem"; });
    if (stem == d.root.children.end())
        throw Error(ErrorCode::Internal, id + " has no stem stage");
    const ArchNode* first = firstConv(*stem);
    ConvStyle style{first->layer.bias, first->layer.batchNorm, first->layer.bnEps,
                    first->layer.bnPath.size() > 3 && first->layer.bnPath.substr(first->layer.bnPath.size() - 3) == "_bn"};
    const int stemOut = scaledExactly(int(stem->output.at(0)), form.width, "the stem's output");
    const int stemMid = std::max(1, stemOut / 2);
    const std::string classifier = lastLinear(d.root);
    for (auto& stage : d.root.children)
        if (&stage != &*stem)
            narrow(stage, form.width, classifier);
    for (auto& aux : d.aux)
        narrow(aux.head, form.width, lastLinear(aux.head));
    *stem = series("stem", "small stem", Kind::Stage,
                   {conv(style, "stem_small.conv1", form.channels, stemMid, 3, 1, 1),
                    conv(style, "stem_small.conv2", stemMid, stemOut, 3, 1, 1)});
    d.variant = id + "_small";
    d.input = {form.channels, form.size, form.size};
    try {
        annotate(d);
    } catch (const std::invalid_argument& e) {
        throw Error(ErrorCode::BadArgument, id + " in small form cannot take " + std::to_string(form.size) + "x" +
                                                std::to_string(form.size) + " images: " + e.what());
    }
    return d;
}

}  // namespace

std::vector<std::string> trainableIds()
{
    std::vector<std::string> ids{"mini_inception", "mini_inception_nobn", "mini_inception_5x5"};
    for (const auto& v : variants())
        ids.push_back(v.id);
    return ids;
}

NetworkDesc describeTrainable(const std::string& id, const SmallForm& form, double dropout)
{
    if (id.rfind("mini_inception", 0) == 0) {
        MiniOptions o = miniOptionsFor(id);
        o.channels = form.channels;
        o.size = form.size;
        o.classes = form.classes;
        o.width = form.width;
        if (dropout >= 0)
            o.dropout = dropout;
        return describeMiniInception(o);
    }
    return smallForm(id, form);
}

}  // namespace inception::models
