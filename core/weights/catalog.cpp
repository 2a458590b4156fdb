#include "weights/catalog.h"

#include <filesystem>
#include <map>
#include <mutex>
#include <tuple>

#include <cstdlib>

#include "common/sha256.h"

namespace inception::weights {

namespace fs = std::filesystem;

namespace {

std::string env(const char* name)
{
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
}

std::string home()
{
    const std::string h = env("HOME");
    return h.empty() ? "." : h;
}

std::vector<PublishedWeights> makeCatalog()
{
    const std::string torchvision = "https://download.pytorch.org";
    const std::string cadene = "http://data.lip6.fr";  // plain http: the hash is what counts
    const std::string hf = "https://huggingface.co";
    const std::string github = "https://github.com";
    std::vector<PublishedWeights> c;
    c.push_back({"googlenet", "googlenet-1378be20.pth", torchvision, "models/googlenet-1378be20.pth", "1378be20",
                 1000, 69.778, 89.530, "BSD-3-Clause (torchvision)", true, CacheKind::TorchHub, ""});
    c.push_back({"inception_v3", "inception_v3_google-0cc3c7bd.pth", torchvision,
                 "models/inception_v3_google-0cc3c7bd.pth", "0cc3c7bd", 1000, 77.294, 93.450,
                 "BSD-3-Clause (torchvision)", true, CacheKind::TorchHub, ""});
    c.push_back({"bn_inception", "bn_inception-52deb4733.pth", cadene,
                 "cadene/pretrainedmodels/bn_inception-52deb4733.pth", "52deb4733", 1000, 73.524, 91.562,
                 "BSD-3-Clause (pretrainedmodels)", false, CacheKind::TorchHub, ""});
    c.push_back({"inception_v4", "model.safetensors", hf, "timm/inception_v4.tf_in1k/resolve/main/model.safetensors",
                 "", 1000, 80.144, 94.982, "Apache-2.0 (timm)", false, CacheKind::HuggingFace,
                 "timm/inception_v4.tf_in1k"});
    c.push_back({"inception_v4", "inceptionv4-8e4777a0.pth", github,
                 "rwightman/pytorch-image-models/releases/download/v0.1-cadene/inceptionv4-8e4777a0.pth", "8e4777a0",
                 1001, 80.144, 94.982, "Apache-2.0 (timm)", false, CacheKind::TorchHub, ""});
    c.push_back({"inception_resnet_v2", "model.safetensors", hf,
                 "timm/inception_resnet_v2.tf_in1k/resolve/main/model.safetensors", "", 1000, 80.434, 95.312,
                 "Apache-2.0 (timm)", false, CacheKind::HuggingFace, "timm/inception_resnet_v2.tf_in1k"});
    c.push_back({"inception_resnet_v2", "inception_resnet_v2-940b1cd6.pth", github,
                 "rwightman/pytorch-image-models/releases/download/v0.1-weights/inception_resnet_v2-940b1cd6.pth",
                 "940b1cd6", 1001, 80.434, 95.312, "Apache-2.0 (timm)", false, CacheKind::TorchHub, ""});
    return c;
}

std::string hfRepoDir(const std::string& repo)
{
    std::string d = "models--" + repo;
    for (size_t i = d.find('/'); i != std::string::npos; i = d.find('/'))
        d.replace(i, 1, "--");
    std::string base = env("HF_HOME");
    base = base.empty() ? home() + "/.cache/huggingface/hub" : base + "/hub";
    return base + "/" + d;
}

}  // namespace

const std::vector<PublishedWeights>& catalog()
{
    static const std::vector<PublishedWeights> c = makeCatalog();
    return c;
}

std::vector<const PublishedWeights*> catalogFor(const std::string& variant)
{
    std::vector<const PublishedWeights*> out;
    for (const auto& w : catalog())
        if (w.variant == variant)
            out.push_back(&w);
    return out;
}

const PublishedWeights* identify(const std::string& path)
{
    const std::string name = fs::path(path).filename().string();
    for (const auto& w : catalog())
        if (w.cache == CacheKind::TorchHub && w.fileName == name)
            return &w;
    // A HuggingFace snapshot: .../models--timm--inception_v4.tf_in1k/snapshots/<rev>/model.safetensors
    for (const auto& w : catalog())
        if (w.cache == CacheKind::HuggingFace && name == w.fileName &&
            path.find(fs::path(hfRepoDir(w.hfRepo)).filename().string()) != std::string::npos)
            return &w;
    return nullptr;
}

std::string downloadUrl(const PublishedWeights& w)
{
    std::string base = env("INCEPTION_WEIGHTS_BASE_URL");
    if (base.empty())
        base = w.defaultBase;
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    return base + "/" + w.relativeUrl;
}

std::string torchHubDir()
{
    const std::string torchHome = env("TORCH_HOME");
    return (torchHome.empty() ? home() + "/.cache/torch" : torchHome) + "/hub/checkpoints";
}

std::string cacheTarget(const PublishedWeights& w)
{
    if (w.cache == CacheKind::HuggingFace)
        return hfRepoDir(w.hfRepo) + "/snapshots/main/" + w.fileName;
    return torchHubDir() + "/" + w.fileName;
}

std::vector<std::string> cachedCandidates(const PublishedWeights& w)
{
    std::vector<std::string> out;
    std::error_code ec;
    if (w.cache == CacheKind::TorchHub) {
        const std::string p = cacheTarget(w);
        if (fs::is_regular_file(p, ec))
            out.push_back(p);
        return out;
    }
    const fs::path snapshots = fs::path(hfRepoDir(w.hfRepo)) / "snapshots";
    if (!fs::is_directory(snapshots, ec))
        return out;
    for (const auto& rev : fs::directory_iterator(snapshots, ec)) {
        const fs::path p = rev.path() / w.fileName;
        if (fs::exists(p, ec))
            out.push_back(p.string());
    }
    return out;
}

const char* toString(WeightsState state)
{
    switch (state) {
    case WeightsState::Found: return "found";
    case WeightsState::NotFound: return "not found";
    case WeightsState::Corrupt: return "corrupt";
    }
    return "?";
}

namespace {

// SHA-256 of a file, remembered by path, size and modification time: the Weights dock checks
// again after every download, and Inception-ResNet-v2's file is 215 MB.
std::string rememberedSha256(const std::string& path)
{
    static std::mutex mutex;
    static std::map<std::string, std::tuple<uintmax_t, std::filesystem::file_time_type, std::string>> known;
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    const auto mtime = std::filesystem::last_write_time(path, ec);
    if (ec)
        return sha256File(path);  // it says why
    {
        std::lock_guard<std::mutex> lock(mutex);
        const auto it = known.find(path);
        if (it != known.end() && std::get<0>(it->second) == size && std::get<1>(it->second) == mtime)
            return std::get<2>(it->second);
    }
    const std::string hash = sha256File(path);
    std::lock_guard<std::mutex> lock(mutex);
    known[path] = {size, mtime, hash};
    return hash;
}

}  // namespace

bool verifySha256Prefix(const std::string& path, const std::string& prefix, std::string* actual)
{
    const std::string hash = rememberedSha256(path);
    if (actual)
        *actual = hash;
    return !prefix.empty() && hash.compare(0, prefix.size(), prefix) == 0;
}

WeightsStatus findPretrained(const std::string& variant, bool verify)
{
    WeightsStatus s;
    for (const PublishedWeights* w : catalogFor(variant)) {
        for (const auto& path : cachedCandidates(*w)) {
            s.entry = w;
            s.path = path;
            if (!verify || w->sha256Prefix.empty()) {
                s.state = WeightsState::Found;
                s.detail = w->sha256Prefix.empty() ? "no published hash is known offline; checked when loaded" : "";
                return s;
            }
            std::string actual;
            if (verifySha256Prefix(path, w->sha256Prefix, &actual)) {
                s.state = WeightsState::Found;
                s.verified = true;
                return s;
            }
            s.state = WeightsState::Corrupt;
            s.detail = "SHA-256 " + actual.substr(0, 16) + "... does not start with " + w->sha256Prefix +
                       "; delete the file and download it again";
            return s;
        }
    }
    const auto entries = catalogFor(variant);
    if (!entries.empty()) {
        s.entry = entries.front();
        s.detail = "get " + downloadUrl(*entries.front()) + " and put it at " + cacheTarget(*entries.front());
    } else {
        s.detail = "no published weights are known for " + variant;
    }
    return s;
}

}  // namespace inception::weights
