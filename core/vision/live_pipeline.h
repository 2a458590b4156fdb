#pragma once
// The live path without a window: a capture thread reads a FrameSource, an inference thread
// processes frames. "Latest frame wins": one slot between them; a frame arriving while the
// slot is full replaces the waiting one (counted as dropped), so nothing queues and a slow
// network lowers the prediction rate, never the capture rate. processed + dropped = decoded.
#include <opencv2/core.hpp>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "vision/frame_source.h"

namespace inception::vision {

struct LiveCounters {
    int64_t decoded = 0;
    int64_t processed = 0;
    int64_t dropped = 0;
    int maxWaiting = 0;  // the most frames ever waiting in the slot at once (1 by design)
};

struct LiveCallbacks {
    // On the capture thread, for every decoded frame (a preview): keep it short.
    std::function<void(const cv::Mat& rgb, int64_t index)> preview;
    // On the inference thread: the work itself (a forward pass, or a test's stand-in).
    std::function<void(const cv::Mat& rgb, int64_t index)> process;
    // On either thread, once: the source ended (error empty) or failed (error says why).
    std::function<void(const std::string& error)> finished;
};

class LivePipeline {
public:
    LivePipeline(std::unique_ptr<FrameSource> source, LiveCallbacks callbacks);
    ~LivePipeline();  // stops and joins

    void start();
    // Asks both threads to stop and joins them; safe to call twice and from no other callback.
    void stop();
    // Stop after this many processed frames (0: no limit).
    void setFrameLimit(int64_t frames) { limit_ = frames; }
    // Before start(). true (the default): capture reads on while a frame waits, replacing it —
    // a camera must be read continuously. false: the next frame is decoded only once the waiting
    // one was taken, so that a file played as fast as possible spends no core on frames that
    // would only be dropped (`inception-cli live --fast` measures the network, not the decoder).
    void setDecodeAhead(bool ahead) { decodeAhead_ = ahead; }
    // After start(): blocks until the source ended, failed, the frame limit was reached or
    // stop() was called, and the counters are final.
    void wait();
    // Waits at most `seconds`; true when finished.
    bool waitFor(double seconds);
    std::string error() const;  // why it finished early (empty: the source ended or stop())
    bool running() const { return running_; }
    LiveCounters counters() const;
    const FrameSource& source() const { return *source_; }

private:
    void captureLoop();
    void inferenceLoop();
    void finish(const std::string& error);

    std::unique_ptr<FrameSource> source_;
    LiveCallbacks callbacks_;
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    cv::Mat slot_;
    int64_t slotIndex_ = -1;
    bool slotFull_ = false;
    bool captureDone_ = false, stopping_ = false, finished_ = false;
    std::string error_;
    LiveCounters counters_;
    std::atomic<bool> running_{false};
    int64_t limit_ = 0;
    bool decodeAhead_ = true;
    std::thread capture_, inference_;
};

}  // namespace inception::vision
