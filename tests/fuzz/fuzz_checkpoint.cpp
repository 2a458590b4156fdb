// A weight file of any format (zip checkpoint, legacy checkpoint, safetensors: told apart by their
// bytes, as the application does) read through readCheckpoint.
#include "fuzz_contract.h"
#include "weights/checkpoint.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string path = fuzz::scratchFile("weights.pt", data, size);
    fuzz::checkContract("checkpoint", size, [&] {
        inception::weights::detectFormat(path);
        inception::weights::readCheckpoint(path);
    });
    return 0;
}
