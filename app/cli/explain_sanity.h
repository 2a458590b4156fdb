#pragma once
// `explain IMAGE --sanity`: the cascading model randomisation of the explanation methods
// (core/explain/sanity.h) on one image, as a table or JSON.
#include <nlohmann/json.hpp>
#include <torch/types.h>

#include <memory>
#include <string>
#include <vector>

#include "engine/model.h"
#include "explain/attribution.h"

namespace inception::cli {

struct SanityArgs {
    std::string input;                 // for the table's first line
    std::vector<std::string> methods;  // empty: gradcam and the seven attributions
    int target = -1;
    explain::AttributionSettings attribution;
    int threads = 0;
    bool json = false;
    std::string cache;     // folder (empty: the user's cache folder/sanity)
    bool noCache = false;
};

// Fills `out` (the JSON) and, unless json, prints the table.
void explainSanity(const SanityArgs& a, const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input,
                   nlohmann::json& out);

}  // namespace inception::cli
