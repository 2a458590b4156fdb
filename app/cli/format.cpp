#include <cstdio>

#include "commands.h"

namespace inception::cli {

std::string fixed(double v, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string shapeString(const std::vector<int64_t>& shape)
{
    std::string out;
    for (size_t i = 0; i < shape.size(); ++i)
        out += (i ? "x" : "") + std::to_string(shape[i]);
    return out;
}

}  // namespace inception::cli
