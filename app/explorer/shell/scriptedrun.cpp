// LibTorch first (through explain/knockout.h): Qt's `slots` keyword macro must not reach its headers.
#include "explain/knockout.h"

#include "explorer/shell/scriptedrun.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>
#include <QFileInfo>
#include <QImage>

#include <cstdio>

#include "explorer/channels/channelcontroller.h"
#include "explorer/channels/channelpanel.h"
#include "explorer/channels/dreamdialog.h"
#include "explorer/diagram/diagramview.h"
#include "explorer/diagram/diagramscene.h"
#include "explorer/explain/explanationcontroller.h"
#include "explorer/explain/explanationpanel.h"
#include "explorer/explain/knockoutcontroller.h"
#include "explorer/explain/sweepdialog.h"
#include "explorer/inference/imageinput.h"
#include "explorer/inference/inferenceservice.h"
#include "explorer/inspect/activationspanel.h"
#include "explorer/lecture/figurecontroller.h"
#include "explorer/lecture/figures.h"
#include "explorer/lecture/handout.h"
#include "explorer/lecture/paperpanel.h"
#include "explorer/lecture/presenterwindow.h"
#include "explorer/lecture/sidebyside.h"
#include "explorer/lecture/tour.h"
#include "explorer/lecture/tourcontroller.h"
#include "explorer/live/livecontroller.h"
#include "explorer/live/livepanel.h"
#include "explorer/shell/lecturemode.h"
#include "explorer/shell/mainwindow.h"
#include "explorer/shell/scriptoptions.h"
#include "explorer/training/trainingpanel.h"
#include "models/registry.h"

