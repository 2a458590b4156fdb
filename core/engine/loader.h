#pragma once
// A variant's network with weights from a file: format detected, names adapted, aux heads
// built when the file has them, transform_input from the catalog for known files.
#include <optional>
#include <string>
#include <vector>

#include "models/network.h"
#include "weights/catalog.h"
#include "weights/state_dict.h"

namespace inception::engine {

struct LoadOptions {
    std::optional<bool> transformInput;  // unset: the catalog's choice for a known file, else off
    weights::LoadMode mode = weights::LoadMode::Strict;
    int inputSize = 0;                   // 0: the variant's
};

struct LoadedNetwork {
    models::InceptionNet net{nullptr};
    weights::LoadReport report;
    std::vector<std::string> notes;               // name adaptations made
    const weights::PublishedWeights* published = nullptr;  // when the file is a catalog file
    bool transformInput = false;
    int classes = 1000;
};

LoadedNetwork loadNetwork(const std::string& variant, const std::string& weightsPath, const LoadOptions& options = {});

}  // namespace inception::engine
