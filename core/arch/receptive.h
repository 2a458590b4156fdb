#pragma once
// Receptive fields read from the tree: for every node, which input pixels one cell of its
// output can see, per axis (a 1x7 branch's field is not square). Plain C++.
//
// Along an axis, output cell i of a node sees the input pixels
//     [first + i * jump, first + i * jump + size - 1]   (clipped to the image)
// A convolution or pool with kernel k, stride s, padding p on an input field (size, jump,
// first) gives (size + (k - 1) * jump, jump * s, first - p * jump); a concatenation (and a
// residual sum) sees the union of its branches (the largest, where they are centred alike);
// global pooling and the layers after it see the whole input.
#include <cstdint>
#include <map>
#include <string>

#include "arch/archnode.h"

namespace inception::arch {

struct AxisField {
    int64_t size = 1;   // pixels one output cell sees
    int64_t jump = 1;   // input pixels between neighbouring output cells (effective stride)
    int64_t first = 0;  // the first input pixel of cell 0's field (negative: in the padding)
    bool global = false;  // the whole input (after global pooling)
};

struct ReceptiveField {
    AxisField h, w;
};

// Every node's field, by id (the network's own: the input's is size 1, jump 1, first 0).
std::map<std::string, ReceptiveField> receptiveFields(const NetworkDesc& desc);

// The input pixels one output cell (y, x) of a node sees, clipped to an image of the given
// size: [top, bottom] x [left, right], inclusive.
struct PixelBox {
    int64_t top = 0, left = 0, bottom = 0, right = 0;
};
PixelBox cellField(const ReceptiveField& f, int64_t y, int64_t x, int64_t height, int64_t width);

// "99x99 px, jump 8" (or "the whole image"), for the window's details and tooltips.
std::string describeField(const ReceptiveField& f);

}  // namespace inception::arch
