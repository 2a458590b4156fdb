#pragma once
// What the window's command line asks for, carried out on the window: what to open and show at
// start, and the render mode that pictures a screen and exits — screenshots, figures, tours,
// handouts, the presenter view, look-for, DeepDream, occlusion, the sweep, side by side, live,
// training curves. Each step waits on the signal that says its work is done.
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;
class QImage;

namespace explorer {

class MainWindow;
struct ScriptOptions;

class ScriptedRun {
public:
    ScriptedRun(const QCommandLineParser& parser, const ScriptOptions& options);
    ~ScriptedRun();
    // Runs the window (or renders it and returns); the process's exit code.
    int exec();

private:
    // Each returns an exit code when the run ends there.
    std::optional<int> checkArguments();
    std::optional<int> open();
    void layOut();
    std::optional<int> playTour();
    std::optional<int> applyAnalysis();
    std::optional<int> imageSteps();
    void lookFor();
    std::optional<int> sideBySide();
    std::optional<int> dream();
    std::optional<int> sweep();
    void measureAndFeed();
    void train();
    std::optional<int> finish();
    int save(const QImage& picture, const QString& path) const;
    template <class T>
    T* part() const;

    const QCommandLineParser& parser_;
    const ScriptOptions& o_;
    QString startVariant_, figure_;
    std::unique_ptr<MainWindow> window_;
};

}  // namespace explorer
