#include "explain_faithfulness.h"

#include <torch/torch.h>

#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli_common.h"
#include "commands.h"
#include "data/datasets.h"
#include "explain/faithfulness.h"
#include "progress_line.h"

namespace inception::cli {

namespace {

std::string padded(const std::string& text, size_t width)
{
    return text.size() >= width ? text + " " : text + std::string(width - text.size(), ' ');
}

void printTable(const explain::FaithfulnessReport& r, const engine::Model& model, const std::string& dir)
{
    const auto& random = r.curves.front();
    std::cout << "deletion and insertion curves on " << r.images << " Fashion-MNIST test images (" << dir
              << "), " << r.fractions.size() << " points; true class's mean probability "
              << fixed(r.meanProbability, 4) << '\n';
    std::cout << "  " << weightsLine(model) << '\n';
    std::cout << "  " << padded("method", 22) << padded("drop at " + fixed(100 * r.dropFraction, 0) + " %", 14)
              << padded("vs random", 11) << padded("deletion area", 15) << padded("insertion area", 16)
              << "maps (s)\n";
    for (const auto& c : r.curves) {
        std::ostringstream vs;
        vs << std::showpos << std::fixed << std::setprecision(4) << (c.drop - random.drop);
        std::cout << "  " << padded(c.method, 22) << padded(fixed(c.drop, 4), 14)
                  << padded(c.method == "random" ? "" : vs.str(), 11) << padded(fixed(c.deletionArea, 4), 15)
                  << padded(fixed(c.insertionArea, 4), 16) << fixed(c.seconds, 1) << '\n';
    }
    std::cout << "  deletion: lower area is better; insertion: higher is better; drop: the mean fall of the true "
                 "class's probability when the first "
              << fixed(100 * r.dropFraction, 0) << " % of the garment's pixels in the method's order are set to black\n";
}

}  // namespace

void explainFaithfulness(const FaithfulnessArgs& a, const std::shared_ptr<const engine::Model>& model,
                         nlohmann::json& out)
{
    const auto test = data::fashionMnist(a.dir, "test");
    explain::FaithfulnessSettings s;
    s.images = a.images;
    s.points = a.points;
    s.attribution = a.attribution;
    s.threads = a.threads;
    const auto methods = a.methods.empty() ? explain::faithfulnessMethods() : a.methods;
    ProgressLine line("faithfulness", a.json);
    int methodIndex = 0;
    std::string current;
    const auto r = explain::faithfulness(model, test.images, test.labels, methods, s,
                                         [&](const std::string& method, int done, int total) {
                                             if (method != current) {
                                                 current = method;
                                                 ++methodIndex;
                                             }
                                             const double share = double(done) / double(std::max(total, 1));
                                             line.update((double(methodIndex - 1) + share) / double(methods.size()),
                                                         method + " " + std::to_string(done) + "/" +
                                                             std::to_string(total) + " images");
                                             return true;
                                         });
    out["faithfulness"] = a.dir;
    out["images"] = r.images;
    out["fractions"] = r.fractions;
    out["drop_fraction"] = r.dropFraction;
    out["mean_probability"] = r.meanProbability;
    nlohmann::json curves = nlohmann::json::array();
    for (const auto& c : r.curves)
        curves.push_back({{"method", c.method},
                          {"deletion", c.deletion},
                          {"insertion", c.insertion},
                          {"deletion_area", c.deletionArea},
                          {"insertion_area", c.insertionArea},
                          {"drop", c.drop},
                          {"drop_vs_random", c.drop - r.curves.front().drop},
                          {"seconds", c.seconds}});
    out["curves"] = curves;
    nlohmann::json settings{{"steps", s.attribution.steps},
                            {"baseline", explain::toString(s.attribution.baseline)},
                            {"samples", s.attribution.samples},
                            {"noise", s.attribution.noise},
                            {"noise_seed", s.attribution.seed}};
    out["settings"] = settings;
    if (!a.json)
        printTable(r, *model, a.dir);
}

}  // namespace inception::cli
