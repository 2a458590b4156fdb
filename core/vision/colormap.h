#pragma once
// The colour map and grid geometry of the channel grids (no LibTorch: the app's widgets use it).
#include <array>
#include <cstdint>
#include <vector>

namespace inception::vision {

// The grid's columns for `channels` shown channels (a near-square grid).
int gridColumns(int channels);

// The 256 colours of the viridis map the grids use, as RGB.
const std::vector<std::array<uint8_t, 3>>& viridisColours();

}  // namespace inception::vision

namespace inception::vision {

// A diverging colour scale for signed maps (Grad-CAM terms, occlusion drops): t in [-1, 1],
// blue for negative, white at zero, red for positive (ColorBrewer RdBu, reversed). RGB.
std::array<uint8_t, 3> divergingColour(double t);

}  // namespace inception::vision
