#include "explorer/lecture/paper_diffs.h"

#include <QtGlobal>

namespace explorer {

const std::vector<PaperDiff>& paperDiffs()
{
    static const std::vector<PaperDiff> all = {
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
    return all;
}

}  // namespace explorer
