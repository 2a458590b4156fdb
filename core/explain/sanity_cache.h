#pragma once
// Sanity checks kept on disk, like the feature visualisations (visual_cache.h): one JSON file
// per report under the user's cache folder + "/sanity", named by the SHA-256 of its key —
// variant, the weights' identity, the shuffled-label twin's, the input's bytes, the methods and
// every setting that changes the result (not the thread count). A file that cannot be read or
// holds another key is computed again and replaced; a cancelled check is not kept.
#include <string>

#include "explain/sanity.h"
#include "explain/visual_cache.h"

namespace inception::explain {

// The cache's folder: `folder`, else the user's cache folder + "/sanity"; empty when there is none.
std::string sanityCacheFolder(const std::string& folder = {});

std::string sanityKey(const engine::Model& model, const torch::Tensor& input, const std::vector<std::string>& methods,
                      const SanitySettings& settings);

// The report as JSON text ({"class", "steps", "threshold", "shuffled_labels", "sanity": [{"method",
// "rank_correlation", "ssim", "depends_on_weights", "verdict", "shuffled_labels_rank_correlation",
// "shuffled_labels_ssim"}]}; NaN as null) and back. fromSanityJson throws inception::Error(CorruptFile).
std::string sanityJson(const SanityReport& report);
SanityReport fromSanityJson(const std::string& text);

// sanityCheck through the cache in `folder` (see sanityCacheFolder). `report` says whether it
// came from the cache and what went wrong with the cache.
SanityReport sanityCached(const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input,
                          const std::vector<std::string>& methods, const SanitySettings& settings,
                          const SanityProgress& progress = {}, CacheReport* report = nullptr,
                          const std::string& folder = {});

}  // namespace inception::explain
