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
    if (!ec) {
        const fs::path prefix = exe.parent_path().parent_path();
        roots.push_back(prefix / "share" / "inception-explorer");
        // A program in its build tree (build/bin) reads the source tree's resources; an
        // installed one never does.
        if (fs::exists(prefix / "CMakeCache.txt", ec))
            roots.emplace_back(INCEPTION_SOURCE_RESOURCES);
    }
    for (const auto& root : roots)
        if (fs::exists(root / name, ec))
            return (root / name).string();
    throw Error(ErrorCode::FileNotFound, "resource '" + name + "' not found (set INCEPTION_RESOURCES to the resources folder)");
}

}  // namespace inception
