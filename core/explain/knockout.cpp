#include "explain/knockout.h"

#include <torch/torch.h>

#include <algorithm>
#include <iomanip>
#include <sstream>

#include "arch/names.h"
#include "common/error.h"
#include "common/format.h"
#include "engine/session.h"
#include "explain/explain_nodes.h"

namespace inception::explain {

std::pair<std::string, models::Intervention> parseKnockout(const std::string& text)
{
    const auto eq = text.find('=');
    const std::string node = text.substr(0, eq);
    if (node.empty())
        throw Error(ErrorCode::BadArgument, "--knockout needs a node id, e.g. inception4a.branch2=zero");
    if (eq == std::string::npos)
        return {node, models::Intervention::Zero};
    const std::string kind = text.substr(eq + 1);
    if (kind == "zero")
        return {node, models::Intervention::Zero};
    if (kind == "mean")
        return {node, models::Intervention::Mean};
    throw Error(ErrorCode::BadArgument, "knockout '" + kind + "' for " + node + ": use zero or mean");
}

const char* toString(models::Intervention kind) { return kind == models::Intervention::Mean ? "mean" : "zero"; }

std::vector<SweepRow> sweepBranches(const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input,
                                    const std::vector<std::string>& names, const std::string& module,
                                    models::Intervention kind, const Knockouts& base, int threads)
{
    const auto& desc = model->desc();
    const arch::ArchNode* node = arch::findNode(desc.root, module);
    if (!node)
        throw Error(ErrorCode::UnknownNode, arch::noNodeMessage(desc, module));
    const auto branches = branchesOf(*node);
    if (branches.empty())
        throw Error(ErrorCode::BadArgument, "'" + module + "' has no branches to knock out one by one");
    if (int64_t(names.size()) != input.size(0))
        throw Error(ErrorCode::BadArgument, "one name per image");

    engine::SessionOptions o;
    o.threads = threads;
    engine::RunRequest run;
    run.interventions = base;
    engine::Session session(model, o);
    const auto original = session.run(input, run);
    const auto logP = torch::log_softmax(original.logits.to(torch::kFloat64), 1);
    std::vector<SweepRow> rows;
    for (const auto* b : branches) {
        engine::RunRequest knock = run;
        knock.interventions[b->id] = kind;
        const auto knocked = session.run(input, knock);
        const auto logQ = torch::log_softmax(knocked.logits.to(torch::kFloat64), 1);
        const auto kl = (logP.exp() * (logP - logQ)).sum(1);
        for (int64_t n = 0; n < input.size(0); ++n) {
            SweepRow r;
            r.image = names[size_t(n)];
            r.branch = b->id;
            r.originalTop1 = original.top[size_t(n)][0].index;
            r.originalP = std::exp(logP[n][r.originalTop1].item<double>());
            r.knockedP = std::exp(logQ[n][r.originalTop1].item<double>());
            r.drop = r.originalP - r.knockedP;
            r.newTop1 = knocked.top[size_t(n)][0].index;
            r.top1Kept = r.newTop1 == r.originalTop1;
            r.kl = kl[n].item<double>();
            rows.push_back(std::move(r));
        }
    }
    return rows;
}

std::vector<SweepMean> sweepMeans(const std::vector<SweepRow>& rows)
{
    std::vector<SweepMean> means;
    for (const auto& r : rows) {
        auto it = std::find_if(means.begin(), means.end(), [&](const SweepMean& m) { return m.branch == r.branch; });
        if (it == means.end()) {
            means.push_back({r.branch});
            it = std::prev(means.end());
        }
        it->images += 1;
        it->drop += r.drop;
        it->kept += r.top1Kept ? 1.0 : 0.0;
        it->kl += r.kl;
    }
    for (auto& m : means) {
        m.drop /= m.images;
        m.kept /= m.images;
        m.kl /= m.images;
    }
    return means;
}


std::string sweepCsv(const std::vector<SweepRow>& rows)
{
    std::ostringstream out;
    out << std::setprecision(9);
    out << "image,branch,original_top1,original_probability,knocked_out_probability,drop,top1_kept,new_top1,kl\n";
    for (const auto& r : rows)
        out << csvField(r.image) << ',' << r.branch << ',' << r.originalTop1 << ',' << r.originalP << ','
            << r.knockedP << ',' << r.drop << ',' << (r.top1Kept ? 1 : 0) << ',' << r.newTop1 << ',' << r.kl << '\n';
    for (const auto& m : sweepMeans(rows))
        out << "mean (" << m.images << " images)," << m.branch << ",,,," << m.drop << ',' << m.kept << ",," << m.kl
            << '\n';
    return out.str();
}

}  // namespace inception::explain
