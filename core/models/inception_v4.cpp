// Inception-v4, laid out as timm's `inception_v4`.
// Szegedy et al., "Inception-v4, Inception-ResNet and the Impact of Residual Connections on
// Learning", 2016.
#include "models/descriptions.h"

namespace inception::models {
using namespace arch;

namespace {

const ConvStyle kConv{/*bias=*/false, /*batchNorm=*/true, /*bnEps=*/1e-3, /*flatNames=*/false};

std::string at(int index) { return "features." + std::to_string(index); }

// timm's pools inside the modules do not count padding.
ArchNode avgPoolBranchPool(const std::string& id) { return avgPool(id, 3, 1, 1, /*countIncludePad=*/false); }

ArchNode mixed3a(const std::string& id)
{
    // Note: concatenation order is [maxpool, conv].
    return concat(id, "Mixed3a", Kind::Block,
                  {maxPool(id + ".maxpool", 3, 2), conv(kConv, id + ".conv", 64, 96, 3, /*stride=*/2)});
}

ArchNode mixed4a(const std::string& id)
{
    return concat(id, "Mixed4a", Kind::Block,
        {series(id + ".branch0", "branch0", Kind::Branch,
                {conv(kConv, id + ".branch0.0", 160, 64, 1), conv(kConv, id + ".branch0.1", 64, 96, 3)}),
         series(id + ".branch1", "branch1", Kind::Branch,
                {conv(kConv, id + ".branch1.0", 160, 64, 1),
                 conv(kConv, id + ".branch1.1", 64, 64, {1, 7}, 1, {0, 3}),
                 conv(kConv, id + ".branch1.2", 64, 64, {7, 1}, 1, {3, 0}),
                 conv(kConv, id + ".branch1.3", 64, 96, 3)})});
}

ArchNode mixed5a(const std::string& id)
{
    // Note: concatenation order is [conv, maxpool].
    return concat(id, "Mixed5a", Kind::Block,
                  {conv(kConv, id + ".conv", 192, 192, 3, 2), maxPool(id + ".maxpool", 3, 2)});
}

ArchNode inceptionA(const std::string& id)
{
    return concat(id, "Inception-A", Kind::Block,
        {conv(kConv, id + ".branch0", 384, 96, 1),
         series(id + ".branch1", "branch1", Kind::Branch,
                {conv(kConv, id + ".branch1.0", 384, 64, 1), conv(kConv, id + ".branch1.1", 64, 96, 3, 1, 1)}),
         series(id + ".branch2", "branch2", Kind::Branch,
                {conv(kConv, id + ".branch2.0", 384, 64, 1), conv(kConv, id + ".branch2.1", 64, 96, 3, 1, 1),
                 conv(kConv, id + ".branch2.2", 96, 96, 3, 1, 1)}),
         series(id + ".branch3", "branch3", Kind::Branch,
                {avgPoolBranchPool(id + ".branch3.0"), conv(kConv, id + ".branch3.1", 384, 96, 1)})});
}

ArchNode reductionA(const std::string& id)
{
    return concat(id, "Reduction-A", Kind::Block,
        {conv(kConv, id + ".branch0", 384, 384, 3, 2),
         series(id + ".branch1", "branch1", Kind::Branch,
                {conv(kConv, id + ".branch1.0", 384, 192, 1), conv(kConv, id + ".branch1.1", 192, 224, 3, 1, 1),
                 conv(kConv, id + ".branch1.2", 224, 256, 3, 2)}),
         maxPool(id + ".branch2", 3, 2)});
}

ArchNode inceptionB(const std::string& id)
{
    return concat(id, "Inception-B", Kind::Block,
        {conv(kConv, id + ".branch0", 1024, 384, 1),
         series(id + ".branch1", "branch1", Kind::Branch,
                {conv(kConv, id + ".branch1.0", 1024, 192, 1),
                 conv(kConv, id + ".branch1.1", 192, 224, {1, 7}, 1, {0, 3}),
                 conv(kConv, id + ".branch1.2", 224, 256, {7, 1}, 1, {3, 0})}),
         series(id + ".branch2", "branch2", Kind::Branch,
                {conv(kConv, id + ".branch2.0", 1024, 192, 1),
                 conv(kConv, id + ".branch2.1", 192, 192, {7, 1}, 1, {3, 0}),
                 conv(kConv, id + ".branch2.2", 192, 224, {1, 7}, 1, {0, 3}),
                 conv(kConv, id + ".branch2.3", 224, 224, {7, 1}, 1, {3, 0}),
                 conv(kConv, id + ".branch2.4", 224, 256, {1, 7}, 1, {0, 3})}),
         series(id + ".branch3", "branch3", Kind::Branch,
                {avgPoolBranchPool(id + ".branch3.0"), conv(kConv, id + ".branch3.1", 1024, 128, 1)})});
}

ArchNode reductionB(const std::string& id)
{
    return concat(id, "Reduction-B", Kind::Block,
        {series(id + ".branch0", "branch0", Kind::Branch,
                {conv(kConv, id + ".branch0.0", 1024, 192, 1), conv(kConv, id + ".branch0.1", 192, 192, 3, 2)}),
         series(id + ".branch1", "branch1", Kind::Branch,
                {conv(kConv, id + ".branch1.0", 1024, 256, 1),
                 conv(kConv, id + ".branch1.1", 256, 256, {1, 7}, 1, {0, 3}),
                 conv(kConv, id + ".branch1.2", 256, 320, {7, 1}, 1, {3, 0}),
                 conv(kConv, id + ".branch1.3", 320, 320, 3, 2)}),
         maxPool(id + ".branch2", 3, 2)});
}

// 1x1 -> 3x1 -> 1x3, then a split into 1x3 and 3x1.
ArchNode inceptionC(const std::string& id)
{
    return concat(id, "Inception-C", Kind::Block,
        {conv(kConv, id + ".branch0", 1536, 256, 1),
         series(id + ".branch1", "branch1", Kind::Branch,
                {conv(kConv, id + ".branch1_0", 1536, 384, 1),
                 concat(id + ".branch1_1", "branch1_1", Kind::Branch,
                        {conv(kConv, id + ".branch1_1a", 384, 256, {1, 3}, 1, {0, 1}),
                         conv(kConv, id + ".branch1_1b", 384, 256, {3, 1}, 1, {1, 0})})}),
         series(id + ".branch2", "branch2", Kind::Branch,
                {conv(kConv, id + ".branch2_0", 1536, 384, 1),
                 conv(kConv, id + ".branch2_1", 384, 448, {3, 1}, 1, {1, 0}),
                 conv(kConv, id + ".branch2_2", 448, 512, {1, 3}, 1, {0, 1}),
                 concat(id + ".branch2_3", "branch2_3", Kind::Branch,
                        {conv(kConv, id + ".branch2_3a", 512, 256, {1, 3}, 1, {0, 1}),
                         conv(kConv, id + ".branch2_3b", 512, 256, {3, 1}, 1, {1, 0})})}),
         series(id + ".branch3", "branch3", Kind::Branch,
                {avgPoolBranchPool(id + ".branch3.0"), conv(kConv, id + ".branch3.1", 1536, 256, 1)})});
}

}  // namespace

NetworkDesc describeInceptionV4(const ModelOptions& o)
{
    NetworkDesc d;
    d.variant = "inception_v4";
    d.input = {3, 299, 299};

    std::vector<ArchNode> stageA, stageB, stageC;
    for (int i = 6; i <= 9; ++i)
        stageA.push_back(inceptionA(at(i)));    // 384 x 35 x 35
    stageB.push_back(reductionA(at(10)));       // 1024 x 17 x 17
    for (int i = 11; i <= 17; ++i)
        stageB.push_back(inceptionB(at(i)));
    stageC.push_back(reductionB(at(18)));       // 1536 x 8 x 8
    for (int i = 19; i <= 21; ++i)
        stageC.push_back(inceptionC(at(i)));

    std::vector<ArchNode> head;
    head.push_back(adaptiveAvgPool("global_pool", 1, /*flatten=*/true));  // 1536
    if (o.dropout > 0)
        head.push_back(dropout("head_drop", o.dropout));
    head.push_back(linear("last_linear", 1536, o.numClasses));

    d.root = series("inception_v4", "Inception-v4", Kind::Network,
        {series("stem", "stem", Kind::Stage,
                {conv(kConv, at(0), 3, 32, 3, /*stride=*/2),   // 32 x 149 x 149
                 conv(kConv, at(1), 32, 32, 3),                // 32 x 147 x 147
                 conv(kConv, at(2), 32, 64, 3, 1, 1),          // 64 x 147 x 147
                 mixed3a(at(3)),                               // 160 x 73 x 73
                 mixed4a(at(4)),                               // 192 x 71 x 71
                 mixed5a(at(5))}),                             // 384 x 35 x 35
         series("stage_a", "Inception-A", Kind::Stage, std::move(stageA)),
         series("stage_b", "Reduction-A, Inception-B", Kind::Stage, std::move(stageB)),
         series("stage_c", "Reduction-B, Inception-C", Kind::Stage, std::move(stageC)),
         series("head", "classifier", Kind::Stage, std::move(head))});
    return d;
}

}  // namespace inception::models
