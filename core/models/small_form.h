#pragma once
// Every network in a form that trains on 28x28 or 32x32 images on a CPU: the reference stem
// (which shrinks 224 or 299 pixels to 28 or 35 before the first Inception module) is replaced by
// two 3x3 convolutions that keep the image's size, so a 28x28 image reaches the first module at
// about the size the full network's first module sees; every filter count is multiplied by a
// width factor; the classifier has `classes` outputs; no auxiliary heads. The rest of the tree
// (modules, reductions, residual scales) is the reference one.
#include <string>
#include <vector>

#include "arch/archnode.h"

namespace inception::models {

struct SmallForm {
    int channels = 1;    // 1: grey (Fashion-MNIST), 3: colour
    int size = 28;
    int classes = 10;
    double width = 0.25;  // must give whole filter counts everywhere (1, 0.5, 0.25, 0.125)
    bool auxHeads = false;  // keep the auxiliary classifiers (GoogLeNet's fit any size; v3's need 17x17)
};

// The five reference variants in small form; mini_inception[_nobn|_5x5] as themselves (their
// width is SmallForm::width, their dropout `dropout` when >= 0).
// Throws inception::Error(BadArgument) naming the layer a width does not divide, or the size
// a network cannot take.
arch::NetworkDesc describeTrainable(const std::string& id, const SmallForm& form, double dropout = -1.0);

// Ids that describeTrainable accepts.
std::vector<std::string> trainableIds();

}  // namespace inception::models
