#include "explorer/lecture/figures.h"

#include <QtGlobal>

#include <stdexcept>

#include "arch/archnode.h"

namespace explorer {

using namespace inception::arch;

const std::vector<Figure>& figures()
{
    static const std::vector<Figure> all = {
        {"googlenet", QT_TRANSLATE_NOOP("Figures", "GoogLeNet: the whole network"), "googlenet", {}, "",
         QT_TRANSLATE_NOOP("Figures",
                           "Szegedy et al. 2014, figure 3. Nine Inception modules in three stages, max-pooling "
                           "between the stages, global average pooling instead of large fully connected layers: "
                           "22 layers with weights, yet 12 times fewer parameters than AlexNet.")},
        {"inception-naive", QT_TRANSLATE_NOOP("Figures", "The Inception module, naive version"), "googlenet",
         {"naive"}, "naive",
         QT_TRANSLATE_NOOP("Figures",
                           "Figure 2(a). 1×1, 3×3 and 5×5 convolutions and 3×3 max-pooling side by side on one "
                           "input, concatenated. Drawn here with inception3a's filter counts on its 192×28×28 "
                           "input: the pooling branch passes all 192 channels through, so the output widens at "
                           "every module and the 5×5 convolutions see the full input depth. No published network "
                           "has this module: it is built from the same ArchNode types, not from the live model."),
         /*synthetic=*/true},
        {"inception-reductions", QT_TRANSLATE_NOOP("Figures", "The Inception module with dimension reductions"),
         "googlenet", {"inception3a", "inception3a.branch2", "inception3a.branch3", "inception3a.branch4"}, "inception3a",
         QT_TRANSLATE_NOOP("Figures",
                           "Figure 2(b), live: inception3a. 1×1 convolutions reduce the depth before the 3×3 and "
                           "5×5 convolutions and project the pooled branch, so the module costs a fraction of the "
                           "naive one. (torchvision's GoogLeNet has a 3×3 convolution where the paper draws 5×5; "
                           "kept, because its weights are shaped so.)")},
        {"factorized-5x5", QT_TRANSLATE_NOOP("Figures", "5×5 factorised into two 3×3 convolutions"), "bn_inception",
         {"inception_3a", "inception_3a_3x3_branch", "inception_3a_double_3x3_branch"}, "inception_3a",
         QT_TRANSLATE_NOOP("Figures",
                           "BN-Inception inception_3a (the Inception-v3 paper's figure 5): two stacked 3×3 "
                           "convolutions see a 5×5 window with 18/25 of the multiply-adds of one 5×5, and add a "
                           "non-linearity between them. Every convolution is followed by batch normalisation.")},
        {"factorized-nxn", QT_TRANSLATE_NOOP("Figures", "n×n factorised into 1×n and n×1"), "inception_v3",
         {"Mixed_6b", "Mixed_6b.branch7x7", "Mixed_6b.branch7x7dbl"}, "Mixed_6b",
         QT_TRANSLATE_NOOP("Figures",
                           "Inception-v3 Mixed_6b (figure 6 of the paper; Mixed_6c…6e alike): a 7×7 convolution "
                           "factorised into 1×7 followed by 7×1, 14 weights per filter position instead of 49. "
                           "It works well on the medium 17×17 grid.")},
        {"grid-reduction", QT_TRANSLATE_NOOP("Figures", "Grid-size reduction that widens the filter bank"),
         "inception_v3", {"Mixed_6a", "Mixed_6a.branch3x3dbl"}, "Mixed_6a",
         QT_TRANSLATE_NOOP("Figures",
                           "Inception-v3 Mixed_6a (figure 10): stride-2 convolutions and a stride-2 max-pool in "
                           "parallel, concatenated. The grid shrinks from 35×35 to 17×17 while the channels grow "
                           "from 288 to 768, without the representational bottleneck of pooling first. Mixed_7a "
                           "does the same from 17×17 to 8×8.")},
        {"v4", QT_TRANSLATE_NOOP("Figures", "Inception-v4: the whole network"), "inception_v4", {}, "",
         QT_TRANSLATE_NOOP("Figures",
                           "Szegedy et al. 2016, figure 9: stem, 4 × Inception-A, Reduction-A, 7 × Inception-B, "
                           "Reduction-B, 3 × Inception-C, average pooling, dropout, softmax.")},
        {"v4-stem", QT_TRANSLATE_NOOP("Figures", "Inception-v4: the stem"), "inception_v4",
         {"stem", "features.3", "features.4", "features.4.branch0", "features.4.branch1", "features.5"}, "stem",
         QT_TRANSLATE_NOOP("Figures",
                           "Figure 3: three plain convolutions, then three parallel steps, each concatenating a "
                           "convolution with a pool or a second convolution path, from 3×299×299 to 384×35×35.")},
        {"v4-inception-a", QT_TRANSLATE_NOOP("Figures", "Inception-v4: Inception-A"), "inception_v4",
         {"stage_a", "features.6", "features.6.branch1", "features.6.branch2", "features.6.branch3"}, "features.6",
         QT_TRANSLATE_NOOP("Figures", "Figure 4: the 35×35 module. Four branches of 96 channels each; the 5×5 is "
                                      "two stacked 3×3 convolutions.")},
        {"v4-reduction-a", QT_TRANSLATE_NOOP("Figures", "Inception-v4: Reduction-A"), "inception_v4",
         {"stage_b", "features.10", "features.10.branch1"}, "features.10",
         QT_TRANSLATE_NOOP("Figures", "Figure 7: 35×35 to 17×17 with k=192, l=224, m=256, n=384 filters; the "
                                      "max-pooled branch keeps its 384 channels.")},
        {"v4-inception-b", QT_TRANSLATE_NOOP("Figures", "Inception-v4: Inception-B"), "inception_v4",
         {"stage_b", "features.11", "features.11.branch1", "features.11.branch2", "features.11.branch3"}, "features.11",
         QT_TRANSLATE_NOOP("Figures", "Figure 5: the 17×17 module, 7×7 convolutions factorised into 1×7 and 7×1.")},
        {"v4-reduction-b", QT_TRANSLATE_NOOP("Figures", "Inception-v4: Reduction-B"), "inception_v4",
         {"stage_c", "features.18", "features.18.branch0", "features.18.branch1"}, "features.18",
         QT_TRANSLATE_NOOP("Figures", "Figure 8: 17×17 to 8×8, a 3×3 stride-2 path, a 1×7 / 7×1 path and a "
                                      "max-pool.")},
        {"v4-inception-c", QT_TRANSLATE_NOOP("Figures", "Inception-v4: Inception-C"), "inception_v4",
         {"stage_c", "features.19", "features.19.branch1", "features.19.branch1_1", "features.19.branch2", "features.19.branch2_3"}, "features.19",
         QT_TRANSLATE_NOOP("Figures", "Figure 6: the 8×8 module; its 3×3 paths split into parallel 1×3 and 3×1 "
                                      "convolutions whose outputs are concatenated (an expanded filter bank).")},
        {"irv2-block35", QT_TRANSLATE_NOOP("Figures", "Inception-ResNet-v2: Inception-ResNet-A"),
         "inception_resnet_v2", {"repeat", "repeat.0", "repeat.0.branches", "repeat.0.branch1", "repeat.0.branch2"}, "repeat.0",
         QT_TRANSLATE_NOOP("Figures", "Figure 16 (Block35, 35×35): an Inception module whose concatenated output is "
                                      "projected by a linear 1×1 convolution, scaled by 0.17 and added to its input.")},
        {"irv2-block17", QT_TRANSLATE_NOOP("Figures", "Inception-ResNet-v2: Inception-ResNet-B"),
         "inception_resnet_v2", {"repeat_1", "repeat_1.0", "repeat_1.0.branches", "repeat_1.0.branch1"}, "repeat_1.0",
         QT_TRANSLATE_NOOP("Figures", "Figure 17 (Block17, 17×17): a 1×7 / 7×1 path beside a 1×1, projected, "
                                      "scaled by 0.10 and added to the input.")},
        {"irv2-block8", QT_TRANSLATE_NOOP("Figures", "Inception-ResNet-v2: Inception-ResNet-C"),
         "inception_resnet_v2", {"repeat_2", "repeat_2.0", "repeat_2.0.branches", "repeat_2.0.branch1"}, "repeat_2.0",
         QT_TRANSLATE_NOOP("Figures", "Figure 19 (Block8, 8×8): a 1×3 / 3×1 path beside a 1×1, projected, scaled "
                                      "by 0.20 and added. Scaling the residuals down keeps very deep training "
                                      "stable.")},
    };
    return all;
}

const Figure* findFigure(const std::string& name)
{
    for (const auto& f : figures())
        if (f.name == name)
            return &f;
    return nullptr;
}

std::shared_ptr<const NetworkDesc> syntheticNetwork(const Figure& figure)
{
    if (figure.name != "inception-naive")
        throw std::invalid_argument("no synthetic network for figure " + figure.name);
    // inception3a's input and filter counts (googlenet.cpp): 1x1 64, 3x3 128, 5x5 32, pool.
    const ConvStyle style{false, true, 1e-3, false};
    auto desc = std::make_shared<NetworkDesc>();
    desc->variant = "figure:inception-naive";
    desc->input = {192, 28, 28};
    desc->root = series("inception-naive", "naive Inception module", Kind::Network,
                        {concat("naive", "Inception (naive)", Kind::Block,
                                {conv(style, "naive.1x1", 192, 64, 1),
                                 conv(style, "naive.3x3", 192, 128, 3, 1, 1),
                                 conv(style, "naive.5x5", 192, 32, 5, 1, 2),
                                 maxPool("naive.pool", 3, 1, 1)})});
    annotate(*desc);
    return desc;
}

}  // namespace explorer
