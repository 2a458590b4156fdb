#pragma once
#include <cstdint>

#include "models/network.h"

namespace inception::engine {

// Random weights that respond to their input (shared/reference/NOTES.md item 12): BatchNorm
// statistics recomputed over `batches` random batches, then the classifier centred on the mean
// feature of a random batch. For diagrams and activations without trained weights: the output
// still means nothing, and the app says so.
void calibrateRandomWeights(models::InceptionNet& net, int batches = 2, int batchSize = 4, uint64_t seed = 0);

}  // namespace inception::engine
