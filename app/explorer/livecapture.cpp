#include "livecapture.h"

#include <QMetaObject>

#include "vision/frame_source.h"

namespace explorer {

LiveCapture::LiveCapture(QObject* parent) : QObject(parent) {}

LiveCapture::~LiveCapture() { stop(); }

void LiveCapture::start(const QString& spec, std::function<void(const QImage&)> sink)
{
    stop();
    stop_ = false;
    previewPending_ = false;
    decoded_ = 0;
    thread_ = std::thread([this, spec, sink = std::move(sink)] {
        QString error;
        try {
            inception::vision::SourceOptions o;
            o.paced = true;  // a video plays at its own frame rate, slides hold a while
            auto source = inception::vision::openSource(spec.toStdString(), o);
            const QString description = QString::fromStdString(source->describe());
            QMetaObject::invokeMethod(this, [this, description] { emit started(description); }, Qt::QueuedConnection);
            cv::Mat rgb;
            while (!stop_ && source->next(rgb)) {
                const QImage frame = QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
                ++decoded_;
                if (sink)
                    sink(frame);
                if (!previewPending_.exchange(true))
                    QMetaObject::invokeMethod(this, [this, frame] { emit preview(frame); }, Qt::QueuedConnection);
            }
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                if (!error.isEmpty())
                    emit failed(error);
                emit ended();
            },
            Qt::QueuedConnection);
    });
}

void LiveCapture::stop()
{
    stop_ = true;
    if (thread_.joinable())
        thread_.join();
}

}  // namespace explorer
