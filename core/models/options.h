#pragma once

namespace inception::models {

struct ModelOptions {
    int numClasses = 1000;
    bool auxLogits = false;       // build the auxiliary heads (googlenet, inception_v3)
    double dropout = -1.0;        // < 0: the reference default
    bool transformInput = false;  // torchvision's input re-normalisation (googlenet, inception_v3)
};

}  // namespace inception::models
