#pragma once
// `explain --faithfulness DIR`: deletion and insertion curves of the explanation methods on the
// Fashion-MNIST test images in DIR (core/explain/faithfulness.h), as a table or JSON.
#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

#include "engine/model.h"
#include "explain/attribution.h"

namespace inception::cli {

struct FaithfulnessArgs {
    std::string dir;
    int images = 500;
    int points = 21;
    std::vector<std::string> methods;  // empty: every one (random is always measured)
    explain::AttributionSettings attribution;
    int threads = 0;
    bool json = false;
};

// Fills `out` (the JSON) and, unless json, prints the table.
void explainFaithfulness(const FaithfulnessArgs& a, const std::shared_ptr<const engine::Model>& model,
                         nlohmann::json& out);

}  // namespace inception::cli
