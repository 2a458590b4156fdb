#pragma once
// A training data set named as the command line and the Training dock name it:
// "fashion-mnist" (Debian's dataset-fashion-mnist), "fashion-mnist:DIR", "cifar10:DIR" or
// "folder:DIR" (class sub-folders of images; 20 % of each class held out as "test").
#include <string>

#include "data/datasets.h"

namespace inception::data {

// split: "train" or "test". Throws inception::Error (BadArgument for a name it does not know).
Dataset datasetFromSpec(const std::string& spec, const std::string& split);

}  // namespace inception::data
