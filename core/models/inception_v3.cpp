// Inception-v3, laid out as torchvision's `inception_v3`.
// Szegedy et al., "Rethinking the Inception Architecture for Computer Vision", 2015.
#include "models/descriptions.h"

namespace inception::models {
using namespace arch;

namespace {

const ConvStyle kConv{/*bias=*/false, /*batchNorm=*/true, /*bnEps=*/1e-3, /*flatNames=*/false};

// The pool branch of modules A, C and E: avg_pool2d(3, 1, 1) (count_include_pad=True), 1x1 conv.
ArchNode poolBranch(const std::string& id, int in, int out)
{
    return series(id + ".pool_branch", "branch_pool", Kind::Branch,
                  {avgPool(id + ".avg_pool", 3, /*stride=*/1, /*padding=*/1, /*countIncludePad=*/true),
                   conv(kConv, id + ".branch_pool", in, out, 1)});
}

ArchNode inceptionA(const std::string& id, int in, int poolFeatures)
{
    return concat(id, id, Kind::Block,
        {conv(kConv, id + ".branch1x1", in, 64, 1),
         series(id + ".branch5x5", "branch5x5", Kind::Branch,
                {conv(kConv, id + ".branch5x5_1", in, 48, 1),
                 conv(kConv, id + ".branch5x5_2", 48, 64, 5, 1, /*padding=*/2)}),
         series(id + ".branch3x3dbl", "branch3x3dbl", Kind::Branch,
                {conv(kConv, id + ".branch3x3dbl_1", in, 64, 1),
                 conv(kConv, id + ".branch3x3dbl_2", 64, 96, 3, 1, 1),
                 conv(kConv, id + ".branch3x3dbl_3", 96, 96, 3, 1, 1)}),
         poolBranch(id, in, poolFeatures)});
}

// Grid-size reduction 35 -> 17.
ArchNode inceptionB(const std::string& id, int in)
{
    return concat(id, id, Kind::Block,
        {conv(kConv, id + ".branch3x3", in, 384, 3, /*stride=*/2),
         series(id + ".branch3x3dbl", "branch3x3dbl", Kind::Branch,
                {conv(kConv, id + ".branch3x3dbl_1", in, 64, 1),
                 conv(kConv, id + ".branch3x3dbl_2", 64, 96, 3, 1, 1),
                 conv(kConv, id + ".branch3x3dbl_3", 96, 96, 3, 2)}),
         maxPool(id + ".max_pool", 3, 2)});
}

// n x n factorised into 1 x n and n x 1 (n = 7).
ArchNode inceptionC(const std::string& id, int in, int c7)
{
    return concat(id, id, Kind::Block,
        {conv(kConv, id + ".branch1x1", in, 192, 1),
         series(id + ".branch7x7", "branch7x7", Kind::Branch,
                {conv(kConv, id + ".branch7x7_1", in, c7, 1),
                 conv(kConv, id + ".branch7x7_2", c7, c7, {1, 7}, 1, {0, 3}),
                 conv(kConv, id + ".branch7x7_3", c7, 192, {7, 1}, 1, {3, 0})}),
         series(id + ".branch7x7dbl", "branch7x7dbl", Kind::Branch,
                {conv(kConv, id + ".branch7x7dbl_1", in, c7, 1),
                 conv(kConv, id + ".branch7x7dbl_2", c7, c7, {7, 1}, 1, {3, 0}),
                 conv(kConv, id + ".branch7x7dbl_3", c7, c7, {1, 7}, 1, {0, 3}),
                 conv(kConv, id + ".branch7x7dbl_4", c7, c7, {7, 1}, 1, {3, 0}),
                 conv(kConv, id + ".branch7x7dbl_5", c7, 192, {1, 7}, 1, {0, 3})}),
         poolBranch(id, in, 192)});
}

// Grid-size reduction 17 -> 8.
ArchNode inceptionD(const std::string& id, int in)
{
    return concat(id, id, Kind::Block,
        {series(id + ".branch3x3", "branch3x3", Kind::Branch,
                {conv(kConv, id + ".branch3x3_1", in, 192, 1),
                 conv(kConv, id + ".branch3x3_2", 192, 320, 3, 2)}),
         series(id + ".branch7x7x3", "branch7x7x3", Kind::Branch,
                {conv(kConv, id + ".branch7x7x3_1", in, 192, 1),
                 conv(kConv, id + ".branch7x7x3_2", 192, 192, {1, 7}, 1, {0, 3}),
                 conv(kConv, id + ".branch7x7x3_3", 192, 192, {7, 1}, 1, {3, 0}),
                 conv(kConv, id + ".branch7x7x3_4", 192, 192, 3, 2)}),
         maxPool(id + ".max_pool", 3, 2)});
}

// Expanded filter bank: 3x3 split into parallel 1x3 and 3x1.
ArchNode inceptionE(const std::string& id, int in)
{
    return concat(id, id, Kind::Block,
        {conv(kConv, id + ".branch1x1", in, 320, 1),
         series(id + ".branch3x3", "branch3x3", Kind::Branch,
                {conv(kConv, id + ".branch3x3_1", in, 384, 1),
                 concat(id + ".branch3x3_2", "branch3x3_2", Kind::Branch,
                        {conv(kConv, id + ".branch3x3_2a", 384, 384, {1, 3}, 1, {0, 1}),
                         conv(kConv, id + ".branch3x3_2b", 384, 384, {3, 1}, 1, {1, 0})})}),
         series(id + ".branch3x3dbl", "branch3x3dbl", Kind::Branch,
                {conv(kConv, id + ".branch3x3dbl_1", in, 448, 1),
                 conv(kConv, id + ".branch3x3dbl_2", 448, 384, 3, 1, 1),
                 concat(id + ".branch3x3dbl_3", "branch3x3dbl_3", Kind::Branch,
                        {conv(kConv, id + ".branch3x3dbl_3a", 384, 384, {1, 3}, 1, {0, 1}),
                         conv(kConv, id + ".branch3x3dbl_3b", 384, 384, {3, 1}, 1, {1, 0})})}),
         poolBranch(id, in, 192)});
}

ArchNode auxHead(int in, int numClasses)
{
    const std::string id = "AuxLogits";
    return series(id, id, Kind::Classifier,
                  {avgPool(id + ".avg_pool", 5, /*stride=*/3, 0, true),  // 768 x 5 x 5
                   conv(kConv, id + ".conv0", in, 128, 1),
                   conv(kConv, id + ".conv1", 128, 768, 5),              // 768 x 1 x 1
                   adaptiveAvgPool(id + ".adaptive_pool", 1),
                   linear(id + ".fc", 768, numClasses, /*flatten=*/true)});
}

}  // namespace

NetworkDesc describeInceptionV3(const ModelOptions& o)
{
    NetworkDesc d;
    d.variant = "inception_v3";
    d.input = {3, 299, 299};

    std::vector<ArchNode> stem;
    if (o.transformInput)
        stem.push_back(transformInput("transform_input"));
    for (auto& n : std::vector<ArchNode>{
             conv(kConv, "Conv2d_1a_3x3", 3, 32, 3, /*stride=*/2),  // 32 x 149 x 149
             conv(kConv, "Conv2d_2a_3x3", 32, 32, 3),               // 32 x 147 x 147
             conv(kConv, "Conv2d_2b_3x3", 32, 64, 3, 1, 1),         // 64 x 147 x 147
             maxPool("maxpool1", 3, 2),                             // 64 x 73 x 73
             conv(kConv, "Conv2d_3b_1x1", 64, 80, 1),               // 80 x 73 x 73
             conv(kConv, "Conv2d_4a_3x3", 80, 192, 3),              // 192 x 71 x 71
             maxPool("maxpool2", 3, 2)})                            // 192 x 35 x 35
        stem.push_back(std::move(n));

    d.root = series("inception_v3", "Inception-v3", Kind::Network,
        {series("stem", "stem", Kind::Stage, std::move(stem)),
         series("stage5", "35 x 35", Kind::Stage,
                {inceptionA("Mixed_5b", 192, 32),   // 256 x 35 x 35
                 inceptionA("Mixed_5c", 256, 64),   // 288 x 35 x 35
                 inceptionA("Mixed_5d", 288, 64)}), // 288 x 35 x 35
         series("stage6", "17 x 17", Kind::Stage,
                {inceptionB("Mixed_6a", 288),       // 768 x 17 x 17
                 inceptionC("Mixed_6b", 768, 128),
                 inceptionC("Mixed_6c", 768, 160),
                 inceptionC("Mixed_6d", 768, 160),
                 inceptionC("Mixed_6e", 768, 192)}),
         series("stage7", "8 x 8", Kind::Stage,
                {inceptionD("Mixed_7a", 768),       // 1280 x 8 x 8
                 inceptionE("Mixed_7b", 1280),      // 2048 x 8 x 8
                 inceptionE("Mixed_7c", 2048)}),
         series("head", "classifier", Kind::Stage,
                {adaptiveAvgPool("avgpool", 1),     // 2048 x 1 x 1
                 dropout("dropout", o.dropout < 0 ? 0.5 : o.dropout),
                 linear("fc", 2048, o.numClasses, /*flatten=*/true)})});

    if (o.auxLogits)
        d.aux.push_back({"Mixed_6e", auxHead(768, o.numClasses)});
    return d;
}

}  // namespace inception::models
