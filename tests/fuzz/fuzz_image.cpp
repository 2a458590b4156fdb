// A dropped file as an image: the header check, then decoding (capped at one megapixel here, so
// that a valid large picture does not count as an allocation beyond the limit).
#include "fuzz_contract.h"
#include "vision/decode.h"
#include "vision/image_header.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::vector<uint8_t> bytes(data, data + size);
    fuzz::checkContract("image", size, [&] {
        inception::vision::readImageHeader(bytes);
        inception::vision::decodeImageBytes(bytes, "fuzz input", int64_t(1) << 20);
    });
    return 0;
}
