#pragma once
// Opens networks and runs them off the GUI thread, through the engine's Model and Session.
// "Latest request wins": while a forward runs, a newer request replaces the waiting one, and
// nothing queues up. Results travel as value types. The live view (LiveCapture) runs its frames
// on its own pipeline thread with its own Session over the model this worker opened.
#include <QImage>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QVector>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>

namespace cv {
class Mat;
}
namespace inception::engine {
class Model;
class Session;
}  // namespace inception::engine
namespace inception::arch {
struct NetworkDesc;
}

#include "arch/receptive.h"

namespace explorer {

struct BranchView {
    QString id;
    QString name;
    QImage grid;          // channel maps on one colour scale
    int channels = 0;
    QString shape;
    double energyShare = 0;  // sum x^2 over this branch / over the module's output
    float min = 0, max = 0;  // the colour scale, shared by every branch of one result
    // The shown channels, each a grey map on that scale (0..255), and the grid's geometry.
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

class InferenceWorker : public QObject {
    Q_OBJECT
public:
    explicit InferenceWorker(QObject* parent = nullptr);
    ~InferenceWorker() override;

    // Thread-safe: callable from the GUI thread.
    void requestVariant(const QString& id);
    void requestClassify(const QString& path, const QString& nodeId);
    // Opens the variant with this weight file; on failure the current network stays.
    void requestWeightsFile(const QString& id, const QString& path);
    // Knockouts and Grad-CAM for the next analyses (files and live frames). Thread-safe.
    void setAnalysis(const AnalysisSettings& settings);
    AnalysisSettings analysis() const;
    // Device and precision for the next runs (no reopening: sessions follow).
    void setRunSettings(const RunSettings& settings);
    RunSettings runSettings() const;
    static bool cudaAvailable();
    // bfloat16 on this machine (CUDA, or a CPU with AMX / AVX512-BF16); `why` says why not.
    static bool bf16Available(QString* why = nullptr);
    // Where bfloat16 beats the compiled float32 plan (a CPU with AMX: 3-4x here), the window starts
    // in it; the choice is remembered once changed.
    static bool bf16ByDefault();
    // The variant a window opens on: the first of the five with weights on disk, else the
    // Fashion-MNIST model this project ships (mini_inception).
    static QString defaultVariant();
    // Times one forward (batch 1, median of 3 after a warm-up) of every variant.
    void requestLatency();

    // The model shown (null while the first one opens). Thread-safe.
    std::shared_ptr<const inception::engine::Model> currentModel() const;

    // Test hook, run before each forward (file or live frame): e.g. wait on a latch.
    void setGate(std::function<void()> gate);
    std::function<void()> gate() const;

    // `session` over `model` with `settings`: kept when it already is, else made anew.
    static void refreshSession(std::unique_ptr<inception::engine::Session>& session,
                               const std::shared_ptr<const inception::engine::Model>& model,
                               const RunSettings& settings);

    // The whole analysis of one picture: preprocess, forward through `session` (its captures
    // set here), top-5, the selected node's branches, the heat of every module. Any thread.
    static InferenceResult analyse(inception::engine::Session& session, const cv::Mat& rgb, const QString& path,
                                   const QString& nodeId, bool live, const std::function<void()>& gate = {},
                                   const AnalysisSettings& settings = {});

signals:
    void variantReady(const QString& id, std::shared_ptr<const inception::arch::NetworkDesc> desc,
                      const QString& device, bool untrained);
    void openProgress(const QString& id, double fraction, const QString& what);
    void resultReady(const explorer::InferenceResult& result);
    // `message` is translated; `detail` the core's technical text, shown on request.
    void failed(const QString& message, const QString& detail);
    void variantFailed(const QString& id, const QString& message);  // opening `id` failed
    void imageFailed(const QString& path, const QString& message, const QString& detail);  // classifying `path` failed
    void busyChanged(bool busy);
    void latencyMeasured(const QString& id, double ms, const QString& device);
    void latencyFinished();

private:
    void processPending();
    void openVariant(const QString& id, const QString& weightsFile);
    void measureLatency();
    void classify(const QString& path, const QString& nodeId);
    inception::engine::Session& session();

    mutable QMutex mutex_;
    RunSettings settings_;
    AnalysisSettings analysis_;
    QString pendingVariant_, pendingWeights_;
    QString pendingPath_, pendingNode_;
    bool hasVariant_ = false, hasClassify_ = false, hasLatency_ = false, scheduled_ = false;
    std::function<void()> gate_;
    std::shared_ptr<const inception::engine::Model> model_;  // guarded by mutex_

    std::unique_ptr<inception::engine::Session> session_;  // the worker thread's own
};

// "CPU, 2 threads · compiled" in the window's language.
QString deviceText(const inception::engine::Session& session);

}  // namespace explorer

Q_DECLARE_METATYPE(explorer::InferenceResult)
