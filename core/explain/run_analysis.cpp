#include "explain/run_analysis.h"

#include <torch/torch.h>

#include <algorithm>
#include <limits>

#include "explain/explain_nodes.h"

namespace inception::explain {

namespace {

// The same image without the knockouts: the before of before / after.
KnockoutComparison compareWithout(engine::Session& session, const torch::Tensor& x, const engine::Prediction& after,
                                  const Knockouts& applied, int topK)
{
    engine::RunRequest plain;
    plain.topK = topK;
    KnockoutComparison c;
    c.applied = applied;
    c.before = session.run(x, plain);
    const auto probs = c.before.probabilities[0].contiguous();
    const auto order = std::get<1>(probs.sort(0, /*descending=*/true)).contiguous();
    std::vector<int> rank(size_t(probs.size(0)));
    for (int64_t i = 0; i < order.size(0); ++i)
        rank[size_t(order[i].item<int64_t>())] = int(i) + 1;
    for (const auto& s : after.top[0]) {
        c.beforeP.push_back(probs[s.index].item<float>());
        c.beforeRank.push_back(rank[size_t(s.index)]);
    }
    c.top1Changed = c.before.top[0][0].index != after.top[0][0].index;
    return c;
}

// Grad-CAM at the selected node where it has a spatial map, else at the variant's default node.
Explanation explainRun(engine::Session& session, const torch::Tensor& x, const AnalysisRequest& request,
                       const Knockouts& knockouts, int shownTop1)
{
    const auto& model = session.model();
    const auto& desc = model.desc();
    Explanation e;
    GradCamRequest g;
    g.node = defaultNode(desc);
    if (!request.node.empty() && arch::findNode(desc.root, request.node)) {
        if (spatialRefusal(desc, request.node).empty())
            g.node = request.node;
        else
            e.fellBack = true;
    }
    g.perBranch = perBranchRefusal(desc, g.node).empty();
    g.knockouts = knockouts;
    g.device = session.device().is_cuda() ? engine::DeviceChoice::Cuda : engine::DeviceChoice::Cpu;
    g.threads = session.options().threads;
    // The top-1 is the one the run shows (its forward may run in bfloat16; gradients run in float32).
    const int k = request.gradCamClass;
    g.classes = {k >= 0 && k < model.classes() ? k : shownTop1};
    e.gradCam = gradCam(session.modelPtr(), x, g);
    const auto& preset = model.preset();
    e.cropFraction = preset.resize > 0 ? std::min(1.0, double(preset.crop) / double(preset.resize)) : 1.0;
    const auto map = e.gradCam.map[0];
    e.min = map.min().item<float>();
    e.max = map.max().item<float>();
    e.limit = std::max(std::abs(e.min), std::abs(e.max));
    if (!(e.limit > 0))
        e.limit = 1;
    e.upsampled = upsampleMap(e.gradCam.map, x.size(2), x.size(3))[0];
    float termLimit = 0;
    for (const auto& t : e.gradCam.terms)
        termLimit = std::max(termLimit, t.map[0].abs().max().item<float>());
    e.termLimit = termLimit > 0 ? termLimit : 1;
    return e;
}

// The selected node's parts: their outputs, energy shares and first channels on one scale.
void fillParts(RunAnalysis& a, const arch::NetworkDesc& desc, const arch::ArchNode& selected,
               const std::vector<const arch::ArchNode*>& parts, int shownChannels)
{
    const auto& acts = a.prediction.activations;
    // Shares of energy only where the parts partition an output: a concatenation's branches (a
    // module's, or a residual block's before its projection). A branch's layers follow one
    // another, and their energies add to nothing.
    const bool partition = selected.composition == arch::Composition::Concat ||
                           (selected.composition == arch::Composition::Residual && !selected.children.empty() &&
                            selected.children[0].composition == arch::Composition::Concat);
    double total = 0;
    for (const auto* part : parts)
        total += acts.at(part->id).square().sum().item<double>();
    float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
    for (const auto* part : parts) {
        const auto& t = acts.at(part->id);
        if (t.dim() != 4)
            continue;
        const auto shown = t[0].slice(0, 0, shownChannels);
        lo = std::min(lo, shown.min().item<float>());
        hi = std::max(hi, shown.max().item<float>());
    }
    a.low = lo;
    a.high = hi;
    const auto fields = arch::receptiveFields(desc);
    for (const auto* part : parts) {
        const auto& t = acts.at(part->id);
        PartActivation p;
        p.id = part->id;
        p.name = part->name;
        p.shape = std::vector<int64_t>(t.sizes().begin() + 1, t.sizes().end());
        p.channels = t.dim() == 4 ? int(t.size(1)) : 1;
        p.energyShare = !partition ? -1 : total > 0 ? t.square().sum().item<double>() / total : 0;
        p.output = t[0];
        if (t.dim() == 4)
            p.shown = t[0].slice(0, 0, shownChannels).to(torch::kFloat32).contiguous();
        if (auto f = fields.find(part->id); f != fields.end())
            p.field = f->second;
        a.parts.push_back(std::move(p));
    }
}

}  // namespace

std::vector<std::string> heatNodes(const arch::NetworkDesc& desc)
{
    std::vector<std::string> ids;
    arch::forEachNode(desc.root, [&](const arch::ArchNode& n, int depth) {
        if (depth >= 1 && depth <= 2 && n.output.size() == 3)
            ids.push_back(n.id);
    });
    return ids;
}

std::vector<const arch::ArchNode*> shownParts(const arch::ArchNode& n)
{
    const arch::ArchNode* group = &n;
    if (n.composition == arch::Composition::Residual && !n.children.empty() &&
        n.children[0].composition == arch::Composition::Concat)
        group = &n.children[0];
    std::vector<const arch::ArchNode*> parts;
    for (const auto& c : group->children)
        parts.push_back(&c);
    if (parts.empty())
        parts.push_back(&n);
    return parts;
}

RunAnalysis analyseRun(engine::Session& session, const torch::Tensor& input, const AnalysisRequest& request,
                       const std::function<void()>& beforeForward)
{
    const auto& desc = session.model().desc();
    const arch::ArchNode* selected = request.node.empty() ? nullptr : arch::findNode(desc.root, request.node);
    std::vector<const arch::ArchNode*> parts;
    engine::RunRequest run;
    run.topK = request.topK;
    if (selected) {
        run.capture.insert(selected->id);
        parts = shownParts(*selected);
        for (const auto* p : parts)
            run.capture.insert(p->id);
    }
    const auto heatIds = heatNodes(desc);
    run.capture.insert(heatIds.begin(), heatIds.end());
    for (const auto& [id, kind] : request.knockouts)
        if (arch::findNode(desc.root, id))
            run.interventions[id] = kind;
    if (beforeForward)
        beforeForward();

    RunAnalysis a;
    a.input = input;
    a.prediction = session.run(input, run);
    double strongest = 0;
    for (const auto& id : heatIds) {
        const double v = a.prediction.activations.at(id).abs().mean().item<double>();
        a.heat[id] = v;
        strongest = std::max(strongest, v);
    }
    for (auto& [id, v] : a.heat)
        v = strongest > 0 ? v / strongest : 0;
    if (!run.interventions.empty())
        a.knockout = compareWithout(session, input, a.prediction, run.interventions, request.topK);
    if (request.gradCam)
        a.explanation = explainRun(session, input, request, run.interventions, a.prediction.top[0][0].index);
    if (selected)
        fillParts(a, desc, *selected, parts, request.shownChannels);
    return a;
}

}  // namespace inception::explain
