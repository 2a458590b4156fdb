#pragma once
// A branch's channel maps as the Activations dock draws them, a page at a time: channels
// [first, first + kChannelsPerPage) of the branch, each coloured (viridis) on the result's shared
// scale, in the near-square grid of a full page (so a page of fewer channels keeps the size).
#include <QImage>

namespace explorer {

struct BranchView;

// A grey map (0..255 on the shared scale) in the grids' colours.
QImage viridisImage(const QImage& grey);

// The grid of the page that starts at channel `first`.
QImage channelPage(const BranchView& branch, int first);

}  // namespace explorer
