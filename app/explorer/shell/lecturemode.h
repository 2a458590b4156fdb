#pragma once
// Lecture mode (F11): full screen, large type, only the diagram, predictions and activations;
// the window's layout and font come back when it ends.
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
    void set(bool on);
    bool on() const { return !stateBefore_.isEmpty(); }

private:
    QMainWindow* window_;
    TourHost* docks_;
    DiagramView* view_;
    QAction* action_;
    QByteArray stateBefore_;
    QFont fontBefore_;
};

}  // namespace explorer
