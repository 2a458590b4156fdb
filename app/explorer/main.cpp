// inception-explorer: the Inception networks as block diagrams, live.
#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <QScreen>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

#include "diagramscene.h"
#include "diagramview.h"
#include "figures.h"
#include "activationspanel.h"
#include "inferenceworker.h"
#include "livepanel.h"
#include "mainwindow.h"
#include "models/registry.h"

int main(int argc, char** argv)
{
    // The render mode, --help, --version and --figure help need no display.
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool helpOfFigures = (a == "--figure" && i + 1 < argc && std::string(argv[i + 1]) == "help") ||
                                   a == "--figure=help";
        if ((a == "--screenshot" || a == "--help" || a == "-h" || a == "--version" || a == "-v" || helpOfFigures) &&
            !std::getenv("QT_QPA_PLATFORM"))
            setenv("QT_QPA_PLATFORM", "offscreen", 1);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("inception-explorer"));
    QApplication::setOrganizationName(QStringLiteral("inception-explorer"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Teach and inspect the Inception networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption variant(QStringLiteral("variant"), QApplication::translate("main", "Variant to show."),
                               QStringLiteral("id"), QStringLiteral("googlenet"));
    QCommandLineOption image(QStringLiteral("image"), QApplication::translate("main", "Image to classify."),
                             QStringLiteral("file"));
    QCommandLineOption select(QStringLiteral("select"), QApplication::translate("main", "Node to select."),
                              QStringLiteral("id"));
    QCommandLineOption expand(QStringLiteral("expand"), QApplication::translate("main", "Modules to open."),
                              QStringLiteral("id,..."));
    QCommandLineOption show(QStringLiteral("show"), QApplication::translate("main", "Docks to show."),
                            QStringLiteral("panel,..."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Render the window to this PNG and exit."),
                                  QStringLiteral("out.png"));
    QCommandLineOption figure(QStringLiteral("figure"),
                              QApplication::translate("main", "Open a figure of the Figures menu (\"help\" lists them)."),
                              QStringLiteral("name"));
    QCommandLineOption channel(QStringLiteral("channel"),
                               QApplication::translate("main", "With --image and --select: enlarge this channel of this branch (1-based)."),
                               QStringLiteral("branch,channel"));
    QCommandLineOption latency(QStringLiteral("measure-latency"),
                               QApplication::translate("main", "Time every variant for the comparison table first."));
    QCommandLineOption liveSource(QStringLiteral("live"),
                                  QApplication::translate("main", "Start the live view on cam:N, a video or a folder."),
                                  QStringLiteral("source"));
    QCommandLineOption liveFrames(QStringLiteral("live-frames"),
                                  QApplication::translate("main", "With --live and --screenshot: wait for this many predictions."),
                                  QStringLiteral("n"), QStringLiteral("10"));
    QCommandLineOption lang(QStringLiteral("lang"),
                            QApplication::translate("main", "Language of the window (de, zh_CN, en); default: Preferences, else the system's."),
                            QStringLiteral("locale"));
    QCommandLineOption size(QStringLiteral("size"), QApplication::translate("main", "Window size."),
                            QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    parser.addOptions({variant, image, select, expand, show, figure, channel, latency, liveSource, liveFrames, lang, screenshot, size});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Images (or a folder) to classify at start."),
                                 QStringLiteral("[files...]"));
    parser.process(app);

    // The language: --lang, else the one chosen in Preferences, else the system's.
    QString language = parser.value(lang);
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);  // numbers and plurals follow it
    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(locale, QStringLiteral("inception_explorer"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);
    else if (!language.isEmpty() && !language.startsWith(QLatin1String("en")))
        std::fprintf(stderr, "inception-explorer: no translation for '%s'; English it is\n", qPrintable(language));

    QString startVariant = parser.value(variant);
    const explorer::Figure* chosen = nullptr;
    if (parser.isSet(figure)) {
        if (parser.value(figure) == QLatin1String("help")) {
            for (const auto& f : explorer::figures())
                std::printf("%-22s %s\n", f.name.c_str(), qPrintable(QApplication::translate("Figures", f.title)));
            return 0;
        }
        chosen = explorer::findFigure(parser.value(figure).toStdString());
        if (!chosen) {
            std::fprintf(stderr, "inception-explorer: unknown figure '%s' (--figure help lists them)\n",
                         qPrintable(parser.value(figure)));
            return 2;
        }
        startVariant = QString::fromStdString(chosen->variant);
    }
    try {
        inception::models::variant(startVariant.toStdString());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "inception-explorer: %s\n", e.what());
        return 2;
    }

    explorer::MainWindow window;
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    if (wh.size() == 2)
        window.resize(wh[0].toInt(), wh[1].toInt());

    // Apply the command line once the variant is loaded (the worker reports it).
    QEventLoop ready;
    QObject::connect(&window, &explorer::MainWindow::variantShown, &ready, &QEventLoop::quit);
    QObject::connect(&window, &explorer::MainWindow::errorShown, &ready, &QEventLoop::quit);
    window.setVariant(startVariant);
    window.show();
    ready.exec();
    if (parser.isSet(show))
        window.showDocks(parser.value(show).split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (parser.isSet(expand))
        window.expandNodes(parser.value(expand).split(QLatin1Char(','), Qt::SkipEmptyParts));
    QApplication::processEvents();  // the docks take their place before the view is fitted
    window.view()->fitAll();
    if (parser.isSet(select))
        window.selectNode(parser.value(select));
    if (chosen)
        window.showFigure(QString::fromStdString(chosen->name));
    if (parser.isSet(image)) {
        QEventLoop done;
        QObject::connect(&window, &explorer::MainWindow::resultShown, &done, &QEventLoop::quit);
        QObject::connect(&window, &explorer::MainWindow::errorShown, &done, &QEventLoop::quit);
        window.classifyFile(parser.value(image));
        done.exec();
        const QStringList bc = parser.value(channel).split(QLatin1Char(','));
        if (parser.isSet(channel) && bc.size() == 2)
            window.activations()->showChannel(bc[0].toInt() - 1, bc[1].toInt() - 1);
    }
    if (parser.isSet(latency)) {
        QEventLoop measured;
        QObject::connect(window.worker(), &explorer::InferenceWorker::latencyFinished, &measured, &QEventLoop::quit);
        window.worker()->requestLatency();
        measured.exec();
        QApplication::processEvents();
    }
    if (!parser.isSet(image) && !parser.positionalArguments().isEmpty()) {
        const QString first = parser.positionalArguments().first();
        QFileInfo(first).isDir() ? window.classifyFolder(first) : window.classifyFile(first);
    }
    if (parser.isSet(liveSource)) {
        const int wanted = parser.value(liveFrames).toInt();
        int results = 0;
        QEventLoop live;
        auto check = [&] {
            if ((results >= wanted && !window.live()->overlayText().isEmpty()) || !window.liveRunning())
                live.quit();
        };
        QObject::connect(&window, &explorer::MainWindow::resultShown, &live, [&] {
            ++results;
            check();
        });
        QObject::connect(&window, &explorer::MainWindow::liveFrameShown, &live, check);
        QObject::connect(&window, &explorer::MainWindow::liveStopped, &live, &QEventLoop::quit);
        window.startLive(parser.value(liveSource));
        if (parser.isSet(screenshot))
            live.exec();
    }
    if (!parser.isSet(screenshot))
        return app.exec();
    QApplication::processEvents();
    if (!window.grab().save(parser.value(screenshot))) {
        std::fprintf(stderr, "inception-explorer: cannot write %s\n", qPrintable(parser.value(screenshot)));
        return 1;
    }
    return 0;
}
