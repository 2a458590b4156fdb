#pragma once
// An image folder as a dataset: one sub-folder per class (named after it), any image format
// OpenCV reads. Every image is resized (shorter side, then centre crop) to size x size, grey or
// colour. The train / validation split is drawn per class with a fixed seed, so it is the same
// on every run and every machine.
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
