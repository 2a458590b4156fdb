#include "explain/dataset_index.h"

#include <torch/torch.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "arch/receptive.h"
#include "common/error.h"
#include "engine/session.h"
#include "models/normalise.h"
#include "vision/image_files.h"
#include "vision/load_input.h"
#include "weights/safetensors.h"

namespace inception::explain {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> spatialNodes(const arch::NetworkDesc& desc)
{
    std::vector<std::string> ids;
    arch::forEachNode(desc.root, [&](const arch::ArchNode& n, int) {
        if (&n != &desc.root && n.output.size() == 3 && n.output[1] * n.output[2] > 1)
            ids.push_back(n.id);
    });
    return ids;
}

// One node's running lists: values [C, K] (descending for top, by |v| ascending for near-zero),
// image index, y, x.
struct Lists {
    torch::Tensor value, image, y, x;
};

struct Index {
    std::string key;
    std::vector<std::string> files;      // by image index
    std::map<std::string, std::string> stamps;  // file -> "size:mtime" when indexed
    std::map<std::string, Lists> top, nearZero;
};

std::string stamp(const fs::path& p)
{
    std::error_code ec;
    const auto size = fs::file_size(p, ec);
    const auto time = fs::last_write_time(p, ec).time_since_epoch().count();
    return std::to_string(size) + ":" + std::to_string(time);
}

Lists empty(int64_t channels, int k, float fill)
{
    return {torch::full({channels, k}, fill, torch::kFloat32), torch::full({channels, k}, -1, torch::kInt64),
            torch::zeros({channels, k}, torch::kInt64), torch::zeros({channels, k}, torch::kInt64)};
}

// Merges this image's per-channel maxima into the lists: keep the k best by `score` (higher is better).
void merge(Lists& l, const torch::Tensor& v, const torch::Tensor& y, const torch::Tensor& x, int64_t image,
           const torch::Tensor& score, const torch::Tensor& listScore)
{
    const int64_t k = l.value.size(1);
    auto allScore = torch::cat({listScore, score.unsqueeze(1)}, 1);
    auto allValue = torch::cat({l.value, v.unsqueeze(1)}, 1);
    auto allImage = torch::cat({l.image, torch::full({v.size(0), 1}, image, torch::kInt64)}, 1);
    auto allY = torch::cat({l.y, y.unsqueeze(1)}, 1), allX = torch::cat({l.x, x.unsqueeze(1)}, 1);
    const auto order = std::get<1>(allScore.sort(1, /*descending=*/true)).slice(1, 0, k);
    l.value = allValue.gather(1, order);
    l.image = allImage.gather(1, order);
    l.y = allY.gather(1, order);
    l.x = allX.gather(1, order);
}

void save(const Index& idx, const std::string& path)
{
    nlohmann::json meta{{"key", idx.key}, {"files", idx.files}, {"stamps", idx.stamps}};
    const std::string text = meta.dump();
    weights::TensorMap t;
    t.emplace_back("meta", torch::from_blob(const_cast<char*>(text.data()), {int64_t(text.size())}, torch::kUInt8).clone());
    for (const auto* which : {&idx.top, &idx.nearZero}) {
        const std::string prefix = which == &idx.top ? "top/" : "zero/";
        for (const auto& [node, l] : *which) {
            t.emplace_back(prefix + node + "/value", l.value);
            t.emplace_back(prefix + node + "/image", l.image);
            t.emplace_back(prefix + node + "/y", l.y);
            t.emplace_back(prefix + node + "/x", l.x);
        }
    }
    weights::writeSafetensors(path, t);
}

// Reads an index; throws inception::Error when it is unreadable.
Index load(const std::string& path)
{
    const auto t = weights::readSafetensors(path);
    Index idx;
    const torch::Tensor* meta = weights::find(t, "meta");
    if (!meta || meta->scalar_type() != torch::kUInt8)
        throw Error(ErrorCode::CorruptFile, path + ": not an index (no metadata)");
    const auto bytes = meta->contiguous();
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(std::string(reinterpret_cast<const char*>(bytes.data_ptr<uint8_t>()), size_t(bytes.numel())));
        idx.key = j.at("key").get<std::string>();
        idx.files = j.at("files").get<std::vector<std::string>>();
        idx.stamps = j.at("stamps").get<std::map<std::string, std::string>>();
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::CorruptFile, path + ": the index's metadata is damaged (" + e.what() + ")");
    }
    for (const auto& [name, tensor] : t) {
        const auto slash = name.find('/'), last = name.rfind('/');
        if (slash == std::string::npos || last == slash)
            continue;
        auto& which = name.substr(0, slash) == "top" ? idx.top : idx.nearZero;
        Lists& l = which[name.substr(slash + 1, last - slash - 1)];
        const std::string field = name.substr(last + 1);
        (field == "value" ? l.value : field == "image" ? l.image : field == "y" ? l.y : l.x) = tensor;
    }
    for (const auto* which : {&idx.top, &idx.nearZero})
        for (const auto& [node, l] : *which)
            if (!l.value.defined() || !l.image.defined() || !l.y.defined() || !l.x.defined() ||
                l.image.sizes() != l.value.sizes())
                throw Error(ErrorCode::CorruptFile, path + ": the index's lists for " + node + " are incomplete");
    return idx;
}

}  // namespace

