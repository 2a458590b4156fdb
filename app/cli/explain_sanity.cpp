#include "explain_sanity.h"

#include <torch/torch.h>

#include <cmath>
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "explain/sanity.h"
#include "explain/sanity_cache.h"
#include "progress_line.h"

namespace inception::cli {

namespace {

std::string padded(const std::string& text, size_t width)
{
    return text.size() >= width ? text + " " : text + std::string(width - text.size(), ' ');
}

std::string cell(double v) { return std::isnan(v) ? "flat" : fixed(v, 3); }

// One row per step, one column per method.
void printFigure(const explain::SanityReport& r, const char* title, std::vector<double> explain::SanityCurve::*field)
{
    std::cout << "  " << title << '\n' << "    " << padded("re-initialised down to", 24);
    for (const auto& c : r.curves)
        std::cout << padded(c.method, std::max<size_t>(c.method.size() + 1, 8));
    std::cout << '\n';
    for (size_t s = 0; s < r.steps.size(); ++s) {
        std::cout << "    " << padded(r.steps[s], 24);
        for (const auto& c : r.curves)
            std::cout << padded(cell((c.*field)[s]), std::max<size_t>(c.method.size() + 1, 8));
        std::cout << '\n';
    }
}

void printTable(const SanityArgs& a, const explain::SanityReport& r, const engine::Model& model, bool cached)
{
    std::cout << a.input << ": sanity check (cascading model randomisation, Adebayo et al. 2018) of class "
              << r.target << " (" << model.label(r.target) << "), " << r.steps.size()
              << " steps from the classifier down" << (cached ? " (from the cache)" : "") << '\n';
    std::cout << "  " << weightsLine(model) << '\n';
    printFigure(r, "Spearman rank correlation of |map| with the trained network's map:", &explain::SanityCurve::rank);
    printFigure(r, "SSIM of |map| (each scaled to [0, 1]) with the trained network's map:", &explain::SanityCurve::ssim);
    if (!r.shuffledLabels.empty()) {
        std::cout << "  data randomisation: the same network trained on shuffled labels (" << r.shuffledLabels
                  << "), its map against the trained one, Spearman / SSIM:\n";
        for (const auto& c : r.curves)
            std::cout << "    " << padded(c.method, 22) << cell(c.shuffledRank) << " / " << cell(c.shuffledSsim) << '\n';
    }
    std::cout << "  verdict (rank correlation at full randomisation below " << fixed(explain::kSanityRankThreshold, 1)
              << ": depends on the weights):\n";
    for (const auto& c : r.curves)
        std::cout << "    " << padded(c.method, 22) << cell(c.rank.back()) << "  "
                  << explain::sanityVerdict(c.dependsOnWeights) << '\n';
}

}  // namespace

void explainSanity(const SanityArgs& a, const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input,
                   nlohmann::json& out)
{
    explain::SanitySettings s;
    s.target = a.target;
    s.attribution = a.attribution;
    s.threads = a.threads;
    s.shuffledLabels = explain::shuffledLabelsTwin(*model);
    const auto methods = a.methods.empty() ? explain::sanityMethods() : a.methods;
    ProgressLine line("sanity", a.json);
    const auto progress = [&line](int done, int total) {
        line.update(double(done) / double(std::max(total, 1)), std::to_string(done) + "/" + std::to_string(total) +
                                                                   " maps");
        return true;
    };
    explain::CacheReport cache;
    const auto r = a.noCache ? explain::sanityCheck(model, input, methods, s, progress)
                             : explain::sanityCached(model, input, methods, s, progress, &cache, a.cache);
    if (!cache.problem.empty() && !a.json)
        std::cerr << "note: " << cache.problem << '\n';
    out.update(nlohmann::json::parse(explain::sanityJson(r)));
    out["label"] = model->label(r.target);
    out["cached"] = cache.hit;
    out["cache_file"] = cache.path;
    out["cache_problem"] = cache.problem;
    out["settings"] = {{"steps", s.attribution.steps},
                       {"baseline", explain::toString(s.attribution.baseline)},
                       {"samples", s.attribution.samples},
                       {"noise", s.attribution.noise},
                       {"noise_seed", s.attribution.seed},
                       {"random_weights_seed", s.seed}};
    if (!a.json)
        printTable(a, r, *model, cache.hit);
}

}  // namespace inception::cli
