#pragma once
// What one analysed image looks like to the docks: value types, made on a worker thread from the
// core's RunAnalysis (resultimages.h) and handed to the GUI thread by queued signals.
#include <QImage>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <map>
#include <string>

#include "arch/receptive.h"

namespace explorer {

// Channels on one page of a branch's grid in the Activations dock.
constexpr int kChannelsPerPage = 36;

struct BranchView {
    QString id;
    QString name;         // readable: "3×3 conv" for a layer the reference calls "1"
    int channels = 0;
    QString shape;
    double energyShare = 0;  // sum x^2 over this branch / over the module's branches; -1: not a partition
    int knockedOut = 0;      // 0: no; 1: zeroed; 2: each channel set to its mean (the maps show it)
    float min = 0, max = 0;  // the colour scale, shared by every branch of one result
    // Every channel, each a grey map on that scale (0..255), and the grid's geometry (of a page).
    QVector<QImage> maps;
    int columns = 1, cell = 26, gap = 2;
    inception::arch::ReceptiveField field;  // of one cell of this branch's maps
};

// One Grad-CAM term (a branch's share of the map, the identity path, the bias), drawn on the
// diverging scale shared by every term of one result.
struct TermView {
    QString id;
    QString name;
    QImage map;       // at the map's resolution
    double sum = 0;   // the term summed over the map
};

// Grad-CAM of one result: the raw map (before Grad-CAM's ReLU) on a diverging scale.
struct ExplainView {
    bool shown = false;
    QString method;          // empty: Grad-CAM; else the input attribution laid over the live view
    QString methodName;      // "Gradient"
    QString node, mapId;     // the node asked for, the value taken (node, or node:sum)
    QString note;            // why this node (the selected one has no spatial map, ...)
    int classIndex = -1;
    QString label;
    QImage colours;          // the map upsampled to the input's size and coloured, RGB
    QSize mapSize;           // the map's own resolution
    float limit = 0;         // the scale runs from -limit to +limit
    float min = 0, max = 0;
    QVector<TermView> terms; // per branch, when the node has branches
    float termLimit = 0;
    double cropFraction = 1;  // the input's share of the frame's shorter side (crop / resize)
};

// Integrated Gradients' conductance at the selected node (Dhamdhere et al. 2018) from the
// Explanation dock's last Integrated Gradients map: Σ over the path of ∂f/∂y · Δy, split per
// branch (and a residual block's identity), shown beside the branches on one scale.
struct ConductanceTermView {
    QString id;
    QString name;
    double value = 0;
};

struct ConductanceView {
    QString variant, path, node;
    int classIndex = -1;
    QString label;
    int steps = 0;
    QVector<ConductanceTermView> terms;
    double total = 0;       // Σ over the node's channels (= Σ of the terms)
    double inputTotal = 0;  // Σ of the input attribution
    double delta = 0;       // f(image) − f(baseline)
    bool empty() const { return node.isEmpty(); }
};

// The top-5 with knockouts applied against the same image without them.
struct KnockoutView {
    QStringList knocked;             // "inception4a.branch2 (zero)"
    QVector<int> afterIndex;         // the top-5 classes after, best first
    QVector<float> beforeP;          // their probabilities before
    QVector<int> beforeRank;         // their ranks before (1-based)
    QVector<int> beforeIndex;        // the top-5 before
    QStringList beforeLabels;
    QVector<float> beforeTopP;
    bool top1Changed = false;
};

// What every analysis applies: knockouts (id -> mean instead of zero) and Grad-CAM.
struct AnalysisSettings {
    std::map<std::string, bool> knockouts;
    bool gradCam = false;
    int gradCamClass = -1;  // -1: the top-1
    // A one-pass input attribution ("gradient", "input-x-gradient", "guided-backprop") of the
    // top-1 on every live frame, laid over the live view (Grad-CAM, when on, goes first); empty: none.
    QString liveMap;
};

struct InferenceResult {
    QString variant;
    QString path;
    QImage thumbnail;
    QImage input;  // what the network saw: the preprocessed crop, un-normalised
    QStringList labels;
    QVector<float> probabilities;
    double forwardMs = 0;
    QString device;
    bool untrained = true;
    QString nodeId;
    bool live = false;  // from the live view (a frame, not a file)
    QVector<BranchView> branches;
    std::map<std::string, double> heat;  // mean |activation| per module, 0..1
    QVector<int> classIndex;             // the top-5's class indices
    KnockoutView knockout;               // filled when knockouts apply
    ExplainView explain;                 // filled when Grad-CAM is on
};

// How sessions run: the window's device and precision choices.
struct RunSettings {
    bool cuda = false;
    bool bf16 = false;
};

}  // namespace explorer

Q_DECLARE_METATYPE(explorer::InferenceResult)
