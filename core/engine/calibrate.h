#pragma once
// Random weights that respond to their input (shared/reference/NOTES.md item 12), for diagrams,
// activations and benchmarks without trained weights. The output still means nothing, and
// every caller says so.
#include <cstdint>
#include <functional>
#include <string>

#include "models/network.h"
#include "models/registry.h"

namespace inception::engine {

// Random initial weights drawn from a generator seeded with `seed` (PyTorch's default
// initialisation: uniform ±1/√fan_in), without touching LibTorch's global generator.
void randomInitialise(models::InceptionNet& net, uint64_t seed);

// BatchNorm statistics recomputed over random images with natural-image-like spectra; the
// classifier centred on the mean feature of a calibration batch (bias = −W·μ) and scaled so
// its logits have unit spread over that batch (a softmax of random features that is neither
// flat nor one-hot).
void calibrateRandomWeights(models::InceptionNet& net, uint64_t seed = 0);

// `variant`'s untrained network for `seed`: initialised and calibrated once, then cached — in
// memory, and on disk under the user's cache folder (INCEPTION_CACHE_DIR, else
// $XDG_CACHE_HOME/inception-explorer, else ~/.cache/inception-explorer) as the few tensors
// calibration changes. `progress` hears what happens.
models::InceptionNet untrainedNetwork(const std::string& variant, uint64_t seed = 0,
                                      const std::function<void(double, const std::string&)>& progress = {});

// Random pictures [n, c, h, w] made as the network receives photographs: pixels in [0, 1] with
// structure at every scale and colour channels that move together (a photograph's), then the
// variant's own normalisation (ImageNet mean/std, 0.5/0.5, or BGR 0..255 minus the mean).
torch::Tensor calibrationImages(int64_t n, const models::PreprocessPreset& preset, int64_t h, int64_t w,
                                uint64_t seed);
// The same for a network's own input (its variant's preset; the default one when unknown).
torch::Tensor calibrationImages(const arch::NetworkDesc& desc, int64_t n, uint64_t seed);

}  // namespace inception::engine
