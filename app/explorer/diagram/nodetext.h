#pragma once
// How numbers and shapes read on screen: "6.62 M", "1.50 G", "64×112×112".
#include <QString>

#include <cstdint>
#include <vector>

namespace explorer {

QString shortCount(int64_t n);                    // 6.62 M, 832 k, 12
QString shapeText(const std::vector<int64_t>& s);  // 64×112×112

}  // namespace explorer
