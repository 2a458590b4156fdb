#include "explain/faithfulness.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>

#include "common/error.h"
#include "engine/session.h"
#include "explain/gradcam.h"
#include "models/normalise.h"

namespace inception::explain {

namespace {

constexpr int kMaxImages = 10000;
constexpr int kMaxPoints = 101;
constexpr int64_t kForwardBatch = 500;

void check(const engine::Model& model, const torch::Tensor& images, const torch::Tensor& labels,
           const std::vector<std::string>& methods, const FaithfulnessSettings& s)
{
    if (!model.provenance().trained)
        throw Error(ErrorCode::BadArgument,
                    "faithfulness curves need trained weights: on random weights there is nothing learned for a map "
                    "to be faithful to (mini_inception's bundled model is trained)");
    const auto& p = model.preset();
    if (!p.grey || !p.lightOnDark)
        throw Error(ErrorCode::BadArgument,
                    "faithfulness curves delete pixels to a black background: they need a grey light-on-dark model "
                    "such as mini_inception (Fashion-MNIST); " + model.variant() + " takes colour photographs");
    if (!images.defined() || images.scalar_type() != torch::kUInt8 || images.dim() != 4 || images.size(1) != 1)
        throw Error(ErrorCode::BadArgument, "faithfulness curves need uint8 grey images [N, 1, H, W] (Fashion-MNIST)");
    if (images.size(2) != p.crop || images.size(3) != p.crop)
        throw Error(ErrorCode::BadArgument, "the images are " + std::to_string(images.size(2)) + "x" +
                                                std::to_string(images.size(3)) + "; " + model.variant() +
                                                " takes " + std::to_string(p.crop) + "x" + std::to_string(p.crop));
    if (images.size(0) == 0 || !labels.defined() || labels.dim() != 1 || labels.size(0) != images.size(0))
        throw Error(ErrorCode::BadArgument, "faithfulness curves need at least one image and one label per image");
    if (s.images < 1 || s.images > kMaxImages)
        throw Error(ErrorCode::BadArgument, "images: " + std::to_string(s.images) + " is out of range 1.." +
                                                std::to_string(kMaxImages));
    if (s.points < 2 || s.points > kMaxPoints)
        throw Error(ErrorCode::BadArgument, "points: " + std::to_string(s.points) + " is out of range 2.." +
                                                std::to_string(kMaxPoints));
    if (!(s.dropFraction > 0 && s.dropFraction <= 1))
        throw Error(ErrorCode::BadArgument, "the drop fraction must be in (0, 1]");
    for (const auto& m : methods)
        if (m != "random" && m != "gradcam")
            parseMethod(m);  // throws, naming the choices
}

// uint8 pixels through the model's preset (models/normalise.h: the one place that does it).
torch::Tensor normalise(const engine::Model& m, const torch::Tensor& u8)
{
    return models::normalise(u8.to(torch::kFloat32) / 255.0, m.preset()).contiguous();
}

// The true class's probability for each image: [N] float64.
torch::Tensor trueProbability(engine::Session& session, const engine::Model& m, const torch::Tensor& u8,
                              const torch::Tensor& labels)
{
    std::vector<torch::Tensor> parts;
    for (int64_t from = 0; from < u8.size(0); from += kForwardBatch) {
        const int64_t to = std::min(u8.size(0), from + kForwardBatch);
        const auto p = session.run(normalise(m, u8.slice(0, from, to))).probabilities;
        parts.push_back(p.gather(1, labels.slice(0, from, to).unsqueeze(1)).squeeze(1).to(torch::kFloat64));
    }
    return torch::cat(parts);
}

// Each object pixel's place in the ranking (0: first), the other pixels after every object
// pixel: [N, H*W] int64. Ties keep the pixels' order.
torch::Tensor places(const torch::Tensor& score, const torch::Tensor& object)
{
    const auto s = score.flatten(1).to(torch::kFloat64).masked_fill(object.flatten(1).logical_not(),
                                                                    -std::numeric_limits<double>::infinity());
    const auto order = std::get<1>(s.sort(/*stable=*/true, /*dim=*/1, /*descending=*/true));
    auto rank = torch::empty_like(order);
    rank.scatter_(1, order, torch::arange(order.size(1), order.options()).expand_as(order).contiguous());
    return rank;
}

double trapezoidArea(const std::vector<double>& y)
{
    double area = 0;
    for (size_t i = 0; i + 1 < y.size(); ++i)
        area += 0.5 * (y[i] + y[i + 1]);
    return area / double(y.size() - 1);
}

struct Curves {
    engine::Session& session;
    const engine::Model& model;
    torch::Tensor u8, labels, object, count;  // count: object pixels per image [N] int64
    torch::Tensor before;                      // [N] float64

    // Images with the first round(f · count) pixels of each ranking deleted (or, inserting,
    // every object pixel but those set to black).
    torch::Tensor edited(const torch::Tensor& rank, double f, bool insert) const
    {
        const auto k = (count.to(torch::kFloat64) * f).round().to(torch::kInt64).unsqueeze(1);
        const auto first = rank < k;
        const auto flat = u8.flatten(1);
        const auto black = insert ? object.flatten(1).logical_and(first.logical_not()) : first;
        return flat.masked_fill(black, 0).view_as(u8);
    }

