#include "vision/image_header.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>

namespace inception::vision {

namespace {

uint32_t be32(const uint8_t* p) { return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3]; }
uint16_t be16(const uint8_t* p) { return uint16_t(p[0] << 8 | p[1]); }
uint32_t le32(const uint8_t* p) { return uint32_t(p[3]) << 24 | uint32_t(p[2]) << 16 | uint32_t(p[1]) << 8 | p[0]; }
uint16_t le16(const uint8_t* p) { return uint16_t(p[1] << 8 | p[0]); }

bool startsWith(const std::vector<uint8_t>& b, const char* magic, size_t n, size_t at = 0)
{
    return b.size() >= at + n && std::memcmp(b.data() + at, magic, n) == 0;
}

ImageHeader jpeg(const std::vector<uint8_t>& b)
{
    ImageHeader h{"jpeg", 0, 0};
    size_t i = 2;
    while (i + 4 <= b.size()) {
        if (b[i] != 0xFF) {
            ++i;
            continue;
        }
        const uint8_t marker = b[i + 1];
        if (marker == 0xFF || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
            i += 2;  // padding and markers without a length
            continue;
        }
        const uint16_t len = be16(&b[i + 2]);
        const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
            if (i + 9 > b.size())
                return h;
            h.height = be16(&b[i + 5]);
            h.width = be16(&b[i + 7]);
            return h;
        }
        if (len < 2)
            return h;
        i += 2 + len;
    }
    return h;
}

ImageHeader tiff(const std::vector<uint8_t>& b)
{
    ImageHeader h{"tiff", 0, 0};
    const bool little = b[0] == 'I';
    auto u16 = [&](size_t at) { return little ? le16(&b[at]) : be16(&b[at]); };
    auto u32 = [&](size_t at) { return little ? le32(&b[at]) : be32(&b[at]); };
    const size_t ifd = u32(4);
    if (ifd + 2 > b.size())
        return h;
    const uint16_t count = u16(ifd);
    int64_t rowsPerStrip = 0, tileWidth = 0, tileLength = 0;
    int seen = 0;
    for (uint16_t k = 0; k < count; ++k) {
        const size_t e = ifd + 2 + size_t(k) * 12;
        if (e + 12 > b.size())
            break;
        const uint16_t tag = u16(e), type = u16(e + 2);
        const uint32_t value = type == 3 ? u16(e + 8) : u32(e + 8);
        // The size tags must be SHORT or LONG and appear once: libtiff keeps the first of two and
        // reads other types its own way, so a header that disagrees with itself is damaged.
        if (tag == 256 || tag == 257 || tag == 278 || tag == 322 || tag == 323) {
            const int bit = tag == 256 ? 0 : tag == 257 ? 1 : tag == 278 ? 2 : tag == 322 ? 3 : 4;
            if ((type != 3 && type != 4) || (seen & (1 << bit)))
                return ImageHeader{"tiff", 0, 0};
            seen |= 1 << bit;
        }
        if (tag == 256)
            h.width = value;
        else if (tag == 257)
            h.height = value;
        else if (tag == 278)  // RowsPerStrip
            rowsPerStrip = value;
        else if (tag == 322)  // TileWidth
            tileWidth = value;
        else if (tag == 323)  // TileLength
            tileLength = value;
    }
    // OpenCV's TIFF reader allocates one strip (width x RowsPerStrip) or one tile at a time, as the
    // header says; 2^32 - 1 means "one strip".
    // Both factors are below 2^32, so the product fits in 64 bits unsigned; saturate into int64.
    auto times = [](int64_t a, int64_t b) {
        const uint64_t p = uint64_t(a) * uint64_t(b);
        return p > uint64_t(INT64_MAX) ? INT64_MAX : int64_t(p);
    };
    if (tileWidth > 0 && tileLength > 0)
        h.bufferPixels = times(tileWidth, tileLength);
    else if (rowsPerStrip > 0 && rowsPerStrip != 0xFFFFFFFF)
        h.bufferPixels = times(h.width, rowsPerStrip);
    return h;
}

// Netpbm (P1-P6): the magic, then width and height in decimal text, with # comments and white
// space between. A number too long to be a size saturates (the pixel limit then refuses it).
ImageHeader pnm(const std::vector<uint8_t>& b)
{
    ImageHeader h{"pnm", 0, 0};
    size_t i = 2;
    int64_t dims[2] = {0, 0};
    for (int64_t& d : dims) {
        while (i < b.size() && (std::isspace(b[i]) || b[i] == '#')) {
            if (b[i] == '#') {
                while (i < b.size() && b[i] != '\n' && b[i] != '\r')
                    ++i;
            } else {
                ++i;
            }
        }
        if (i >= b.size() || !std::isdigit(b[i]))
            return h;
        for (; i < b.size() && std::isdigit(b[i]); ++i)
            d = std::min<int64_t>(d * 10 + (b[i] - '0'), int64_t(1) << 31);
    }
    h.width = dims[0];
    h.height = dims[1];
    return h;
}

}  // namespace

std::optional<ImageHeader> readImageHeader(const std::vector<uint8_t>& b)
{
    if (startsWith(b, "\x89PNG\r\n\x1a\n", 8)) {
        if (b.size() < 24)
            return ImageHeader{"png", 0, 0};
        return ImageHeader{"png", be32(&b[16]), be32(&b[20])};
    }
    if (b.size() >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF)
        return jpeg(b);
    if (startsWith(b, "BM", 2)) {
        if (b.size() < 26)
            return ImageHeader{"bmp", 0, 0};
        const int32_t w = int32_t(le32(&b[18])), hgt = int32_t(le32(&b[22]));
        return ImageHeader{"bmp", w < 0 ? -int64_t(w) : w, hgt < 0 ? -int64_t(hgt) : hgt};
    }
    if (startsWith(b, "GIF8", 4)) {
        if (b.size() < 10)
            return ImageHeader{"gif", 0, 0};
        return ImageHeader{"gif", le16(&b[6]), le16(&b[8])};
    }
    if (startsWith(b, "RIFF", 4) && startsWith(b, "WEBP", 4, 8)) {
        ImageHeader h{"webp", 0, 0};
        if (b.size() < 30)
            return h;
        if (startsWith(b, "VP8 ", 4, 12)) {
            h.width = le16(&b[26]) & 0x3FFF;
            h.height = le16(&b[28]) & 0x3FFF;
        } else if (startsWith(b, "VP8L", 4, 12)) {
            const uint32_t bits = le32(&b[21]);
            h.width = (bits & 0x3FFF) + 1;
            h.height = ((bits >> 14) & 0x3FFF) + 1;
        } else if (startsWith(b, "VP8X", 4, 12)) {
            h.width = 1 + (b[24] | b[25] << 8 | b[26] << 16);
            h.height = 1 + (b[27] | b[28] << 8 | b[29] << 16);
        }
        return h;
    }
    if (startsWith(b, "II*\0", 4) || startsWith(b, "MM\0*", 4)) {
        if (b.size() < 8)
            return ImageHeader{"tiff", 0, 0};
        return tiff(b);
    }
    if (b.size() >= 2 && b[0] == 'P' && b[1] >= '1' && b[1] <= '6')
        return pnm(b);
    return std::nullopt;
}

}  // namespace inception::vision
