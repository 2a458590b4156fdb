// Training data files: IDX images and labels (gzipped or not) and a CIFAR-10 batch, each reader
// given every input.
#include <torch/types.h>

#include "data/datasets.h"
#include "fuzz_contract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string path = fuzz::scratchFile("data.bin", data, size);
    fuzz::checkContract("idx images", size, [&] { inception::data::readIdxImages(path); });
    fuzz::checkContract("idx labels", size, [&] { inception::data::readIdxLabels(path); });
    fuzz::checkContract("cifar", size, [&] { inception::data::readCifarBatch(path); });
    return 0;
}