    void fill(FaithfulnessCurve& c, const torch::Tensor& score, const std::vector<double>& fractions,
              double dropFraction) const
    {
        const auto rank = places(score, object);
        for (double f : fractions) {
            c.deletion.push_back(trueProbability(session, model, edited(rank, f, false), labels).mean().item<double>());
            c.insertion.push_back(trueProbability(session, model, edited(rank, f, true), labels).mean().item<double>());
        }
        c.deletionArea = trapezoidArea(c.deletion);
        c.insertionArea = trapezoidArea(c.insertion);
        const auto after = trueProbability(session, model, edited(rank, dropFraction, false), labels);
        c.drop = (before - after).mean().item<double>();
    }
};

// Grad-CAM of the true class at the default node, upsampled to the image: [N, H, W].
torch::Tensor gradCamScores(const std::shared_ptr<const engine::Model>& m, const torch::Tensor& x,
                            const torch::Tensor& labels, int threads, const FaithfulnessProgress& progress, bool& stop)
{
    std::vector<torch::Tensor> maps;
    for (int64_t from = 0; from < x.size(0) && !stop; from += 100) {
        const int64_t n = std::min<int64_t>(100, x.size(0) - from);
        GradCamRequest req;
        req.device = engine::DeviceChoice::Cpu;
        req.threads = threads;
        for (int64_t i = 0; i < n; ++i)
            req.classes.push_back(int(labels[from + i].item<int64_t>()));
        const auto r = gradCam(m, x.slice(0, from, from + n), req);
        maps.push_back(upsampleMap(r.map, x.size(2), x.size(3)));
        stop = progress && !progress("gradcam", int(from + n), int(x.size(0)));
    }
    return stop ? torch::Tensor() : torch::cat(maps);
}

torch::Tensor attributionScores(const std::shared_ptr<const engine::Model>& m, const torch::Tensor& x,
                                const torch::Tensor& labels, const std::string& name, const FaithfulnessSettings& s,
                                const FaithfulnessProgress& progress, bool& stop)
{
    AttributionRequest req;
    req.method = parseMethod(name);
    req.settings = s.attribution;
    req.device = engine::DeviceChoice::Cpu;
    req.threads = s.threads;
    std::vector<torch::Tensor> maps;
    for (int64_t i = 0; i < x.size(0) && !stop; ++i) {
        req.target = int(labels[i].item<int64_t>());
        req.settings.seed = s.attribution.seed + uint64_t(i);  // each image its own noise
        maps.push_back(rankingScore(name, attribute(m, x.slice(0, i, i + 1), req).map));
        stop = progress && !progress(name, int(i + 1), int(x.size(0)));
    }
    return stop ? torch::Tensor() : torch::stack(maps);
}

torch::Tensor randomScores(const torch::Tensor& u8, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    auto out = torch::empty({u8.size(0), u8.size(2), u8.size(3)}, torch::kFloat64);
    double* p = out.data_ptr<double>();
    for (int64_t i = 0; i < out.numel(); ++i)
        p[i] = u(rng);
    return out;
}

}  // namespace

std::vector<std::string> faithfulnessMethods()
{
    std::vector<std::string> out{"random", "gradcam"};
    for (auto m : allMethods())
        out.push_back(toString(m));
    return out;
}

torch::Tensor rankingScore(const std::string& method, const torch::Tensor& map)
{
    if (method == "gradient" || method == "smoothgrad" || method == "guided-backprop")
        return map.abs();
    return map;
}

FaithfulnessReport faithfulness(const std::shared_ptr<const engine::Model>& model, const torch::Tensor& images,
                                const torch::Tensor& labels, const std::vector<std::string>& methods,
                                const FaithfulnessSettings& settings, const FaithfulnessProgress& progress)
{
    check(*model, images, labels, methods, settings);
    const int64_t n = std::min<int64_t>(settings.images, images.size(0));
    const struct {
        torch::Tensor images, labels;
        int64_t size() const { return labels.size(0); }
    } part{images.slice(0, 0, n).contiguous(), labels.slice(0, 0, n).to(torch::kInt64).contiguous()};
    engine::SessionOptions options;
    options.device = engine::DeviceChoice::Cpu;
    options.threads = settings.threads;
    engine::Session session(model, options);

    FaithfulnessReport report;
    report.images = int(part.size());
    report.dropFraction = settings.dropFraction;
    for (int i = 0; i < settings.points; ++i)
        report.fractions.push_back(double(i) / double(settings.points - 1));
    const auto object = part.images > settings.objectLevel;
    Curves curves{session, *model, part.images.contiguous(), part.labels, object,
                  object.flatten(1).sum(1).to(torch::kInt64), {}};
    curves.before = trueProbability(session, *model, part.images, part.labels);
    report.meanProbability = curves.before.mean().item<double>();
    const auto x = normalise(*model, part.images);

    std::vector<std::string> order{"random"};
    for (const auto& m : methods)
        if (m != "random" && std::find(order.begin(), order.end(), m) == order.end())
            order.push_back(m);
    for (const auto& name : order) {
        bool stop = false;
        const auto start = std::chrono::steady_clock::now();
        torch::Tensor score;
        if (name == "random")
            score = randomScores(part.images, settings.randomSeed);
        else if (name == "gradcam")
            score = gradCamScores(model, x, part.labels, settings.threads, progress, stop);
        else
            score = attributionScores(model, x, part.labels, name, settings, progress, stop);
        if (stop) {
            report.cancelled = true;
            return report;
        }
        FaithfulnessCurve c;
        c.method = name;
        c.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        curves.fill(c, score, report.fractions, settings.dropFraction);
        report.curves.push_back(std::move(c));
    }
    return report;
}

}  // namespace inception::explain
