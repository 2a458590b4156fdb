#include "explorer/common/backgroundjob.h"

#include <QMetaObject>

#include "explorer/common/errortext.h"

namespace explorer {

void BackgroundJob::Context::post(std::function<void()> f) const
{
    BackgroundJob* job = job_;
    const int generation = state_->generation;
    QMetaObject::invokeMethod(
        job,
        [job, generation, f = std::move(f)] {
            if (generation == job->generation_)
                f();
        },
        Qt::QueuedConnection);
}

void BackgroundJob::Context::progress(qint64 done, qint64 total) const
{
    BackgroundJob* job = job_;
    post([job, done, total] { emit job->progressed(done, total); });
}

BackgroundJob::BackgroundJob(const QString& name, QObject* parent) : QObject(parent)
{
    setObjectName(name);
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    wait();
}

void BackgroundJob::start(Work work, const QString& subject)
{
    cancel();
    wait();
    state_ = std::make_shared<Context::State>();
    state_->generation = ++generation_;
    running_ = true;
    thread_ = std::thread([this, state = state_, work = std::move(work), subject] {
        Context context(this, state);
        try {
            work(context);
        } catch (const std::exception& e) {
            const UserError u = ErrorText::from(e, subject);
            context.post([this, u] { emit failed(u.message, u.detail); });
        }
        // Always delivered (not dropped when replaced): every run reports its end once.
        QMetaObject::invokeMethod(
            this,
            [this, state] {
                if (state->generation == generation_)
                    running_ = false;
                emit finished(state->cancel);
            },
            Qt::QueuedConnection);
    });
}

void BackgroundJob::cancel()
{
    if (state_)
        state_->cancel = true;
}

void BackgroundJob::wait()
{
    if (thread_.joinable())
        thread_.join();
}

}  // namespace explorer
