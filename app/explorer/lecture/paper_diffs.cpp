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
    };
    return all;
}

}  // namespace explorer
