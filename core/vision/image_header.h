#pragma once
// Image dimensions read from a file's header, before anything is decoded.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace inception::vision {

struct ImageHeader {
    std::string format;  // "png", "jpeg", "bmp", "webp", "gif", "tiff", "pnm"
    int64_t width = 0;
    int64_t height = 0;
    // The largest buffer the decoder allocates apart from the image, in pixels, where the header
    // says (a TIFF's strip or tile); 0 when none.
    int64_t bufferPixels = 0;
};

// nullopt when the bytes are no format we know; a header that is cut short or
// malformed gives width = height = 0.
std::optional<ImageHeader> readImageHeader(const std::vector<uint8_t>& bytes);

}  // namespace inception::vision
