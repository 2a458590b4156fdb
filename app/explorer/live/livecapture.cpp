// LibTorch first: Qt's `slots` keyword macro must not reach its headers.
#include <torch/torch.h>

#include "explorer/live/livecapture.h"

#include "engine/model.h"
#include "engine/session.h"
#include "explorer/common/backgroundjob.h"
#include "explorer/common/errortext.h"
#include "explorer/inference/inferenceservice.h"
#include "vision/frame_source.h"
#include "vision/live_pipeline.h"

namespace explorer {

using namespace inception;

LiveCapture::LiveCapture(QObject* parent)
    : QObject(parent), opener_(new BackgroundJob(QStringLiteral("live-source"), this))
{
}

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

// The stream's callbacks: previews (when the last one was shown), a forward per frame through a
// session of its own (on the pipeline's inference thread), the end of the source.
vision::LiveCallbacks LiveCapture::callbacks(InferenceService* service, const Post& post, const QString& description)
{
    vision::LiveCallbacks cb;
    cb.preview = [this, post](const cv::Mat& rgb, int64_t) {
        if (!previewPending_.exchange(true)) {
            const QImage frame =
                QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
            post([this, frame] { emit preview(frame); });
        }
    };
    // The stream's own session, made on the inference thread and remade when the service
    // opens another model or the device or precision changes.
    auto session = std::make_shared<std::unique_ptr<engine::Session>>();
    cb.process = [this, service, session, post](const cv::Mat& rgb, int64_t) {
        const auto model = service->currentModel();
        if (!model)
            return;  // the first model is still opening: the frame is skipped
        auto& current = *session;
        InferenceService::refreshSession(current, model, service->runSettings());
        QString node;
        {
            QMutexLocker lock(&mutex_);
            node = node_;
        }
        try {
            auto r = InferenceService::analyse(*current, rgb, tr("live frame"), node, true, service->gate(),
                                               service->analysis());
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
    return cb;
}

void LiveCapture::start(const QString& spec, InferenceService* service)
{
    stop();
    previewPending_ = false;
    running_ = true;
    // Opening a camera can take a while: not on the GUI thread. The stream's callbacks post
    // through the opening job's context: a later stream's start drops this one's late posts, and
    // so does stop() (running_).
    opener_->start([this, spec, service](BackgroundJob::Context& ctx) {
        const Post post = [this, ctx](std::function<void()> f) {
            ctx.post([this, f = std::move(f)] {
                if (running_)
                    f();
            });
        };
        UserError error;
        try {
            vision::SourceOptions o;
            o.paced = true;  // a video plays at its own frame rate, slides hold a while
            auto source = vision::openSource(spec.toStdString(), o);
            const QString description = QString::fromStdString(source->describe());

            auto cb = callbacks(service, post, description);
            auto pipeline = std::make_unique<vision::LivePipeline>(std::move(source), std::move(cb));
            {
                QMutexLocker lock(&mutex_);
                if (ctx.cancelled())
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
    opener_->cancel();
    opener_->wait();
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
