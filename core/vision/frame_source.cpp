#include "vision/frame_source.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>

#include "common/error.h"
#include "vision/decode.h"
#include "vision/image_files.h"

namespace inception::vision {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

// Holds each frame for `period` seconds after the previous one (no-op when period is 0).
class Pacer {
public:
    explicit Pacer(double period) : period_(period) {}
    void wait()
    {
        if (period_ <= 0)
            return;
        const auto now = Clock::now();
        if (started_) {
            next_ += std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(period_));
            if (next_ > now)
                std::this_thread::sleep_until(next_);
            else
                next_ = now;  // late: do not try to catch up with a burst
        } else {
            next_ = now;
            started_ = true;
        }
    }

private:
    double period_;
    bool started_ = false;
    Clock::time_point next_;
};

cv::Mat toRgb(const cv::Mat& frame)
{
    cv::Mat rgb;
    if (frame.channels() == 1)
        cv::cvtColor(frame, rgb, cv::COLOR_GRAY2RGB);
    else if (frame.channels() == 4)
        cv::cvtColor(frame, rgb, cv::COLOR_BGRA2RGB);
    else
        cv::cvtColor(frame, rgb, cv::COLOR_BGR2RGB);
    return rgb;
}

class CaptureSource : public FrameSource {
public:
    CaptureSource(std::unique_ptr<cv::VideoCapture> cap, std::string what, bool isFile, const SourceOptions& o)
        : cap_(std::move(cap)), what_(std::move(what)), isFile_(isFile), options_(o),
          fps_(cap_->get(cv::CAP_PROP_FPS)), pacer_(o.paced && fps_ > 0 && fps_ < 1000 ? 1.0 / fps_ : 0.0)
    {
    }
    bool next(cv::Mat& rgb) override
    {
        cv::Mat frame;
        bool ok = false;
        try {
            ok = cap_->read(frame);
            if (!ok && isFile_ && options_.loop && frames_ > 0) {  // the end: start again
                cap_->set(cv::CAP_PROP_POS_FRAMES, 0);
                ok = cap_->read(frame);
            }
        } catch (const cv::Exception& e) {
            throw Error(ErrorCode::FileUnreadable, what_ + " stopped: " + e.what());
        }
        if (!ok || frame.empty()) {
            if (isFile_ && frames_ > 0)
                return false;  // the end of a video that does not loop
            throw Error(ErrorCode::FileUnreadable,
                        isFile_ ? what_ + " has no frame OpenCV can decode"
                                : what_ + " stopped delivering frames (unplugged, or in use by another program?)");
        }
        ++frames_;
        pacer_.wait();
        rgb = toRgb(frame);
        return true;
    }
    double fps() const override { return fps_; }
    std::string describe() const override { return what_; }

private:
    std::unique_ptr<cv::VideoCapture> cap_;
    std::string what_;
    bool isFile_;
    SourceOptions options_;
    double fps_;
    Pacer pacer_;
    int64_t frames_ = 0;
};

class FolderSource : public FrameSource {
public:
    FolderSource(std::vector<std::string> files, std::string what, const SourceOptions& o)
        : files_(std::move(files)), what_(std::move(what)), options_(o), pacer_(o.paced ? o.slideSeconds : 0.0)
    {
    }
    bool next(cv::Mat& rgb) override
    {
        // An unreadable slide is skipped; a folder of nothing but unreadable files is an error.
        for (size_t tries = 0; tries < files_.size(); ++tries) {
            if (index_ == files_.size()) {
                if (!options_.loop)
                    return false;
                index_ = 0;
            }
            const std::string& path = files_[index_++];
            try {
                rgb = decodeImageFile(path);
                pacer_.wait();
                return true;
            } catch (const Error&) {
                continue;
            }
        }
        throw Error(ErrorCode::FileUnreadable, what_ + ": none of its images can be read");
    }
    double fps() const override { return options_.slideSeconds > 0 ? 1.0 / options_.slideSeconds : 0.0; }
    std::string describe() const override { return what_; }

private:
    std::vector<std::string> files_;
    std::string what_;
    SourceOptions options_;
    Pacer pacer_;
    size_t index_ = 0;
};


