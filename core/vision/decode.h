#pragma once
// Image files to RGB pixels, with OpenCV.
#include <opencv2/core.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace inception::vision {

// The largest image accepted: 100 megapixels (e.g. 10,000 x 10,000). Checked against the
// file's header before any pixel is decoded, so a hostile header cannot exhaust memory.
constexpr int64_t kMaxImagePixels = 100'000'000;
// The largest file read at all.
constexpr int64_t kMaxImageFileBytes = 512ll << 20;

// Decodes JPEG, PNG, BMP, WebP, TIFF (and what else OpenCV reads) into an 8-bit RGB image:
// EXIF orientation applied, grey expanded to RGB, alpha dropped (as PIL's convert("RGB")).
// Throws inception::Error (FileNotFound, FileUnreadable, CorruptFile, UnsupportedFormat,
// BadArgument for an image above `maxPixels`), naming the file.
cv::Mat decodeImageFile(const std::string& path, int64_t maxPixels = kMaxImagePixels);
cv::Mat decodeImageBytes(const std::vector<uint8_t>& bytes, const std::string& what,
                         int64_t maxPixels = kMaxImagePixels);

// OpenCV's BGR(A) order to RGB: the one place where pixel order changes.
cv::Mat bgrToRgb(const cv::Mat& bgr);

}  // namespace inception::vision

namespace inception::vision {
// Writes an 8-bit RGB image (PNG, JPEG... by extension). Throws inception::Error on failure.
void writeImageFile(const std::string& path, const cv::Mat& rgb);
}  // namespace inception::vision
