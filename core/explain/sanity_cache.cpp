#include "explain/sanity_cache.h"

#include <torch/torch.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/atomic_write.h"
#include "common/cache_folder.h"
#include "common/error.h"
#include "common/sha256.h"
#include "models/normalise.h"

namespace inception::explain {

namespace fs = std::filesystem;

namespace {

// Bump when the check changes what a request gives: old reports are then not found.
constexpr const char* kVersion = "sanity-cache 1";

nlohmann::json number(double v) { return std::isnan(v) ? nlohmann::json() : nlohmann::json(v); }

double number(const nlohmann::json& j)
{
    return j.is_null() ? std::numeric_limits<double>::quiet_NaN() : j.get<double>();
}

nlohmann::json numbers(const std::vector<double>& v)
{
    nlohmann::json out = nlohmann::json::array();
    for (double x : v)
        out.push_back(number(x));
    return out;
}

std::vector<double> numbers(const nlohmann::json& j)
{
    std::vector<double> out;
    for (const auto& x : j)
        out.push_back(number(x));
    return out;
}

std::string unreadable(const std::string& path, const std::string& why)
{
    return "the cached sanity check " + path + " could not be read (" + why + "); it was computed again";
}

}  // namespace

std::string sanityCacheFolder(const std::string& folder)
{
    if (!folder.empty())
        return folder;
    const std::string base = userCacheFolder();
    return base.empty() ? std::string() : base + "/sanity";
}

std::string sanityKey(const engine::Model& model, const torch::Tensor& input, const std::vector<std::string>& methods,
                      const SanitySettings& s)
{
    const auto c = input.to(torch::kCPU, torch::kFloat32).contiguous();
    Sha256 h;
    h.update(c.data_ptr(), size_t(c.numel()) * sizeof(float));
    const auto& a = s.attribution;
    nlohmann::json j{{"v", kVersion},
                     {"variant", model.variant()},
                     {"weights", model.weightsId()},
                     {"shuffled_labels", s.shuffledLabels ? s.shuffledLabels->weightsId() : std::string()},
                     {"preprocess", models::presetKey(model.preset())},
                     {"input", h.hexDigest()},
                     {"shape", c.sizes().vec()},
                     {"methods", methods},
                     {"class", s.target},
                     {"steps", a.steps},
                     {"baseline", toString(a.baseline)},
                     {"samples", a.samples},
                     {"noise", a.noise},
                     {"noise_seed", a.seed},
                     {"batch", a.batch},
                     {"seed", s.seed}};
    return "sanity " + j.dump();
}

std::string sanityJson(const SanityReport& r)
{
    nlohmann::json curves = nlohmann::json::array();
    for (const auto& c : r.curves)
        curves.push_back({{"method", c.method},
                          {"rank_correlation", numbers(c.rank)},
                          {"ssim", numbers(c.ssim)},
                          {"depends_on_weights", c.dependsOnWeights},
                          {"verdict", sanityVerdict(c.dependsOnWeights)},
                          {"shuffled_labels_rank_correlation", number(c.shuffledRank)},
                          {"shuffled_labels_ssim", number(c.shuffledSsim)}});
    nlohmann::json j{{"class", r.target},
                     {"steps", r.steps},
                     {"threshold", kSanityRankThreshold},
                     {"shuffled_labels", r.shuffledLabels.empty() ? nlohmann::json() : nlohmann::json(r.shuffledLabels)},
                     {"sanity", curves}};
    return j.dump();
}

SanityReport fromSanityJson(const std::string& text)
{
    try {
        const auto j = nlohmann::json::parse(text);
        SanityReport r;
        r.target = j.at("class").get<int>();
        r.steps = j.at("steps").get<std::vector<std::string>>();
        if (r.steps.empty())
            throw Error(ErrorCode::CorruptFile, "no steps");
        if (!j.at("shuffled_labels").is_null())
            r.shuffledLabels = j.at("shuffled_labels").get<std::string>();
        for (const auto& c : j.at("sanity")) {
            SanityCurve curve;
            curve.method = c.at("method").get<std::string>();
            curve.rank = numbers(c.at("rank_correlation"));
            curve.ssim = numbers(c.at("ssim"));
            curve.dependsOnWeights = c.at("depends_on_weights").get<bool>();
            curve.shuffledRank = number(c.at("shuffled_labels_rank_correlation"));
            curve.shuffledSsim = number(c.at("shuffled_labels_ssim"));
            if (curve.rank.size() != r.steps.size() || curve.ssim.size() != r.steps.size())
                throw Error(ErrorCode::CorruptFile, "a curve of another length than the steps");
            r.curves.push_back(std::move(curve));
        }
        return r;
    } catch (const nlohmann::json::exception& x) {
        throw Error(ErrorCode::CorruptFile, std::string("damaged report (") + x.what() + ")");
    }
}

SanityReport sanityCached(const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input,
                          const std::vector<std::string>& methods, const SanitySettings& settings,
                          const SanityProgress& progress, CacheReport* report, const std::string& folder)
{
    CacheReport local;
    CacheReport& rep = report ? *report : local;
    rep = {};
    const std::string dir = sanityCacheFolder(folder);
    const std::string key = sanityKey(*model, input, methods, settings);
    if (!dir.empty()) {
        Sha256 h;
        h.update(key.data(), key.size());
        rep.path = dir + "/" + h.hexDigest().substr(0, 40) + ".json";
        std::error_code ec;
        if (fs::exists(rep.path, ec)) {
            try {
                std::ifstream in(rep.path, std::ios::binary);
                std::stringstream text;
                text << in.rdbuf();
                const auto j = nlohmann::json::parse(text.str());
                if (j.at("key").get<std::string>() != key)
                    throw Error(ErrorCode::CorruptFile, "it holds another check");
                auto r = fromSanityJson(j.at("report").dump());
                rep.hit = true;
                return r;
            } catch (const std::exception& x) {
                rep.problem = unreadable(rep.path, x.what());
            }
        }
    }
    auto r = sanityCheck(model, input, methods, settings, progress);
    if (!dir.empty() && !r.cancelled) {
        try {
            fs::create_directories(dir);
            const nlohmann::json j{{"key", key}, {"report", nlohmann::json::parse(sanityJson(r))}};
            writeAtomically(rep.path, j.dump());
            rep.stored = true;
        } catch (const std::exception& e) {
            rep.problem += (rep.problem.empty() ? "" : "; ") +
                           ("the sanity check could not be kept in the cache (" + std::string(e.what()) + ")");
        }
    }
    return r;
}

}  // namespace inception::explain
