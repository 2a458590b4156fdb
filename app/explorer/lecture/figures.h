#pragma once
// The classic figures of the Inception papers, each opened from a live model: which variant,
// which modules to open, what to frame and the idea it teaches. Titles and captions are
// translated where they are shown (context "Figures").
#include <memory>
#include <string>
#include <vector>

namespace inception::arch {
struct NetworkDesc;
}

namespace explorer {

struct Figure {
    std::string name;     // --figure NAME
    const char* title;    // QT_TRANSLATE_NOOP("Figures", ...)
    std::string variant;
    std::vector<std::string> expand;  // modules to open
    std::string frame;    // node to frame; empty: the whole network
    const char* caption;  // QT_TRANSLATE_NOOP("Figures", ...)
    bool synthetic = false;  // no live counterpart: built from ArchNode types by syntheticNetwork()
};

const std::vector<Figure>& figures();
const Figure* findFigure(const std::string& name);

// The network a synthetic figure draws (the naive Inception module on inception3a's input,
// with inception3a's filter counts), annotated. Throws std::invalid_argument for others.
std::shared_ptr<const inception::arch::NetworkDesc> syntheticNetwork(const Figure& figure);

}  // namespace explorer
