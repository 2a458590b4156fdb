#pragma once
// The window's view of which files are pictures: the core's one list (vision/image_files.h), for
// file dialogs and folders.
#include <QString>
#include <QStringList>

namespace explorer {

// "*.jpg *.jpeg …" for a file dialog's filter.
QString imageFilePatterns();
// The pictures in `dir` (not its sub-folders), sorted by path; empty for a folder that cannot be read.
QStringList imageFilesIn(const QString& dir);

}  // namespace explorer
