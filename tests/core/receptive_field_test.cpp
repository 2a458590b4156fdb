// Receptive fields read from the tree (arch/receptive.h) against an independent computation in
// float64: the network with batch norm made the identity, every weight 1/fan-in, biases zero and
// max-pools replaced by average pools, on an all-ones input. Every value is then positive, so
// the input pixels where the gradient of one output cell (summed over channels) is non-zero are
// exactly the pixels that cell sees. For each of the five variants and the teaching networks:
// at least 5 nodes whose centre cell's field fits inside the input, among them a node with a
// non-square (factorised) kernel where the network has one, and a node that reduces the grid.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstdio>

#include "arch/receptive.h"
#include "models/network.h"
#include "models/registry.h"

using namespace inception;

namespace {

void replaceMaxPools(arch::ArchNode& n)
{
    if (n.isLeaf() && n.layer.op == arch::Op::MaxPool) {
        n.layer.op = arch::Op::AvgPool;
        n.layer.countIncludePad = true;
    }
    for (auto& c : n.children)
        replaceMaxPools(c);
}

void setUniform(models::InceptionNetImpl& net)
{
    torch::NoGradGuard guard;
    for (auto& m : net.modules(/*include_self=*/false)) {
        if (auto* conv = dynamic_cast<torch::nn::Conv2dImpl*>(m.get())) {
            conv->weight.fill_(1.0 / double(conv->weight[0].numel()));
            if (conv->bias.defined())
                conv->bias.zero_();
        } else if (auto* lin = dynamic_cast<torch::nn::LinearImpl*>(m.get())) {
            lin->weight.fill_(1.0 / double(lin->weight.size(1)));
            if (lin->bias.defined())
                lin->bias.zero_();
        } else if (auto* bn = dynamic_cast<torch::nn::BatchNorm2dImpl*>(m.get())) {
            bn->weight.fill_(1.0);
            bn->bias.zero_();
            bn->running_mean.zero_();
            bn->running_var.fill_(1.0 - bn->options.eps());  // (x - 0) / sqrt(1 - eps + eps) = x
        }
    }
}

bool reducesGrid(const arch::ArchNode& n, const std::vector<int64_t>& input)
{
    return n.output.size() == 3 && input.size() == 3 && n.output[1] < input[1];
}

struct Candidate {
    const arch::ArchNode* node;
    bool factorised = false, reduction = false, nonSquare = false;
};

}  // namespace

class ReceptiveFields : public ::testing::TestWithParam<std::string> {};

