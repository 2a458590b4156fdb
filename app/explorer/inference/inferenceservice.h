#pragma once
// What the window runs its networks with: the network shown (opened through engine::openModel,
// off the GUI thread), the current image, the node whose branches results show, the knockouts
// and Grad-CAM every analysis applies, and the device and precision. Each request is carried out
// by a BackgroundJob with its own arguments; "latest request wins": while a job runs, a newer
// request replaces the waiting one, and nothing queues up. Results travel as value types. The
// live view (LiveCapture) runs its frames on its own pipeline thread with its own Session over
// the model this service opened.
#include <QMutex>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

#include "explorer/inference/inferenceresult.h"

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

namespace explorer {

class BackgroundJob;

class InferenceService : public QObject {
    Q_OBJECT
public:
    explicit InferenceService(QObject* parent = nullptr);
    ~InferenceService() override;  // cancels and joins

    // Opens `id` with its default weights (the published file when found, the bundled model, else
    // random weights) or with the weights in `path`; on failure the network shown stays.
    // `labels`: class names, one per line, checked against the classifier's width. `labelsMayFail`
    // (names remembered from an earlier day): names that no longer fit are left out, failed() says so.
    void open(const QString& id);
    void openWeightsFile(const QString& id, const QString& path, const QString& labels = {}, bool labelsMayFail = false);
    QString requestedVariant() const { return requested_; }
    QString shownVariant() const { return shown_; }
    // The weights file the network asked for comes from; empty: the default weights.
    QString weightsFile() const { return weightsFile_; }
    std::shared_ptr<const inception::arch::NetworkDesc> desc() const { return desc_; }
    QString labelsFile() const;  // the class names' file of the network shown; empty: its own names
    bool untrained() const { return untrained_; }

    // `path` becomes the current image and is classified (classifying() says so).
    void classify(const QString& path);
    // The current image again (the network or the device changed; `quiet`: what a result shows
    // changed), unless there is none, or a folder or the live view feeds images meanwhile.
    void reclassify(bool quiet = false);
    QString currentImage() const { return image_; }
    // A new network will run the current image as soon as it is open (reclassify would).
    bool runsCurrentImage() const { return !image_.isEmpty() && !folderFeeds_ && !liveFeeds_; }
    // Something will bring a result: the current image, a folder run or the live view.
    bool expectsResult() const { return !image_.isEmpty() || folderFeeds_ || liveFeeds_; }
    // Images come from a folder run or the live view: the current image is not run again.
    enum class Feed { Folder, Live };
    void setFeeding(Feed feed, bool on);
    // The node whose branches each result shows: read when a request is made (the diagram's
    // selection); setNode says it changed, and the current image runs again.
    void setNodeSource(std::function<QString()> source) { nodeSource_ = std::move(source); }
    void setNode(const QString& id);
    QString node() const { return nodeSource_ ? nodeSource_() : node_; }
    // Knockouts and Grad-CAM for the next analyses (files and live frames); the current image again.
    void setAnalysis(const AnalysisSettings& settings);
    AnalysisSettings analysis() const;  // any thread
    // Device and precision for the next runs (no reopening: sessions follow).
    void setRunSettings(const RunSettings& settings);
    RunSettings runSettings() const;  // any thread
    // Times one forward (batch 1, median of 3 after a warm-up) of every variant.
    void requestLatency();

    // The model shown (null while the first one opens). Any thread.
    std::shared_ptr<const inception::engine::Model> currentModel() const;

    static bool cudaAvailable();
    // bfloat16 on this machine (CUDA, or a CPU with AMX / AVX512-BF16); `why` says why not.
    static bool bf16Available(QString* why = nullptr);
    // Where bfloat16 beats the compiled float32 plan (a CPU with AMX: 3-4x here), the window starts
    // in it; the choice is remembered once changed.
    static bool bf16ByDefault();
    // The variant a window opens on: the first of the five with weights on disk, else the
    // Fashion-MNIST model this project ships (mini_inception).
    static QString defaultVariant();

    // Test hook, run before each forward (file or live frame): e.g. wait on a latch.
    void setGate(std::function<void()> gate);
    std::function<void()> gate() const;

    // `session` over `model` with `settings`: kept when it already is, else made anew.
    static void refreshSession(std::unique_ptr<inception::engine::Session>& session,
                               const std::shared_ptr<const inception::engine::Model>& model,
                               const RunSettings& settings);
    // The whole analysis of one picture through `session` (explain::analyseRun), as pictures.
    // Any thread.
    static InferenceResult analyse(inception::engine::Session& session, const cv::Mat& rgb, const QString& path,
                                   const QString& nodeId, bool live, const std::function<void()>& gate,
                                   const AnalysisSettings& settings);

signals:
    // A network begins to open (the diagram can be drawn now); `weightsFile` empty: its default weights.
    void opening(const QString& id, const QString& weightsFile);
    void classifying(const QString& path);
    void openProgress(const QString& id, double fraction, const QString& what);
    void variantReady(const QString& id, std::shared_ptr<const inception::arch::NetworkDesc> desc,
                      const QString& device, bool untrained);
    // Opening `id` failed; the network shown stays. `message` translated, `detail` the core's text.
    void variantFailed(const QString& id, const QString& message, const QString& detail);
    void resultReady(const explorer::InferenceResult& result);
    void imageFailed(const QString& path, const QString& message, const QString& detail);
    // A failure that is neither: damaged cached weights replaced by random ones, a latency run.
    void failed(const QString& message, const QString& detail);
    void latencyMeasured(const QString& id, double ms, const QString& device);
    void latencyFinished();

private:
    struct Request;
    void request(const QString& path);
    void schedule();
    void runRequest(const Request& r, const std::function<void(std::function<void()>)>& post);
    void openVariant(const Request& r, const std::function<void(std::function<void()>)>& post);
    std::shared_ptr<const inception::engine::Model> openModel(const Request& r,
                                                             const std::function<void(std::function<void()>)>& post);
    void classifyImage(const Request& r, const std::function<void(std::function<void()>)>& post);
    void measureLatency(const std::function<void(std::function<void()>)>& post);

    BackgroundJob* job_;
    std::unique_ptr<Request> pending_;
    std::unique_ptr<inception::engine::Session> session_;  // used by one job at a time
    QString requested_, shown_, weightsFile_, image_, node_;
    std::function<QString()> nodeSource_;
    std::shared_ptr<const inception::arch::NetworkDesc> desc_;
    bool untrained_ = true, folderFeeds_ = false, liveFeeds_ = false;

    mutable QMutex mutex_;  // guards what other threads read
    RunSettings settings_;
    AnalysisSettings analysis_;
    std::function<void()> gate_;
    std::shared_ptr<const inception::engine::Model> model_;
};

}  // namespace explorer
