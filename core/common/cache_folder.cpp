#include "common/cache_folder.h"

#include <cstdlib>

namespace inception {

std::string userCacheFolder()
{
    if (const char* dir = std::getenv("INCEPTION_CACHE_DIR"); dir && *dir)
        return dir;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        return std::string(xdg) + "/inception-explorer";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::string(home) + "/.cache/inception-explorer";
    return {};
}

}  // namespace inception
