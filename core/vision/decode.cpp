#include "vision/decode.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

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

cv::Mat decodeImageBytes(const std::vector<uint8_t>& bytes, const std::string& what, int64_t maxPixels)
{
    if (bytes.empty())
        throw Error(ErrorCode::CorruptFile, what + ": the file is empty");
    const auto header = readImageHeader(bytes);
    if (header) {
        if (header->width <= 0 || header->height <= 0)
            throw Error(ErrorCode::CorruptFile, what + ": the " + header->format + " header is damaged or cut short");
        const int64_t pixels = header->width * header->height;
        if (pixels > maxPixels)
            throw Error(ErrorCode::BadArgument,
                        what + ": the image is " + std::to_string(header->width) + " x " + std::to_string(header->height) +
                            " = " + groupDigits(pixels) + " pixels, above the limit of " + groupDigits(maxPixels) +
                            " pixels; scale it down first");
        if (header->format == "jpeg" && !jpegHasEnd(bytes))
            throw Error(ErrorCode::CorruptFile, what + ": the JPEG file is truncated (no end-of-image marker)");
    }
    cv::Mat decoded;
    try {
        // IMREAD_COLOR: 8-bit, 3 channels, grey expanded, alpha dropped, EXIF orientation applied.
        decoded = cv::imdecode(cv::Mat(1, int(bytes.size()), CV_8UC1, const_cast<uint8_t*>(bytes.data())),
                               cv::IMREAD_COLOR);
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::CorruptFile, what + ": the image cannot be decoded (" + e.msg + ")");
    }
    if (decoded.empty()) {
        if (!header)
            throw Error(ErrorCode::UnsupportedFormat,
                        what + ": not an image (JPEG, PNG, BMP, WebP or TIFF expected)");
        throw Error(ErrorCode::CorruptFile, what + ": the " + header->format + " image is damaged and cannot be decoded");
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
