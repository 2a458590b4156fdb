#pragma once
// A tour as a handout: a PDF with one page per step and/or a folder of one PNG per page. A page
// is the step's title, the part of the diagram the step frames drawn from the scene as vector
// graphics (boxes, names, shapes and counts as text: searchable, fonts embedded), the step's
// pictures where it shows docks with one (predictions, activations, explanation, channels,
// training curves), the caption, and the notes when asked; A4 or Letter. Each step is played in
// the window to build its view, behind a still picture of the window as it was (`cover`), so
// nothing visibly steps; the step the lecturer was on is played again at the end.
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace explorer {

class TourController;

struct HandoutOptions {
    QString pdf;        // empty: no PDF
    QString pngFolder;  // empty: no PNGs (step-01.png, …: the pages at 192 dpi)
    bool letter = false;
    bool notes = false;
    // Called before each step (0-based) with the number of steps; false cancels.
    std::function<bool(int step, int steps)> progress;
    // The window that plays the steps: covered, while they play, by a picture of itself as it
    // was (a child named "handoutCover"); null or hidden: nothing is covered.
    QWidget* cover = nullptr;
};

// False with the reason in `error` on failure (or when cancelled). `shownNames`: per page, the
// names of the diagram's boxes drawn whole on it.
bool exportHandout(TourController& tours, const HandoutOptions& options, QString* error = nullptr,
                   QList<QStringList>* shownNames = nullptr);

}  // namespace explorer
