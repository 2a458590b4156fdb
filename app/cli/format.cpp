#include <cstdio>

#include "commands.h"

namespace inception::cli {

std::string fixed(double v, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

}  // namespace inception::cli
