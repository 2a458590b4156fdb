#include "explorer/common/imagefiles.h"

#include "common/error.h"
#include "vision/image_files.h"

namespace explorer {

QString imageFilePatterns()
{
    QStringList patterns;
    for (const std::string& e : inception::vision::imageExtensions())
        patterns << QStringLiteral("*") + QString::fromStdString(e);
    return patterns.join(QLatin1Char(' '));
}

QStringList imageFilesIn(const QString& dir)
{
    QStringList files;
    try {
        for (const auto& p : inception::vision::imageFilesIn(dir.toStdString()))
            files << QString::fromStdString(p.string());
    } catch (const inception::Error&) {
        // not a readable folder: no pictures
    }
    return files;
}

}  // namespace explorer
