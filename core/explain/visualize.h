#pragma once
// Feature visualisation (as Lucid did it): an input image optimised to maximise a target's mean
// — a channel or a whole node, taken before its ReLU, or a class logit. The image is
// parameterised in Fourier space (spectrum scaled by 1/frequency) with colour decorrelation
// (RGB models), squashed by a sigmoid to [0, 1] pixels; at every step the picture is padded,
// jittered, scaled, rotated and jittered again (random, from the seed) before the network sees
// it. Adam, learning rate 0.05. Only the part of the network up to the target runs.
#include <torch/types.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "engine/engine.h"
#include "engine/model.h"

namespace inception::explain {

enum class Parameterisation {
    Fourier,  // the default: decorrelated colour, 1/f-scaled spectrum, sigmoid
    Pixels,   // plain pixel-space gradient ascent (the baseline the Fourier one is measured against)
};

struct VisualizeRequest {
    std::string node;           // a node id (empty with a class)
    int channel = -1;           // -1: the node's mean over all its channels
    int classIndex = -1;        // >= 0: a class instead of a node
    // For a class: maximise its log-probability (the logit minus the log-sum-exp of all logits;
    // the default) or its raw logit. The raw logit also raises the logits of classes that share
    // its features: on the bundled model a T-shirt's picture came out a pullover (95 %).
    bool classLogit = false;
    int steps = 512;
    int size = 0;               // square picture side; 0: the network's input size
    uint64_t seed = 0;
    double learningRate = 0.05;
    bool transforms = true;     // pad, jitter, scale, rotate, jitter
    Parameterisation parameterisation = Parameterisation::Fourier;
    int images = 1;             // > 1 with diversity: a batch pushed apart
    double diversity = 0.0;     // weight of the diversity term (Lucid's: -cosine similarity of Gram matrices)
    double stopAt = 0.0;        // > 0: stop once the target's value reaches it (measurements)
    engine::DeviceChoice device = engine::DeviceChoice::Cpu;
    int threads = 0;
};

struct VisualizeResult {
    torch::Tensor pixels;        // [N, H, W, 3] in [0, 1] (grey models: the grey repeated)
    torch::Tensor input;         // [N, C, H, W] as the network sees it (normalised)
    std::vector<std::string> taps;  // the values the target is read from
    double before = 0;           // the target's value on the starting picture (no transforms)
    double after = 0;            // and on the final one
    int steps = 0;               // steps taken
    bool cancelled = false;
    double seconds = 0;
};

// Called after each step (step from 1): return false to cancel. `pixels` is the current picture
// (the caller shows it every few steps: a preview that sharpens).
using VisualizeProgress = std::function<bool(int step, int total, const torch::Tensor& pixels)>;

// Throws inception::Error: UnknownNode; BadArgument (a channel out of range, a node after
// global pooling without a class, steps < 1, a size the network does not take).
VisualizeResult visualize(const std::shared_ptr<const engine::Model>& model, const VisualizeRequest& request,
                          const VisualizeProgress& progress = {});

// The target of a request on a batch of inputs already in the network's space: [N] (the value
// `visualize` maximises, without transforms). For "the mean over natural images" measurements.
torch::Tensor targetValue(const std::shared_ptr<const engine::Model>& model, const VisualizeRequest& request,
                          const torch::Tensor& input);

// The share of a picture's spectral energy above half the Nyquist frequency (high-frequency
// noise); pixels [N, H, W, 3] or [H, W, 3].
double highFrequencyShare(const torch::Tensor& pixels);

}  // namespace inception::explain

namespace inception::explain {

// DeepDream: the picture itself changed, octave by octave (small to full size, the details
// carried up), by normalised gradient ascent on the node's mean activation, with a random
// shift at each step.
struct DreamRequest {
    std::string node;
    int octaves = 4;
    double octaveScale = 1.4;
    int steps = 20;            // per octave
    double strength = 0.05;    // step size (network input units), times the gradient over its mean magnitude
    uint64_t seed = 0;
    int threads = 0;
};

struct DreamResult {
    torch::Tensor input;                 // [1, C, H, W] the dreamt picture in the network's space
    torch::Tensor pixels;                // [H, W, 3] in [0, 1]
    std::vector<double> before, after;   // the node's mean activation at each octave's start and end
    std::vector<int64_t> sizes;          // each octave's side
    bool cancelled = false;
};

// input: 1 x C x H x W, preprocessed. progress(step, total) may cancel between steps. Throws
// inception::Error: UnknownNode; BadArgument for a node without a spatial output, or octaves
// that shrink the picture below what the network takes.
DreamResult dream(const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input, const DreamRequest& request,
                  const std::function<bool(int, int)>& progress = {});

// The mean over pairs of the distance between the pictures' Gram matrices at a node (1 - cosine
// similarity): how different several visualisations are. pixels [N, H, W, 3].
double pairwiseFeatureDistance(const std::shared_ptr<const engine::Model>& model, const std::string& node,
                               const torch::Tensor& input);

}  // namespace inception::explain
