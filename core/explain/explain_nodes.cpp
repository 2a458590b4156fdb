#include "explain/explain_nodes.h"

#include "arch/names.h"
#include "arch/taps.h"

namespace inception::explain {

using arch::ArchNode;
using arch::Composition;
using arch::Kind;

namespace {
bool spatial(const ArchNode& n) { return n.output.size() == 3 && n.output[1] * n.output[2] > 1; }

std::string shapeText(const std::vector<int64_t>& s)
{
    std::string t;
    for (size_t i = 0; i < s.size(); ++i)
        t += (i ? "x" : "") + std::to_string(s[i]);
    return t;
}
}  // namespace

std::string defaultNode(const arch::NetworkDesc& desc)
{
    std::string last;
    arch::forEachNode(desc.root, [&](const ArchNode& n, int) {
        if (n.kind == Kind::Block && spatial(n))
            last = n.id;
    });
    return last;
}

std::string spatialRefusal(const arch::NetworkDesc& desc, const std::string& id)
{
    const ArchNode* n = arch::findNode(desc.root, id);
    if (!n)
        return arch::noNodeMessage(desc, id);
    if (n == &desc.root)
        return "'" + id + "' is the whole network; choose a module, e.g. " + defaultNode(desc);
    if (!spatial(*n))
        return "'" + id + "' has no spatial map (its output is " + shapeText(n->output) +
               ", after global pooling); choose a module before it, e.g. " + defaultNode(desc);
    return {};
}

std::string mapIdFor(const arch::NetworkDesc& desc, const std::string& id)
{
    const ArchNode* n = arch::findNode(desc.root, id);
    if (n && n->composition == Composition::Residual)
        return arch::tapId(id, arch::TapKind::Sum);
    return id;
}

std::vector<const ArchNode*> branchesOf(const ArchNode& node)
{
    std::vector<const ArchNode*> out;
    if (node.composition == Composition::Concat) {
        for (const auto& c : node.children)
            out.push_back(&c);
    } else if (node.composition == Composition::Residual && node.children.size() == 2 &&
               node.children[0].composition == Composition::Concat) {
        for (const auto& c : node.children[0].children)
            out.push_back(&c);
    }
    return out;
}

std::string perBranchRefusal(const arch::NetworkDesc& desc, const std::string& id)
{
    if (auto why = spatialRefusal(desc, id); !why.empty())
        return why;
    const ArchNode& n = *arch::findNode(desc.root, id);
    if (branchesOf(n).empty())
        return "'" + id + "' has no branches to split the map into (choose an Inception module)";
    if (n.composition == Composition::Residual) {
        const ArchNode& proj = n.children[1];
        if (!proj.isLeaf() || proj.layer.op != arch::Op::Conv || proj.layer.batchNorm || proj.layer.relu ||
            proj.layer.kernel.h != 1 || proj.layer.kernel.w != 1 || proj.layer.stride.h != 1 || proj.layer.stride.w != 1)
            return "'" + id + "' does not end in a linear 1x1 projection, so its sum does not split per branch";
    }
    return {};
}

std::string referenceModule(const ArchNode& node)
{
    const ArchNode* n = &node;
    while (n->composition == Composition::Series && !n->children.empty()) {
        bool isContainer = false;
        for (const auto& c : n->children)
            if (c.id.rfind(n->id + ".", 0) == 0)
                isContainer = true;
        if (isContainer)
            break;
        n = &n->children.back();
    }
    return n->id;
}

}  // namespace inception::explain
