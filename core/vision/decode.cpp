#include "vision/decode.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <limits>
#include <mutex>
#include <sstream>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/core/utils/logger.hpp>

#include <filesystem>
#include <fstream>

#include "common/error.h"
#include "common/format.h"
#include "vision/image_header.h"

namespace inception::vision {

namespace {

// libjpeg fills a truncated file with grey and only warns: refuse a JPEG without its end marker.
bool jpegHasEnd(const std::vector<uint8_t>& b)
{
    for (size_t i = b.size(); i-- > 1;)
        if (b[i - 1] == 0xFF && b[i] == 0xD9)
            return true;
    return false;
}

}  // namespace

cv::Mat bgrToRgb(const cv::Mat& bgr)
{
    cv::Mat rgb;
    switch (bgr.channels()) {
    case 1: cv::cvtColor(bgr, rgb, cv::COLOR_GRAY2RGB); break;
    case 3: cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB); break;
    case 4: cv::cvtColor(bgr, rgb, cv::COLOR_BGRA2RGB); break;
    default: throw Error(ErrorCode::UnsupportedFormat, "images with " + std::to_string(bgr.channels()) + " channels are not supported");
    }
    return rgb;
}

namespace {

// OpenCV 4.6's imdecode writes a decoder's failure to std::cerr itself ("imdecode_(''): can't read
// data: ...") before it returns an empty image, and its decoders log warnings. Both would add
// lines beside the one clear message a user gets; the failure's reason goes into that message.
// Decoding holds a lock while std::cerr is redirected, so two decodes never swap it at once.
std::mutex& cerrLock()
{
    static std::mutex m;
    return m;
}

void quietOpenCv()
{
    static const bool once = [] {
        if (!std::getenv("OPENCV_LOG_LEVEL"))  // a user who asks for OpenCV's log gets it
            cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);
        return true;
    }();
    (void)once;
}

// "… error: (-2:Unspecified error) Unexpected end of input stream in function 'readBlock'"
// -> "Unexpected end of input stream".
std::string decoderReason(const std::string& said)
{
    std::string r = said;
    const auto error = r.find("error: (");
    if (error != std::string::npos) {
        const auto close = r.find(") ", error);
        r = close == std::string::npos ? r.substr(error) : r.substr(close + 2);
    }
    const auto fn = r.find(" in function");
    if (fn != std::string::npos)
        r = r.substr(0, fn);
    while (!r.empty() && (r.back() == '\n' || r.back() == ' '))
        r.pop_back();
    return r.substr(0, 200);
}

// Images larger than this decoded, from a file this many times smaller, are refused as
// decompression bombs: a photograph compresses 5-20 times, and even a flat screenshot far less
// than 64 times by the time it is this large.
constexpr int64_t kBombFloorBytes = int64_t(8) << 20;
constexpr int64_t kMaxExpansion = 64;

}  // namespace

