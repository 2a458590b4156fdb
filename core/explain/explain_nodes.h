#pragma once
// Which nodes an explanation can be taken at, and what they are called elsewhere. Plain tree
// logic: no LibTorch.
#include <string>
#include <vector>

#include "arch/archnode.h"

namespace inception::explain {

// The last Inception module before global pooling: the node Grad-CAM uses when none is given
// (googlenet inception5b, bn_inception inception_5b, inception_v3 Mixed_7c, inception_v4
// features.21, inception_resnet_v2 block8, mini_inception inception2a).
std::string defaultNode(const arch::NetworkDesc& desc);

// Empty when `id` names a node whose output is a spatial map (C x H x W, H*W > 1); else one
// sentence saying why not (unknown node; after global pooling). Throws nothing.
std::string spatialRefusal(const arch::NetworkDesc& desc, const std::string& id);

// The value Grad-CAM is taken at: the node itself, or a residual block's sum before its ReLU.
std::string mapIdFor(const arch::NetworkDesc& desc, const std::string& id);

// The branches a per-branch split has one term for: a concatenating node's children; a
// residual block's branches (the children of the concatenation before its projection).
// Empty when the node has none.
std::vector<const arch::ArchNode*> branchesOf(const arch::ArchNode& node);

// Empty when `--per-branch` can split the map at this node, else why not.
std::string perBranchRefusal(const arch::NetworkDesc& desc, const std::string& id);

// The module of the reference implementation whose output is this node's output: the node's
// own id where it is a module there (inception4a.branch2), else the last layer of the series
// (inception_v3's Mixed_6b.branch7x7 is torchvision's Mixed_6b.branch7x7_3).
std::string referenceModule(const arch::ArchNode& node);

}  // namespace inception::explain
