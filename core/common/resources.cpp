#include "common/resources.h"

#include <cstdlib>
#include <filesystem>
#include <vector>

#include "common/error.h"

namespace inception {

namespace fs = std::filesystem;

std::string resourcePath(const std::string& name)
{
    std::vector<fs::path> roots;
    if (const char* env = std::getenv("INCEPTION_RESOURCES"))
        roots.emplace_back(env);
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec)
        roots.push_back(exe.parent_path().parent_path() / "share" / "inception-explorer");
    roots.emplace_back(INCEPTION_SOURCE_RESOURCES);
    for (const auto& root : roots)
        if (fs::exists(root / name, ec))
            return (root / name).string();
    throw Error(ErrorCode::FileNotFound, "resource '" + name + "' not found (set INCEPTION_RESOURCES to the resources folder)");
}

}  // namespace inception
