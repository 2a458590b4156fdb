#include "vision/image_files.h"

#include <algorithm>
#include <cctype>

#include "common/error.h"

namespace fs = std::filesystem;

namespace inception::vision {

const std::vector<std::string>& imageExtensions()
{
    static const std::vector<std::string> extensions{".jpg", ".jpeg", ".png", ".bmp", ".webp",
                                                     ".tif", ".tiff", ".ppm", ".pgm", ".pbm"};
    return extensions;
}

bool hasImageExtension(const fs::path& path)
{
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    const auto& known = imageExtensions();
    return std::find(known.begin(), known.end(), ext) != known.end();
}

std::vector<fs::path> imageFilesIn(const std::string& dir, bool recursive)
{
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw Error(ErrorCode::FileNotFound, "no folder " + dir);
    std::vector<fs::path> files;
    auto take = [&](const fs::directory_entry& e) {
        std::error_code fileEc;
        if (e.is_regular_file(fileEc) && hasImageExtension(e.path()))
            files.push_back(e.path());
    };
    if (recursive) {
        fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
        for (; !ec && it != end; it.increment(ec))
            take(*it);
    } else {
        fs::directory_iterator it(dir, ec), end;
        for (; !ec && it != end; it.increment(ec))
            take(*it);
    }
    if (ec)
        throw Error(ErrorCode::FileUnreadable, "the folder " + dir + " cannot be read: " + ec.message());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace inception::vision
