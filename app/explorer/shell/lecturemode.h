#pragma once
// Lecture mode (F11): full screen, large type, only the diagram, predictions and activations;
// the window's layout and font come back when it ends. The lecture zoom (Ctrl +/- while lecture
// mode is on, remembered) scales the window's text and the diagram's names together: the
// diagram's boxes are sized to its text (DiagramScene::setTextScale), so a module framed on a
// 1366×768 projector shows its branches' names at 22 px or more.
#include <QByteArray>
#include <QFont>
#include <QObject>

class QAction;
class QMainWindow;

namespace explorer {

class DiagramView;
class TourHost;

class LectureMode : public QObject {
    Q_OBJECT
public:
    LectureMode(QMainWindow* window, TourHost* docks, DiagramView* view);
    QAction* action() const { return action_; }
    // `fullScreen` false: the window keeps its size (a picture of lecture mode at a given size).
    void set(bool on, bool fullScreen = true);
    bool on() const { return !stateBefore_.isEmpty(); }

    static constexpr double kDefaultZoom = 1.5, kMinZoom = 1.0, kMaxZoom = 3.0, kZoomStep = 0.25;
    double zoom() const { return zoom_; }
    void adjust(int steps);  // the zoom by steps of kZoomStep, kept within its range and remembered
    // The diagram's text at a lecture zoom: modules' and branches' names 1.4× the window's (9.5 pt
    // names read at 26.6 px at the default zoom, 22 px still when a wide module is framed at 0.83×),
    // layers' names and shapes 0.8× (15 px).
    static double diagramScale(double zoom) { return zoom * 1.4; }
    static double innerScale(double zoom) { return zoom * 0.8; }

signals:
    void zoomChanged(double zoom);

private:
    void apply();  // the fonts and the diagram's text for the zoom (or normal, when off)

    QMainWindow* window_;
    TourHost* docks_;
    DiagramView* view_;
    QAction* action_;
    QByteArray stateBefore_;
    QFont fontBefore_;
    double zoom_;
};

}  // namespace explorer
