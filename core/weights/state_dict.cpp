#include "weights/state_dict.h"

#include <torch/torch.h>

#include <map>
#include <sstream>

#include "common/error.h"

namespace inception::weights {

const torch::Tensor* find(const TensorMap& map, const std::string& name)
{
    for (const auto& [k, v] : map)
        if (k == name)
            return &v;
    return nullptr;
}

namespace {

std::string shapeStr(const std::vector<int64_t>& s)
{
    std::string out = "(";
    for (size_t i = 0; i < s.size(); ++i)
        out += (i ? ", " : "") + std::to_string(s[i]);
    return out + ")";
}

template <typename T, typename F>
void listFirst(std::ostringstream& os, const char* label, const std::vector<T>& items, F fmt)
{
    if (items.empty())
        return;
    if (os.tellp() > 0)
        os << "; ";
    os << items.size() << ' ' << label << ": ";
    for (size_t i = 0; i < items.size() && i < 3; ++i)
        os << (i ? ", " : "") << fmt(items[i]);
    if (items.size() > 3)
        os << ", ...";
}

}  // namespace

std::string LoadReport::summary() const
{
    std::ostringstream os;
    listFirst(os, "missing", missing, [](const std::string& s) { return s; });
    listFirst(os, "unexpected", unexpected, [](const std::string& s) { return s; });
    listFirst(os, "with another shape", mismatched, [](const ShapeMismatch& m) {
        return m.name + " " + shapeStr(m.found) + " instead of " + shapeStr(m.expected);
    });
    if (os.tellp() == 0)
        os << loaded << " tensors, all matched";
    return os.str();
}

TensorMap stateDict(const torch::nn::Module& module)
{
    TensorMap out;
    for (const auto& p : module.named_parameters(/*recurse=*/true))
        out.emplace_back(p.key(), p.value());
    for (const auto& b : module.named_buffers(/*recurse=*/true))
        out.emplace_back(b.key(), b.value());
    return out;
}

LoadReport loadStateDict(torch::nn::Module& module, const TensorMap& tensors, LoadMode mode, const std::string& what)
{
    LoadReport report;
    std::map<std::string, const torch::Tensor*> byName;
    for (const auto& [k, v] : tensors)
        byName[k] = &v;
    const TensorMap own = stateDict(module);
    std::vector<std::pair<torch::Tensor, const torch::Tensor*>> copies;
    std::map<std::string, bool> used;
    for (const auto& [name, target] : own) {
        auto it = byName.find(name);
        if (it == byName.end()) {
            // Older files have no BatchNorm step counter; eval never reads it.
            const std::string counter = "num_batches_tracked";
            if (name.size() < counter.size() || name.compare(name.size() - counter.size(), counter.size(), counter) != 0)
                report.missing.push_back(name);
            continue;
        }
        used[name] = true;
        if (it->second->sizes() != target.sizes()) {
            report.mismatched.push_back({name, target.sizes().vec(), it->second->sizes().vec()});
            continue;
        }
        copies.emplace_back(target, it->second);  // dtype converted by copy_ (F16/BF16 files)
    }
    for (const auto& [k, v] : tensors)
        if (!used.count(k))
            report.unexpected.push_back(k);
    if (mode == LoadMode::Strict && !report.perfect())
        throw Error(ErrorCode::WeightsMismatch, what + " do not match the network: " + report.summary());
    torch::NoGradGuard noGrad;
    for (auto& [target, source] : copies)
        target.copy_(*source);
    report.loaded = copies.size();
    return report;
}

}  // namespace inception::weights