std::string indexPathFor(const std::string& dir, const engine::Model& model)
{
    return (fs::path(dir) / (".inception-index-" + model.variant() + ".safetensors")).string();
}

torch::Tensor exampleCrop(const engine::Model& model, const std::string& dir, const Example& e)
{
    const auto input = vision::loadInput((fs::path(dir) / e.file).string(), model);
    auto pixels = models::denormalise(input, model.preset())[0];  // [C, H, W]
    const int64_t H = pixels.size(1), W = pixels.size(2);
    const int64_t top = std::clamp<int64_t>(e.top, 0, H - 1), bottom = std::clamp<int64_t>(e.bottom, top, H - 1);
    const int64_t left = std::clamp<int64_t>(e.left, 0, W - 1), right = std::clamp<int64_t>(e.right, left, W - 1);
    pixels = pixels.slice(1, top, bottom + 1).slice(2, left, right + 1);
    if (pixels.size(0) == 1)
        pixels = pixels.expand({3, pixels.size(1), pixels.size(2)});
    return pixels.permute({1, 2, 0}).contiguous();
}

std::string indexKey(const engine::Model& model)
{
    return model.variant() + "|" + model.weightsId() + "|" + models::presetKey(model.preset());
}

namespace {

// The folder's index as it stands: read back when it is for these weights, else a fresh one
// (and why, in `s`). `fresh`: nothing was read.
Index openIndex(const engine::Model& model, const std::vector<std::string>& nodes, const IndexOptions& o,
                IndexStats& s, bool& fresh)
{
    const std::string key = indexKey(model);
    fresh = true;
    Index idx;
    if (fs::exists(s.indexPath)) {
        try {
            idx = load(s.indexPath);
            if (idx.key != key) {
                s.rebuilt = true;
                s.rebuiltWhy = "the index was made for other weights or preprocessing";
            } else {
                fresh = false;
                return idx;
            }
        } catch (const Error& e) {
            s.rebuilt = true;
            s.rebuiltWhy = std::string("the index could not be read (") + e.what() + ")";
        }
    }
    idx = Index{};
    idx.key = key;
    for (const auto& id : nodes) {
        const int64_t c = arch::findNode(model.desc().root, id)->output[0];
        idx.top[id] = empty(c, o.top, -std::numeric_limits<float>::infinity());
        idx.nearZero[id] = empty(c, o.nearZero, std::numeric_limits<float>::infinity());
    }
    return idx;
}

// One image's run merged into the running top-k and near-zero lists of every node.
void addImage(Index& idx, const std::vector<std::string>& nodes, const engine::Prediction& p, const std::string& name,
              const std::string& stamp)
{
    const int64_t image = int64_t(idx.files.size());
    idx.files.push_back(name);
    idx.stamps[name] = stamp;
    for (const auto& id : nodes) {
        const auto a = p.activations.at(id)[0];  // [C, H, W]
        const int64_t w = a.size(2);
        const auto [maxima, where] = a.flatten(1).max(1);
        const auto y = torch::div(where, w, "floor"), xx = where - y * w;
        auto& t = idx.top[id];
        merge(t, maxima, y, xx, image, maxima, t.value);
        auto& z = idx.nearZero[id];
        merge(z, maxima, y, xx, image, -maxima.abs(), -z.value.abs());
    }
}

}  // namespace

