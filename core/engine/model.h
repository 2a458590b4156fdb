#pragma once
// A network opened once and shared: the one way every caller — the window, every CLI command,
// the live pipeline, the benchmarks and the tests — gets a network to run. A Model is immutable
// after opening (its compiled plans are made on first use, under a lock) and may be used from
// several threads; each request or live stream runs it through its own Session (session.h).
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "engine/precision.h"
#include "models/network.h"
#include "models/registry.h"

namespace inception::engine {

class Plan;

struct WeightsChoice {
    enum class Source {
        Default,    // the catalog's file when cached; a teaching network's bundled file; else see below
        Catalog,    // the published file in the PyTorch hub / Hugging Face cache
        File,       // `path`: .pth (zip or legacy), .safetensors, or a model file with its .json
        Bundled,    // the model this project ships (resources/models)
        Untrained,  // random weights, calibrated (BatchNorm statistics, centred and scaled classifier)
        Random,     // random weights, not calibrated: for timing (the values do not change the time)
    };
    Source source = Source::Default;
    std::string path;                    // File
    uint64_t seed = 0;                   // Untrained (and Default's fallback)
    std::optional<bool> transformInput;  // unset: the catalog's choice for a published file
    bool untrainedFallback = false;      // Default / Catalog: random weights when no file is found
    std::string labelsFile;              // class names, one per line (checked against the classifier)

    static WeightsChoice of(Source source, std::string path = {}, uint64_t seed = 0)
    {
        WeightsChoice c;
        c.source = source;
        c.path = std::move(path);
        c.seed = seed;
        return c;
    }
    static WeightsChoice catalog() { return of(Source::Catalog); }
    static WeightsChoice file(std::string p) { return of(Source::File, std::move(p)); }
    static WeightsChoice bundled() { return of(Source::Bundled); }
    static WeightsChoice untrained(uint64_t seed = 0) { return of(Source::Untrained, {}, seed); }
    static WeightsChoice random(uint64_t seed = 0) { return of(Source::Random, {}, seed); }
};

// Where a Model's weights came from.
struct Provenance {
    std::string file;            // empty: random weights
    bool trained = false;
    bool published = false;      // the catalog's file (SHA-256 prefix known)
    bool verified = false;       // its SHA-256 prefix matched
    bool bundled = false;        // this project's own model
    bool transformInput = false;
    uint64_t seed = 0;           // random weights
    std::string labelsFile;      // where the class names came from, when the user gave a file
    std::string description;     // one line for the CLI and the window's status
    std::vector<std::string> notes;  // name adaptations made while loading
};

// Progress while a Model opens (on the caller's thread): fraction 0..1 and what happens.
using OpenProgress = std::function<void(double fraction, const std::string& what)>;

class Model {
public:
    const std::string& variant() const { return variant_; }
    const arch::NetworkDesc& desc() const { return net_->desc(); }
    const std::vector<std::string>& labels() const { return labels_; }
    std::string label(int index) const;
    const models::PreprocessPreset& preset() const { return preset_; }
    const Provenance& provenance() const { return provenance_; }
    int classes() const;

    // The eager network on `device` in `dtype` (the CPU float32 one is the original; others are
    // copies made on first use). Parameters never require gradients.
    models::InceptionNet eager(torch::Device device, torch::ScalarType dtype) const;
    // The compiled CPU plan for `precision`, made on first use. Throws inception::Error when
    // this build or this CPU cannot (bfloat16 without AMX or AVX512-BF16, float16).
    std::shared_ptr<Plan> plan(Precision precision) const;

    // What these weights are, for caches keyed by them: "sha256:HEX" of the file (plus the input
    // transform when on), "untrained:SEED" for random ones, "tensors:HEX" (SHA-256 of every
    // parameter and buffer) for a network made in memory. Computed once, on first use.
    const std::string& weightsId() const;

    // A copy of the weights (e.g. for `init`, or a test that edits a network).
    models::InceptionNet copyNetwork() const;

    Model(std::string variant, models::InceptionNet net, std::vector<std::string> labels,
          models::PreprocessPreset preset, Provenance provenance);
    ~Model();

private:
    std::string variant_;
    models::InceptionNet net_;
    std::vector<std::string> labels_;
    models::PreprocessPreset preset_;
    Provenance provenance_;
    mutable std::mutex mutex_;
    mutable std::map<std::string, models::InceptionNet> copies_;
    mutable std::map<Precision, std::shared_ptr<Plan>> plans_;
    mutable std::once_flag weightsOnce_;
    mutable std::string weightsId_;
};

// Opens `variant` (one of the five, or a teaching network) with the weights chosen. Throws
// inception::Error: unknown variant, file not found / corrupt / of another network, no weights
// and no fallback, a labels file that cannot be read or whose count is not the classifier's.
std::shared_ptr<const Model> openModel(const std::string& variant, const WeightsChoice& weights = {},
                                       const OpenProgress& progress = {});

// Class names from `path` (one per line, blank lines skipped) for a classifier of `classes`
// outputs. Throws inception::Error: unreadable (FileNotFound), another count (BadArgument,
// naming both numbers).
std::vector<std::string> readClassNames(const std::string& path, int classes);

// A network of `variant` with `net`'s own weights, for tests and tools that build one by hand.
std::shared_ptr<const Model> modelFromNetwork(models::InceptionNet net, std::string description = "in memory");

}  // namespace inception::engine
