// The unpickler's allow-list: the globals a state_dict checkpoint may name (unpickler.h), and
// the element type of each storage class. Every other global is refused: nothing in a file runs.
#include <torch/torch.h>

#include <map>
#include <set>

#include "common/error.h"
#include "weights/unpickler.h"

namespace inception::weights {

namespace {

const std::map<std::string, torch::ScalarType>& storageTypes()
{
    static const std::map<std::string, torch::ScalarType> types{
        {"torch.FloatStorage", torch::kFloat32},   {"torch.DoubleStorage", torch::kFloat64},
        {"torch.HalfStorage", torch::kFloat16},    {"torch.BFloat16Storage", torch::kBFloat16},
        {"torch.LongStorage", torch::kInt64},      {"torch.IntStorage", torch::kInt32},
        {"torch.ShortStorage", torch::kInt16},     {"torch.CharStorage", torch::kInt8},
        {"torch.ByteStorage", torch::kUInt8},      {"torch.BoolStorage", torch::kBool},
    };
    return types;
}

}  // namespace

bool isAllowedGlobal(const std::string& g)
{
    static const std::set<std::string> allowed{
        "collections.OrderedDict",
        "torch._utils._rebuild_tensor_v2",
        "torch._utils._rebuild_tensor",
        "torch._utils._rebuild_parameter",
        "builtins.set",
    };
    return allowed.count(g) > 0 || storageTypes().count(g) > 0;
}

torch::ScalarType storageDtype(const std::string& global, const std::string& what)
{
    auto it = storageTypes().find(global);
    if (it == storageTypes().end())
        throw Error(ErrorCode::ForbiddenGlobal, what + ": unknown storage type '" + global + "'");
    return it->second;
}

}  // namespace inception::weights
