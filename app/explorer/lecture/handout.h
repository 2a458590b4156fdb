#pragma once
// A tour as a handout: a PDF with one page per step (the view as rendered, the caption filled,
// the notes when asked; A4 or Letter) and/or a folder of PNGs. Plays every step in the window.
#include <QString>

namespace explorer {

class TourController;

// False with the reason in `error` on failure.
bool exportHandout(TourController& tours, const QString& pdf, const QString& pngFolder, bool letter, bool notes,
                   QString* error = nullptr);

}  // namespace explorer
