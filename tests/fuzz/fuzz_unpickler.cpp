// The restricted unpickler on arbitrary bytes: returns or throws inception::Error, and whatever it
// returns names no global outside the allow-list.
#include <torch/types.h>

#include <unordered_set>
#include <vector>

#include "fuzz_contract.h"
#include "weights/unpickler.h"

using inception::weights::PyRef;
using inception::weights::PyValue;

namespace {

// Walks the result (it may share values through the memo, even hold itself) without recursion.
void checkGlobals(const PyRef& root)
{
    std::vector<const PyValue*> todo{root.get()};
    std::unordered_set<const PyValue*> seen;
    while (!todo.empty()) {
        const PyValue* v = todo.back();
        todo.pop_back();
        if (!v || !seen.insert(v).second)
            continue;
        if (v->type == PyValue::Type::Global && !inception::weights::isAllowedGlobal(v->str))
            fuzz::fail("unpickler", "constructed the global '" + v->str + "', which is not allowed");
        for (const auto& item : v->items)
            todo.push_back(item.get());
        for (const auto& [k, val] : v->dict) {
            todo.push_back(k.get());
            todo.push_back(val.get());
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // A persistent id resolves to a small storage of the dtype it names, as a checkpoint's would.
    const inception::weights::PersistentLoader loader = [](const PyRef& pid) {
        auto v = PyValue::make(PyValue::Type::Storage);
        torch::ScalarType dtype = torch::kFloat32;
        if (pid->type == PyValue::Type::Tuple && pid->items.size() > 1 && pid->items[1]->type == PyValue::Type::Global)
            dtype = inception::weights::storageDtype(pid->items[1]->str, "fuzz input");
        v->tensor = torch::zeros({64}, torch::TensorOptions().dtype(dtype));
        return v;
    };
    fuzz::checkContract("unpickler", size, [&] {
        size_t consumed = 0;
        const PyRef result = inception::weights::unpickle(data, size, loader, "fuzz input", &consumed);
        if (consumed > size)
            fuzz::fail("unpickler", "consumed more bytes than it was given");
        checkGlobals(result);
    });
    return 0;
}
