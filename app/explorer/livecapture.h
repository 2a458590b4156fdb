#pragma once
// The live view's capture thread: reads a frame source (camera, video, folder) and hands each
// frame to a sink (the inference worker: latest frame wins there) and, when the window has
// shown the previous one, to the window as a preview. Nothing queues on either path.
#include <QImage>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace explorer {

class LiveCapture : public QObject {
    Q_OBJECT
public:
    explicit LiveCapture(QObject* parent = nullptr);
    ~LiveCapture() override;  // stops and joins

    // "cam:N", a video file or an image folder. Opens on the capture thread; failure → failed().
    void start(const QString& spec, std::function<void(const QImage&)> sink);
    void stop();
    bool running() const { return thread_.joinable(); }
    // The window showed the last preview; the next frame may be sent.
    void previewShown() { previewPending_ = false; }
    qint64 decoded() const { return decoded_; }

signals:
    void started(const QString& description);
    void preview(const QImage& frame);
    void failed(const QString& message);  // the source did not open or died; the view is idle again
    void ended();                         // stopped, or a source that does not loop ended

private:
    std::thread thread_;
    std::atomic<bool> stop_{false};
    std::atomic<bool> previewPending_{false};
    std::atomic<qint64> decoded_{0};
};

}  // namespace explorer
