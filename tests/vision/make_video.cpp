// Writes a test video: N frames (default 300) of a disc and a square moving over a gradient,
// MJPG in AVI at 25 fps; or, given a photograph, a camera panning slowly across it.
// Usage: make_video OUT.avi [frames] [width height] [photo]
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: make_video OUT.avi [frames] [width height]\n");
        return 2;
    }
    const int frames = argc > 2 ? std::atoi(argv[2]) : 300;
    const int w = argc > 4 ? std::atoi(argv[3]) : 320, h = argc > 4 ? std::atoi(argv[4]) : 240;
    const std::filesystem::path target(argv[1]);
    if (target.has_parent_path())
        std::filesystem::create_directories(target.parent_path());
    cv::VideoWriter out(argv[1], cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 25.0, cv::Size(w, h));
    if (!out.isOpened()) {
        std::fprintf(stderr, "make_video: cannot write %s\n", argv[1]);
        return 1;
    }
    if (argc > 5) {  // pan across a photograph scaled to 1.5x the frame
        cv::Mat photo = cv::imread(argv[5]);
        if (photo.empty()) {
            std::fprintf(stderr, "make_video: cannot read %s\n", argv[5]);
            return 1;
        }
        const double s = std::max(1.5 * w / photo.cols, 1.5 * h / photo.rows);
        cv::resize(photo, photo, cv::Size(), s, s, cv::INTER_AREA);
        for (int i = 0; i < frames; ++i) {
            const double t = 0.5 - 0.5 * std::cos(2 * 3.14159265 * i / frames);
            const int x = int(t * (photo.cols - w)), y = int((1 - t) * (photo.rows - h) / 2);
            out.write(photo(cv::Rect(x, y, w, h)));
        }
        return 0;
    }
    for (int i = 0; i < frames; ++i) {
        cv::Mat f(h, w, CV_8UC3);
        for (int y = 0; y < h; ++y)
            f.row(y).setTo(cv::Scalar(40 + 200 * y / h, 60, 220 - 200 * y / h));
        cv::circle(f, {(i * 3) % w, h / 2}, h / 7, cv::Scalar(0, 220, 255), cv::FILLED);
        cv::rectangle(f, cv::Rect(w / 8, (i * 2) % (h - h / 6), w / 5, h / 6), cv::Scalar(255, 80, 0), cv::FILLED);
        out.write(f);
    }
    return 0;
}
