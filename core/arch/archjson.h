#pragma once
#include <nlohmann/json.hpp>

#include "arch/archnode.h"

namespace inception::arch {

// {"id","name","kind","composition","output","params","macs","other_ops","children",
//  leaves also "op" and their hyper-parameters}
nlohmann::json toJson(const ArchNode& node);
// {"variant","input","params","macs","root", "aux": [{"after", "head"}]}
nlohmann::json toJson(const NetworkDesc& desc);

}  // namespace inception::arch
