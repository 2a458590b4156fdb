#include "explorer/shell/scriptoptions.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

#include <cstdio>

namespace explorer {

namespace {

QString t(const char* text) { return QApplication::translate("main", text); }

}  // namespace

ScriptOptions::ScriptOptions()
    : variant(QStringLiteral("variant"),
              t(QT_TRANSLATE_NOOP("main", "Variant to show (default: one with weights on disk, else the bundled Fashion-MNIST model).")),
              QStringLiteral("id")),
      image(QStringLiteral("image"), t(QT_TRANSLATE_NOOP("main", "Image to classify.")), QStringLiteral("file")),
      select(QStringLiteral("select"), t(QT_TRANSLATE_NOOP("main", "Node to select.")), QStringLiteral("id")),
      expand(QStringLiteral("expand"), t(QT_TRANSLATE_NOOP("main", "Modules to open.")), QStringLiteral("id,...")),
      show(QStringLiteral("show"), t(QT_TRANSLATE_NOOP("main", "Docks to show.")), QStringLiteral("panel,...")),
      screenshot(QStringLiteral("screenshot"), t(QT_TRANSLATE_NOOP("main", "Render the window to this PNG and exit.")), QStringLiteral("out.png")),
      figure(QStringLiteral("figure"), t(QT_TRANSLATE_NOOP("main", "Open a figure of the Figures menu (\"help\" lists them).")), QStringLiteral("name")),
      channel(QStringLiteral("channel"), t(QT_TRANSLATE_NOOP("main", "With --image and --select: enlarge this channel of this branch (1-based).")),
              QStringLiteral("branch,channel")),
      latency(QStringLiteral("measure-latency"), t(QT_TRANSLATE_NOOP("main", "Time every variant for the comparison table first."))),
      liveSource(QStringLiteral("live"), t(QT_TRANSLATE_NOOP("main", "Start the live view on cam:N, a video or a folder.")), QStringLiteral("source")),
      liveFrames(QStringLiteral("live-frames"), t(QT_TRANSLATE_NOOP("main", "With --live and --screenshot: wait for this many predictions.")),
                 QStringLiteral("n"), QStringLiteral("10")),
      lang(QStringLiteral("lang"), t(QT_TRANSLATE_NOOP("main", "Language of the window (de, zh_CN, en); default: Preferences, else the system's.")),
           QStringLiteral("locale")),
      size(QStringLiteral("size"), t(QT_TRANSLATE_NOOP("main", "Window size (default: as it was last closed, else fitted to the screen; 1600x1000 when rendering to a file).")), QStringLiteral("WxH"), QStringLiteral("1600x1000")),
      openRun(QStringLiteral("open-run"), t(QT_TRANSLATE_NOOP("main", "Add a training run folder's curves to the Training dock (repeatable).")),
              QStringLiteral("dir")),
      train(QStringLiteral("train"), t(QT_TRANSLATE_NOOP("main", "Start training: a network id, or bn-vs-nobn for the teaching pair.")),
            QStringLiteral("network")),
      trainImages(QStringLiteral("train-images"), t(QT_TRANSLATE_NOOP("main", "With --train: use the first N training images.")),
                  QStringLiteral("n"), QStringLiteral("0")),
      trainUntil(QStringLiteral("train-until"), t(QT_TRANSLATE_NOOP("main", "With --train and --screenshot: wait until the run has taken N steps.")),
                 QStringLiteral("n"), QStringLiteral("50")),
      exportCurves(QStringLiteral("export-curves"), t(QT_TRANSLATE_NOOP("main", "Write the Training dock's curves to this PNG and exit.")),
                   QStringLiteral("out.png")),
      knockout(QStringLiteral("knockout"), t(QT_TRANSLATE_NOOP("main", "Knock out a node: ID or ID=mean (repeatable).")), QStringLiteral("id[=mean]")),
      gradcam(QStringLiteral("gradcam"), t(QT_TRANSLATE_NOOP("main", "Grad-CAM on, for this class (-1: the top-1).")), QStringLiteral("class")),
      field(QStringLiteral("field"), t(QT_TRANSLATE_NOOP("main", "With --channel: draw the receptive field of this cell (row,column) on the input.")),
            QStringLiteral("y,x")),
      lookFor(QStringLiteral("look-for"), t(QT_TRANSLATE_NOOP("main", "With --channel: run \"What does this channel look for?\" first."))),
      diverse(QStringLiteral("diverse"), t(QT_TRANSLATE_NOOP("main", "With --look-for: three pictures pushed apart by the diversity term."))),
      indexFolder(QStringLiteral("index-folder"),
                  t(QT_TRANSLATE_NOOP("main", "With --image: index this folder of images for dataset examples first (as \"Index a folder…\").")),
                  QStringLiteral("dir")),
      dream(QStringLiteral("dream"), t(QT_TRANSLATE_NOOP("main", "With --image: DeepDream at this node (with --screenshot: a picture of the dialog).")),
            QStringLiteral("node")),
      tour(QStringLiteral("tour"), t(QT_TRANSLATE_NOOP("main", "Open a tour (a file, or \"builtin\") and play its first step (or --step).")),
           QStringLiteral("file|builtin")),
      step(QStringLiteral("step"), t(QT_TRANSLATE_NOOP("main", "With --tour: play step N (from 1).")), QStringLiteral("n"), QStringLiteral("1")),
      handout(QStringLiteral("handout"),
              t(QT_TRANSLATE_NOOP("main", "Render a tour (a file, or \"builtin\") as a handout (--pdf and/or --png-folder) and exit.")),
              QStringLiteral("file|builtin")),
      pdf(QStringLiteral("pdf"), t(QT_TRANSLATE_NOOP("main", "With --handout: the PDF to write.")), QStringLiteral("out.pdf")),
      pngFolder(QStringLiteral("png-folder"), t(QT_TRANSLATE_NOOP("main", "With --handout: a folder for one PNG per step.")), QStringLiteral("dir")),
      letter(QStringLiteral("letter"), t(QT_TRANSLATE_NOOP("main", "With --handout: Letter pages instead of A4."))),
      notes(QStringLiteral("notes"), t(QT_TRANSLATE_NOOP("main", "With --handout: print the speaker notes too."))),
      saveTour(QStringLiteral("save-tour"),
               t(QT_TRANSLATE_NOOP("main", "With --tour: write the tour to this file (e.g. the built-in one, to edit) and exit.")),
               QStringLiteral("out.json")),
      presenterShot(QStringLiteral("presenter-screenshot"),
                    t(QT_TRANSLATE_NOOP("main", "With --tour: open the presenter view and render it to this PNG.")), QStringLiteral("out.png")),
      sideBySide(QStringLiteral("side-by-side"),
                 t(QT_TRANSLATE_NOOP("main", "With --image: two variants side by side on it (with --screenshot: a picture of that window).")),
                 QStringLiteral("left,right")),
      paperItem(QStringLiteral("paper-item"), t(QT_TRANSLATE_NOOP("main", "Show the Paper vs implementation dock at its item N (from 1).")),
                QStringLiteral("n")),
      occlusion(QStringLiteral("occlusion"), t(QT_TRANSLATE_NOOP("main", "With --image: compute the occlusion map first."))),
      attribution(QStringLiteral("attribution"),
                  t(QT_TRANSLATE_NOOP("main", "With --image: compute this input attribution first (gradient, "
                                              "input-x-gradient, integrated-gradients, smoothgrad, smoothgrad-squared, "
                                              "vargrad, guided-backprop).")),
                  QStringLiteral("method")),
      sanity(QStringLiteral("sanity"),
             t(QT_TRANSLATE_NOOP("main", "With --image and --attribution: then its sanity check (trained weights)."))),
      deletionCurve(QStringLiteral("deletion-curve"),
                    t(QT_TRANSLATE_NOOP("main", "With --attribution: then its deletion and insertion curves on "
                                                "Fashion-MNIST test images (the bundled model)."))),
      sweep(QStringLiteral("sweep"),
            t(QT_TRANSLATE_NOOP("main", "With --image: the knockout sweep of this module, over the image and the files given (with "
              "--screenshot: a picture of the sweep).")),
            QStringLiteral("module")),
      lecture(QStringLiteral("lecture"), t(QT_TRANSLATE_NOOP("main", "Start in lecture mode (F11); with --size or --screenshot at the window's size instead of full screen."))),
      liveMap(QStringLiteral("live-map"), t(QT_TRANSLATE_NOOP("main", "Lay this one-pass map (gradient, input-x-gradient, guided-backprop) of the top-1 over the live view.")), QStringLiteral("method"))
{
}

void ScriptOptions::addTo(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(t(QT_TRANSLATE_NOOP("main", "Teach and inspect the Inception networks.")));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({variant, image, select, expand, show, figure, channel, latency, liveSource, liveFrames, lang,
                       openRun, train, trainImages, trainUntil, exportCurves, screenshot, size, knockout, gradcam,
                       occlusion, attribution, sanity, deletionCurve, sweep, liveMap, field, lookFor, diverse, indexFolder, dream, tour, step, handout, pdf,
                       pngFolder, letter, notes, saveTour, presenterShot, sideBySide, paperItem, lecture});
    parser.addPositionalArgument(QStringLiteral("files"), t(QT_TRANSLATE_NOOP("main", "Images (or a folder) to classify at start.")),
                                 QStringLiteral("[files...]"));
}

void ScriptOptions::installLanguage(const QCommandLineParser& parser)
{
    QString language = parser.value(lang);
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);  // numbers and plurals follow it
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(locale, QStringLiteral("inception_explorer"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);
    else if (!language.isEmpty() && !language.startsWith(QLatin1String("en")))
        std::fprintf(stderr, "inception-explorer: no translation for '%s'; English it is\n", qPrintable(language));
}

}  // namespace explorer
