// `explain`: why the network decides — Grad-CAM (per branch), occlusion, or an input attribution
// (gradient, input × gradient, Integrated Gradients, SmoothGrad and its squared and variance
// forms, Guided Backprop), with knockouts.
#include <torch/torch.h>

#include <chrono>
#include <iostream>

#include "cli_common.h"
#include "progress_line.h"
#include "commands.h"
#include "common/error.h"
#include "explain/attribution.h"
#include "explain/explain_nodes.h"
#include "explain/gradcam.h"
#include "explain/knockout.h"
#include "explain/occlusion.h"
#include "explain_sanity.h"
#include "weights/safetensors.h"
#ifdef INCEPTION_HAVE_TRAIN
#include "explain_faithfulness.h"
#endif
#ifdef INCEPTION_HAVE_VISION
#include "vision/decode.h"
#include "vision/overlay.h"
#endif

namespace inception::cli {

namespace {

nlohmann::json matrix(const torch::Tensor& hw)
{
    const auto m = hw.to(torch::kFloat64).contiguous();
    nlohmann::json rows = nlohmann::json::array();
    for (int64_t y = 0; y < m.size(0); ++y) {
        nlohmann::json row = nlohmann::json::array();
        for (int64_t x = 0; x < m.size(1); ++x)
            row.push_back(m[y][x].item<double>());
        rows.push_back(std::move(row));
    }
    return rows;
}

nlohmann::json vector(const torch::Tensor& v)
{
    const auto m = v.to(torch::kFloat64).contiguous();
    nlohmann::json out = nlohmann::json::array();
    for (int64_t i = 0; i < m.numel(); ++i)
        out.push_back(m[i].item<double>());
    return out;
}

void writePng(const std::string& path, const torch::Tensor& input, const models::PreprocessPreset& preset,
              const torch::Tensor& map, double opacity)
{
#ifdef INCEPTION_HAVE_VISION
    vision::writeImageFile(path, vision::overlayMap(vision::inputPicture(input, preset), map, 0.0f, opacity));
#else
    (void)path, (void)input, (void)preset, (void)map, (void)opacity;
    throw Error(ErrorCode::UnsupportedFormat, "--png needs a build with OpenCV (INCEPTION_BUILD_VISION); use --json");
#endif
}

struct ExplainArgs {
    std::string input, variant, method = "gradcam", node, png;
    WeightsArgs weights;
    RunArgs runArgs;
    int cls = -1, patch = 0, stride = 0;
    std::string fill;
    double opacity = 0.6;
    bool perBranch = false, json = false, full = false, methodGiven = false, sanity = false;
    std::string faithfulness, cache;
    bool noCache = false;
    int images = 500, points = 21;
    std::vector<std::string> knockouts;
    explain::AttributionSettings attribution;
    std::string baseline = "black", noiseFile, conductanceAt;
};

void explainGradCam(const ExplainArgs& a, const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input,
                    const explain::Knockouts& knockouts, nlohmann::json& out)
{
    explain::GradCamRequest req;
    req.node = a.node;
    if (a.cls >= 0)
        req.classes = {a.cls};
    req.perBranch = a.perBranch;
    req.knockouts = knockouts;
    req.threads = a.runArgs.threads;
    req.device = engine::parseDevice(a.runArgs.device);
    const auto r = explain::gradCam(model, input, req);
    const int k = r.classes.at(0);
    const auto& desc = model->desc();  // nodes and classes are checked by the core
    out["node"] = r.node;
    out["map_id"] = r.mapId;
    out["reference_module"] = explain::referenceModule(*arch::findNode(desc.root, r.node));
    out["class"] = k;
    out["label"] = model->label(k);
    out["logit"] = r.prediction.logits[0][k].item<double>();
    out["probability"] = r.prediction.probabilities[0][k].item<double>();
    out["channel_weights"] = vector(r.weights[0]);
    out["map_shape"] = {r.map.size(1), r.map.size(2)};
    out["map"] = matrix(r.map[0]);
    nlohmann::json terms = nlohmann::json::array();
    for (const auto& term : r.terms) {
        const arch::ArchNode* b = arch::findNode(desc.root, term.id);
        terms.push_back({{"id", term.id},
                         {"name", term.name},
                         {"reference_module", b ? explain::referenceModule(*b) : ""},
                         {"map", matrix(term.map[0])}});
    }
    if (a.perBranch)
        out["terms"] = terms;
    if (!a.png.empty())
        writePng(a.png, input, model->preset(), r.map[0], a.opacity);
    if (a.json)
        return;
    std::cout << a.input << ": Grad-CAM of class " << k << " (" << model->label(k) << ") at " << r.mapId << ", map "
              << r.map.size(1) << "x" << r.map.size(2) << ", range " << fixed(r.map.min().item<double>(), 4) << " .. "
              << fixed(r.map.max().item<double>(), 4) << '\n';
    std::cout << "  " << weightsLine(*model) << '\n';
    for (const auto& term : r.terms)
        std::cout << "  " << term.id << ": sum " << fixed(term.map[0].sum().item<double>(), 4) << '\n';
}

explain::OcclusionSettings occlusionSettings(const ExplainArgs& a)
{
    explain::OcclusionSettings s;
    s.patch = a.patch;
    s.stride = a.stride;
    if (!a.fill.empty()) {
        try {
            size_t used = 0;
            s.fill = std::stod(a.fill, &used);
            if (used != a.fill.size())
                throw std::invalid_argument(a.fill);
        } catch (const std::exception&) {
            throw Error(ErrorCode::BadArgument, "--fill '" + a.fill + "' is not a number in 0..1");
        }
    }
    if (a.patch < 0 || a.stride < 0)
        throw Error(ErrorCode::BadArgument, "--patch and --stride are pixel counts of at least 1");
    return s;
}

void explainOcclusion(const ExplainArgs& a, const std::shared_ptr<const engine::Model>& model,
                      const torch::Tensor& input, const explain::Knockouts& knockouts, nlohmann::json& out)
{
    ProgressLine line("occlusion", a.json);
    const auto r = explain::occlusion(
        model, input, a.cls, occlusionSettings(a), knockouts,
        [&line](int64_t done, int64_t total) {
            line.update(double(done) / double(std::max<int64_t>(total, 1)),
                        std::to_string(done) + "/" + std::to_string(total) + " positions");
            return true;
        },
        a.runArgs.threads);
    out["class"] = r.targetClass;
    out["label"] = model->label(r.targetClass);
    out["base_logit"] = r.baseLogit;
    out["settings"] = {{"patch", r.settings.patch}, {"stride", r.settings.stride}, {"fill", *r.settings.fill}};
    out["positions"] = {{"y", r.ys}, {"x", r.xs}};
    out["grid"] = matrix(r.grid);
    if (!a.png.empty())
        writePng(a.png, input, model->preset(), r.map, a.opacity);
    if (a.json)
        return;
    std::cout << a.input << ": occlusion of class " << r.targetClass << " (" << model->label(r.targetClass) << "), "
              << r.ys.size() * r.xs.size() << " patches of " << r.settings.patch << " px, stride "
              << r.settings.stride << ", fill " << fixed(*r.settings.fill, 3) << "; largest logit drop "
              << fixed(r.grid.max().item<double>(), 4) << '\n';
    std::cout << "  " << weightsLine(*model) << '\n';
}

torch::Tensor readNoise(const std::string& path)
{
    for (auto& [name, t] : weights::readSafetensors(path))
        if (name == "noise")
            return t.to(torch::kFloat32);
    throw Error(ErrorCode::BadArgument, path + ": no tensor named `noise` ([samples, C, H, W], standard normal)");
}

nlohmann::json settingsJson(const explain::AttributionRequest& req)
{
    const auto& s = req.settings;
    nlohmann::json out = nlohmann::json::object();
    if (explain::usesSteps(req.method))
        out = {{"steps", s.steps}, {"baseline", explain::toString(s.baseline)}};
    if (explain::usesSamples(req.method))
        out = {{"samples", s.samples}, {"noise", s.noise}, {"noise_seed", s.seed},
               {"noise_file", !req.noise.defined() ? nlohmann::json() : nlohmann::json(true)}};
    return out;
}

void printAttribution(const ExplainArgs& a, const engine::Model& model, const explain::AttributionResult& r)
{
    std::cout << a.input << ": " << explain::displayName(r.method) << " of class " << r.target << " ("
              << model.label(r.target) << "), logit " << fixed(r.logit, 4) << ", " << r.passes << " gradient"
              << (r.passes == 1 ? "" : "s") << " in batches of " << r.batch << "; map " << r.map.size(0) << "x"
              << r.map.size(1) << ", range " << fixed(r.map.min().item<double>(), 6) << " .. "
              << fixed(r.map.max().item<double>(), 6) << '\n';
    if (r.method == explain::Method::IntegratedGradients)
        std::cout << "  completeness: sum " << fixed(r.total, 6) << ", f(x) - f(baseline) = "
                  << fixed(r.logit - r.baselineLogit, 6) << ", gap " << (r.gapRelative ? "" : "(absolute) ")
                  << (r.gapRelative ? fixed(100 * r.gap, 3) + " %" : fixed(r.gap, 6)) << '\n';
    if (r.conductance.defined()) {
        std::cout << "  conductance of " << a.conductanceAt << ": " << fixed(r.conductance.sum().item<double>(), 6)
                  << '\n';
        for (const auto& t : r.conductanceTerms)
            std::cout << "    " << t.id << " (" << t.name << "): " << fixed(t.value, 6) << '\n';
    }
    std::cout << "  " << weightsLine(model) << '\n';
}

void explainAttribution(const ExplainArgs& a, const std::shared_ptr<const engine::Model>& model,
                        const torch::Tensor& input, const explain::Knockouts& knockouts, nlohmann::json& out)
{
    explain::AttributionRequest req;
    req.method = explain::parseMethod(a.method);
    req.target = a.cls;
    req.settings = a.attribution;
    req.settings.baseline = explain::parseBaseline(a.baseline);
    if (!a.noiseFile.empty())
        req.noise = readNoise(a.noiseFile);
    req.conductanceAt = a.conductanceAt;
    req.knockouts = knockouts;
    req.threads = a.runArgs.threads;
    req.device = engine::parseDevice(a.runArgs.device);
    ProgressLine line(explain::toString(req.method), a.json);
    const auto start = std::chrono::steady_clock::now();
    const auto r = explain::attribute(model, input, req, [&line](int done, int total) {
        line.update(double(done) / double(std::max(total, 1)), std::to_string(done) + "/" + std::to_string(total) +
                                                                   " gradients");
        return true;
    });
    out["seconds"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    out["class"] = r.target;
    out["label"] = model->label(r.target);
    out["logit"] = r.logit;
    out["passes"] = r.passes;
    out["batch"] = r.batch;
    out["settings"] = settingsJson(req);
    out["map_shape"] = {r.map.size(0), r.map.size(1)};
    out["map"] = matrix(r.map);
    out["sum"] = r.attribution.to(torch::kFloat64).sum().item<double>();
    if (a.full)
        out["attribution"] = vector(r.attribution.flatten());
    if (r.method == explain::Method::IntegratedGradients) {
        out["baseline_logit"] = r.baselineLogit;
        out["completeness_gap"] = r.gap;
        out["gap_relative"] = r.gapRelative;
    }
    if (r.conductance.defined()) {
        out["conductance_at"] = a.conductanceAt;
        out["conductance"] = vector(r.conductance);
        out["conductance_total"] = r.conductance.sum().item<double>();
        nlohmann::json terms = nlohmann::json::array();
        for (const auto& t : r.conductanceTerms)
            terms.push_back({{"id", t.id},
                             {"name", t.name},
                             {"conductance", t.value},
                             {"channels", t.to > t.from ? nlohmann::json{t.from, t.to} : nlohmann::json()}});
        out["conductance_terms"] = terms;
    }
    if (!a.png.empty())
        writePng(a.png, input, model->preset(), r.map.abs(), a.opacity);
    if (!a.json)
        printAttribution(a, *model, r);
}

bool isAttribution(const std::string& method) { return method != "gradcam" && method != "occlusion"; }

void runSanity(const ExplainArgs& a, const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input,
               nlohmann::json& out)
{
    if (a.methodGiven && a.method == "occlusion")
        throw Error(ErrorCode::BadArgument, "--sanity compares the maps of gradcam and the seven input attributions; "
                                            "occlusion's model randomisation is faithfulness_test's (a test of the build)");
    if (!a.png.empty() || !a.knockouts.empty() || !a.conductanceAt.empty())
        throw Error(ErrorCode::BadArgument, "--sanity compares many maps of the whole network: it takes no --png, "
                                            "--knockout or --conductance-at");
    out["method"] = a.methodGiven ? a.method : "all";
    SanityArgs s;
    s.input = a.input;
    if (a.methodGiven)
        s.methods = {a.method};
    s.target = a.cls;
    s.attribution = a.attribution;
    s.attribution.baseline = explain::parseBaseline(a.baseline);
    s.threads = a.runArgs.threads;
    s.json = a.json;
    s.cache = a.cache;
    s.noCache = a.noCache;
    explainSanity(s, model, input, out);
}

#ifdef INCEPTION_HAVE_TRAIN
int runFaithfulness(const ExplainArgs& a)
{
    FaithfulnessArgs f;
    f.dir = a.faithfulness;
    f.images = a.images;
    f.points = a.points;
    if (a.methodGiven && a.method == "occlusion")
        throw Error(ErrorCode::BadArgument, "--faithfulness measures random, gradcam and the seven input attributions; "
                                            "occlusion's deletion figure is faithfulness_test's (a test of the build)");
    if (a.methodGiven)
        f.methods = {a.method};
    f.attribution = a.attribution;
    f.attribution.baseline = explain::parseBaseline(a.baseline);
    f.threads = a.runArgs.threads;
    f.json = a.json;
    const auto model = openForCommand(a.variant, a.weights, a.json);
    nlohmann::json out{{"variant", a.variant}};
    out.update(weightsFields(*model));
    explainFaithfulness(f, model, out);
    if (a.json)
        std::cout << out.dump() << '\n';
    return 0;
}
#endif

int runExplain(ExplainArgs& a)
{
    if (a.sanity && !a.faithfulness.empty())
        throw Error(ErrorCode::BadArgument, "--sanity checks one image, --faithfulness a folder: ask for one at a time");
#ifdef INCEPTION_HAVE_TRAIN
    if (!a.faithfulness.empty())
        return runFaithfulness(a);
#endif
    if (a.input.empty())
        throw Error(ErrorCode::BadArgument, "explain needs an image file or a .safetensors input (or --faithfulness DIR)");
    checkOutputs({{"--png", a.png, kPictureFiles}});
    const auto knockouts = parseKnockouts(a.knockouts);
    const auto model = openForCommand(a.variant, a.weights, a.json);
    const torch::Tensor input = readInput(a.input, *model, false);
    if (input.size(0) != 1)
        throw Error(ErrorCode::BadArgument, a.input + ": explain takes one image; the tensor holds " +
                                                std::to_string(input.size(0)));
    nlohmann::json out{{"input", a.input}, {"variant", a.variant}, {"method", a.method}};
    out.update(weightsFields(*model));
    nlohmann::json ko = nlohmann::json::array();
    for (const auto& [node, kind] : knockouts)
        ko.push_back({{"node", node}, {"kind", explain::toString(kind)}});
    out["knockouts"] = ko;
    if (a.sanity)
        runSanity(a, model, input, out);
    else if (a.method == "gradcam")
        explainGradCam(a, model, input, knockouts, out);
    else if (isAttribution(a.method))
        explainAttribution(a, model, input, knockouts, out);
    else
        explainOcclusion(a, model, input, knockouts, out);
    if (a.json)
        std::cout << out.dump() << '\n';
    return 0;
}

void addAttributionOptions(CLI::App* cmd, ExplainArgs& a)
{
    auto& s = a.attribution;
    cmd->add_option("--steps", s.steps, "Integrated Gradients: intervals of the path (m + 1 gradients)")
        ->check(numberIn(1, explain::kMaxSteps));
    cmd->add_option("--baseline", a.baseline, "Integrated Gradients: black, blurred or noise")
        ->check(oneOf({"black", "blurred", "noise"}));
    cmd->add_option("--samples", s.samples, "SmoothGrad, SmoothGrad-Squared, VarGrad: noisy copies")
        ->check(numberIn(1, explain::kMaxSamples));
    cmd->add_option("--noise", s.noise, "Noise level as a fraction of the input's range, in (0, 1]")
        ->check(numberIn(0.0, 1.0, false));
    cmd->add_option("--noise-seed", s.seed, "Seed of the noise (the noise methods and the noise baseline)");
    cmd->add_option("--noise-file", a.noiseFile, "A .safetensors file whose `noise` tensor [samples, C, H, W] is "
                                                 "the standard normal noise to use");
    numberOr(cmd->add_option("--batch", s.batch, "Points per forward (auto: from the memory estimate)"), "auto", "0",
             1, explain::kMaxSteps + 1);
    cmd->add_option("--conductance-at", a.conductanceAt,
                    "Integrated Gradients: also the conductance of this node's channels");
    cmd->add_flag("--full", a.full, "JSON: also the attribution itself (C x H x W, row-major)");
}

}  // namespace

void addExplainCommand(CLI::App& app, Runner& run)
{
    auto a = std::make_shared<ExplainArgs>();
    auto* cmd = app.add_subcommand("explain", "Why the network decides: Grad-CAM (per branch), occlusion or an "
                                              "input attribution (gradient, Integrated Gradients, SmoothGrad, ...)");
    cmd->add_option("input", a->input, "An image file, or a .safetensors file with a preprocessed 1-image `input`");
    cmd->add_option("--variant", a->variant, "Variant id")->required();
    addWeightsOptions(cmd, a->weights);
    addRunOptions(cmd, a->runArgs);
    std::vector<std::string> methods{"gradcam", "occlusion"};
    for (auto m : explain::allMethods())
        methods.push_back(explain::toString(m));
    auto* methodOption = cmd->add_option("--method", a->method, "gradcam, occlusion, gradient, input-x-gradient, integrated-gradients, "
                                           "smoothgrad, smoothgrad-squared, vargrad or guided-backprop")
        ->check(oneOf(methods));
    cmd->add_option("--node", a->node, "Grad-CAM node id (default: the last Inception module before pooling)");
    numberOr(cmd->add_option("--class", a->cls, "Class to explain (top: the top-1)"), "top", "-1", 0, 999999);
    cmd->add_flag("--per-branch", a->perBranch, "Split the Grad-CAM map into one term per branch");
    cmd->add_option("--knockout", a->knockouts, "NODE[=zero|mean], repeatable: knocked out while explaining");
    numberOr(cmd->add_option("--patch", a->patch, "Occlusion patch side in pixels (auto: a seventh of the image)"),
             "auto", "0", 1, 4096);
    numberOr(cmd->add_option("--stride", a->stride, "Occlusion stride in pixels (auto: half the patch)"), "auto", "0", 1,
             4096);
    cmd->add_option("--fill", a->fill, "Occlusion grey level 0..1 before normalisation (default: the preset's mean; "
                                       "black for light-on-dark models)");
    addAttributionOptions(cmd, *a);
    cmd->add_option("--opacity", a->opacity, "Overlay opacity in the PNG")->check(numberIn(0.0, 1.0, false));
    cmd->add_option("--png", a->png, "Write the map laid over the input");
    addTransformInputOptions(cmd, a->weights);
    cmd->add_flag("--json", a->json, "Print JSON");
    cmd->add_flag("--sanity", a->sanity, "Sanity check: re-initialise the network from the classifier down and compare "
                                         "each method's map (all, or --method) with the trained one (trained weights)");
    cmd->add_option("--cache", a->cache, "--sanity: cache folder (default: the user's cache folder/sanity)");
    cmd->add_flag("--no-cache", a->noCache, "--sanity: compute even when the check is cached, and keep nothing");
#ifdef INCEPTION_HAVE_TRAIN
    cmd->add_option("--faithfulness", a->faithfulness,
                    "Fashion-MNIST folder: deletion and insertion curves of the methods (all, or --method) on its "
                    "test images, against a random ordering (trained grey models: mini_inception)");
    cmd->add_option("--images", a->images, "--faithfulness: how many test images")->check(numberIn(1, 10000));
    cmd->add_option("--points", a->points, "--faithfulness: points on each curve")->check(numberIn(2, 101));
#endif
    cmd->callback([&run, a, methodOption] {
        a->methodGiven = methodOption->count() > 0;
        run = [a] { return runExplain(*a); };
    });
}

}  // namespace inception::cli
