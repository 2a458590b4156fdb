#pragma once
// The window's layout: View-menu entries that show and raise a dock (and hide it when it is on
// top already), View ▸ Reset layout, the user's layout kept while a tour rearranges the docks
// (restored when the tour ends, and saved in place of the tour's), and the window's size and
// place: remembered, else fitted to the screen it opens on. The default layout depends on the
// window's height: below kCompactHeight (a 1366×768 screen) the bottom docks join the right-hand
// column as tabs, so the diagram keeps more than half of the window.
#include <QByteArray>
#include <QMainWindow>
#include <QObject>
#include <QStringList>

class QDockWidget;
class QMenu;

namespace explorer {

class TourController;

class DockLayout : public QObject {
    Q_OBJECT
public:
    // After the window has built its docks: the layout it has now is the default.
    DockLayout(QMainWindow* window, TourController* tours);

    void addTo(QMenu* view);  // an entry per dock, then Reset layout
    static constexpr int kCompactHeight = 900;

    bool restoreSaved();      // the layout kept when the window last closed (false: none)
    void save() const;        // when the window closes
    void reset();             // the default layout for the window's size
    bool compact() const { return window_->height() < kCompactHeight; }
    void fitToScreen();       // the size and place kept, else fitted to the available screen
    // The entry's behaviour: hidden -> shown and raised; behind another tab -> raised; on top -> hidden.
    static void showOrRaise(QDockWidget* dock);

private:
    QMainWindow* window_;
    void sizeColumns();  // the right-hand column's width, and the predictions' share of its height

    QByteArray default_;
    QStringList bottom_;        // the docks below the diagram in the wide layout, in tab order
    QStringList defaultShown_;  // the docks shown by default (a state saved before the window is
                                // first shown does not restore their visibility)
    QByteArray user_;  // while a tour is open: the layout before it
};

}  // namespace explorer
