#pragma once
// The user's cache folder: INCEPTION_CACHE_DIR, else $XDG_CACHE_HOME/inception-explorer, else
// ~/.cache/inception-explorer (empty when none of them is set). Calibrated random weights,
// feature visualisations and DeepDream pictures are kept under it.
#include <string>

namespace inception {

std::string userCacheFolder();

}  // namespace inception
