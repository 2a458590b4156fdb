#pragma once
// Ids for values inside a node that explanations need, beside the node ids themselves:
//   "<layer>:preact"    a layer's value before its ReLU (a conv after its BatchNorm; a linear)
//   "<block>:sum"       a residual block's sum before its ReLU
//   "<block>:identity"  a residual block's identity path (its input, as the sum receives it)
// Capture, intervention and gradients take these ids like any node id.
#include <optional>
#include <string>
#include <vector>

#include "arch/archnode.h"

namespace inception::arch {

enum class TapKind { Output, PreActivation, Sum, Identity };

struct Tap {
    const ArchNode* node = nullptr;
    TapKind kind = TapKind::Output;
};

std::string tapId(const std::string& nodeId, TapKind kind);
// The node and the value an id names; nullopt for an unknown id or a tap the node lacks
// (":preact" of a layer without ReLU, ":sum" of a node that is not residual).
std::optional<Tap> findTap(const ArchNode& root, const std::string& id);
// The tap ids a node offers besides its own id.
std::vector<std::string> extraTapIds(const ArchNode& node);

}  // namespace inception::arch
