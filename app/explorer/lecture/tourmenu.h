#pragma once
// The Tour menu: the built-in tour, open, new; play (Page Down / Up, Space / Backspace, Home /
// End — their keys work with the menu bar hidden too); record (add the current view, edit, move,
// delete, save); the presenter view; the handout. Actions that need a tour are enabled while one
// is open.
#include <QList>
#include <QObject>

class QAction;
class QMenuBar;
class QWidget;

namespace explorer {

class TourController;

class TourMenu : public QObject {
    Q_OBJECT
public:
    // `window`: where the shortcuts live and the dialogs open.
    TourMenu(TourController* tours, QMenuBar* bar, QWidget* window);

private:
    void editStep();
    void exportHandoutAsked();

    TourController* tours_;
    QWidget* window_;
    QList<QAction*> needTour_;
};

}  // namespace explorer
