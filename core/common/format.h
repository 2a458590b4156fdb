#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace inception {

// 6624904 -> "6,624,904" (for messages and the CLI; the app formats through QLocale).
std::string groupDigits(int64_t n);
// {1, 3, 224, 224} -> "1x3x224x224".
std::string shapeString(const std::vector<int64_t>& shape);
// A CSV field: as it is, or quoted (with doubled quotes) when it holds a comma, quote or newline.
std::string csvField(const std::string& s);

}  // namespace inception