std::unique_ptr<cv::VideoCapture> openCamera(int index)
{
    auto cap = std::make_unique<cv::VideoCapture>();
    try {
        cap->open(index, cv::CAP_V4L2);
        if (!cap->isOpened())
            cap->open(index, cv::CAP_ANY);
    } catch (const cv::Exception&) {
        return nullptr;
    }
    return cap->isOpened() ? std::move(cap) : nullptr;
}

}  // namespace

std::vector<int> availableCameras(int maxIndex)
{
    std::vector<int> found;
    for (int i = 0; i <= maxIndex; ++i) {
        // Only indexes with a device node are tried: probing absent ones is slow and noisy.
        if (!fs::exists("/dev/video" + std::to_string(i)))
            continue;
        if (openCamera(i))
            found.push_back(i);
    }
    return found;
}

std::unique_ptr<FrameSource> openSource(const std::string& spec, const SourceOptions& options)
{
    return aboutFile(spec, [&]() -> std::unique_ptr<FrameSource> {
        for (const char* prefix : {"cam:", "camera:"}) {
            const std::string p = prefix;
            if (spec.rfind(p, 0) != 0)
                continue;
            const std::string number = spec.substr(p.size());
            int index = -1;
            try {
                size_t used = 0;
                index = std::stoi(number, &used);
                if (used != number.size())
                    index = -1;
            } catch (const std::exception&) {
            }
            if (index < 0)
                throw Error(ErrorCode::BadArgument, "'" + spec + "' is not a camera: write cam:0, cam:1, …");
            auto cap = fs::exists("/dev/video" + std::to_string(index)) ? openCamera(index) : nullptr;
            if (!cap) {
                const auto cams = availableCameras();
                std::string list;
                for (int c : cams)
                    list += (list.empty() ? "" : ", ") + std::string("cam:") + std::to_string(c);
                throw Error(ErrorCode::FileNotFound, "camera " + std::to_string(index) + " does not open (cameras that open: " +
                                                         (list.empty() ? std::string("none") : list) + ")");
            }
            return std::make_unique<CaptureSource>(std::move(cap), "camera " + std::to_string(index), false, options);
        }
        std::error_code ec;
        if (!fs::exists(spec, ec))
            throw Error(ErrorCode::FileNotFound, "no such file or folder: " + spec);
        if (fs::is_directory(spec, ec)) {
            std::vector<std::string> files;
            for (const auto& f : imageFilesIn(spec))
                files.push_back(f.string());
            if (files.empty())
                throw Error(ErrorCode::FileNotFound, "the folder " + spec + " holds no images");
            const std::string what = "slide show of " + std::to_string(files.size()) + " images in " + spec;
            return std::make_unique<FolderSource>(std::move(files), what, options);
        }
        auto cap = std::make_unique<cv::VideoCapture>();
        try {
            cap->open(spec, cv::CAP_ANY);
        } catch (const cv::Exception& e) {
            throw Error(ErrorCode::UnsupportedFormat, spec + " is not a video OpenCV can read: " + e.what());
        }
        cv::Mat probe;
        if (!cap->isOpened() || !cap->read(probe) || probe.empty())
            throw Error(ErrorCode::UnsupportedFormat, spec + " is not a video OpenCV can read");
        cap->set(cv::CAP_PROP_POS_FRAMES, 0);
        const int w = int(cap->get(cv::CAP_PROP_FRAME_WIDTH)), h = int(cap->get(cv::CAP_PROP_FRAME_HEIGHT));
        const double fps = cap->get(cv::CAP_PROP_FPS);
        char what[512];
        std::snprintf(what, sizeof what, "video %s (%.3g fps, %d×%d)", fs::path(spec).filename().c_str(), fps, w, h);
        return std::make_unique<CaptureSource>(std::move(cap), what, true, options);
    });
}

}  // namespace inception::vision
