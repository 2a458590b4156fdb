#include "engine/calibrate.h"

#include <torch/torch.h>

namespace inception::engine {

void calibrateRandomWeights(models::InceptionNet& net, int batches, int batchSize, uint64_t seed)
{
    const auto& desc = net->desc();
    const int64_t size = desc.input[1];
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
    auto batch = [&](int64_t n) { return at::randn({n, desc.input[0], size, size}, gen); };
    torch::NoGradGuard noGrad;
    for (const auto& m : net->modules(/*include_self=*/false))
        if (auto* bn = m->as<torch::nn::BatchNorm2d>()) {
            bn->reset_running_stats();
            bn->options.momentum({});  // a plain average over the calibration batches
        }
    net->train();
    for (int i = 0; i < batches; ++i)
        net->forward(batch(batchSize).to(net->parameters().front().device()));
    net->eval();

    // Centre the classifier: bias = -W mu, mu the mean feature entering it.
    const arch::ArchNode* fc = nullptr;
    const arch::ArchNode* before = nullptr;
    arch::forEachNode(desc.root, [&](const arch::ArchNode& n, int) {
        for (size_t i = 1; i < n.children.size(); ++i)
            if (n.children[i].isLeaf() && n.children[i].layer.op == arch::Op::Linear) {
                fc = &n.children[i];
                before = &n.children[i - 1];
            }
    });
    if (!fc || !before)
        return;
    models::Recorder rec({before->id});
    net->forward(batch(std::max(batchSize, 8)).to(net->parameters().front().device()), &rec);
    const auto mu = rec.outputs().at(before->id).flatten(1).mean(0);
    auto params = net->named_parameters();
    auto* weight = params.find(fc->layer.weightPath + ".weight");
    auto* bias = params.find(fc->layer.weightPath + ".bias");
    if (weight && bias)
        bias->copy_(-torch::matmul(*weight, mu));
}

}  // namespace inception::engine
