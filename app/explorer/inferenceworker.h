#pragma once
// Runs the network off the GUI thread. "Latest request wins": while a forward runs, a newer
// request replaces the waiting one, and nothing queues up. Results travel as value types.
#include <QImage>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QVector>

#include <functional>
#include <utility>
#include <map>
#include <memory>
#include <string>

namespace cv {
class Mat;
}
namespace inception::engine {
class Engine;
}
namespace inception::arch {
struct NetworkDesc;
}

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
};

class InferenceWorker : public QObject {
    Q_OBJECT
public:
    explicit InferenceWorker(QObject* parent = nullptr);
    ~InferenceWorker() override;

    // Thread-safe: callable from the GUI thread.
    void requestVariant(const QString& id);
    void requestClassify(const QString& path, const QString& nodeId);
    // Loads the variant with this weight file; on failure the current network stays.
    void requestWeightsFile(const QString& id, const QString& path);
    // A live frame: replaces a frame still waiting (counted in framesDropped()).
    void requestFrame(const QImage& frame, const QString& nodeId);
    qint64 framesDropped() const;
    // CPU or CUDA (when LibTorch has it): reloads `variant` on that device.
    void requestDevice(bool cuda, const QString& variant);
    static bool cudaAvailable();
    // The variant a window opens on: the first of the five with weights on disk, else the
    // Fashion-MNIST model this project ships (mini_inception).
    static QString defaultVariant();
    // Times one forward (batch 1, median of 3 after a warm-up) of every variant.
    void requestLatency();

    // Test hook, run on the worker thread before each forward (e.g. wait on a latch).
    void setGate(std::function<void()> gate);

signals:
    void variantReady(const QString& id, std::shared_ptr<const inception::arch::NetworkDesc> desc,
                      const QString& device, bool untrained);
    void resultReady(const explorer::InferenceResult& result);
    void failed(const QString& message);
    void imageFailed(const QString& path, const QString& message);  // classifying `path` failed
    void busyChanged(bool busy);
    void latencyMeasured(const QString& id, double ms, const QString& device);
    void latencyFinished();

private:
    void processPending();
    void loadVariant(const QString& id, const QString& weightsFile);
    void measureLatency();
    void classify(const QString& path, const QString& nodeId);
    void classifyFrame(const QImage& frame, const QString& nodeId);
    void run(const cv::Mat& rgb, const QString& path, const QString& nodeId, bool live);

    mutable QMutex mutex_;
    QImage pendingFrame_;
    QString pendingFrameNode_;
    bool hasFrame_ = false;
    qint64 framesDropped_ = 0;
    bool useCuda_ = false;  // set to "CUDA when there is one" at construction
    QString pendingVariant_, pendingWeights_;
    QString pendingPath_, pendingNode_;
    bool hasVariant_ = false, hasClassify_ = false, hasLatency_ = false, scheduled_ = false;
    std::function<void()> gate_;

    std::unique_ptr<inception::engine::Engine> engine_;
    QString variant_;
    bool untrained_ = true;
};

}  // namespace explorer

Q_DECLARE_METATYPE(explorer::InferenceResult)
