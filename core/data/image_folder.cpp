#include "data/image_folder.h"

#include <torch/torch.h>

#include <algorithm>
#include <filesystem>
#include <random>

#include "common/error.h"
#include "models/registry.h"
#include "vision/image_files.h"
#include "vision/load_input.h"

namespace inception::data {

namespace fs = std::filesystem;

namespace {


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
    // The pixels `classify` feeds a network trained on this folder: its preset, through the one
    // decode-and-preprocess path.
    const auto preset = models::trainedPreset({o.channels, o.size, o.size}, "folder");
    std::vector<torch::Tensor> images;
    std::vector<int64_t> labels;
    for (size_t c = 0; c < classDirs.size(); ++c) {
        std::vector<fs::path> files = vision::imageFilesIn(classDirs[c].string());
        if (files.empty())
            throw Error(ErrorCode::BadArgument, "class folder " + classDirs[c].string() + " has no images");
        std::mt19937_64 rng(o.seed * 7919ULL + c);
        std::shuffle(files.begin(), files.end(), rng);
        const auto held = size_t(std::lround(o.validation * double(files.size())));
        const bool wantVal = split != "train";
        for (size_t i = 0; i < files.size(); ++i) {
            if ((i < held) != wantVal)
                continue;
            try {
                images.push_back(vision::loadInput(files[i].string(), preset)[0]);
            } catch (const Error& e) {
                throw Error(e.code(), "in the dataset " + dir + ": " + e.what());
            }
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
