#pragma once
// The live view on the core's vision::LivePipeline: a capture thread reads the frame source
// (camera, video, folder) and hands the newest frame to the pipeline's inference thread, which
// runs it through a Session of its own over the model the InferenceWorker has open (a variant
// being opened meanwhile does not stop the stream: the old model runs until the new one is
// ready). A frame arriving while one waits replaces it; the preview reaches the window only when
// the window has shown the previous one. Nothing queues on either path.
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

#include "explorer/inference/inferenceresult.h"

namespace inception::vision {
class LivePipeline;
struct LiveCallbacks;
}

namespace explorer {

class BackgroundJob;
class InferenceService;

struct LiveStats {
    qint64 decoded = 0, processed = 0, dropped = 0;
};

class LiveCapture : public QObject {
    Q_OBJECT
public:
    explicit LiveCapture(QObject* parent = nullptr);
    ~LiveCapture() override;  // stops and joins

    // "cam:N", a video file or an image folder. Opens on a BackgroundJob; failure → failed().
    void start(const QString& spec, InferenceService* service);
    void stop();
    bool running() const;  // from start() until stop(), even when the source has ended
    // The window showed the last preview; the next frame may be sent.
    void previewShown() { previewPending_ = false; }
    // The node whose branches each frame shows (any thread).
    void setNode(const QString& id);
    LiveStats stats() const;

signals:
    void started(const QString& description);
    void preview(const QImage& frame);
    void resultReady(const explorer::InferenceResult& result);
    // The source did not open or died (the view is idle again), or a frame failed: `message`
    // translated, `detail` the core's technical text.
    void failed(const QString& message, const QString& detail);
    void ended();                         // stopped, or a source that does not loop ended

private:
    using Post = std::function<void(std::function<void()>)>;
    inception::vision::LiveCallbacks callbacks(InferenceService* service, const Post& post, const QString& description);

    BackgroundJob* opener_;
    std::unique_ptr<inception::vision::LivePipeline> pipeline_;
    mutable QMutex mutex_;  // pipeline_ and node_
    QString node_;
    std::atomic<bool> previewPending_{false};
    bool running_ = false;  // GUI thread: a stopped stream's late signals are dropped
};

}  // namespace explorer
