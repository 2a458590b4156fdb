// GoogLeNet (Inception-v1), laid out as torchvision's `googlenet`.
// Szegedy et al., "Going Deeper with Convolutions", 2014.
#include "models/descriptions.h"

namespace inception::models {
using namespace arch;

namespace {

const ConvStyle kConv{/*bias=*/false, /*batchNorm=*/true, /*bnEps=*/1e-3, /*flatNames=*/false};

ArchNode inceptionModule(const std::string& id, int in, int ch1x1, int ch3x3red, int ch3x3, int ch5x5red,
                         int ch5x5, int poolProj)
{
    return concat(id, id, Kind::Block,
                  {conv(kConv, id + ".branch1", in, ch1x1, /*kernel=*/1),
                   series(id + ".branch2", "branch2", Kind::Branch,
                          {conv(kConv, id + ".branch2.0", in, ch3x3red, 1),
                           conv(kConv, id + ".branch2.1", ch3x3red, ch3x3, 3, /*stride=*/1, /*padding=*/1)}),
                   // Note: torchvision's "5x5" branch is a 3x3 convolution (a known quirk kept for
                   // weight compatibility).
                   series(id + ".branch3", "branch3", Kind::Branch,
                          {conv(kConv, id + ".branch3.0", in, ch5x5red, 1),
                           conv(kConv, id + ".branch3.1", ch5x5red, ch5x5, 3, 1, 1)}),
                   series(id + ".branch4", "branch4", Kind::Branch,
                          {maxPool(id + ".branch4.0", 3, /*stride=*/1, /*padding=*/1, /*ceil=*/true),
                           conv(kConv, id + ".branch4.1", in, poolProj, 1)})});
}

ArchNode auxHead(const std::string& id, int in, int numClasses)
{
    return series(id, id, Kind::Classifier,
                  {adaptiveAvgPool(id + ".pool", 4),  // N x in x 4 x 4
                   conv(kConv, id + ".conv", in, 128, 1),
                   linear(id + ".fc1", 2048, 1024, /*flatten=*/true, /*relu=*/true),
                   dropout(id + ".dropout", 0.7),
                   linear(id + ".fc2", 1024, numClasses)});
}

}  // namespace

NetworkDesc describeGoogLeNet(const ModelOptions& o)
{
    NetworkDesc d;
    d.variant = "googlenet";
    d.input = {3, 224, 224};

    std::vector<ArchNode> stem;
    if (o.transformInput)
        stem.push_back(transformInput("transform_input"));
    for (auto& n : std::vector<ArchNode>{
             conv(kConv, "conv1", 3, 64, 7, /*stride=*/2, /*padding=*/3),  // 64 x 112 x 112
             maxPool("maxpool1", 3, 2, 0, /*ceil=*/true),                   // 64 x 56 x 56
             conv(kConv, "conv2", 64, 64, 1),
             conv(kConv, "conv3", 64, 192, 3, 1, 1),                        // 192 x 56 x 56
             maxPool("maxpool2", 3, 2, 0, true)})                           // 192 x 28 x 28
        stem.push_back(std::move(n));

    d.root = series("googlenet", "GoogLeNet", Kind::Network,
        {series("stem", "stem", Kind::Stage, std::move(stem)),
         series("stage3", "inception 3", Kind::Stage,
                {inceptionModule("inception3a", 192, 64, 96, 128, 16, 32, 32),    // 256 x 28 x 28
                 inceptionModule("inception3b", 256, 128, 128, 192, 32, 96, 64),  // 480 x 28 x 28
                 maxPool("maxpool3", 3, 2, 0, true)}),                            // 480 x 14 x 14
         series("stage4", "inception 4", Kind::Stage,
                {inceptionModule("inception4a", 480, 192, 96, 208, 16, 48, 64),   // 512 x 14 x 14
                 inceptionModule("inception4b", 512, 160, 112, 224, 24, 64, 64),
                 inceptionModule("inception4c", 512, 128, 128, 256, 24, 64, 64),
                 inceptionModule("inception4d", 512, 112, 144, 288, 32, 64, 64),  // 528 x 14 x 14
                 inceptionModule("inception4e", 528, 256, 160, 320, 32, 128, 128), // 832 x 14 x 14
                 maxPool("maxpool4", 2, 2, 0, true)}),                            // 832 x 7 x 7
         series("stage5", "inception 5", Kind::Stage,
                {inceptionModule("inception5a", 832, 256, 160, 320, 32, 128, 128),
                 inceptionModule("inception5b", 832, 384, 192, 384, 48, 128, 128)}), // 1024 x 7 x 7
         series("head", "classifier", Kind::Stage,
                {adaptiveAvgPool("avgpool", 1),                                   // 1024 x 1 x 1
                 dropout("dropout", o.dropout < 0 ? 0.2 : o.dropout, /*flatten=*/true),
                 linear("fc", 1024, o.numClasses)})});

    if (o.auxLogits) {
        d.aux.push_back({"inception4a", auxHead("aux1", 512, o.numClasses)});
        d.aux.push_back({"inception4d", auxHead("aux2", 528, o.numClasses)});
    }
    return d;
}

}  // namespace inception::models
