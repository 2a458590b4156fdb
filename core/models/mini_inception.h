#pragma once
// Small Inception-v1-style networks that train on 28x28 or 32x32 images on a CPU: the
// teaching pairs (with and without batch norm; 5x5 branches or two stacked 3x3) share
// everything else, so a comparison between them is fair.
#include <string>

#include "arch/archnode.h"

namespace inception::models {

struct MiniOptions {
    int channels = 1;      // 1: grey (Fashion-MNIST), 3: colour (CIFAR-10)
    int size = 28;         // input height and width (28 or 32)
    int classes = 10;
    double width = 1.0;    // multiplies every filter count
    bool batchNorm = true;
    bool factorized = true;  // the "5x5" branch as two stacked 3x3 (false: one 5x5)
    double dropout = 0.2;
};

// "mini_inception" (BN, 3x3+3x3), "mini_inception_nobn", "mini_inception_5x5".
MiniOptions miniOptionsFor(const std::string& name);
arch::NetworkDesc describeMiniInception(const MiniOptions& options);

}  // namespace inception::models
