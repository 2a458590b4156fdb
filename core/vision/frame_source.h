#pragma once
// Where live frames come from: a camera by index, a video file (looping, at its own frame
// rate when paced), or a folder of images as a slide show. OpenCV's VideoCapture underneath.
// Every failure is an inception::Error naming the source and what to do.
#include <opencv2/core.hpp>

#include <memory>
#include <string>
#include <vector>

namespace inception::vision {

struct SourceOptions {
    bool loop = true;          // a video or folder starts again at its end
    bool paced = false;        // hold each frame for its duration (a video's own fps, slides' interval)
    double slideSeconds = 2.0; // folder: how long each image shows when paced
};

class FrameSource {
public:
    virtual ~FrameSource() = default;
    // The next frame as RGB, or false at the end (never, when looping). Throws inception::Error
    // when the source dies (a camera unplugged, a file that stops decoding).
    virtual bool next(cv::Mat& rgb) = 0;
    virtual double fps() const = 0;           // the source's own rate (0: unknown)
    virtual std::string describe() const = 0; // "camera 0", "video clip.avi (25 fps, 640×480)"
};

// "cam:N" (or "camera:N"), a video file, or a folder of images.
std::unique_ptr<FrameSource> openSource(const std::string& spec, const SourceOptions& options = {});

// The indexes in 0..maxIndex of the cameras that open (may be empty).
std::vector<int> availableCameras(int maxIndex = 9);

}  // namespace inception::vision
