#include "arch/names.h"

#include <algorithm>
#include <cctype>

#include "arch/archnode.h"

namespace inception::arch {

namespace {

std::string lower(std::string s)
{
    for (auto& c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

int editDistance(const std::string& a0, const std::string& b0)
{
    const std::string a = lower(a0), b = lower(b0);
    std::vector<int> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (size_t i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (size_t j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::vector<std::string> nearestNames(const std::string& word, const std::vector<std::string>& known, int most)
{
    const int limit = std::max(2, int(word.size()) / 3);
    std::vector<std::pair<int, size_t>> near;
    for (size_t i = 0; i < known.size(); ++i) {
        const int d = editDistance(word, known[i]);
        if (d <= limit)
            near.push_back({d, i});
    }
    std::stable_sort(near.begin(), near.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<std::string> out;
    for (const auto& [d, i] : near) {
        if (int(out.size()) == most || d > near.front().first)  // only the nearest
            break;
        if (std::find(out.begin(), out.end(), known[i]) == out.end())
            out.push_back(known[i]);
    }
    return out;
}

std::string didYouMean(const std::string& word, const std::vector<std::string>& known)
{
    const auto near = nearestNames(word, known);
    if (near.empty())
        return {};
    std::string s = "did you mean ";
    for (size_t i = 0; i < near.size(); ++i)
        s += (i == 0 ? "" : i + 1 == near.size() ? " or " : ", ") + ("'" + near[i] + "'");
    return s + "?";
}

std::vector<std::string> nodeIds(const NetworkDesc& desc)
{
    std::vector<std::string> ids;
    forEachNode(desc.root, [&](const ArchNode& n, int) {
        if (!n.id.empty())
            ids.push_back(n.id);
    });
    return ids;
}

std::string noNodeMessage(const NetworkDesc& desc, const std::string& id)
{
    const std::string near = didYouMean(id, nodeIds(desc));
    return "no node '" + id + "' in " + desc.variant + (near.empty() ? "" : "; " + near) +
           " (every id: `inception-cli summary " + desc.variant + " --ids`)";
}

}  // namespace inception::arch
