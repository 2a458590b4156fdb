#pragma once
#include <cstdint>
#include <string>

namespace inception {

// 6624904 -> "6,624,904" (for messages and the CLI; the app formats through QLocale).
std::string groupDigits(int64_t n);

}  // namespace inception