cv::Mat decodeImageBytes(const std::vector<uint8_t>& bytes, const std::string& what, int64_t maxPixels)
{
    if (bytes.empty())
        throw Error(ErrorCode::CorruptFile, what + ": the file is empty");
    const auto header = readImageHeader(bytes);
    // Only formats whose size is read first are decoded: OpenCV decodes more (EXR, HDR, PAM,
    // Sun raster, ...) and would allocate whatever their headers claim.
    if (!header)
        throw Error(ErrorCode::UnsupportedFormat,
                    what + ": not an image (JPEG, PNG, BMP, WebP, TIFF or PNM expected)");
    {
        if (header->width <= 0 || header->height <= 0)
            throw Error(ErrorCode::CorruptFile, what + ": the " + header->format + " header is damaged or cut short");
        int64_t pixels = 0;  // a header may claim sizes whose product overflows
        if (__builtin_mul_overflow(header->width, header->height, &pixels))
            pixels = std::numeric_limits<int64_t>::max();
        if (pixels > maxPixels)
            throw Error(ErrorCode::ShapeMismatch,
                        what + ": the image is " + std::to_string(header->width) + " x " + std::to_string(header->height) +
                            " = " + groupDigits(pixels) + " pixels, above the limit of " + groupDigits(maxPixels) +
                            " pixels; scale it down first");
        if (header->bufferPixels > std::max<int64_t>(pixels, int64_t(1) << 20))
            throw Error(ErrorCode::CorruptFile,
                        what + ": the " + header->format + " header's strips or tiles (" +
                            groupDigits(header->bufferPixels) + " pixels) are larger than the image itself");
        const int64_t decodedBytes = pixels * 3;
        if (decodedBytes > kBombFloorBytes && decodedBytes / kMaxExpansion > int64_t(bytes.size()))
            throw Error(ErrorCode::CorruptFile,
                        what + ": the " + header->format + " header claims " + std::to_string(header->width) + " x " +
                            std::to_string(header->height) + " pixels from a file of only " +
                            groupDigits(int64_t(bytes.size())) + " bytes; refused as a decompression bomb");
        if (header->format == "jpeg" && !jpegHasEnd(bytes))
            throw Error(ErrorCode::CorruptFile, what + ": the JPEG file is truncated (no end-of-image marker)");
    }
    // OpenCV tries its decoders in turn and takes the first whose signature matches; one that our
    // header check accepts can still fail its own decoder's check (a damaged WebP) and fall
    // through to decoders that look further in: GDCM's DICOM ("DICM" at byte 128; it aborts the
    // process on a damaged file) and GDAL's ("DTED" at byte 140). Such files are refused.
    auto at = [&](size_t offset, const char* magic) {
        return bytes.size() >= offset + 4 && std::memcmp(bytes.data() + offset, magic, 4) == 0;
    };
    if (at(128, "DICM") || at(140, "DTED"))
        throw Error(ErrorCode::UnsupportedFormat,
                    what + ": the " + header->format + " file also carries a DICOM or DTED signature; refused");
    quietOpenCv();
    cv::Mat decoded;
    std::ostringstream said;
    {
        std::lock_guard<std::mutex> lock(cerrLock());
        std::streambuf* before = std::cerr.rdbuf(said.rdbuf());
        try {
            // IMREAD_COLOR: 8-bit, 3 channels, grey expanded, alpha dropped, EXIF orientation applied.
            decoded = cv::imdecode(cv::Mat(1, int(bytes.size()), CV_8UC1, const_cast<uint8_t*>(bytes.data())),
                                   cv::IMREAD_COLOR);
        } catch (const cv::Exception& e) {
            std::cerr.rdbuf(before);
            throw Error(ErrorCode::CorruptFile, what + ": the image cannot be decoded (" + decoderReason(e.msg) + ")");
        } catch (...) {
            std::cerr.rdbuf(before);
            throw;
        }
        std::cerr.rdbuf(before);
    }
    if (decoded.empty()) {
        const std::string reason = decoderReason(said.str());
        throw Error(ErrorCode::CorruptFile, what + ": the " + header->format + " image is damaged and cannot be decoded" +
                                                (reason.empty() ? std::string() : " (" + reason + ")"));
    }
    if (int64_t(decoded.total()) > maxPixels)  // formats without a header we read
        throw Error(ErrorCode::BadArgument, what + ": the image has more than " + groupDigits(maxPixels) + " pixels");
    return bgrToRgb(decoded);
}

cv::Mat decodeImageFile(const std::string& path, int64_t maxPixels)
{
    return aboutFile(path, [&]() -> cv::Mat {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec))
            throw Error(ErrorCode::FileNotFound, path + ": no such file");
        if (std::filesystem::is_directory(path, ec))
            throw Error(ErrorCode::FileUnreadable, path + ": is a folder, not an image");
        const auto size = std::filesystem::file_size(path, ec);
        if (ec)
            throw Error(ErrorCode::FileUnreadable, path + ": cannot read the file (" + ec.message() + ")");
        if (int64_t(size) > kMaxImageFileBytes)
            throw Error(ErrorCode::BadArgument, path + ": the file is larger than " + groupDigits(kMaxImageFileBytes) + " bytes");
        std::ifstream in(path, std::ios::binary);
        if (!in)
            throw Error(ErrorCode::FileUnreadable, path + ": cannot open the file for reading");
        std::vector<uint8_t> bytes(size);
        in.read(reinterpret_cast<char*>(bytes.data()), std::streamsize(size));
        return decodeImageBytes(bytes, path, maxPixels);
    });
}

}  // namespace inception::vision

namespace inception::vision {

void writeImageFile(const std::string& path, const cv::Mat& rgb)
{
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    bool ok = false;
    try {
        ok = cv::imwrite(path, bgr);
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::FileUnreadable, path + ": cannot write the image (" + e.msg + ")");
    }
    if (!ok)
        throw Error(ErrorCode::FileUnreadable, path + ": cannot write the image (unknown extension, or no space?)");
}

}  // namespace inception::vision
