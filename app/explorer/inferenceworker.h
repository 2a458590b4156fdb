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
#include <map>
#include <memory>
#include <string>

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
    float min = 0, max = 0;
};

struct InferenceResult {
    QString variant;
    QString path;
    QImage thumbnail;
    QStringList labels;
    QVector<float> probabilities;
    double forwardMs = 0;
    QString device;
    bool untrained = true;
    QString nodeId;
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

    // Test hook, run on the worker thread before each forward (e.g. wait on a latch).
    void setGate(std::function<void()> gate);

signals:
    void variantReady(const QString& id, std::shared_ptr<const inception::arch::NetworkDesc> desc,
                      const QString& device, bool untrained);
    void resultReady(const explorer::InferenceResult& result);
    void failed(const QString& message);
    void busyChanged(bool busy);

private:
    void processPending();
    void loadVariant(const QString& id);
    void classify(const QString& path, const QString& nodeId);

    QMutex mutex_;
    QString pendingVariant_;
    QString pendingPath_, pendingNode_;
    bool hasVariant_ = false, hasClassify_ = false, scheduled_ = false;
    std::function<void()> gate_;

    std::unique_ptr<inception::engine::Engine> engine_;
    QString variant_;
    bool untrained_ = true;
};

}  // namespace explorer

Q_DECLARE_METATYPE(explorer::InferenceResult)
