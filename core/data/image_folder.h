#pragma once
// An image folder as a dataset: one sub-folder per class (named after it), any image format
// OpenCV reads. Every image goes through vision::loadInput with the preset of a network trained
// on it (models::trainedPreset: shorter side resized to `size`, centre crop, grey or colour,
// normalised), so training and evaluation see exactly the pixels `classify` feeds the network;
// the images come out float32, already the network's input. The train / validation split is
// drawn per class with a fixed seed, so it is the same on every run and every machine.
#include <string>

#include "data/datasets.h"

namespace inception::data {

struct ImageFolderOptions {
    int size = 32;
    int channels = 3;            // 1: grey
    double validation = 0.2;     // fraction of each class held out
    uint64_t seed = 0;
};

// split: "train", "val" (or "test": the same held-out images). Throws inception::Error naming the
// folder that has no class folders, the class folder with no images, or the image that does not
// decode.
Dataset imageFolder(const std::string& dir, const std::string& split, const ImageFolderOptions& options = {});

}  // namespace inception::data
