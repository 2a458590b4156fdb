#pragma once
// How numbers and shapes read on screen: "6.62 M", "1.50 G", "64×112×112".
#include <QString>

#include <cstdint>
#include <vector>

namespace inception::arch {
struct ArchNode;
}

namespace explorer {

QString shortCount(int64_t n);                    // 6.62 M, 832 k, 12
QString shapeText(const std::vector<int64_t>& s);  // 64×112×112

// A node's name as a reader wants it: the reference's own name, except where that is only a
// position in a sequence ("0", "1", … of torchvision's and timm's Sequential): there the layer
// says what it is, as the papers' tables write it: "1×1 conv", "3×3/2 conv", "3×3 max pool".
// The reference's key stays the node's id (shown in the details and tooltips).
QString displayName(const inception::arch::ArchNode& n);
bool hasReadableName(const inception::arch::ArchNode& n);  // displayName differs from n.name
// The line under a box's name: its output shape ("3×3 conv → 192×28×28" for a convolution
// whose name does not say so; without the shape, which its edge carries: "3×3 conv").
QString nodeDetail(const inception::arch::ArchNode& n, bool withShape = true);

}  // namespace explorer
