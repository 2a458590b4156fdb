// The safetensors reader on arbitrary bytes (its header is JSON behind a 64-bit length).
#include "fuzz_contract.h"
#include "weights/safetensors.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string path = fuzz::scratchFile("weights.safetensors", data, size);
    fuzz::checkContract("safetensors", size, [&] { inception::weights::readSafetensors(path); });
    return 0;
}
