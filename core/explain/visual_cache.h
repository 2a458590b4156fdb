#pragma once
// Feature visualisations and DeepDream pictures kept on disk, so that a lecturer can compute a
// lecture's pictures once and show them instantly: one .safetensors file per picture, named by
// the SHA-256 of its key — variant, the weights' identity (Model::weightsId), preprocessing,
// target and every setting that changes the result (not the thread count). A file that cannot
// be read, or holds another key, is computed again and replaced; a cache that cannot be written
// costs only the saving. Cancelled runs are not kept.
#include <torch/types.h>

#include <string>

#include "explain/visualize.h"

namespace inception::explain {

struct CacheReport {
    bool hit = false;       // read from the cache: nothing computed
    bool stored = false;    // computed and written to the cache
    std::string path;       // the cache file (empty: no cache folder)
    std::string problem;    // a cache file that could not be read (computed again) or written
};

// The cache's folder: `folder`, else the user's cache folder + "/visualizations"; empty when
// there is none.
std::string visualCacheFolder(const std::string& folder = {});

std::string visualizeKey(const engine::Model& model, const VisualizeRequest& request);
std::string dreamKey(const engine::Model& model, const torch::Tensor& input, const DreamRequest& request);

// `visualize` / `dream` through the cache in `folder` (see visualCacheFolder). `report`, when
// given, says whether the picture came from the cache and what went wrong with it.
VisualizeResult visualizeCached(const std::shared_ptr<const engine::Model>& model, const VisualizeRequest& request,
                                const VisualizeProgress& progress = {}, CacheReport* report = nullptr,
                                const std::string& folder = {});
DreamResult dreamCached(const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input,
                        const DreamRequest& request, const std::function<bool(int, int)>& progress = {},
                        CacheReport* report = nullptr, const std::string& folder = {});

}  // namespace inception::explain
