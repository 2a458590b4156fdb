#pragma once
// A model file written by the trainer, read the way the engine reads every weight file.
#include <string>

#include "models/network.h"
#include "weights/state_dict.h"
#include "weights/weights_file.h"

namespace inception::test {

inline void loadModel(models::InceptionNet& net, const std::string& path)
{
    weights::loadStateDict(*net, weights::readWeightsFile(path).tensors, weights::LoadMode::Strict, path);
}

}  // namespace inception::test
