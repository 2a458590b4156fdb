#pragma once

namespace inception::models {

// How a node's output is replaced (knockout): zeroed, or each channel set to its spatial mean.
enum class Intervention { Zero, Mean };

}  // namespace inception::models
