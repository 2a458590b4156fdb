#include "explain/visual_cache.h"

#include <torch/torch.h>

#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>

#include "common/cache_folder.h"
#include "common/error.h"
#include "common/sha256.h"
#include "models/normalise.h"
#include "weights/safetensors.h"

namespace inception::explain {

namespace fs = std::filesystem;

namespace {

// Bump when the optimisation changes what a request gives: old pictures are then not found.
constexpr const char* kVersion = "visual-cache 1";

std::string fileFor(const std::string& folder, const std::string& key)
{
    Sha256 h;
    h.update(key.data(), key.size());
    return folder + "/" + h.hexDigest().substr(0, 40) + ".safetensors";
}

torch::Tensor jsonTensor(const nlohmann::json& j)
{
    const std::string s = j.dump();
    return torch::from_blob(const_cast<char*>(s.data()), {int64_t(s.size())}, torch::kUInt8).clone();
}

struct Entry {
    weights::TensorMap tensors;
    nlohmann::json meta;
};

// Reads the entry for `key`; throws inception::Error when the file is damaged or holds another key.
Entry read(const std::string& path, const std::string& key, std::initializer_list<const char*> names)
{
    Entry e;
    e.tensors = weights::readSafetensors(path);
    const auto* meta = weights::find(e.tensors, "__meta__");
    if (!meta || meta->scalar_type() != torch::kUInt8 || meta->dim() != 1)
        throw Error(ErrorCode::CorruptFile, "no metadata");
    const auto bytes = meta->contiguous();
    try {
        e.meta = nlohmann::json::parse(std::string(reinterpret_cast<const char*>(bytes.data_ptr<uint8_t>()),
                                                   size_t(bytes.numel())));
        if (e.meta.at("key").get<std::string>() != key)
            throw Error(ErrorCode::CorruptFile, "it holds another picture");
    } catch (const nlohmann::json::exception& x) {
        throw Error(ErrorCode::CorruptFile, std::string("damaged metadata (") + x.what() + ")");
    }
    for (const char* n : names)
        if (!weights::find(e.tensors, n))
            throw Error(ErrorCode::CorruptFile, std::string("no `") + n + "` tensor");
    return e;
}

void write(const std::string& path, weights::TensorMap tensors, const nlohmann::json& meta, CacheReport& report)
{
    try {
        fs::create_directories(fs::path(path).parent_path());
        tensors.emplace_back("__meta__", jsonTensor(meta));
        weights::writeSafetensors(path, tensors);
        report.stored = true;
    } catch (const std::exception& e) {
        report.problem = "the picture could not be kept in the cache (" + std::string(e.what()) + ")";
    }
}

std::string unreadable(const std::string& path, const std::exception& e)
{
    std::string why = e.what();
    if (why.rfind(path + ": ", 0) == 0)
        why = why.substr(path.size() + 2);
    return "the cached picture " + path + " could not be read (" + why + "); it was computed again";
}

// The picture kept for `key` when a readable one is there; else `compute()`'s, kept for next
// time unless it was cancelled. What went wrong with the cache goes to the report, never up.
template <class Result>
Result readOrCompute(const std::string& folder, const std::string& key, CacheReport* report,
                     const std::function<Result(const Entry&)>& fromEntry, const std::function<Result()>& compute,
                     const std::function<nlohmann::json(const Result&)>& meta)
{
    CacheReport local;
    CacheReport& rep = report ? *report : local;
    rep = {};
    const std::string dir = visualCacheFolder(folder);
    if (!dir.empty()) {
        rep.path = fileFor(dir, key);
        std::error_code ec;
        if (fs::exists(rep.path, ec)) {
            try {
                Result r = fromEntry(read(rep.path, key, {"pixels", "input"}));
                rep.hit = true;
                return r;
            } catch (const std::exception& x) {
                rep.problem = unreadable(rep.path, x);
            }
        }
    }
    Result r = compute();
    if (!dir.empty() && !r.cancelled) {
        const std::string problem = rep.problem;
        nlohmann::json m = meta(r);
        m["key"] = key;
        write(rep.path, {{"pixels", r.pixels}, {"input", r.input}}, m, rep);
        if (!problem.empty())
            rep.problem = problem + (rep.problem == problem ? "" : "; " + rep.problem);
    }
    return r;
}

}  // namespace

std::string visualCacheFolder(const std::string& folder)
{
    if (!folder.empty())
        return folder;
    const std::string base = userCacheFolder();
    return base.empty() ? std::string() : base + "/visualizations";
}

std::string visualizeKey(const engine::Model& model, const VisualizeRequest& r)
{
    nlohmann::json j{{"v", kVersion},
                     {"variant", model.variant()},
                     {"weights", model.weightsId()},
                     {"preprocess", models::presetKey(model.preset())},
                     {"node", r.node},
                     {"channel", r.channel},
                     {"class", r.classIndex},
                     {"logit", r.classLogit},
                     {"steps", r.steps},
                     {"size", r.size},
                     {"seed", r.seed},
                     {"lr", r.learningRate},
                     {"transforms", r.transforms},
                     {"parameterisation", int(r.parameterisation)},
                     {"images", r.images},
                     {"diversity", r.diversity},
                     {"stop_at", r.stopAt},
                     {"device", int(r.device)}};
    return "visualize " + j.dump();
}

std::string dreamKey(const engine::Model& model, const torch::Tensor& input, const DreamRequest& r)
{
    const auto c = input.to(torch::kCPU, torch::kFloat32).contiguous();
    Sha256 h;
    h.update(c.data_ptr(), size_t(c.numel()) * sizeof(float));
    nlohmann::json j{{"v", kVersion},
                     {"variant", model.variant()},
                     {"weights", model.weightsId()},
                     {"preprocess", models::presetKey(model.preset())},
                     {"input", h.hexDigest()},
                     {"shape", c.sizes().vec()},
                     {"node", r.node},
                     {"octaves", r.octaves},
                     {"octave_scale", r.octaveScale},
                     {"steps", r.steps},
                     {"strength", r.strength},
                     {"seed", r.seed}};
    return "dream " + j.dump();
}

VisualizeResult visualizeCached(const std::shared_ptr<const engine::Model>& model, const VisualizeRequest& request,
                                const VisualizeProgress& progress, CacheReport* report, const std::string& folder)
{
    return readOrCompute<VisualizeResult>(
        folder, visualizeKey(*model, request), report,
        [&](const Entry& e) {
            VisualizeResult r;
            r.pixels = *weights::find(e.tensors, "pixels");
            r.input = *weights::find(e.tensors, "input");
            r.before = e.meta.at("before").get<double>();
            r.after = e.meta.at("after").get<double>();
            r.steps = e.meta.at("steps").get<int>();
            r.seconds = e.meta.at("seconds").get<double>();
            r.taps = e.meta.at("taps").get<std::vector<std::string>>();
            if (progress)
                progress(r.steps, r.steps, r.pixels.permute({0, 3, 1, 2}));
            return r;
        },
        [&] { return visualize(model, request, progress); },
        [](const VisualizeResult& r) {
            return nlohmann::json{{"before", r.before}, {"after", r.after}, {"steps", r.steps},
                                  {"seconds", r.seconds}, {"taps", r.taps}};
        });
}

DreamResult dreamCached(const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input,
                        const DreamRequest& request, const std::function<bool(int, int)>& progress,
                        CacheReport* report, const std::string& folder)
{
    return readOrCompute<DreamResult>(
        folder, dreamKey(*model, input, request), report,
        [&](const Entry& e) {
            DreamResult r;
            r.pixels = *weights::find(e.tensors, "pixels");
            r.input = *weights::find(e.tensors, "input");
            r.before = e.meta.at("before").get<std::vector<double>>();
            r.after = e.meta.at("after").get<std::vector<double>>();
            r.sizes = e.meta.at("sizes").get<std::vector<int64_t>>();
            if (progress)
                progress(1, 1);
            return r;
        },
        [&] { return dream(model, input, request, progress); },
        [](const DreamResult& r) { return nlohmann::json{{"before", r.before}, {"after", r.after}, {"sizes", r.sizes}}; });
}

}  // namespace inception::explain
