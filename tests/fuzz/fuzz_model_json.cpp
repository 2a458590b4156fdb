// The JSON beside a model file (variant, width, input, classes), as the bundled model and the
// trainer write it.
#include "fuzz_contract.h"
#include "weights/model_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::scratchFile("model.json", data, size);
    const std::string weights = fuzz::scratchFile("model.safetensors", nullptr, 0);
    fuzz::checkContract("model_json", size, [&] { inception::weights::readModelInfo(weights); });
    return 0;
}
