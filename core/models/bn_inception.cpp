// BN-Inception (Inception-v2), laid out as Cadene's `pretrainedmodels.bninception`.
// Ioffe & Szegedy, "Batch Normalization: Accelerating Deep Network Training by Reducing
// Internal Covariate Shift", 2015.
// Every module is registered flat on the network (`inception_3a_1x1`, `inception_3a_1x1_bn`);
// the blocks and branches below are logical groups.
#include "models/descriptions.h"

namespace inception::models {
using namespace arch;

namespace {

// Convs carry a bias and are followed by BatchNorm (eps 1e-5) and ReLU.
const ConvStyle kConv{/*bias=*/true, /*batchNorm=*/true, /*bnEps=*/1e-5, /*flatNames=*/true};

enum class Pool { Avg, Max, MaxStride2 };

struct ModuleSpec {
    const char* name;
    int in, ch1x1, ch3x3red, ch3x3, dblRed, dbl, poolProj;  // ch1x1 = 0, poolProj = 0: absent
    Pool pool;
};

ArchNode inceptionModule(const ModuleSpec& s)
{
    const std::string id = s.name;
    const int stride = s.pool == Pool::MaxStride2 ? 2 : 1;
    std::vector<ArchNode> branches;
    if (s.ch1x1)
        branches.push_back(conv(kConv, id + "_1x1", s.in, s.ch1x1, 1));
    branches.push_back(series(id + "_3x3_branch", "3x3", Kind::Branch,
        {conv(kConv, id + "_3x3_reduce", s.in, s.ch3x3red, 1),
         conv(kConv, id + "_3x3", s.ch3x3red, s.ch3x3, 3, stride, /*padding=*/1)}));
    branches.push_back(series(id + "_double_3x3_branch", "double 3x3", Kind::Branch,
        {conv(kConv, id + "_double_3x3_reduce", s.in, s.dblRed, 1),
         conv(kConv, id + "_double_3x3_1", s.dblRed, s.dbl, 3, 1, 1),
         conv(kConv, id + "_double_3x3_2", s.dbl, s.dbl, 3, stride, 1)}));
    switch (s.pool) {
    case Pool::Avg:
        branches.push_back(series(id + "_pool_branch", "pool", Kind::Branch,
            {avgPool(id + "_pool", 3, 1, 1, /*countIncludePad=*/true, /*ceil=*/true),
             conv(kConv, id + "_pool_proj", s.in, s.poolProj, 1)}));
        break;
    case Pool::Max:
        branches.push_back(series(id + "_pool_branch", "pool", Kind::Branch,
            {maxPool(id + "_pool", 3, 1, 1, /*ceil=*/true),
             conv(kConv, id + "_pool_proj", s.in, s.poolProj, 1)}));
        break;
    case Pool::MaxStride2:  // grid reduction: the pool output is concatenated as it is
        branches.push_back(maxPool(id + "_pool", 3, 2, 0, /*ceil=*/true));
        break;
    }
    return concat(id, id, Kind::Block, std::move(branches));
}

}  // namespace

NetworkDesc describeBNInception(const ModelOptions& o)
{
    NetworkDesc d;
    d.variant = "bn_inception";
    d.input = {3, 224, 224};

    auto stage = [](const std::string& id, const std::string& name, std::initializer_list<ModuleSpec> specs) {
        std::vector<ArchNode> modules;
        for (const auto& s : specs)
            modules.push_back(inceptionModule(s));
        return series(id, name, Kind::Stage, std::move(modules));
    };

    std::vector<ArchNode> head;
    head.push_back(adaptiveAvgPool("global_pool", 1, /*flatten=*/true));  // 1024
    if (o.dropout > 0)
        head.push_back(dropout("dropout", o.dropout));
    head.push_back(linear("last_linear", 1024, o.numClasses));

    d.root = series("bn_inception", "BN-Inception", Kind::Network,
        {series("stem", "stem", Kind::Stage,
                {conv(kConv, "conv1_7x7_s2", 3, 64, 7, /*stride=*/2, /*padding=*/3),  // 64 x 112 x 112
                 maxPool("pool1_3x3_s2", 3, 2, 0, /*ceil=*/true),                    // 64 x 56 x 56
                 conv(kConv, "conv2_3x3_reduce", 64, 64, 1),
                 conv(kConv, "conv2_3x3", 64, 192, 3, 1, 1),                          // 192 x 56 x 56
                 maxPool("pool2_3x3_s2", 3, 2, 0, true)}),                           // 192 x 28 x 28
         stage("stage3", "inception 3",
               {{"inception_3a", 192, 64, 64, 64, 64, 96, 32, Pool::Avg},      // 256 x 28 x 28
                {"inception_3b", 256, 64, 64, 96, 64, 96, 64, Pool::Avg},      // 320 x 28 x 28
                {"inception_3c", 320, 0, 128, 160, 64, 96, 0, Pool::MaxStride2}}),  // 576 x 14 x 14
         stage("stage4", "inception 4",
               {{"inception_4a", 576, 224, 64, 96, 96, 128, 128, Pool::Avg},
                {"inception_4b", 576, 192, 96, 128, 96, 128, 128, Pool::Avg},
                {"inception_4c", 576, 160, 128, 160, 128, 160, 128, Pool::Avg},   // 608 x 14 x 14
                {"inception_4d", 608, 96, 128, 192, 160, 192, 128, Pool::Avg},
                {"inception_4e", 608, 0, 128, 192, 192, 256, 0, Pool::MaxStride2}}),  // 1056 x 7 x 7
         stage("stage5", "inception 5",
               {{"inception_5a", 1056, 352, 192, 320, 160, 224, 128, Pool::Avg},  // 1024 x 7 x 7
                {"inception_5b", 1024, 352, 192, 320, 192, 224, 128, Pool::Max}}),
         series("head", "classifier", Kind::Stage, std::move(head))});
    return d;
}

}  // namespace inception::models
