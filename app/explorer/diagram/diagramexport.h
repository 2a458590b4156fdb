#pragma once
// The diagram out of the window: the whole of it or the current view, as PNG (1–4×, written
// atomically) or SVG.
#include <QString>

class QWidget;

namespace explorer {

class DiagramView;

// Asks what and how large, then where; the path written, or empty (cancelled, or `error` says why).
// `title`: the SVG's title.
QString exportDiagramAsked(DiagramView* view, QWidget* parent, const QString& title, QString* error);
// False with the reason in `error`. `title`: the SVG's title.
bool exportDiagram(DiagramView* view, const QString& path, bool wholeDiagram, double scale, const QString& title,
                   QString* error);

}  // namespace explorer