namespace explorer {

namespace {

// Lets the layouts settle before a picture is taken: a nested widget's new size reaches its
// parent's layout one posted event later, so one pass can catch a column half laid out.
void settle()
{
    for (int pass = 0; pass < 4; ++pass)
        QApplication::processEvents();
}

int complain(const QString& text, int code)
{
    std::fprintf(stderr, "inception-explorer: %s\n", qPrintable(text));
    return code;
}

// Runs `start`, then waits until one of the signals connected to the loop quits it.
template <class Start>
void waitFor(QEventLoop& loop, Start start)
{
    start();
    loop.exec();
}

}  // namespace

ScriptedRun::ScriptedRun(const QCommandLineParser& parser, const ScriptOptions& options) : parser_(parser), o_(options)
{
}

ScriptedRun::~ScriptedRun() = default;

template <class T>
T* ScriptedRun::part() const
{
    return window_->findChild<T*>();
}

int ScriptedRun::save(const QImage& picture, const QString& path) const
{
    return picture.save(path) ? 0 : complain(QStringLiteral("cannot write %1").arg(path), 1);
}

std::optional<int> ScriptedRun::checkArguments()
{
    startVariant_ = parser_.value(o_.variant);
    if (startVariant_.isEmpty())
        startVariant_ = InferenceService::defaultVariant();  // a fresh install: the bundled model
    if (parser_.isSet(o_.figure)) {
        figure_ = parser_.value(o_.figure);
        if (figure_ == QLatin1String("help")) {
            for (const auto& f : figures())
                std::printf("%-22s %s\n", f.name.c_str(), qPrintable(QApplication::translate("Figures", f.title)));
            return 0;
        }
        const Figure* chosen = findFigure(figure_.toStdString());
        if (!chosen)
            return complain(QStringLiteral("unknown figure '%1' (--figure help lists them)").arg(figure_), 2);
        startVariant_ = QString::fromStdString(chosen->variant);
    }
    try {
        inception::models::variant(startVariant_.toStdString());
    } catch (const std::exception& e) {
        return complain(QString::fromUtf8(e.what()), 2);
    }
    return std::nullopt;
}

int ScriptedRun::exec()
{
    for (auto step : {&ScriptedRun::checkArguments, &ScriptedRun::open, &ScriptedRun::playTour,
                      &ScriptedRun::applyAnalysis, &ScriptedRun::imageSteps})
        if (auto code = (this->*step)())
            return *code;
    measureAndFeed();
    train();
    if (auto code = finish())
        return *code;
    if (!parser_.isSet(o_.screenshot))
        return QApplication::exec();
    settle();
    const QImage picture = window_->grab().toImage();
    part<TrainingPanel>()->stop();  // a run started for the picture ends with it
    return save(picture, parser_.value(o_.screenshot));
}

// The window at its size, on its variant, once that is open.
std::optional<int> ScriptedRun::open()
{
    window_ = std::make_unique<MainWindow>();
    const bool rendering = parser_.isSet(o_.screenshot) || parser_.isSet(o_.handout) ||
                           parser_.isSet(o_.presenterShot) || parser_.isSet(o_.saveTour);
    const QStringList wh = parser_.value(o_.size).split(QLatin1Char('x'));
    if ((parser_.isSet(o_.size) || rendering) && wh.size() == 2)
        window_->resize(wh[0].toInt(), wh[1].toInt());
    else
        window_->fitToScreen();  // a lecturer's start: the screen it is on
    QEventLoop ready;
    QObject::connect(window_.get(), &MainWindow::variantShown, &ready, &QEventLoop::quit);
    QObject::connect(window_.get(), &MainWindow::errorShown, &ready, &QEventLoop::quit);
    waitFor(ready, [this] {
        window_->setVariant(startVariant_);
        window_->show();
    });
    layOut();
    return std::nullopt;
}

void ScriptedRun::layOut()
{
    if (parser_.isSet(o_.lecture)) {
        const bool sized = parser_.isSet(o_.size) || parser_.isSet(o_.screenshot);
        window_->lectureMode()->set(true, /*fullScreen=*/!sized);
    }
    if (parser_.isSet(o_.show))
        window_->showDocks(parser_.value(o_.show).split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (parser_.isSet(o_.expand))
        part<DiagramScene>()->expandNodes(parser_.value(o_.expand).split(QLatin1Char(','), Qt::SkipEmptyParts));
    QApplication::processEvents();  // the docks take their place before the view is fitted
    part<DiagramView>()->fitAll();
    if (parser_.isSet(o_.select))
        part<DiagramView>()->selectNode(parser_.value(o_.select));
    if (!figure_.isEmpty())
        part<FigureController>()->showFigure(figure_);
    if (parser_.isSet(o_.paperItem)) {
        window_->showDocks({QStringLiteral("paper")});
        QApplication::processEvents();
        part<PaperPanel>()->showItem(parser_.value(o_.paperItem).toInt() - 1);
    }
}

std::optional<int> ScriptedRun::playTour()
{
    if (!parser_.isSet(o_.tour) && !parser_.isSet(o_.handout))
        return std::nullopt;
    auto* tours = part<TourController>();
    QString error;
    if (!tours->openTour(parser_.value(parser_.isSet(o_.handout) ? o_.handout : o_.tour), &error))
        return complain(error, 2);
    if (parser_.isSet(o_.saveTour))  // written, then done
        return tours->saveTour(parser_.value(o_.saveTour), &error) ? 0 : complain(error, 1);
    if (parser_.isSet(o_.handout)) {
        if (!parser_.isSet(o_.pdf) && !parser_.isSet(o_.pngFolder))
            return complain(QStringLiteral("--handout needs --pdf OUT.pdf or --png-folder DIR"), 2);
        HandoutOptions options;
        options.pdf = parser_.value(o_.pdf);
        options.pngFolder = parser_.value(o_.pngFolder);
        options.letter = parser_.isSet(o_.letter);
        options.notes = parser_.isSet(o_.notes);
        QList<QStringList> shown;
        if (!exportHandout(*tours, options, &error, &shown))
            return complain(error, 1);
        QTextStream out(stdout);
        for (int i = 0; i < shown.size(); ++i)  // what each page's diagram names, for a test to look for
            out << "page " << i + 1 << ": " << shown[i].join(QStringLiteral(" | ")) << '\n';
        return 0;
    }
    const int n = int(tours->tour()->steps.size());
    const int wanted = parser_.value(o_.step).toInt();
    if (wanted < 1 || wanted > n)
        return complain(QStringLiteral("--step %1: the tour has steps 1 to %2").arg(parser_.value(o_.step)).arg(n), 2);
    if (parser_.isSet(o_.presenterShot))
        tours->openPresenter();
    QEventLoop settled;
    QObject::connect(tours, &TourController::stepShown, &settled, &QEventLoop::quit);
    waitFor(settled, [&] { tours->playStep(wanted - 1); });
    if (parser_.isSet(o_.presenterShot)) {
        settle();
        if (save(tours->presenter()->grab().toImage(), parser_.value(o_.presenterShot)) != 0)
            return 1;
    }
    for (const QString& p : tours->stepProblems())
        complain(QStringLiteral("step %1: %2").arg(wanted).arg(p), 0);
    return std::nullopt;
}

std::optional<int> ScriptedRun::applyAnalysis()
{
    for (const QString& k : parser_.values(o_.knockout)) {
        try {
            const auto [node, kind] = inception::explain::parseKnockout(k.toStdString());
            part<KnockoutController>()->knockOut(QString::fromStdString(node),
                                                kind == inception::models::Intervention::Mean);
        } catch (const std::exception& e) {
            return complain(QString::fromUtf8(e.what()), 2);
        }
    }
    if (parser_.isSet(o_.gradcam)) {
        auto* explanation = part<ExplanationController>()->panel();
        explanation->setGradCamOn(true);
        explanation->setChosenClass(parser_.value(o_.gradcam).toInt());
    }
    if (parser_.isSet(o_.liveMap)) {
        auto* explanation = part<ExplanationController>()->panel();
        explanation->setMethod(parser_.value(o_.liveMap));
        explanation->setLiveMapOn(true);
        if (explanation->liveMap() != parser_.value(o_.liveMap))
            return complain(QStringLiteral("no one-pass map '%1' for the live view (gradient, input-x-gradient, "
                                           "guided-backprop)")
                                .arg(parser_.value(o_.liveMap)),
                            2);
    }
    return std::nullopt;
}

// --image and what is done with it: a channel enlarged, its field, indexing, look-for, side by
// side, DeepDream, occlusion, the sweep.
std::optional<int> ScriptedRun::imageSteps()
{
    if (!parser_.isSet(o_.image))
        return std::nullopt;
    QEventLoop done;
    QObject::connect(window_.get(), &MainWindow::resultShown, &done, &QEventLoop::quit);
    QObject::connect(window_.get(), &MainWindow::errorShown, &done, &QEventLoop::quit);
    waitFor(done, [this] { part<InferenceService>()->classify(parser_.value(o_.image)); });
    auto* activations = part<ActivationsPanel>();
    const QStringList bc = parser_.value(o_.channel).split(QLatin1Char(','));
    if (parser_.isSet(o_.channel) && bc.size() == 2)
        activations->showChannel(bc[0].toInt() - 1, bc[1].toInt() - 1);
    const QStringList yx = parser_.value(o_.field).split(QLatin1Char(','));
    if (parser_.isSet(o_.field) && yx.size() == 2 && activations->focusedBranch() >= 0) {
        const QImage map = activations->focusedMap();
        if (!map.isNull())
            activations->showField(QPointF((yx[1].toInt() + 0.5) / map.width(), (yx[0].toInt() + 0.5) / map.height()));
    }
    if (parser_.isSet(o_.indexFolder)) {
        auto* channels = part<ChannelController>();
        QEventLoop indexed;
        QObject::connect(channels, &ChannelController::indexFinished, &indexed, &QEventLoop::quit);
        waitFor(indexed, [&] { channels->indexExamples(parser_.value(o_.indexFolder)); });
    }
    if (parser_.isSet(o_.lookFor) && activations->focusedBranch() >= 0)
        lookFor();
    for (auto step : {&ScriptedRun::sideBySide, &ScriptedRun::dream, &ScriptedRun::sweep})
        if (auto code = (this->*step)())
            return code;
    return std::nullopt;
}

// Waits for the picture and, when a folder is indexed, for its examples.
void ScriptedRun::lookFor()
{
    auto* channels = part<ChannelController>();
    auto* activations = part<ActivationsPanel>();
    QEventLoop looked;
    bool pictureDone = false, examplesDone = channels->examplesFolder().isEmpty();
    auto check = [&] {
        if (pictureDone && examplesDone)
            looked.quit();
    };
    QObject::connect(channels, &ChannelController::lookForFinished, &looked, [&] {
        pictureDone = true;
        check();
    });
    QObject::connect(channels, &ChannelController::examplesShown, &looked, [&] {
        examplesDone = true;
        check();
    });
    const int b = activations->focusedBranch();
    waitFor(looked, [&] {
        channels->runLookFor(activations->branchId(b), activations->focusedChannel(), 256,
                             parser_.isSet(o_.diverse) ? 3 : 1);
    });
}

std::optional<int> ScriptedRun::sideBySide()
{
    if (!parser_.isSet(o_.sideBySide))
        return std::nullopt;
    const QStringList lr = parser_.value(o_.sideBySide).split(QLatin1Char(','));
    if (lr.size() != 2)
        return complain(QStringLiteral("--side-by-side LEFT,RIGHT"), 2);
    QEventLoop both;
    SideBySideWindow* sbs = nullptr;
    waitFor(both, [&] {
        sbs = window_->openSideBySide(lr[0], lr[1]);
        QObject::connect(sbs, &SideBySideWindow::resultsShown, &both, &QEventLoop::quit);
    });
    if (!parser_.isSet(o_.screenshot))
        return std::nullopt;
    if (parser_.isSet(o_.size))
        sbs->resize(window_->size());
    settle();
    return sbs->grab().toImage().save(parser_.value(o_.screenshot)) ? 0 : 1;
}

std::optional<int> ScriptedRun::dream()
{
    if (!parser_.isSet(o_.dream))
        return std::nullopt;
    auto* dialog = part<ChannelController>()->openDream(parser_.value(o_.dream));
    if (!dialog)
        return complain(QStringLiteral("cannot dream at %1").arg(parser_.value(o_.dream)), 2);
    QEventLoop dreamt;
    QObject::connect(dialog, &DreamDialog::finished, &dreamt, &QEventLoop::quit);
    waitFor(dreamt, [dialog] { dialog->run(); });
    if (!parser_.isSet(o_.screenshot))
        return std::nullopt;
    settle();
    return dialog->grab().toImage().save(parser_.value(o_.screenshot)) ? 0 : 1;
}

std::optional<int> ScriptedRun::sweep()
{
    if (parser_.isSet(o_.occlusion)) {
        auto* explanation = part<ExplanationController>();
        QEventLoop occluded;
        QObject::connect(explanation, &ExplanationController::occlusionFinished, &occluded, &QEventLoop::quit);
        waitFor(occluded, [explanation] { explanation->runOcclusion(); });
    }
    if (parser_.isSet(o_.attribution)) {
        auto* explanation = part<ExplanationController>();
        explanation->panel()->setMethod(parser_.value(o_.attribution));
        if (explanation->panel()->method() != parser_.value(o_.attribution))
            return complain(QStringLiteral("no input attribution '%1'").arg(parser_.value(o_.attribution)), 2);
        QEventLoop attributed;
        QObject::connect(explanation, &ExplanationController::occlusionFinished, &attributed, &QEventLoop::quit);
        waitFor(attributed, [explanation] { explanation->runExplanation(); });
        if (parser_.isSet(o_.sanity)) {
            QEventLoop checked;
            QObject::connect(explanation, &ExplanationController::sanityFinished, &checked, &QEventLoop::quit);
            waitFor(checked, [explanation] { explanation->runSanity(); });
        }
        if (parser_.isSet(o_.deletionCurve)) {
            QEventLoop curved;
            QObject::connect(explanation, &ExplanationController::faithfulnessFinished, &curved, &QEventLoop::quit);
            waitFor(curved, [explanation] { explanation->runFaithfulness(); });
        }
    }
    if (!parser_.isSet(o_.sweep))
        return std::nullopt;
    auto* dialog = part<KnockoutController>()->openSweep(parser_.value(o_.sweep));
    if (!dialog)
        return complain(QStringLiteral("cannot sweep %1").arg(parser_.value(o_.sweep)), 2);
    QEventLoop swept;
    QObject::connect(dialog, &SweepDialog::finished, &swept, &QEventLoop::quit);
    if (dialog->running())
        swept.exec();
    if (!parser_.positionalArguments().isEmpty())  // more images for the sweep
        waitFor(swept, [&] { dialog->run(parser_.positionalArguments()); });
    if (!parser_.isSet(o_.screenshot))
        return std::nullopt;
    settle();
    return dialog->grab().toImage().save(parser_.value(o_.screenshot)) ? 0 : 1;
}

// The latency table, the files given, the live view.
void ScriptedRun::measureAndFeed()
{
    if (parser_.isSet(o_.latency)) {
        auto* service = part<InferenceService>();
        QEventLoop measured;
        QObject::connect(service, &InferenceService::latencyFinished, &measured, &QEventLoop::quit);
        waitFor(measured, [service] { service->requestLatency(); });
        QApplication::processEvents();
    }
    if (!parser_.isSet(o_.image) && !parser_.positionalArguments().isEmpty())
        part<ImageInput>()->open(parser_.positionalArguments().first());
    if (!parser_.isSet(o_.liveSource))
        return;
    auto* live = part<LiveController>();
    const int wanted = parser_.value(o_.liveFrames).toInt();
    int results = 0;
    QEventLoop frames;
    auto check = [&] {
        if ((results >= wanted && !live->panel()->overlayText().isEmpty()) || !live->running())
            frames.quit();
    };
    QObject::connect(window_.get(), &MainWindow::resultShown, &frames, [&] {
        ++results;
        check();
    });
    QObject::connect(live, &LiveController::frameShown, &frames, check);
    QObject::connect(live, &LiveController::stopped, &frames, &QEventLoop::quit);
    live->start(parser_.value(o_.liveSource));
    if (parser_.isSet(o_.screenshot))
        frames.exec();
}

void ScriptedRun::train()
{
    auto* t = part<TrainingPanel>();
    for (const QString& dir : parser_.values(o_.openRun))
        t->openRun(dir);
    if (!parser_.isSet(o_.train))
        return;
    TrainRequest r = t->request();
    r.images = parser_.value(o_.trainImages).toInt();
    r.network = parser_.value(o_.train);
    r.validateEvery = 10;  // a picture a few steps in has validation points already
    if (r.network == QLatin1String("bn-vs-nobn")) {
        r.width = 0.5;
        t->setRequest(r);
        t->startBnComparison();
    } else {
        t->setRequest(r);
        t->startRun(r);
    }
    if (!parser_.isSet(o_.screenshot) && !parser_.isSet(o_.exportCurves))
        return;
    // Wait for the run to be N steps in (or to end), then picture it while it goes on.
    const qint64 wanted = parser_.value(o_.trainUntil).toLongLong();
    QEventLoop progress;
    QObject::connect(t, &TrainingPanel::curvesUpdated, &progress, [&] {
        const QString current = t->currentRunDir();
        for (const auto& run : t->runs())  // the last run of a preset, N steps in
            if (t->queued() == 0 && run.dir == current && run.lastStep >= wanted && !run.valLoss.isEmpty())
                progress.quit();
    });
    QObject::connect(t, &TrainingPanel::runEnded, &progress, [&] {
        if (!t->running())  // the last of the queue
            progress.quit();
    });
    progress.exec();
}

std::optional<int> ScriptedRun::finish()
{
    if (!parser_.isSet(o_.exportCurves))
        return std::nullopt;
    auto* t = part<TrainingPanel>();
    if (!parser_.isSet(o_.show))
        window_->showDocks({QStringLiteral("training")});  // the charts at the dock's full size
    QApplication::processEvents();
    t->pollNow();
    const bool ok = t->exportPng(parser_.value(o_.exportCurves));
    t->stop();
    return ok ? 0 : 1;
}

}  // namespace explorer
