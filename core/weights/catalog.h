#pragma once
// The published weight files of each variant: where they come from, how to check them,
// where a user may already have them.
#include <string>
#include <vector>

namespace inception::weights {

enum class CacheKind { TorchHub, HuggingFace };

struct PublishedWeights {
    std::string variant;
    std::string fileName;      // name in the cache
    std::string defaultBase;   // e.g. https://download.pytorch.org
    std::string relativeUrl;   // appended to the base
    std::string sha256Prefix;  // start of the file's SHA-256 (what torch.hub checks); empty: none known offline
    int classes = 1000;        // 1001: TF files with a background class at row 0
    double top1 = 0.0;
    double top5 = 0.0;
    std::string licence;
    bool transformInput = false;  // torchvision's transform_input is on for these weights
    CacheKind cache = CacheKind::TorchHub;
    std::string hfRepo;           // HuggingFace: "timm/inception_v4.tf_in1k"
};

const std::vector<PublishedWeights>& catalog();
std::vector<const PublishedWeights*> catalogFor(const std::string& variant);
// The catalog entry whose file name is the file's name, or nullptr.
const PublishedWeights* identify(const std::string& path);

// The download URL: INCEPTION_WEIGHTS_BASE_URL (when set) replaces every entry's base, so
// tests can serve the files from 127.0.0.1.
std::string downloadUrl(const PublishedWeights& w);
// Where the file is (or would be) cached: $TORCH_HOME/hub/checkpoints (default
// ~/.cache/torch/hub/checkpoints), or for HuggingFace files $HF_HOME/hub (default
// ~/.cache/huggingface/hub)/models--ORG--NAME/snapshots/*/FILE.
std::string torchHubDir();
std::vector<std::string> cachedCandidates(const PublishedWeights& w);
std::string cacheTarget(const PublishedWeights& w);

enum class WeightsState { Found, NotFound, Corrupt };
const char* toString(WeightsState state);

struct WeightsStatus {
    WeightsState state = WeightsState::NotFound;
    const PublishedWeights* entry = nullptr;
    std::string path;
    bool verified = false;  // the SHA-256 prefix matched (false when no prefix is known)
    std::string detail;     // why corrupt, or what to do
};

// True when the file's SHA-256 starts with `prefix`; `actual` receives the full hash.
bool verifySha256Prefix(const std::string& path, const std::string& prefix, std::string* actual = nullptr);

// Found / not found / corrupt, for the variant's first published file found in a cache.
WeightsStatus findPretrained(const std::string& variant, bool verify = true);

}  // namespace inception::weights
