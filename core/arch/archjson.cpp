#include "arch/archjson.h"

namespace inception::arch {

namespace {

nlohmann::json layerJson(const Layer& l)
{
    nlohmann::json j;
    j["op"] = toString(l.op);
    switch (l.op) {
    case Op::Conv:
        j["in_channels"] = l.inChannels;
        j["filters"] = l.outChannels;
        [[fallthrough]];
    case Op::MaxPool:
    case Op::AvgPool:
        j["kernel"] = {l.kernel.h, l.kernel.w};
        j["stride"] = {l.stride.h, l.stride.w};
        j["padding"] = {l.padding.h, l.padding.w};
        if (l.op == Op::Conv) {
            j["bias"] = l.bias;
            j["batch_norm"] = l.batchNorm;
            if (l.batchNorm)
                j["bn_eps"] = l.bnEps;
            j["relu"] = l.relu;
        } else {
            j["ceil_mode"] = l.ceilMode;
            if (l.op == Op::AvgPool)
                j["count_include_pad"] = l.countIncludePad;
        }
        break;
    case Op::AdaptiveAvgPool:
        j["output_size"] = l.adaptiveSize;
        break;
    case Op::Dropout:
        j["p"] = l.dropout;
        break;
    case Op::Linear:
        j["in_features"] = l.inChannels;
        j["out_features"] = l.outChannels;
        j["relu"] = l.relu;
        break;
    case Op::TransformInput:
    case Op::None:
        break;
    }
    return j;
}

}  // namespace

nlohmann::json toJson(const ArchNode& n)
{
    nlohmann::json j;
    j["id"] = n.id;
    j["name"] = n.name;
    j["kind"] = toString(n.kind);
    j["composition"] = toString(n.composition);
    j["output"] = n.output;
    j["params"] = n.params;
    j["macs"] = n.macs;
    j["other_ops"] = n.otherOps;
    if (n.isLeaf()) {
        j["layer"] = layerJson(n.layer);
    }
    if (n.composition == Composition::Residual) {
        j["residual_scale"] = n.residualScale;
        j["residual_relu"] = n.residualRelu;
    }
    j["children"] = nlohmann::json::array();
    for (const auto& c : n.children)
        j["children"].push_back(toJson(c));
    return j;
}

nlohmann::json toJson(const NetworkDesc& d)
{
    nlohmann::json j;
    j["variant"] = d.variant;
    j["input"] = d.input;
    j["params"] = d.root.params;
    j["macs"] = d.root.macs;
    j["root"] = toJson(d.root);
    j["aux"] = nlohmann::json::array();
    for (const auto& a : d.aux)
        j["aux"].push_back({{"after", a.after}, {"head", toJson(a.head)}});
    return j;
}

}  // namespace inception::arch
