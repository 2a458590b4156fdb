#pragma once
// The one way the window runs work off the GUI thread. A job runs a function on a thread of its
// own; the function reads whether it was cancelled, reports progress and posts its results
// (closures run on the GUI thread, in order); the job says once per run that it finished, and an
// exception escaping the function becomes failed(). Starting a run while one goes cancels and
// joins that one first, and what it posts after that is dropped. Destroying the job (with its
// owner) cancels and joins: no thread outlives the window, and nothing it posts runs after.
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace explorer {

class BackgroundJob : public QObject {
    Q_OBJECT
public:
    // What the work sees on its thread.
    class Context {
    public:
        bool cancelled() const { return state_->cancel; }
        // Runs `f` on the GUI thread unless this run has been replaced, or the job is gone, by then.
        void post(std::function<void()> f) const;
        // progressed(done, total) on the GUI thread (as post).
        void progress(qint64 done, qint64 total) const;

    private:
        friend class BackgroundJob;
        struct State {
            std::atomic<bool> cancel{false};
            int generation = 0;
        };
        Context(BackgroundJob* job, std::shared_ptr<State> state) : job_(job), state_(std::move(state)) {}
        BackgroundJob* job_;
        std::shared_ptr<State> state_;
    };
    using Work = std::function<void(Context&)>;

    // `name`: the object name, which says in tests and logs what the job does.
    explicit BackgroundJob(const QString& name, QObject* parent = nullptr);
    ~BackgroundJob() override;

    // Runs `work` on a new thread. `subject` names what an error is about (a file, a node).
    void start(Work work, const QString& subject = QString());
    void cancel();  // the work sees cancelled(); returns at once
    void wait();    // joins the thread (the GUI thread waits)
    bool running() const { return running_; }

signals:
    void progressed(qint64 done, qint64 total);
    void failed(const QString& message, const QString& detail);
    // Once per run, after everything the run posted: `cancelled` when cancel() was called.
    void finished(bool cancelled);

private:
    std::thread thread_;
    std::shared_ptr<Context::State> state_;
    int generation_ = 0;
    bool running_ = false;
};

}  // namespace explorer
