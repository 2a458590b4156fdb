#include "data/image_folder.h"

#include <torch/torch.h>

#include <algorithm>
#include <filesystem>
#include <random>

#include <opencv2/imgproc.hpp>

#include "common/error.h"
#include "vision/decode.h"

namespace inception::data {

namespace fs = std::filesystem;

namespace {

bool looksLikeImage(const fs::path& p)
{
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    for (const char* e : {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp", ".ppm", ".pgm", ".pbm"})
        if (ext == e)
            return true;
    return false;
}

torch::Tensor toSquare(const cv::Mat& rgb, int size, int channels)
{
    cv::Mat img = rgb;
    if (channels == 1)
        cv::cvtColor(rgb, img, cv::COLOR_RGB2GRAY);
    const double scale = double(size) / double(std::min(img.rows, img.cols));
    cv::Mat resized;
    cv::resize(img, resized, cv::Size(std::max(size, int(std::lround(img.cols * scale))),
                                      std::max(size, int(std::lround(img.rows * scale)))),
               0, 0, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    const cv::Mat crop = resized(cv::Rect((resized.cols - size) / 2, (resized.rows - size) / 2, size, size)).clone();
    return torch::from_blob(crop.data, {size, size, channels}, torch::kUInt8).permute({2, 0, 1}).clone();
}

}  // namespace

Dataset imageFolder(const std::string& dir, const std::string& split, const ImageFolderOptions& o)
{
    if (split != "train" && split != "val" && split != "test")
        throw Error(ErrorCode::BadArgument, "an image folder's split is train or val, not " + split);
    if (o.validation < 0 || o.validation >= 1)
        throw Error(ErrorCode::BadArgument, "the validation fraction is from 0 to below 1");
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw Error(ErrorCode::FileNotFound, "no image folder " + dir);
    std::vector<fs::path> classDirs;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.is_directory())
            classDirs.push_back(entry.path());
    std::sort(classDirs.begin(), classDirs.end());
    if (classDirs.empty())
        throw Error(ErrorCode::BadArgument, dir + " has no class folders (one sub-folder of images per class)");
    Dataset d;
    std::vector<torch::Tensor> images;
    std::vector<int64_t> labels;
    for (size_t c = 0; c < classDirs.size(); ++c) {
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(classDirs[c], ec))
            if (entry.is_regular_file() && looksLikeImage(entry.path()))
                files.push_back(entry.path());
        if (files.empty())
            throw Error(ErrorCode::BadArgument, "class folder " + classDirs[c].string() + " has no images");
        std::sort(files.begin(), files.end());
        std::mt19937_64 rng(o.seed * 7919ULL + c);
        std::shuffle(files.begin(), files.end(), rng);
        const auto held = size_t(std::lround(o.validation * double(files.size())));
        const bool wantVal = split != "train";
        for (size_t i = 0; i < files.size(); ++i) {
            if ((i < held) != wantVal)
                continue;
            cv::Mat rgb;
            try {
                rgb = vision::decodeImageFile(files[i].string());
            } catch (const Error& e) {
                throw Error(e.code(), "in the dataset " + dir + ": " + e.what());
            }
            images.push_back(toSquare(rgb, o.size, o.channels));
            labels.push_back(int64_t(c));
        }
        d.classes.push_back(classDirs[c].filename().string());
    }
    if (images.empty())
        throw Error(ErrorCode::BadArgument, dir + " has no " + split + " images (validation fraction " +
                                                std::to_string(o.validation) + ")");
    d.images = torch::stack(images);
    d.labels = torch::tensor(labels, torch::kInt64);
    return d;
}

}  // namespace inception::data
