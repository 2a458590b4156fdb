#pragma once
// Paper vs implementation: where the network whose weights the project loads differs from what
// its paper describes. Every item names the nodes concerned and the lines of the reference's
// source that show it (checked by a test against the installed file); what could not be checked
// against a source on this machine is left out. Texts are translated (context "Paper").
#include <QString>
#include <QStringList>

#include <vector>

namespace explorer {

struct SourceLine {
    const char* module;   // the Python module whose file is cited, e.g. torchvision.models.googlenet
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