IndexStats indexFolder(const std::shared_ptr<const engine::Model>& model, const std::string& dir,
                       const IndexOptions& o, const IndexProgress& progress)
{
    if (!fs::is_directory(dir))
        throw Error(ErrorCode::FileNotFound, dir + ": no such folder");
    IndexStats s;
    s.indexPath = o.indexPath.empty() ? indexPathFor(dir, *model) : o.indexPath;
    const auto nodes = spatialNodes(model->desc());
    bool fresh = true;
    Index idx = openIndex(*model, nodes, o, s, fresh);
    const auto files = vision::imageFilesIn(dir);

    engine::SessionOptions so;
    so.threads = o.threads;
    engine::RunRequest run;
    run.capture = std::set<std::string>(nodes.begin(), nodes.end());
    engine::Session session(model, so);
    int64_t sinceSave = 0, done = 0;
    const int64_t total = int64_t(files.size());
    for (const auto& path : files) {
        const std::string name = path.filename().string();
        const std::string st = stamp(path);
        const auto known = idx.stamps.find(name);
        ++done;
        if (known != idx.stamps.end() && known->second == st) {
            ++s.skipped;
            continue;
        }
        if (known != idx.stamps.end() && known->second == "unreadable " + st) {
            ++s.failed;  // unreadable last time and unchanged since: not tried again
            s.lastFailure = name + ": unreadable (unchanged since the last run)";
            continue;
        }
        // A changed file is indexed again as a new image (its old entries keep their index but
        // no longer win once the new ones arrive: rare enough for a teaching tool).
        torch::Tensor x;
        try {
            x = vision::loadInput(path.string(), *model);
        } catch (const std::exception& e) {
            ++s.failed;
            s.lastFailure = name + ": " + e.what();
            idx.stamps[name] = "unreadable " + st;
            ++sinceSave;
            continue;
        }
        ++s.decoded;
        addImage(idx, nodes, session.run(x, run), name, st);
        if (++sinceSave >= o.saveEvery) {
            save(idx, s.indexPath);
            sinceSave = 0;
        }
        if (progress && !progress(done, total)) {
            s.interrupted = true;
            break;
        }
    }
    if (sinceSave > 0 || fresh)
        save(idx, s.indexPath);
    s.images = int64_t(idx.files.size());
    return s;
}

ChannelExamples topImages(const std::shared_ptr<const engine::Model>& model, const std::string& indexPath,
                          const std::string& node, int channel)
{
    if (!fs::exists(indexPath))
        throw Error(ErrorCode::FileNotFound, indexPath + ": no index here; run `inception-cli index-folder DIR` first");
    const Index idx = load(indexPath);
    if (idx.key != indexKey(*model))
        throw Error(ErrorCode::WeightsMismatch, indexPath + ": the index was made for other weights or preprocessing; "
                                                            "index the folder again");
    auto it = idx.top.find(node);
    if (it == idx.top.end())
        throw Error(ErrorCode::UnknownNode, "the index has no node '" + node + "' (it holds every node with a spatial map)");
    if (channel < 0 || channel >= it->second.value.size(0))
        throw Error(ErrorCode::BadArgument, "channel " + std::to_string(channel) + " is out of range: " + node +
                                                " has channels 0 to " + std::to_string(it->second.value.size(0) - 1));
    const auto fields = arch::receptiveFields(model->desc());
    const auto& f = fields.at(node);
    const int64_t H = model->desc().input[1], W = model->desc().input[2];
    auto examples = [&](const Lists& l) {
        std::vector<Example> out;
        for (int64_t k = 0; k < l.value.size(1); ++k) {
            const int64_t image = l.image[channel][k].item<int64_t>();
            if (image < 0 || image >= int64_t(idx.files.size()))
                continue;
            Example e;
            e.file = idx.files[size_t(image)];
            e.value = l.value[channel][k].item<float>();
            e.y = l.y[channel][k].item<int64_t>();
            e.x = l.x[channel][k].item<int64_t>();
            const auto box = arch::cellField(f, e.y, e.x, H, W);
            e.top = box.top, e.left = box.left, e.bottom = box.bottom, e.right = box.right;
            out.push_back(e);
        }
        return out;
    };
    return {examples(it->second), examples(idx.nearZero.at(node))};
}

}  // namespace inception::explain
