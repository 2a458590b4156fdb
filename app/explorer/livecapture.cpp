// LibTorch first: Qt's `slots` keyword macro must not reach its headers.
#include <torch/torch.h>

#include "errortext.h"
#include "livecapture.h"

#include <QMetaObject>

#include "engine/model.h"
#include "engine/session.h"
#include "vision/frame_source.h"
#include "vision/live_pipeline.h"

namespace explorer {

using namespace inception;

LiveCapture::LiveCapture(QObject* parent) : QObject(parent) {}

LiveCapture::~LiveCapture() { stop(); }

bool LiveCapture::running() const { return running_; }

void LiveCapture::setNode(const QString& id)
{
    QMutexLocker lock(&mutex_);
    node_ = id;
}

LiveStats LiveCapture::stats() const
{
    QMutexLocker lock(&mutex_);
    if (!pipeline_)
        return {};
    const auto c = pipeline_->counters();
    return {c.decoded, c.processed, c.dropped};
}

void LiveCapture::start(const QString& spec, InferenceWorker* worker)
{
    stop();
    stop_ = false;
    previewPending_ = false;
    running_ = true;
    const int generation = ++generation_;
    // Post `f` to the GUI thread unless this stream has been stopped or replaced meanwhile.
    auto post = [this, generation](auto f) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, f] {
                if (generation == generation_)
                    f();
            },
            Qt::QueuedConnection);
    };
    // Opening a camera can take a while: not on the GUI thread.
    opener_ = std::thread([this, spec, worker, post] {
        UserError error;
        try {
            vision::SourceOptions o;
            o.paced = true;  // a video plays at its own frame rate, slides hold a while
            auto source = vision::openSource(spec.toStdString(), o);
            const QString description = QString::fromStdString(source->describe());

            vision::LiveCallbacks cb;
            cb.preview = [this, post](const cv::Mat& rgb, int64_t) {
                if (!previewPending_.exchange(true)) {
                    const QImage frame =
                        QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
                    post([this, frame] { emit preview(frame); });
                }
            };
            // The stream's own session, made on the inference thread and remade when the worker
            // opens another model or the device or precision changes.
            auto session = std::make_shared<std::unique_ptr<engine::Session>>();
            cb.process = [this, worker, session, post](const cv::Mat& rgb, int64_t) {
                const auto model = worker->currentModel();
                if (!model)
                    return;  // the first model is still opening: the frame is skipped
                auto& current = *session;
                InferenceWorker::refreshSession(current, model, worker->runSettings());
                QString node;
                {
                    QMutexLocker lock(&mutex_);
                    node = node_;
                }
                try {
                    auto r = InferenceWorker::analyse(*current, rgb, tr("live frame"), node, true, worker->gate(),
                                                      worker->analysis());
                    post([this, r] { emit resultReady(r); });
                } catch (const std::exception& e) {
                    const UserError u = ErrorText::from(e, tr("live frame"));
                    const QString message = tr("Live inference failed: %1").arg(u.message);
                    post([this, message, u] { emit failed(message, u.detail); });
                }
            };
            cb.finished = [this, post, description](const std::string& why) {
                const QString detail = QString::fromStdString(why);
                const QString message = tr("The live source %1 stopped with an error.").arg(description);
                post([this, message, detail] {
                    if (!detail.isEmpty())
                        emit failed(message, detail);
                    emit ended();
                });
            };
            auto pipeline = std::make_unique<vision::LivePipeline>(std::move(source), std::move(cb));
            {
                QMutexLocker lock(&mutex_);
                if (stop_)
                    return;
                pipeline_ = std::move(pipeline);
                pipeline_->start();
            }
            post([this, description] { emit started(description); });
            return;
        } catch (const std::exception& e) {
            error = ErrorText::from(e, spec);
        }
        post([this, error] {
            emit failed(error.message, error.detail);
            emit ended();
        });
    });
}

void LiveCapture::stop()
{
    stop_ = true;
    ++generation_;
    if (opener_.joinable())
        opener_.join();
    std::unique_ptr<vision::LivePipeline> pipeline;
    {
        QMutexLocker lock(&mutex_);
        pipeline = std::move(pipeline_);
    }
    if (pipeline)
        pipeline->stop();  // joins both threads (a forward in flight finishes first)
    running_ = false;
}

}  // namespace explorer
