// The live path on a video this test writes (MJPG in AVI, moving shapes), with a stand-in
// network slower than capture on any machine: it waits on a latch for each frame.
#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>

#include "common/error.h"
#include "vision/frame_source.h"
#include "vision/live_pipeline.h"

namespace fs = std::filesystem;
using namespace inception;

namespace {

constexpr int kFrames = 300;

fs::path scratch()
{
    const fs::path dir = fs::temp_directory_path() / ("live_test_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}

// A few hundred frames of a disc and a square moving across a gradient.
std::string writeVideo()
{
    const std::string path = (scratch() / "shapes.avi").string();
    cv::VideoWriter out(path, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 25.0, cv::Size(160, 120));
    EXPECT_TRUE(out.isOpened());
    for (int i = 0; i < kFrames; ++i) {
        cv::Mat f(120, 160, CV_8UC3);
        for (int y = 0; y < f.rows; ++y)
            f.row(y).setTo(cv::Scalar(40 + y, 60, 200 - y));
        cv::circle(f, {(i * 3) % 160, 60}, 18, cv::Scalar(0, 220, 255), cv::FILLED);
        cv::rectangle(f, cv::Rect(20, (i * 2) % 100, 30, 20), cv::Scalar(255, 80, 0), cv::FILLED);
        out.write(f);
    }
    return path;
}

// Lets the stand-in network finish one frame at a time.
class Latch {
public:
    void release(int n = 1)
    {
        std::lock_guard<std::mutex> lock(m_);
        permits_ += n;
        cv_.notify_all();
    }
    void releaseAll()
    {
        std::lock_guard<std::mutex> lock(m_);
        open_ = true;
        cv_.notify_all();
    }
    void wait()
    {
        std::unique_lock<std::mutex> lock(m_);
        cv_.wait(lock, [this] { return open_ || permits_ > 0; });
        if (!open_)
            --permits_;
    }

private:
    std::mutex m_;
    std::condition_variable cv_;
    int permits_ = 0;
    bool open_ = false;
};

}  // namespace

TEST(FrameSource, aVideoFileDecodesEveryFrameOnce)
{
    vision::SourceOptions o;
    o.loop = false;
    auto src = vision::openSource(writeVideo(), o);
    EXPECT_NE(src->describe().find("shapes.avi"), std::string::npos);
    EXPECT_NEAR(src->fps(), 25.0, 0.01);
    cv::Mat rgb;
    int n = 0;
    while (src->next(rgb)) {
        ASSERT_EQ(rgb.type(), CV_8UC3);
        ASSERT_EQ(rgb.cols, 160);
        ++n;
    }
    EXPECT_EQ(n, kFrames);
}

TEST(FrameSource, aLoopingVideoStartsAgain)
{
    auto src = vision::openSource(writeVideo());  // loops by default
    cv::Mat rgb;
    for (int i = 0; i < kFrames + 20; ++i)
        ASSERT_TRUE(src->next(rgb)) << i;
}

TEST(FrameSource, clearErrors)
{
    try {
        vision::openSource((scratch() / "missing.avi").string());
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::FileNotFound);
        EXPECT_NE(std::string(e.what()).find("no such file"), std::string::npos);
    }
    const std::string text = (scratch() / "notes.avi").string();
    std::ofstream(text) << "this is not a video, only words\n";
    try {
        vision::openSource(text);
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::UnsupportedFormat);
        EXPECT_NE(std::string(e.what()).find("not a video"), std::string::npos) << e.what();
    }
    try {
        vision::openSource("cam:97");
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("camera 97 does not open"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("cameras that open"), std::string::npos);
    }
    EXPECT_THROW(vision::openSource("cam:x"), Error);
    const fs::path empty = scratch() / "empty";
    fs::create_directories(empty);
    EXPECT_THROW(vision::openSource(empty.string()), Error);
}

TEST(LivePipeline, latestFrameWinsAndTheBooksBalance)
{
    vision::SourceOptions o;
    o.loop = false;  // decode as fast as the disk allows, once
    Latch latch;
    std::atomic<int> started{0};
    std::vector<int64_t> seen;
    std::atomic<int64_t> previews{0};
    std::string finishedWith = "not called";
    vision::LiveCallbacks cb;
    cb.preview = [&](const cv::Mat&, int64_t) { ++previews; };
    cb.process = [&](const cv::Mat& rgb, int64_t index) {
        ASSERT_FALSE(rgb.empty());
        seen.push_back(index);
        ++started;
        latch.wait();  // the stand-in network: slower than capture on any machine
    };
    cb.finished = [&](const std::string& error) { finishedWith = error; };
    vision::LivePipeline p(vision::openSource(writeVideo(), o), cb);
    p.start();
    // Each held forward outlasts 50 decoded frames (a latch, not a clock): capture runs on.
    for (int i = 0; i < 3; ++i) {
        while (started.load() <= i || previews.load() < 50 * (i + 1))
            std::this_thread::yield();
        latch.release();
    }
    latch.releaseAll();
    p.wait();
    p.stop();
    const auto c = p.counters();
    EXPECT_EQ(c.decoded, kFrames);
    EXPECT_EQ(previews.load(), kFrames);
    EXPECT_EQ(c.processed + c.dropped, c.decoded);
    EXPECT_LE(c.maxWaiting, 1);
    EXPECT_GE(c.dropped, 100);  // 150 frames passed while at most 6 were taken: replaced, not queued
    EXPECT_EQ(c.processed, int64_t(seen.size()));
    for (size_t i = 1; i < seen.size(); ++i)  // always a newer frame, never an old queued one
        EXPECT_GT(seen[i], seen[i - 1]);
    EXPECT_EQ(finishedWith, "");
}

TEST(LivePipeline, stopsCleanlyWhileAForwardIsHeld)
{
    Latch latch;
    std::atomic<int> started{0};
    vision::LiveCallbacks cb;
    cb.process = [&](const cv::Mat&, int64_t) {
        ++started;
        latch.wait();
    };
    vision::LivePipeline p(vision::openSource(writeVideo()), cb);  // looping: never ends by itself
    p.start();
    while (started.load() == 0)
        std::this_thread::yield();
    latch.releaseAll();
    p.stop();  // joins both threads
    EXPECT_FALSE(p.running());
    const auto c = p.counters();
    EXPECT_EQ(c.processed + c.dropped, c.decoded);
}

TEST(LivePipeline, aFrameLimitStopsAfterThatManyAndAFailureIsReported)
{
    vision::LiveCallbacks cb;
    int64_t n = 0;
    cb.process = [&](const cv::Mat&, int64_t) { ++n; };
    vision::LivePipeline p(vision::openSource(writeVideo()), cb);
    p.setFrameLimit(25);
    p.start();
    p.wait();
    p.stop();
    EXPECT_EQ(p.counters().processed, 25);
    EXPECT_EQ(n, 25);

    vision::LiveCallbacks failing;
    failing.process = [](const cv::Mat&, int64_t index) {
        if (index >= 0)
            throw Error(ErrorCode::Internal, "the stand-in network failed");
    };
    std::string reported;
    failing.finished = [&](const std::string& e) { reported = e; };
    vision::LivePipeline q(vision::openSource(writeVideo()), failing);
    q.start();
    q.wait();
    q.stop();
    EXPECT_EQ(reported, "the stand-in network failed");
    EXPECT_EQ(q.error(), "the stand-in network failed");
}