TEST_P(ReceptiveFields, MatchTheGradientsOfAUniformNetwork)
{
    const std::string variant = GetParam();
    // The reference size; larger where no factorised node's field fits in it (IRv2's 1x7 and 7x1
    // convolutions sit on the 17x17 grid, whose fields are wider than 299 pixels).
    const int size = variant == "inception_resnet_v2" ? 599 : 0;
    arch::NetworkDesc desc = models::describe(variant, {}, size);
    const auto fields = arch::receptiveFields(desc);
    const int64_t H = desc.input[1], W = desc.input[2];

    // Candidates: spatial nodes whose centre cell's field lies inside the image.
    std::vector<Candidate> candidates;
    std::map<std::string, std::vector<int64_t>> inputs;  // each node's input shape
    std::function<void(const arch::ArchNode&, std::vector<int64_t>)> walk = [&](const arch::ArchNode& n,
                                                                                 std::vector<int64_t> in) {
        inputs[n.id] = in;
        if (n.composition == arch::Composition::Series) {
            for (const auto& c : n.children) {
                walk(c, in);
                in = c.output;
            }
        } else if (n.composition == arch::Composition::Concat) {
            for (const auto& c : n.children)
                walk(c, in);
        } else if (n.composition == arch::Composition::Residual) {
            auto path = in;
            for (const auto& c : n.children) {
                walk(c, path);
                path = c.output;
            }
        }
    };
    walk(desc.root, desc.input);
    arch::forEachNode(desc.root, [&](const arch::ArchNode& n, int) {
        if (n.output.size() != 3 || &n == &desc.root)
            return;
        const auto& f = fields.at(n.id);
        if (f.h.global)
            return;
        const int64_t cy = n.output[1] / 2, cx = n.output[2] / 2;
        const int64_t top = f.h.first + cy * f.h.jump, left = f.w.first + cx * f.w.jump;
        if (top < 0 || left < 0 || top + f.h.size > H || left + f.w.size > W)
            return;
        Candidate c{&n};
        // A factorised node: a non-square field (a 1xn convolution's own output), else a 1xn kernel.
        c.factorised = f.h.size != f.w.size ||
                       (n.isLeaf() && n.layer.op == arch::Op::Conv && n.layer.kernel.h != n.layer.kernel.w);
        c.nonSquare = f.h.size != f.w.size;
        c.reduction = reducesGrid(n, inputs[n.id]);
        candidates.push_back(c);
    });
    // The chosen: the deepest factorised node and grid reduction that fit, then nodes spread
    // over the rest (the deepest among them).
    std::vector<const arch::ArchNode*> chosen;
    bool hasFactorised = false;
    arch::forEachNode(desc.root, [&](const arch::ArchNode& n, int) {
        hasFactorised = hasFactorised || (n.isLeaf() && n.layer.op == arch::Op::Conv && n.layer.kernel.h != n.layer.kernel.w);
    });
    auto pickLast = [&](auto pred) {
        for (auto it = candidates.rbegin(); it != candidates.rend(); ++it)
            if (pred(*it) && std::find(chosen.begin(), chosen.end(), it->node) == chosen.end()) {
                chosen.push_back(it->node);
                return true;
            }
        return false;
    };
    if (hasFactorised) {
        std::string smallest;
        int64_t least = 1 << 30;
        for (const auto& [id, f] : fields)
            if (!f.h.global && f.h.size != f.w.size && std::max(f.h.size, f.w.size) < least) {
                least = std::max(f.h.size, f.w.size);
                smallest = id + " (" + arch::describeField(f) + ", first " + std::to_string(f.h.first) + ")";
            }
        ASSERT_TRUE(pickLast([](const Candidate& c) { return c.nonSquare; }))
            << "no non-square field fits in " << H << "x" << W << "; the smallest: " << smallest;
        ASSERT_TRUE(pickLast([](const Candidate& c) { return c.factorised; })) << "no factorised node fits";
    }
    ASSERT_TRUE(pickLast([](const Candidate& c) { return c.reduction; })) << "no grid reduction fits";
    ASSERT_TRUE(pickLast([](const Candidate& c) { return c.node->kind == arch::Kind::Block; })) << "no module fits";
    const size_t spread = candidates.size();
    for (size_t k = 1; chosen.size() < 6 && k <= 4; ++k)
        if (spread > 0) {
            const auto* n = candidates[(spread - 1) * k / 5].node;
            if (std::find(chosen.begin(), chosen.end(), n) == chosen.end())
                chosen.push_back(n);
        }
    ASSERT_GE(chosen.size(), 5u) << variant << ": only " << candidates.size() << " nodes fit";

    // The uniform float64 network.
    replaceMaxPools(desc.root);
    models::InceptionNet net(desc);
    net->eval();
    net->to(torch::kFloat64);
    setUniform(*net);
    std::set<std::string> ids;
    for (const auto* n : chosen)
        ids.insert(n->id);
    models::Recorder recorder(ids);
    const torch::Tensor x = torch::ones({1, desc.input[0], H, W}, torch::kFloat64).requires_grad_(true);
    net->forward(x, &recorder);
    for (const auto* n : chosen) {
        const auto& out = recorder.outputs().at(n->id);
        const int64_t cy = out.size(2) / 2, cx = out.size(3) / 2;
        const auto cell = out[0].select(1, cy).select(1, cx).sum();
        const auto grad = torch::autograd::grad({cell}, {x}, {}, /*retain_graph=*/true)[0];
        const auto seen = (grad[0].abs().sum(0) > 0).to(torch::kInt32);
        const auto& f = fields.at(n->id);
        const auto box = arch::cellField(f, cy, cx, H, W);
        auto expected = torch::zeros({H, W}, torch::kInt32);
        expected.slice(0, box.top, box.bottom + 1).slice(1, box.left, box.right + 1).fill_(1);
        const auto rows = seen.sum(1).nonzero(), cols = seen.sum(0).nonzero();
        std::printf("  %s %-28s cell (%lld,%lld): field %s, rows %lld..%lld, columns %lld..%lld; gradient: %lld pixels\n",
                    variant.c_str(), n->id.c_str(), (long long)cy, (long long)cx, arch::describeField(f).c_str(),
                    (long long)box.top, (long long)box.bottom, (long long)box.left, (long long)box.right,
                    (long long)seen.sum().item<int64_t>());
        EXPECT_TRUE(torch::equal(seen, expected))
            << variant << " " << n->id << ": the gradient's support is rows "
            << rows.min().item<int64_t>() << ".." << rows.max().item<int64_t>() << ", columns "
            << cols.min().item<int64_t>() << ".." << cols.max().item<int64_t>() << "; computed " << box.top << ".."
            << box.bottom << ", " << box.left << ".." << box.right;
    }
}

INSTANTIATE_TEST_SUITE_P(AllVariants, ReceptiveFields,
                         ::testing::Values("googlenet", "bn_inception", "inception_v3", "inception_v4",
                                           "inception_resnet_v2", "mini_inception", "mini_inception_nobn",
                                           "mini_inception_5x5"),
                         [](const auto& info) { return info.param; });
