#pragma once
#include <string>

namespace inception {

// A file shipped in resources/: $INCEPTION_RESOURCES, then <exe>/../share/inception-explorer,
// then the source tree this was built from. Throws inception::Error(FileNotFound).
std::string resourcePath(const std::string& name);

}  // namespace inception
