// LibTorch first (through explain/knockout.h): Qt's `slots` keyword macro must not reach its headers.
#include "explain/knockout.h"

// inception-explorer: the Inception networks as block diagrams, live.
#include <QApplication>
#include <QListWidget>
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
#include "explanationpanel.h"
#include "mainwindow.h"
#include "dreamdialog.h"
#include "presenterwindow.h"
#include "sidebyside.h"
#include "tour.h"
#include "sweepdialog.h"
#include "trainingpanel.h"
#include "models/registry.h"
#include "weights/catalog.h"

int main(int argc, char** argv)
{
    // The render mode, --help, --version and --figure help need no display.
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool helpOfFigures = (a == "--figure" && i + 1 < argc && std::string(argv[i + 1]) == "help") ||
                                   a == "--figure=help";
        if ((a == "--screenshot" || a == "--export-curves" || a == "--help" || a == "-h" || a == "--version" || a == "-v" || helpOfFigures) &&
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
    QCommandLineOption variant(QStringLiteral("variant"),
                               QApplication::translate("main", "Variant to show (default: one with weights on disk, "
                                                               "else the bundled Fashion-MNIST model)."),
                               QStringLiteral("id"));
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
    QCommandLineOption openRun(QStringLiteral("open-run"),
                               QApplication::translate("main", "Add a training run folder's curves to the Training dock (repeatable)."),
                               QStringLiteral("dir"));
    QCommandLineOption trainOption(QStringLiteral("train"),
                                   QApplication::translate("main", "Start training: a network id, or bn-vs-nobn for the teaching pair."),
                                   QStringLiteral("network"));
    QCommandLineOption trainImages(QStringLiteral("train-images"),
                                   QApplication::translate("main", "With --train: use the first N training images."),
                                   QStringLiteral("n"), QStringLiteral("0"));
    QCommandLineOption trainUntil(QStringLiteral("train-until"),
                                  QApplication::translate("main", "With --train and --screenshot: wait until the run has taken N steps."),
                                  QStringLiteral("n"), QStringLiteral("50"));
    QCommandLineOption exportCurves(QStringLiteral("export-curves"),
                                    QApplication::translate("main", "Write the Training dock's curves to this PNG and exit."),
                                    QStringLiteral("out.png"));
    QCommandLineOption knockout(QStringLiteral("knockout"),
                                QApplication::translate("main", "Knock out a node: ID or ID=mean (repeatable)."),
                                QStringLiteral("id[=mean]"));
    QCommandLineOption gradcam(QStringLiteral("gradcam"),
                               QApplication::translate("main", "Grad-CAM on, for this class (-1: the top-1)."),
                               QStringLiteral("class"));
    QCommandLineOption field(QStringLiteral("field"),
                             QApplication::translate("main", "With --channel: draw the receptive field of this cell (row,column) on the input."),
                             QStringLiteral("y,x"));
    QCommandLineOption lookFor(QStringLiteral("look-for"),
                               QApplication::translate("main", "With --channel: run \"What does this channel look for?\" first."));
    QCommandLineOption diverse(QStringLiteral("diverse"),
                               QApplication::translate("main", "With --look-for: three pictures pushed apart by the diversity term."));
    QCommandLineOption indexFolder(QStringLiteral("index-folder"),
                                   QApplication::translate("main", "With --image: index this folder of images for "
                                                                   "dataset examples first (as \"Index a folder…\")."),
                                   QStringLiteral("dir"));
    QCommandLineOption dream(QStringLiteral("dream"),
                             QApplication::translate("main", "With --image: DeepDream at this node (with --screenshot: "
                                                             "a picture of the dialog)."),
                             QStringLiteral("node"));
    QCommandLineOption tourOption(QStringLiteral("tour"),
                                  QApplication::translate("main", "Open a tour (a file, or \"builtin\") and play its first step (or --step)."),
                                  QStringLiteral("file|builtin"));
    QCommandLineOption stepOption(QStringLiteral("step"), QApplication::translate("main", "With --tour: play step N (from 1)."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    QCommandLineOption handout(QStringLiteral("handout"),
                               QApplication::translate("main", "Render a tour (a file, or \"builtin\") as a handout "
                                                               "(--pdf and/or --png-folder) and exit."),
                               QStringLiteral("file|builtin"));
    QCommandLineOption pdf(QStringLiteral("pdf"), QApplication::translate("main", "With --handout: the PDF to write."),
                           QStringLiteral("out.pdf"));
    QCommandLineOption pngFolder(QStringLiteral("png-folder"),
                                 QApplication::translate("main", "With --handout: a folder for one PNG per step."),
                                 QStringLiteral("dir"));
    QCommandLineOption letter(QStringLiteral("letter"), QApplication::translate("main", "With --handout: Letter pages instead of A4."));
    QCommandLineOption withNotes(QStringLiteral("notes"), QApplication::translate("main", "With --handout: print the speaker notes too."));
    QCommandLineOption saveTourOption(QStringLiteral("save-tour"),
                                      QApplication::translate("main", "With --tour: write the tour to this file (e.g. the built-in one, to edit) and exit."),
                                      QStringLiteral("out.json"));
    QCommandLineOption presenterShot(QStringLiteral("presenter-screenshot"),
                                     QApplication::translate("main", "With --tour: open the presenter view and render it to this PNG."),
                                     QStringLiteral("out.png"));
    QCommandLineOption sideBySide(QStringLiteral("side-by-side"),
                                  QApplication::translate("main", "With --image: two variants side by side on it "
                                                                  "(with --screenshot: a picture of that window)."),
                                  QStringLiteral("left,right"));
    QCommandLineOption paperItem(QStringLiteral("paper-item"),
                                 QApplication::translate("main", "Show the Paper vs implementation dock at its item N (from 1)."),
                                 QStringLiteral("n"));
    QCommandLineOption occlusion(QStringLiteral("occlusion"),
                                 QApplication::translate("main", "With --image: compute the occlusion map first."));
    QCommandLineOption sweep(QStringLiteral("sweep"),
                             QApplication::translate("main", "With --image: the knockout sweep of this module, over the "
                                                             "image and the files given (with --screenshot: a "
                                                             "picture of the sweep)."),
                             QStringLiteral("module"));
    parser.addOptions({variant, image, select, expand, show, figure, channel, latency, liveSource, liveFrames, lang,
                       openRun, trainOption, trainImages, trainUntil, exportCurves, screenshot, size, knockout,
                       gradcam, occlusion, sweep, field, lookFor, diverse, indexFolder, dream, tourOption, stepOption, handout, pdf,
                       pngFolder, letter, withNotes, saveTourOption, presenterShot, sideBySide, paperItem});
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
    if (startVariant.isEmpty())
        startVariant = explorer::InferenceWorker::defaultVariant();  // a fresh install: the bundled model
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
    if (parser.isSet(paperItem)) {
        window.showDocks({QStringLiteral("paper")});
        QApplication::processEvents();
        window.paperList()->setCurrentRow(parser.value(paperItem).toInt() - 1);
    }
    if (parser.isSet(tourOption) || parser.isSet(handout)) {
        QString error;
        if (!window.openTour(parser.value(parser.isSet(handout) ? handout : tourOption), &error)) {
            std::fprintf(stderr, "inception-explorer: %s\n", qPrintable(error));
            return 2;
        }
        if (parser.isSet(saveTourOption)) {  // written, then done
            if (!window.saveTour(parser.value(saveTourOption), &error)) {
                std::fprintf(stderr, "inception-explorer: %s\n", qPrintable(error));
                return 1;
            }
            return 0;
        }
        if (parser.isSet(handout)) {
            if (!parser.isSet(pdf) && !parser.isSet(pngFolder)) {
                std::fprintf(stderr, "inception-explorer: --handout needs --pdf OUT.pdf or --png-folder DIR\n");
                return 2;
            }
            const bool ok = window.exportHandout(parser.value(pdf), parser.value(pngFolder), parser.isSet(letter),
                                                 parser.isSet(withNotes), &error);
            if (!ok)
                std::fprintf(stderr, "inception-explorer: %s\n", qPrintable(error));
            return ok ? 0 : 1;
        }
        const int n = window.tour()->steps.size();
        const int wanted = parser.value(stepOption).toInt();
        if (wanted < 1 || wanted > n) {
            std::fprintf(stderr, "inception-explorer: --step %s: the tour has steps 1 to %d\n",
                         qPrintable(parser.value(stepOption)), n);
            return 2;
        }
        if (parser.isSet(presenterShot))
            window.openPresenter();
        QEventLoop settled;
        QObject::connect(&window, &explorer::MainWindow::tourStepShown, &settled, &QEventLoop::quit);
        window.playStep(wanted - 1);
        settled.exec();
        if (parser.isSet(presenterShot)) {
            QApplication::processEvents();
            if (!window.presenter()->grab().toImage().save(parser.value(presenterShot))) {
                std::fprintf(stderr, "inception-explorer: cannot write %s\n", qPrintable(parser.value(presenterShot)));
                return 1;
            }
        }
        for (const QString& p : window.stepProblems())
            std::fprintf(stderr, "inception-explorer: step %d: %s\n", wanted, qPrintable(p));
    }
    for (const QString& k : parser.values(knockout)) {
        try {
            const auto [node, kind] = inception::explain::parseKnockout(k.toStdString());
            window.knockOut(QString::fromStdString(node), kind == inception::models::Intervention::Mean);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "inception-explorer: %s\n", e.what());
            return 2;
        }
    }
    if (parser.isSet(gradcam)) {
        window.explanation()->setGradCamOn(true);
        window.explanation()->setChosenClass(parser.value(gradcam).toInt());
    }
    if (parser.isSet(image)) {
        QEventLoop done;
        QObject::connect(&window, &explorer::MainWindow::resultShown, &done, &QEventLoop::quit);
        QObject::connect(&window, &explorer::MainWindow::errorShown, &done, &QEventLoop::quit);
        window.classifyFile(parser.value(image));
        done.exec();
        const QStringList bc = parser.value(channel).split(QLatin1Char(','));
        if (parser.isSet(channel) && bc.size() == 2)
            window.activations()->showChannel(bc[0].toInt() - 1, bc[1].toInt() - 1);
        const QStringList yx = parser.value(field).split(QLatin1Char(','));
        if (parser.isSet(field) && yx.size() == 2 && window.activations()->focusedBranch() >= 0) {
            const QImage map = window.activations()->focusedMap();
            if (!map.isNull())
                window.activations()->showField(QPointF((yx[1].toInt() + 0.5) / map.width(), (yx[0].toInt() + 0.5) / map.height()));
        }
        if (parser.isSet(indexFolder)) {
            QEventLoop indexed;
            QObject::connect(&window, &explorer::MainWindow::indexFinished, &indexed, &QEventLoop::quit);
            window.indexExamples(parser.value(indexFolder));
            indexed.exec();
        }
        if (parser.isSet(lookFor) && window.activations()->focusedBranch() >= 0) {
            // Wait for the picture and, when a folder is indexed, for its examples.
            QEventLoop looked;
            bool pictureDone = false, examplesDone = window.examplesFolder().isEmpty();
            auto check = [&] {
                if (pictureDone && examplesDone)
                    looked.quit();
            };
            QObject::connect(&window, &explorer::MainWindow::lookForFinished, &looked, [&] {
                pictureDone = true;
                check();
            });
            QObject::connect(&window, &explorer::MainWindow::examplesShown, &looked, [&] {
                examplesDone = true;
                check();
            });
            const int b = window.activations()->focusedBranch();
            window.runLookFor(window.activations()->branchId(b), window.activations()->focusedChannel(), 256,
                              parser.isSet(diverse) ? 3 : 1);
            looked.exec();
        }
        if (parser.isSet(sideBySide)) {
            const QStringList lr = parser.value(sideBySide).split(QLatin1Char(','));
            if (lr.size() != 2) {
                std::fprintf(stderr, "inception-explorer: --side-by-side LEFT,RIGHT\n");
                return 2;
            }
            QEventLoop both;
            auto* sbs = window.openSideBySide(lr[0], lr[1]);
            QObject::connect(sbs, &explorer::SideBySideWindow::resultsShown, &both, &QEventLoop::quit);
            both.exec();
            if (parser.isSet(screenshot)) {
                if (parser.isSet(size))
                    sbs->resize(window.size());
                QApplication::processEvents();
                return sbs->grab().toImage().save(parser.value(screenshot)) ? 0 : 1;
            }
        }
        if (parser.isSet(dream)) {
            auto* dialog = window.openDream(parser.value(dream));
            if (!dialog) {
                std::fprintf(stderr, "inception-explorer: cannot dream at %s\n", qPrintable(parser.value(dream)));
                return 2;
            }
            QEventLoop dreamt;
            QObject::connect(dialog, &explorer::DreamDialog::finished, &dreamt, &QEventLoop::quit);
            dialog->run();
            dreamt.exec();
            if (parser.isSet(screenshot)) {
                QApplication::processEvents();
                return dialog->grab().toImage().save(parser.value(screenshot)) ? 0 : 1;
            }
        }
        if (parser.isSet(occlusion)) {
            QEventLoop occluded;
            QObject::connect(&window, &explorer::MainWindow::occlusionFinished, &occluded, &QEventLoop::quit);
            window.runOcclusion();
            occluded.exec();
        }
        if (parser.isSet(sweep)) {
            auto* dialog = window.openSweep(parser.value(sweep));
            if (!dialog) {
                std::fprintf(stderr, "inception-explorer: cannot sweep %s\n", qPrintable(parser.value(sweep)));
                return 2;
            }
            QEventLoop swept;
            QObject::connect(dialog, &explorer::SweepDialog::finished, &swept, &QEventLoop::quit);
            if (dialog->running())
                swept.exec();
            if (!parser.positionalArguments().isEmpty()) {  // more images for the sweep
                dialog->run(parser.positionalArguments());
                swept.exec();
            }
            if (parser.isSet(screenshot)) {
                QApplication::processEvents();
                return dialog->grab().toImage().save(parser.value(screenshot)) ? 0 : 1;
            }
        }
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
    for (const QString& dir : parser.values(openRun))
        window.training()->openRun(dir);
    if (parser.isSet(trainOption)) {
        auto* t = window.training();
        explorer::TrainRequest r = t->request();
        r.images = parser.value(trainImages).toInt();
        r.network = parser.value(trainOption);
        r.validateEvery = 10;  // a picture a few steps in has validation points already
        if (r.network == QLatin1String("bn-vs-nobn")) {
            r.width = 0.5;
            t->setRequest(r);
            t->startBnComparison();
        } else {
            t->setRequest(r);
            t->startRun(r);
        }
        if (parser.isSet(screenshot) || parser.isSet(exportCurves)) {
            // Wait for the run to be N steps in (or to end), then picture it while it goes on.
            const qint64 wanted = parser.value(trainUntil).toLongLong();
            QEventLoop progress;
            auto check = [&] {
                const QString current = t->currentRunDir();
                for (const auto& run : t->runs())  // the last run of a preset, N steps in
                    if (t->queued() == 0 && run.dir == current && run.lastStep >= wanted && !run.valLoss.isEmpty())
                        progress.quit();
            };
            QObject::connect(t, &explorer::TrainingPanel::curvesUpdated, &progress, check);
            QObject::connect(t, &explorer::TrainingPanel::runEnded, &progress, [&] {
                if (!t->running())  // the last of the queue
                    progress.quit();
            });
            progress.exec();
        }
    }
    if (parser.isSet(exportCurves)) {
        if (!parser.isSet(show))
            window.showDocks({QStringLiteral("training")});  // the charts at the dock's full size
        QApplication::processEvents();
        window.training()->pollNow();
        const bool ok = window.training()->exportPng(parser.value(exportCurves));
        window.training()->stop();
        return ok ? 0 : 1;
    }
    if (!parser.isSet(screenshot))
        return app.exec();
    QApplication::processEvents();
    const QImage picture = window.grab().toImage();
    window.training()->stop();  // a run started for the picture ends with it
    if (!picture.save(parser.value(screenshot))) {
        std::fprintf(stderr, "inception-explorer: cannot write %s\n", qPrintable(parser.value(screenshot)));
        return 1;
    }
    return 0;
}
