#include "vision/live_pipeline.h"

#include "common/error.h"

#include <chrono>

namespace inception::vision {

LivePipeline::LivePipeline(std::unique_ptr<FrameSource> source, LiveCallbacks callbacks)
    : source_(std::move(source)), callbacks_(std::move(callbacks))
{
    if (!source_)
        throw Error(ErrorCode::BadArgument, "a live pipeline needs a frame source");
}

LivePipeline::~LivePipeline() { stop(); }

void LivePipeline::start()
{
    if (running_ || capture_.joinable())
        return;
    running_ = true;
    capture_ = std::thread([this] { captureLoop(); });
    inference_ = std::thread([this] { inferenceLoop(); });
}

void LivePipeline::stop()
{
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    if (capture_.joinable())
        capture_.join();
    if (inference_.joinable())
        inference_.join();
    running_ = false;
}

void LivePipeline::wait()
{
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return finished_; });
}

bool LivePipeline::waitFor(double seconds)
{
    std::unique_lock<std::mutex> lock(mutex_);
    return changed_.wait_for(lock, std::chrono::duration<double>(seconds), [this] { return finished_; });
}

std::string LivePipeline::error() const
{
    std::lock_guard<std::mutex> lock(mutex_);
    return error_;
}

LiveCounters LivePipeline::counters() const
{
    std::lock_guard<std::mutex> lock(mutex_);
    return counters_;
}

void LivePipeline::finish(const std::string& error)
{
    bool first = false;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (!finished_) {
            finished_ = true;
            error_ = error;
            first = true;
        }
    }
    changed_.notify_all();
    if (first && callbacks_.finished)
        callbacks_.finished(error);
}

void LivePipeline::captureLoop()
{
    std::string error;
    try {
        cv::Mat frame;
        for (int64_t index = 0;; ++index) {
            {
                std::unique_lock<std::mutex> lock(mutex_);
                if (!decodeAhead_)  // on demand: the next frame once the waiting one was taken
                    changed_.wait(lock, [this] { return !slotFull_ || stopping_ || finished_; });
                if (stopping_ || finished_)
                    break;
            }
            if (!source_->next(frame))
                break;  // the end of a source that does not loop
            if (callbacks_.preview)
                callbacks_.preview(frame, index);
            {
                std::lock_guard<std::mutex> lock(mutex_);
                ++counters_.decoded;
                if (slotFull_)
                    ++counters_.dropped;  // the waiting frame is replaced, never queued
                slot_ = frame.clone();
                slotIndex_ = index;
                slotFull_ = true;
                counters_.maxWaiting = std::max(counters_.maxWaiting, 1);
            }
            changed_.notify_all();
        }
    } catch (const std::exception& e) {
        error = e.what();
    }
    {
        std::lock_guard<std::mutex> lock(mutex_);
        captureDone_ = true;
        if (!error.empty() && error_.empty())
            error_ = error;
    }
    changed_.notify_all();
}

void LivePipeline::inferenceLoop()
{
    std::string error;
    for (;;) {
        cv::Mat frame;
        int64_t index = 0;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            changed_.wait(lock, [this] { return slotFull_ || captureDone_ || stopping_; });
            if (stopping_)
                break;
            if (!slotFull_) {  // capture ended and nothing waits
                error = error_;
                break;
            }
            frame = std::move(slot_);
            index = slotIndex_;
            slotFull_ = false;
        }
        changed_.notify_all();  // a capture decoding on demand may read the next frame
        try {
            if (callbacks_.process)
                callbacks_.process(frame, index);
        } catch (const std::exception& e) {
            error = e.what();
            std::lock_guard<std::mutex> lock(mutex_);
            ++counters_.processed;  // it was taken; its failure ends the run
            stopping_ = true;
            break;
        }
        bool limitReached = false;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            ++counters_.processed;
            limitReached = limit_ > 0 && counters_.processed >= limit_;
            if (limitReached)
                stopping_ = true;  // the capture thread stops at its next frame
        }
        if (limitReached) {
            changed_.notify_all();
            break;
        }
    }
    // Frames decoded after the last one taken are dropped: the books balance.
    {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock, [this] { return captureDone_; });
        if (slotFull_) {
            ++counters_.dropped;
            slotFull_ = false;
        }
    }
    finish(error);
}

}  // namespace inception::vision
