// The built-in tour "From GoogLeNet to Inception-ResNet", in the order of the story the project
// started from: why bigger costs too much, the naive module and the 1×1 reductions, GoogLeNet,
// batch normalisation, factorisation, grid-size reduction, Inception-v4's stem, blocks and
// reductions, residual Inception blocks and their scaling. Every figure of that story is a step
// (the Figures menu's). Texts are translated (context "Tour"); numbers come from placeholders.
#include <QCoreApplication>

#include "common/resources.h"
#include "explorer/lecture/tour.h"

namespace explorer {

namespace {

struct Text {
    const char* title;
    const char* caption;
    const char* notes;
};

TourStep step(const Text& t)
{
    TourStep s;
    s.title = QCoreApplication::translate("Tour", t.title);
    s.caption = QCoreApplication::translate("Tour", t.caption);
    s.notes = QCoreApplication::translate("Tour", t.notes);
    return s;
}

}  // namespace

Tour builtinTour()
{
    Tour t;
    t.builtin = true;
    t.title = QCoreApplication::translate("Tour", "From GoogLeNet to Inception-ResNet");
    t.folder = QString::fromStdString(inception::resourcePath("tour"));
    const QStringList diagramOnly{QStringLiteral("details")};

    TourStep s = step({QT_TRANSLATE_NOOP("Tour", "Why not simply bigger?"),
                       QT_TRANSLATE_NOOP("Tour", "The plain way to a better network is to make it deeper and wider. But a "
                                                 "convolution's cost grows with the product of its input and output "
                                                 "widths: widen two stacked layers and the cost grows fourfold, and most "
                                                 "of the new weights end up near zero. GoogLeNet's answer spends "
                                                 "{macs:googlenet} multiply-adds and {params:googlenet} parameters per "
                                                 "image where they pay."),
                       QT_TRANSLATE_NOOP("Tour", "Drop a photograph to show that it runs. Point out the depth: 22 layers "
                                                 "with weights. The question for the hour: how can width and depth grow "
                                                 "while the budget stays?")});
    s.variant = QStringLiteral("googlenet");
    s.image = QStringLiteral("chelsea.jpg");
    s.docks = QStringList{QStringLiteral("predictions")};
    t.steps << s;

    s = step({QT_TRANSLATE_NOOP("Tour", "The naive Inception module"),
              QT_TRANSLATE_NOOP("Tour", "Look at one place of the image with filters of several sizes at once — 1×1, "
                                        "3×3, 5×5 and a pooling — and stack the answers. Drawn on inception3a's input "
                                        "({shape:googlenet/inception3a.branch1} is only its first branch's output), the "
                                        "5×5 filters see every input channel, and the pooling branch carries all of them "
                                        "on: the output only ever widens."),
              QT_TRANSLATE_NOOP("Tour", "No published network has this module. It is the idea before the fix: ask the "
                                        "room what happens to the width after nine such modules.")});
    s.figure = QStringLiteral("inception-naive");
    s.docks = diagramOnly;
    t.steps << s;

    s = step({QT_TRANSLATE_NOOP("Tour", "1×1 reductions"),
              QT_TRANSLATE_NOOP("Tour", "A 1×1 convolution before the 3×3 and 5×5 filters, and after the pooling, "
                                        "shrinks the depth they work on. inception3a costs {macs:googlenet/inception3a} "
                                        "multiply-adds with {params:googlenet/inception3a} parameters: {saving:reductions} "
                                        "less than the naive module on the same input."),
              QT_TRANSLATE_NOOP("Tour", "Open a branch and show the reduce layer's width. The saving is computed from "
                                        "the two trees, not quoted from the paper.")});
    s.figure = QStringLiteral("inception-reductions");
    s.selected = QStringLiteral("inception3a");
    s.docks = diagramOnly;
    t.steps << s;

    s = step({QT_TRANSLATE_NOOP("Tour", "GoogLeNet"),
              QT_TRANSLATE_NOOP("Tour", "Nine Inception modules in three stages, max-pooling between the stages, "
                                        "global average pooling instead of big fully connected layers. The last module "
                                        "gives {shape:googlenet/inception5b}; the whole network has {params:googlenet} "
                                        "parameters."),
              QT_TRANSLATE_NOOP("Tour", "Click through the stages with the arrow keys. Mention the auxiliary "
                                        "classifiers used only in training.")});
    s.figure = QStringLiteral("googlenet");
    s.image = QStringLiteral("chelsea.jpg");
    s.docks = QStringList{QStringLiteral("predictions")};
    t.steps << s;

    s = step({QT_TRANSLATE_NOOP("Tour", "Batch normalisation"),
              QT_TRANSLATE_NOOP("Tour", "While a network trains, every layer's input distribution keeps moving with "
                                        "the layers before it. Normalising each channel over the batch steadies it, so "
                                        "larger learning rates work. BN-Inception has {params:bn_inception} parameters; "
                                        "the Training dock shows this project's own runs of the small network with and "
                                        "without batch normalisation."),
              QT_TRANSLATE_NOOP("Tour", "Compare the curves at learning rate 0.1: without batch normalisation the run "
                                        "stalls. These runs were measured by the project on Fashion-MNIST.")});
    s.variant = QStringLiteral("bn_inception");
    s.docks = QStringList{QStringLiteral("training")};
    s.runs = QStringList{QStringLiteral("../experiments/bn-vs-nobn/mini_inception_lr0.1"),
                         QStringLiteral("../experiments/bn-vs-nobn/mini_inception_nobn_lr0.1")};
    t.steps << s;

    s = step({QT_TRANSLATE_NOOP("Tour", "5×5 as two 3×3"),
              QT_TRANSLATE_NOOP("Tour", "Two stacked 3×3 convolutions see the same 5×5 patch as one 5×5 convolution, "
                                        "with a non-linearity between them, and cost {saving:5x5} less at equal widths. "
                                        "BN-Inception's inception_3a uses the pair."),
              QT_TRANSLATE_NOOP("Tour", "Show the receptive field of the second 3×3 in Details: the same as a 5×5.")});
    s.figure = QStringLiteral("factorized-5x5");
    s.docks = diagramOnly;
    t.steps << s;

    s = step({QT_TRANSLATE_NOOP("Tour", "n×n as 1×n and n×1"),
              QT_TRANSLATE_NOOP("Tour", "Factorise further: a 1×7 convolution followed by a 7×1 one covers a 7×7 "
                                        "patch for {saving:7x7} less at equal widths. Inception-v3's Mixed_6b uses it on "
                                        "the 17×17 grid; its 7×7 branch costs {macs:inception_v3/Mixed_6b.branch7x7} "
                                        "multiply-adds."),
              QT_TRANSLATE_NOOP("Tour", "The paper found this works best on medium grids (12 to 20), not early in the "
                                        "network.")});
    s.figure = QStringLiteral("factorized-nxn");
    s.docks = diagramOnly;
    t.steps << s;

    s = step({QT_TRANSLATE_NOOP("Tour", "Grid-size reduction"),
              QT_TRANSLATE_NOOP("Tour", "Pooling first loses information, widening first costs too much. Inception-v3 "
                                        "does both at once: strided convolutions and a pooling side by side, "
                                        "concatenated. Mixed_6a takes {shape:inception_v3/Mixed_5d} to "
                                        "{shape:inception_v3/Mixed_6a}."),
              QT_TRANSLATE_NOOP("Tour", "Point at the stride-2 layers: the grid halves while the channels grow.")});
    s.figure = QStringLiteral("grid-reduction");
    s.docks = diagramOnly;
    t.steps << s;

    s = step({QT_TRANSLATE_NOOP("Tour", "Inception-v4"),
              QT_TRANSLATE_NOOP("Tour", "A uniform design: a stem, four Inception-A, a Reduction-A, seven Inception-B, "
                                        "a Reduction-B and three Inception-C. {params:inception_v4} parameters, "
                                        "{macs:inception_v4} multiply-adds per 299×299 image."),
              QT_TRANSLATE_NOOP("Tour", "Compare with GoogLeNet's numbers from the first steps.")});
    s.figure = QStringLiteral("v4");
    s.image = QStringLiteral("coffee.jpg");
    s.docks = QStringList{QStringLiteral("predictions")};
    t.steps << s;

    const Text v4Texts[] = {
        {QT_TRANSLATE_NOOP("Tour", "Inception-v4: the stem"),
         QT_TRANSLATE_NOOP("Tour", "Before the first Inception block the stem takes the 299×299 picture down to "
                                   "{shape:inception_v4/stem}, with branches already: a pooling beside a strided "
                                   "convolution, twice."),
         QT_TRANSLATE_NOOP("Tour", "The stem alone has {params:inception_v4/stem} parameters.")},
        {QT_TRANSLATE_NOOP("Tour", "Inception-A"),
         QT_TRANSLATE_NOOP("Tour", "On the 35×35 grid: 1×1, 3×3, two 3×3 and an average pooling, each block "
                                   "{macs:inception_v4/features.6} multiply-adds, output {shape:inception_v4/features.6}."),
         QT_TRANSLATE_NOOP("Tour", "The two 3×3 are the 5×5 of step 6.")},
        {QT_TRANSLATE_NOOP("Tour", "Reduction-A"),
         QT_TRANSLATE_NOOP("Tour", "From 35×35 to {shape:inception_v4/features.10}: the grid-size reduction of step 8 "
                                   "with Inception-v4's widths."),
         QT_TRANSLATE_NOOP("Tour", "No pooling projection here: the pooling branch passes its channels through.")},
        {QT_TRANSLATE_NOOP("Tour", "Inception-B"),
         QT_TRANSLATE_NOOP("Tour", "On the 17×17 grid the 1×7 and 7×1 pairs of step 7: each block "
                                   "{params:inception_v4/features.11} parameters."),
         QT_TRANSLATE_NOOP("Tour", "Seven of these make up most of the network's parameters.")},
        {QT_TRANSLATE_NOOP("Tour", "Reduction-B"),
         QT_TRANSLATE_NOOP("Tour", "From 17×17 to {shape:inception_v4/features.18}, again with strided "
                                   "convolutions beside a pooling."),
         QT_TRANSLATE_NOOP("Tour", "Its second branch factorises 7×7 before it reduces.")},
        {QT_TRANSLATE_NOOP("Tour", "Inception-C"),
         QT_TRANSLATE_NOOP("Tour", "On the 8×8 grid the branches split into 1×3 and 3×1 side by side, widening the "
                                   "output to {shape:inception_v4/features.19}."),
         QT_TRANSLATE_NOOP("Tour", "Wide rather than deep: on a small grid the filter banks are expanded.")},
    };
    const char* v4Figures[] = {"v4-stem", "v4-inception-a", "v4-reduction-a", "v4-inception-b", "v4-reduction-b",
                               "v4-inception-c"};
    for (int i = 0; i < 6; ++i) {
        s = step(v4Texts[i]);
        s.figure = QString::fromLatin1(v4Figures[i]);
        s.docks = diagramOnly;
        t.steps << s;
    }

    s = step({QT_TRANSLATE_NOOP("Tour", "Residual Inception blocks"),
              QT_TRANSLATE_NOOP("Tour", "Inception-ResNet adds each block's branches, projected by a 1×1 convolution, "
                                        "to its input instead of concatenating them. The sum is scaled first: "
                                        "{scale:inception_resnet_v2/repeat.0} in the 35×35 blocks."),
              QT_TRANSLATE_NOOP("Tour", "Grad-CAM per branch splits this sum exactly into identity, branches and bias.")});
    s.figure = QStringLiteral("irv2-block35");
    s.docks = diagramOnly;
    t.steps << s;

    s = step({QT_TRANSLATE_NOOP("Tour", "Scaling the residuals"),
              QT_TRANSLATE_NOOP("Tour", "With more than about a thousand filters the residual versions became unstable "
                                        "in training; scaling the branches down before the sum kept them stable: "
                                        "{scale:inception_resnet_v2/repeat_2.0} in the 8×8 blocks. The whole network: "
                                        "{params:inception_resnet_v2} parameters."),
              QT_TRANSLATE_NOOP("Tour", "End of the tour. The diagram stays live: open any block and ask questions.")});
    s.figure = QStringLiteral("irv2-block8");
    s.image = QStringLiteral("astronaut.jpg");
    s.docks = QStringList{QStringLiteral("predictions")};
    t.steps << s;
    return t;
}

}  // namespace explorer
