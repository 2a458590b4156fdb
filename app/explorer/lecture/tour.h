#pragma once
// A lecture the application keeps, plays and prints: a list of steps, each restoring a view
// (variant, figure, opened and selected nodes, framing, image, knockouts, Grad-CAM, docks) with
// a caption — rich text whose {…} placeholders the live tree fills (placeholders.h) — and
// speaker notes.
//
// The file is JSON (docs/tour-format.md):
//   {"format": "inception-explorer-tour", "version": 1, "title": "…",
//    "steps": [{"title", "variant", "weights", "figure", "expanded", "selected", "frame",
//               "image", "knockouts", "gradcam", "docks", "runs", "caption", "notes"}, …]}
// Images are paths relative to the file. A step that cannot be restored whole keeps its place:
// what it names wrongly is reported with its number, the rest of it and of the tour plays.
#include <QList>
#include <QString>
#include <QStringList>

namespace explorer {

struct TourStep {
    QString title;
    QString variant;        // empty with a figure: the figure's
    QString weights = QStringLiteral("default");  // "default" or a weights file (relative to the tour)
    QString figure;         // a Figures-menu figure (variant, opened modules, framing)
    QStringList expanded;   // modules opened (after the figure's)
    QString selected;       // the node selected (Details, Activations)
    QString frame;          // the node framed; empty: the figure's, else the whole network
    QString image;          // relative to the tour file (absolute while recording)
    QStringList knockouts;  // NODE or NODE=mean
    bool gradcam = false;
    QStringList docks;      // the docks shown (the others hidden); empty: left as they are
    QStringList runs;       // training runs (folders, relative to the tour) opened in the Training dock
    QString caption;        // rich text, placeholders
    QString notes;          // speaker notes, rich text

    bool operator==(const TourStep& o) const;
};

struct Tour {
    QString title;
    QList<TourStep> steps;
    QString folder;         // where relative paths start (the file's folder)
    bool builtin = false;
};

struct TourProblem {
    int step = 0;           // 1-based; 0: the file itself
    QString reason;
};

// The variant a step shows (its own, else its figure's).
QString stepVariant(const TourStep& step);

// Reads a tour file. A file that is not a tour gives no steps and one problem (step 0); steps
// with fields of the wrong type are read as far as they go, each problem with its number.
Tour readTour(const QString& path, QList<TourProblem>* problems);
// Writes atomically (QSaveFile); images are written relative to the file's folder.
bool writeTour(const QString& path, const Tour& tour, QString* error);

// What a step names that does not exist (variant, figure, nodes, weights or image file) and
// placeholders that do not fill, each as one sentence.
QStringList checkStep(const TourStep& step, const QString& folder);

// An absolute path for a step's file reference.
QString resolvePath(const QString& folder, const QString& path);

// "From GoogLeNet to Inception-ResNet", in the current language (builtin_tour.cpp).
Tour builtinTour();

}  // namespace explorer
