#pragma once
// A restricted unpickler for PyTorch checkpoints. It rebuilds dicts, OrderedDicts,
// tuples, lists, numbers, strings and tensors, and refuses every other global: it
// never runs code from a file.
#include <torch/types.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace inception::weights {

struct PyValue;
using PyRef = std::shared_ptr<PyValue>;

struct PyValue {
    enum class Type { None, Bool, Int, Float, String, Bytes, Tuple, List, Dict, Global, Tensor, Storage };
    Type type = Type::None;
    bool b = false;
    int64_t i = 0;
    double f = 0.0;
    std::string str;                             // String, Bytes; Global: "module.name"
    std::vector<PyRef> items;                    // Tuple, List
    std::vector<std::pair<PyRef, PyRef>> dict;   // Dict (insertion order)
    torch::Tensor tensor;                        // Tensor, Storage (a flat tensor of the storage's dtype)

    static PyRef make(Type t)
    {
        auto v = std::make_shared<PyValue>();
        v->type = t;
        return v;
    }
};

// Resolves a persistent id (the tuple of a BINPERSID) into a Storage value.
using PersistentLoader = std::function<PyRef(const PyRef& pid)>;

// Unpickles one pickle from `data` (up to its STOP); `consumed` receives its length.
// `what` names the source in error messages. Integers wider than 64 bits keep their raw
// little-endian bytes in `str`.
// Throws inception::Error: CorruptFile (truncated or malformed), ForbiddenGlobal.
PyRef unpickle(const uint8_t* data, size_t size, const PersistentLoader& loader, const std::string& what,
               size_t* consumed = nullptr);

// Globals a state_dict checkpoint may name (the allow-list); every other global is refused.
bool isAllowedGlobal(const std::string& global);

// The dtype a storage class such as torch.FloatStorage holds; throws ForbiddenGlobal otherwise.
torch::ScalarType storageDtype(const std::string& global, const std::string& what);

}  // namespace inception::weights
