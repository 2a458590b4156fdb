#include "arch/taps.h"

namespace inception::arch {

namespace {
constexpr const char* kPreact = ":preact";
constexpr const char* kSum = ":sum";
constexpr const char* kIdentity = ":identity";

bool hasRelu(const ArchNode& n)
{
    return n.isLeaf() && n.layer.relu && (n.layer.op == Op::Conv || n.layer.op == Op::Linear);
}
}  // namespace

std::string tapId(const std::string& nodeId, TapKind kind)
{
    switch (kind) {
    case TapKind::PreActivation:
        return nodeId + kPreact;
    case TapKind::Sum:
        return nodeId + kSum;
    case TapKind::Identity:
        return nodeId + kIdentity;
    case TapKind::Output:
        break;
    }
    return nodeId;
}

std::optional<Tap> findTap(const ArchNode& root, const std::string& id)
{
    const auto colon = id.rfind(':');
    if (colon == std::string::npos) {
        const ArchNode* n = findNode(root, id);
        return n ? std::optional<Tap>(Tap{n, TapKind::Output}) : std::nullopt;
    }
    const ArchNode* n = findNode(root, id.substr(0, colon));
    if (!n)
        return std::nullopt;
    const std::string suffix = id.substr(colon);
    if (suffix == kPreact && hasRelu(*n))
        return Tap{n, TapKind::PreActivation};
    if (suffix == kSum && n->composition == Composition::Residual)
        return Tap{n, TapKind::Sum};
    if (suffix == kIdentity && n->composition == Composition::Residual)
        return Tap{n, TapKind::Identity};
    return std::nullopt;
}

std::vector<std::string> extraTapIds(const ArchNode& node)
{
    if (hasRelu(node))
        return {node.id + kPreact};
    if (node.composition == Composition::Residual)
        return {node.id + kSum, node.id + kIdentity};
    return {};
}

}  // namespace inception::arch
