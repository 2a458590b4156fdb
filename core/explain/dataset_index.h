#pragma once
// Dataset examples: a folder of images indexed once per network, weights and preprocessing,
// keeping for every channel of every spatial node the 9 images where it responds most (with
// the position of its maximum) and the 3 whose maximum is nearest zero (for contrast) — a
// running top-k, not a table of every image times every channel. The index is one
// .safetensors file written atomically every few images, so an interrupted run resumes where
// it stopped and a run over an unchanged folder decodes nothing.
#include <torch/types.h>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "engine/model.h"

namespace inception::explain {

struct IndexOptions {
    std::string indexPath;     // empty: DIR/.inception-index-<variant>.safetensors
    int top = 9;
    int nearZero = 3;
    int saveEvery = 16;        // images between atomic saves
    int threads = 0;
};

struct IndexStats {
    int64_t images = 0;        // images in the index at the end
    int64_t decoded = 0;       // images decoded in this run
    int64_t skipped = 0;       // already in the index, unchanged
    int64_t failed = 0;        // unreadable (counted, not fatal)
    std::string lastFailure;
    bool interrupted = false;
    bool rebuilt = false;      // the old index was unreadable or for other weights: started anew
    std::string rebuiltWhy;
    std::string indexPath;
};

// Called after each decoded image: return false to stop (the index is saved first).
using IndexProgress = std::function<bool(int64_t done, int64_t total)>;

// Indexes the images of `dir` (not recursive; by name). Throws inception::Error for a missing
// folder or an index that cannot be written.
IndexStats indexFolder(const std::shared_ptr<const engine::Model>& model, const std::string& dir,
                       const IndexOptions& options = {}, const IndexProgress& progress = {});

struct Example {
    std::string file;          // relative to the folder
    float value = 0;           // the channel's maximum over the image
    int64_t y = 0, x = 0;      // where (in the node's grid)
    int64_t top = 0, left = 0, bottom = 0, right = 0;  // that cell's receptive field in the input
};

struct ChannelExamples {
    std::vector<Example> top;       // best first
    std::vector<Example> nearZero;  // maximum nearest zero first
};

// The examples of one channel from an index file. Throws inception::Error (a missing or
// unreadable index, an unknown node, a channel out of range, an index of another network).
ChannelExamples topImages(const std::shared_ptr<const engine::Model>& model, const std::string& indexPath,
                          const std::string& node, int channel);

// The index file indexFolder writes for `dir` by default.
std::string indexPathFor(const std::string& dir, const engine::Model& model);

// What the network saw of an example's image, cropped to the example's receptive field:
// [h, w, 3] pixels in [0, 1] (grey repeated). `dir`: the indexed folder. Throws
// inception::Error when the image can no longer be read.
torch::Tensor exampleCrop(const engine::Model& model, const std::string& dir, const Example& example);

// The key an index is made for: variant, weights (SHA-256 of the file, or the random seed),
// preprocessing.
std::string indexKey(const engine::Model& model);

}  // namespace inception::explain
