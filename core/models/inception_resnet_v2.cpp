// Inception-ResNet-v2, laid out as timm's `inception_resnet_v2`.
// Szegedy et al., "Inception-v4, Inception-ResNet and the Impact of Residual Connections on
// Learning", 2016.
#include "models/descriptions.h"

namespace inception::models {
using namespace arch;

namespace {

const ConvStyle kConv{/*bias=*/false, /*batchNorm=*/true, /*bnEps=*/1e-3, /*flatNames=*/false};

ArchNode mixed5b()
{
    const std::string id = "mixed_5b";
    return concat(id, "Mixed-5b", Kind::Block,
        {conv(kConv, id + ".branch0", 192, 96, 1),
         series(id + ".branch1", "branch1", Kind::Branch,
                {conv(kConv, id + ".branch1.0", 192, 48, 1), conv(kConv, id + ".branch1.1", 48, 64, 5, 1, 2)}),
         series(id + ".branch2", "branch2", Kind::Branch,
                {conv(kConv, id + ".branch2.0", 192, 64, 1), conv(kConv, id + ".branch2.1", 64, 96, 3, 1, 1),
                 conv(kConv, id + ".branch2.2", 96, 96, 3, 1, 1)}),
         series(id + ".branch3", "branch3", Kind::Branch,
                {avgPool(id + ".branch3.0", 3, 1, 1, /*countIncludePad=*/false),
                 conv(kConv, id + ".branch3.1", 192, 64, 1)})});
}

// out = ReLU(x + scale * conv2d(concat(branches)))
ArchNode block35(const std::string& id, double scale)
{
    return residual(id, "Block35", scale, /*relu=*/true,
        {concat(id + ".branches", "branches", Kind::Branch,
                {conv(kConv, id + ".branch0", 320, 32, 1),
                 series(id + ".branch1", "branch1", Kind::Branch,
                        {conv(kConv, id + ".branch1.0", 320, 32, 1), conv(kConv, id + ".branch1.1", 32, 32, 3, 1, 1)}),
                 series(id + ".branch2", "branch2", Kind::Branch,
                        {conv(kConv, id + ".branch2.0", 320, 32, 1), conv(kConv, id + ".branch2.1", 32, 48, 3, 1, 1),
                         conv(kConv, id + ".branch2.2", 48, 64, 3, 1, 1)})}),
         plainConv(id + ".conv2d", 128, 320, 1)});
}

ArchNode mixed6a()
{
    const std::string id = "mixed_6a";
    return concat(id, "Mixed-6a", Kind::Block,
        {conv(kConv, id + ".branch0", 320, 384, 3, 2),
         series(id + ".branch1", "branch1", Kind::Branch,
                {conv(kConv, id + ".branch1.0", 320, 256, 1), conv(kConv, id + ".branch1.1", 256, 256, 3, 1, 1),
                 conv(kConv, id + ".branch1.2", 256, 384, 3, 2)}),
         maxPool(id + ".branch2", 3, 2)});
}

ArchNode block17(const std::string& id, double scale)
{
    return residual(id, "Block17", scale, /*relu=*/true,
        {concat(id + ".branches", "branches", Kind::Branch,
                {conv(kConv, id + ".branch0", 1088, 192, 1),
                 series(id + ".branch1", "branch1", Kind::Branch,
                        {conv(kConv, id + ".branch1.0", 1088, 128, 1),
                         conv(kConv, id + ".branch1.1", 128, 160, {1, 7}, 1, {0, 3}),
                         conv(kConv, id + ".branch1.2", 160, 192, {7, 1}, 1, {3, 0})})}),
         plainConv(id + ".conv2d", 384, 1088, 1)});
}

ArchNode mixed7a()
{
    const std::string id = "mixed_7a";
    return concat(id, "Mixed-7a", Kind::Block,
        {series(id + ".branch0", "branch0", Kind::Branch,
                {conv(kConv, id + ".branch0.0", 1088, 256, 1), conv(kConv, id + ".branch0.1", 256, 384, 3, 2)}),
         series(id + ".branch1", "branch1", Kind::Branch,
                {conv(kConv, id + ".branch1.0", 1088, 256, 1), conv(kConv, id + ".branch1.1", 256, 288, 3, 2)}),
         series(id + ".branch2", "branch2", Kind::Branch,
                {conv(kConv, id + ".branch2.0", 1088, 256, 1), conv(kConv, id + ".branch2.1", 256, 288, 3, 1, 1),
                 conv(kConv, id + ".branch2.2", 288, 320, 3, 2)}),
         maxPool(id + ".branch3", 3, 2)});
}

ArchNode block8(const std::string& id, double scale, bool relu)
{
    return residual(id, "Block8", scale, relu,
        {concat(id + ".branches", "branches", Kind::Branch,
                {conv(kConv, id + ".branch0", 2080, 192, 1),
                 series(id + ".branch1", "branch1", Kind::Branch,
                        {conv(kConv, id + ".branch1.0", 2080, 192, 1),
                         conv(kConv, id + ".branch1.1", 192, 224, {1, 3}, 1, {0, 1}),
                         conv(kConv, id + ".branch1.2", 224, 256, {3, 1}, 1, {1, 0})})}),
         plainConv(id + ".conv2d", 448, 2080, 1)});
}

template <typename Make>
ArchNode repeat(const std::string& id, const std::string& name, int count, Make make)
{
    std::vector<ArchNode> blocks;
    for (int i = 0; i < count; ++i)
        blocks.push_back(make(id + "." + std::to_string(i)));
    return series(id, name, Kind::Stage, std::move(blocks));
}

}  // namespace

NetworkDesc describeInceptionResNetV2(const ModelOptions& o)
{
    NetworkDesc d;
    d.variant = "inception_resnet_v2";
    d.input = {3, 299, 299};

    std::vector<ArchNode> head;
    head.push_back(adaptiveAvgPool("global_pool", 1, /*flatten=*/true));  // 1536
    head.push_back(dropout("head_drop", o.dropout < 0 ? 0.0 : o.dropout));
    head.push_back(linear("classif", 1536, o.numClasses));

    d.root = series("inception_resnet_v2", "Inception-ResNet-v2", Kind::Network,
        {series("stem", "stem", Kind::Stage,
                {conv(kConv, "conv2d_1a", 3, 32, 3, /*stride=*/2),  // 32 x 149 x 149
                 conv(kConv, "conv2d_2a", 32, 32, 3),               // 32 x 147 x 147
                 conv(kConv, "conv2d_2b", 32, 64, 3, 1, 1),         // 64 x 147 x 147
                 maxPool("maxpool_3a", 3, 2),                       // 64 x 73 x 73
                 conv(kConv, "conv2d_3b", 64, 80, 1),               // 80 x 73 x 73
                 conv(kConv, "conv2d_4a", 80, 192, 3),              // 192 x 71 x 71
                 maxPool("maxpool_5a", 3, 2),                       // 192 x 35 x 35
                 mixed5b()}),                                       // 320 x 35 x 35
         repeat("repeat", "10 x Block35", 10, [](const std::string& id) { return block35(id, 0.17); }),
         mixed6a(),                                                 // 1088 x 17 x 17
         repeat("repeat_1", "20 x Block17", 20, [](const std::string& id) { return block17(id, 0.10); }),
         mixed7a(),                                                 // 2080 x 8 x 8
         repeat("repeat_2", "9 x Block8", 9, [](const std::string& id) { return block8(id, 0.20, true); }),
         block8("block8", 1.0, /*relu=*/false),                     // Note: the last block has no ReLU
         conv(kConv, "conv2d_7b", 2080, 1536, 1),                   // 1536 x 8 x 8
         series("head", "classifier", Kind::Stage, std::move(head))});
    return d;
}

}  // namespace inception::models
