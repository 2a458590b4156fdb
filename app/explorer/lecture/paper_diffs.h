#pragma once
// Paper vs implementation: where the network whose weights the project loads differs from what
// its paper describes. Every item names the nodes concerned and the lines that show it, checked
// by a test: torchvision's installed source, or, for timm (not installed here), its parameter
// names and shapes as recorded in tests/data/reference/ (what the weight-compatibility tests
// load against). What could not be checked so is left out (the residual scales of
// Inception-ResNet-v2 are not in those records). Texts are translated (context "Paper").
#include <QString>
#include <QStringList>

#include <vector>

namespace explorer {

struct SourceLine {
    // the Python module whose file is cited (torchvision.models.googlenet), or a file of the
    // source tree (a path with a '/': tests/data/reference/timm_inception_v4_keys.tsv)
    const char* module;
    int line;             // 1-based
    const char* excerpt;  // text that line contains
};

struct PaperDiff {
    const char* variant;
    const char* title;      // QT_TRANSLATE_NOOP("Paper", ...)
    const char* paper;      // what the paper describes
    const char* reference;  // what the reference implementation does
    const char* project;    // what this project does
    std::vector<const char*> nodes;
    std::vector<SourceLine> sources;
};

const std::vector<PaperDiff>& paperDiffs();

}  // namespace explorer
