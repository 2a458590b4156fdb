#pragma once
// The window's command line: every option, its help text (translated at start), and the language
// chosen from it (--lang, else Preferences, else the system's).
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTranslator>

namespace explorer {

struct ScriptOptions {
    ScriptOptions();
    void addTo(QCommandLineParser& parser) const;
    // Installs the Qt and application translations for the chosen language (kept here).
    void installLanguage(const QCommandLineParser& parser);

    QCommandLineOption variant, image, select, expand, show, screenshot, figure, channel, latency, liveSource,
        liveFrames, lang, size, openRun, train, trainImages, trainUntil, exportCurves, knockout, gradcam, field,
        lookFor, diverse, indexFolder, dream, tour, step, handout, pdf, pngFolder, letter, notes, saveTour,
        presenterShot, sideBySide, paperItem, occlusion, attribution, sanity, deletionCurve, sweep,
        lecture, liveMap;
    QTranslator qtTranslator, appTranslator;
};

}  // namespace explorer
