#pragma once
// Each network as an ArchNode tree whose leaves name the reference state_dict's modules.
#include "arch/archnode.h"
#include "models/options.h"

namespace inception::models {

arch::NetworkDesc describeGoogLeNet(const ModelOptions& options);
arch::NetworkDesc describeBNInception(const ModelOptions& options);
arch::NetworkDesc describeInceptionV3(const ModelOptions& options);
arch::NetworkDesc describeInceptionV4(const ModelOptions& options);
arch::NetworkDesc describeInceptionResNetV2(const ModelOptions& options);

}  // namespace inception::models
