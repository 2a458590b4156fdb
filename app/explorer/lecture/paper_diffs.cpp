#include "explorer/lecture/paper_diffs.h"

#include <QtGlobal>

namespace explorer {

namespace {

// Checked against Debian's torchvision (its installed source).
std::vector<PaperDiff> torchvisionItems()
{
    return {
        {"googlenet", QT_TRANSLATE_NOOP("Paper", "3×3 where the paper has 5×5"),
         QT_TRANSLATE_NOOP("Paper", "Each Inception module's third branch reduces with a 1×1 convolution and then "
                                    "applies a 5×5 convolution."),
         QT_TRANSLATE_NOOP("Paper", "torchvision's GoogLeNet applies a 3×3 convolution there; a comment in its "
                                    "source calls this a known bug (pytorch/vision issue 906). The published weights "
                                    "are shaped 3×3."),
         QT_TRANSLATE_NOOP("Paper", "Follows the reference, so that its weights load: 3×3 (padding 1). The figure "
                                    "of the naive module is drawn with the paper's 5×5."),
         {"inception3a.branch3.1", "inception3b.branch3.1", "inception4a.branch3.1", "inception4b.branch3.1",
          "inception4c.branch3.1", "inception4d.branch3.1", "inception4e.branch3.1", "inception5a.branch3.1",
          "inception5b.branch3.1"},
         {{"torchvision.models.googlenet", 207, "kernel_size=3 instead of kernel_size=5 is a known bug"},
          {"torchvision.models.googlenet", 209, "conv_block(ch5x5red, ch5x5, kernel_size=3, padding=1)"}}},
        {"googlenet", QT_TRANSLATE_NOOP("Paper", "Batch normalisation after every convolution"),
         QT_TRANSLATE_NOOP("Paper", "No batch normalisation: the paper (arXiv 1409.4842, September 2014) predates it "
                                    "(arXiv 1502.03167, February 2015)."),
         QT_TRANSLATE_NOOP("Paper", "torchvision's building block is a convolution without bias, batch normalisation "
                                    "(eps 0.001) and ReLU, used for every convolution."),
         QT_TRANSLATE_NOOP("Paper", "Follows the reference: every convolution is followed by batch normalisation "
                                    "with eps 0.001 (folded into the convolution in the compiled plan)."),
         {"conv1", "conv2", "conv3", "inception3a.branch1"},
         {{"torchvision.models.googlenet", 269, "nn.Conv2d(in_channels, out_channels, bias=False"},
          {"torchvision.models.googlenet", 270, "nn.BatchNorm2d(out_channels, eps=0.001)"},
          {"torchvision.models.googlenet", 303, "arxiv.org/abs/1409.4842"}}},
        {"inception_v3", QT_TRANSLATE_NOOP("Paper", "A 5×5 branch beside the two 3×3s"),
         QT_TRANSLATE_NOOP("Paper", "Figure 5 of the paper (arXiv 1512.00567) replaces each 5×5 convolution of the "
                                    "35×35 modules by two 3×3 convolutions: the module has no 5×5 left."),
         QT_TRANSLATE_NOOP("Paper", "torchvision's InceptionA has both: a branch of a 1×1 (48 filters) and a 5×5 "
                                    "convolution (64), and a branch of a 1×1 and two 3×3 convolutions (96)."),
         QT_TRANSLATE_NOOP("Paper", "Follows the reference, so that its weights load: four branches, one of them "
                                    "with the 5×5."),
         {"Mixed_5b.branch5x5_2", "Mixed_5c.branch5x5_2", "Mixed_5d.branch5x5_2", "Mixed_5b.branch3x3dbl_3"},
         {{"torchvision.models.inception", 185, "self.branch5x5_1 = conv_block(in_channels, 48, kernel_size=1)"},
          {"torchvision.models.inception", 186, "self.branch5x5_2 = conv_block(48, 64, kernel_size=5, padding=2)"},
          {"torchvision.models.inception", 190, "self.branch3x3dbl_3 = conv_block(96, 96, kernel_size=3, padding=1)"}}},
        {"inception_v3", QT_TRANSLATE_NOOP("Paper", "The stem ends in a 1×1 convolution and a max pool"),
         QT_TRANSLATE_NOOP("Paper", "Table 1 of the paper lists, after the first pool, three 3×3 convolutions: to 80 "
                                    "channels, to 192 with stride 2, and one more, so that 35×35×288 enters the first "
                                    "Inception modules."),
         QT_TRANSLATE_NOOP("Paper", "torchvision has a 1×1 convolution to 80 channels, a 3×3 to 192 and a 3×3 max "
                                    "pool of stride 2: 35×35×192 enters Mixed_5b."),
         QT_TRANSLATE_NOOP("Paper", "Follows the reference: the diagram's shapes are the reference's (192 channels "
                                    "at 35×35, not the table's 288)."),
         {"Conv2d_3b_1x1", "Conv2d_4a_3x3", "maxpool2"},
         {{"torchvision.models.inception", 66, "self.Conv2d_3b_1x1 = conv_block(64, 80, kernel_size=1)"},
          {"torchvision.models.inception", 67, "self.Conv2d_4a_3x3 = conv_block(80, 192, kernel_size=3)"},
          {"torchvision.models.inception", 68, "self.maxpool2 = nn.MaxPool2d(kernel_size=3, stride=2)"}}},
        {"inception_v3", QT_TRANSLATE_NOOP("Paper", "The first 35×35 module is narrower"),
         QT_TRANSLATE_NOOP("Paper", "Three alike Inception modules at 35×35 with 288 channels (Table 1)."),
         QT_TRANSLATE_NOOP("Paper", "torchvision's Mixed_5b gives its pool branch 32 filters (256 channels out); "
                                    "Mixed_5c and Mixed_5d give it 64 (288 out)."),
         QT_TRANSLATE_NOOP("Paper", "Follows the reference: 256, 288 and 288 channels."),
         {"Mixed_5b", "Mixed_5c", "Mixed_5d", "Mixed_5b.branch_pool"},
         {{"torchvision.models.inception", 69, "self.Mixed_5b = inception_a(192, pool_features=32)"},
          {"torchvision.models.inception", 70, "self.Mixed_5c = inception_a(256, pool_features=64)"},
          {"torchvision.models.inception", 71, "self.Mixed_5d = inception_a(288, pool_features=64)"}}},
    };
}

// Checked against timm's parameter names and shapes as recorded in tests/data/reference/.
std::vector<PaperDiff> timmItems()
{
    return {
        {"inception_v4", QT_TRANSLATE_NOOP("Paper", "Inception-C: the 3×1 before the 1×3"),
         QT_TRANSLATE_NOOP("Paper", "Figure 6 of the paper (arXiv 1602.07261): the fourth branch of Inception-C is a "
                                    "1×1 convolution (384 filters), a 1×3 (448) and a 3×1 (512), then a 1×3 and a 3×1 "
                                    "(256 each) side by side."),
         QT_TRANSLATE_NOOP("Paper", "timm's InceptionC has the two in the other order: the 3×1 (448 filters) first, "
                                    "the 1×3 (512) second; its kernels are shaped 448×384×3×1 and 512×448×1×3."),
         QT_TRANSLATE_NOOP("Paper", "Follows the reference, so that its weights load: 3×1, then 1×3, in all three "
                                    "Inception-C modules."),
         {"features.19.branch2_1", "features.19.branch2_2", "features.20.branch2_1", "features.21.branch2_1"},
         {{"tests/data/reference/timm_inception_v4_keys.tsv", 745, "features.19.branch2_1.conv.weight\t(448, 384, 3, 1)"},
          {"tests/data/reference/timm_inception_v4_keys.tsv", 751, "features.19.branch2_2.conv.weight\t(512, 448, 1, 3)"}}},
        {"inception_resnet_v2", QT_TRANSLATE_NOOP("Paper", "Twice as many residual blocks"),
         QT_TRANSLATE_NOOP("Paper", "Figure 15 of the paper (arXiv 1602.07261) draws Inception-ResNet-v2 with 5 "
                                    "Inception-ResNet-A, 10 Inception-ResNet-B and 5 Inception-ResNet-C blocks."),
         QT_TRANSLATE_NOOP("Paper", "timm's network has 10 Block35 (repeat.0–9), 20 Block17 (repeat_1.0–19) and 10 "
                                    "Block8 (repeat_2.0–8 and block8), as Google's released TensorFlow network has."),
         QT_TRANSLATE_NOOP("Paper", "Follows the reference: 10, 20 and 10 blocks, every one drawn."),
         {"repeat", "repeat_1", "repeat_2", "block8"},
         {{"tests/data/reference/timm_inception_resnet_v2_keys.tsv", 415, "repeat.9.branch0.conv.weight"},
          {"tests/data/reference/timm_inception_resnet_v2_keys.tsv", 971, "repeat_1.19.branch0.conv.weight"},
          {"tests/data/reference/timm_inception_resnet_v2_keys.tsv", 1247, "repeat_2.8.branch0.conv.weight"},
          {"tests/data/reference/timm_inception_resnet_v2_keys.tsv", 1273, "block8.branch0.conv.weight"}}},
        {"inception_resnet_v2", QT_TRANSLATE_NOOP("Paper", "The stem of Inception-v3, not of Inception-v4"),
         QT_TRANSLATE_NOOP("Paper", "The paper gives Inception-ResNet-v2 the stem of Inception-v4 (Figure 3), with "
                                    "branches already in the stem, and 384 channels at 35×35."),
         QT_TRANSLATE_NOOP("Paper", "timm's stem is a chain like Inception-v3's: 3×3 convolutions, a max pool, a 1×1 "
                                    "to 80 channels, a 3×3 to 192 and a max pool, then a four-branch module (mixed_5b) "
                                    "with 320 channels at 35×35."),
         QT_TRANSLATE_NOOP("Paper", "Follows the reference: 320 channels enter the first residual block, not the "
                                    "paper's 384."),
         {"mixed_5b", "conv2d_3b", "conv2d_4a", "maxpool_5a"},
         {{"tests/data/reference/timm_inception_resnet_v2_keys.tsv", 19, "conv2d_3b.conv.weight\t(80, 64, 1, 1)"},
          {"tests/data/reference/timm_inception_resnet_v2_keys.tsv", 25, "conv2d_4a.conv.weight\t(192, 80, 3, 3)"},
          {"tests/data/reference/timm_inception_resnet_v2_shapes.txt", 8, "(1, 192, 35, 35) -> out (1, 320, 35, 35)"}}},
    };
}

}  // namespace

const std::vector<PaperDiff>& paperDiffs()
{
    static const std::vector<PaperDiff> all = [] {
        std::vector<PaperDiff> items = torchvisionItems();
        for (auto& d : timmItems())
            items.push_back(std::move(d));
        return items;
    }();
    return all;
}

}  // namespace explorer
