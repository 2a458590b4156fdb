// Each feature of the window is a class that owns its state and threads, built and driven here
// without a MainWindow: folder runs, knockouts and the sweep, occlusion and Grad-CAM, look-for /
// indexing / examples, DeepDream, figures, tours with the presenter view (on a host of the test's
// own), live, training runs. Each waits on the feature's own signals.
#include <torch/torch.h>

#include <QtTest>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <tuple>

#include "engine/model.h"
#include "explorer/channels/channelcontroller.h"
#include "explorer/channels/channelpanel.h"
#include "explorer/channels/dreamdialog.h"
#include "explorer/diagram/diagramscene.h"
#include "explorer/diagram/diagramview.h"
#include "explorer/explain/explanationcontroller.h"
#include "explorer/explain/explanationpanel.h"
#include "explorer/explain/knockoutcontroller.h"
#include "explorer/explain/sweepdialog.h"
#include "explorer/inference/folderrun.h"
#include "explorer/inference/inferenceresult.h"
#include "explorer/inference/inferenceservice.h"
#include "explorer/inference/runchoices.h"
#include "explorer/inspect/activationspanel.h"
#include "explorer/inspect/predictionspanel.h"
#include "explorer/lecture/figurecontroller.h"
#include "explorer/lecture/presenterwindow.h"
#include "explorer/lecture/tour.h"
#include "explorer/lecture/tourcontroller.h"
#include "explorer/lecture/tourhost.h"
#include "explorer/live/livecontroller.h"
#include "explorer/shell/networkview.h"
#include "explorer/training/trainingpanel.h"

using namespace explorer;

namespace {

const QString kImages = QStringLiteral(INCEPTION_FIXTURES "/images/");

// What a tour asks of a window, recorded.
struct FakeHost : TourHost {
    QWidget window;
    QStringList docks;
    std::map<std::string, bool> knocked;
    bool gradcam = false, presenting = false;
    QStringList runs;
    void showDocks(const QStringList& names) override { docks = names; }
    QStringList visibleDocks() const override { return docks; }
    void setKnockouts(const std::map<std::string, bool>& k) override { knocked = k; }
    std::map<std::string, bool> knockouts() const override { return knocked; }
    void setGradCam(bool on) override { gradcam = on; }
    bool gradCam() const override { return gradcam; }
    void openRun(const QString& dir) override { runs << dir; }
    void setPresenting(bool on) override { presenting = on; }
    QWidget* audienceWindow() override { return &window; }
};

// The service on a network, opened.
bool openOn(InferenceService& service, const QString& variant)
{
    QSignalSpy ready(&service, &InferenceService::variantReady);
    service.open(variant);
    return ready.wait(300000);
}

bool classified(InferenceService& service, const QString& path)
{
    QSignalSpy shown(&service, &InferenceService::resultReady);
    service.classify(path);
    return shown.wait(120000);
}

// What knockouts and explanations work with, built as the window builds them.
struct KnockoutRig {
    QWidget window;
    InferenceService service;
    DiagramScene scene;
    DiagramView view{&scene};
    PredictionsPanel predictions;
    KnockoutController knockouts{&service, &scene, &view, &window};
    ExplanationController explanation{&service, &knockouts, &predictions, &window};

    std::tuple<InferenceService&, DiagramScene&, KnockoutController&, ExplanationController&> parts()
    {
        return {service, scene, knockouts, explanation};
    }
};

}  // namespace

class ControllersTest : public QObject {
    Q_OBJECT
private slots:
    void folderRunClassifiesEveryImageAndCountsTheUnreadable()
    {
        InferenceService service;
        FolderRun folders(&service);
        QVERIFY(openOn(service, QStringLiteral("mini_inception")));
        QTemporaryDir dir;
        for (const char* f : {"chelsea.jpg", "coffee_small.png", "truncated.jpg"})
            QVERIFY(QFile::copy(kImages + f, dir.filePath(QString::fromLatin1(f))));
        QSignalSpy finished(&folders, &FolderRun::finished);
        QSignalSpy results(&service, &InferenceService::resultReady);
        folders.start(dir.path());
        QVERIFY(folders.running());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.at(0).at(0).toInt(), 2);  // classified
        QCOMPARE(finished.at(0).at(1).toInt(), 1);  // could not be read
        QCOMPARE(finished.at(0).at(2).toBool(), false);
        QCOMPARE(results.count(), 2);
        QVERIFY(!folders.running());
    }

    void knockoutsReachTheDiagramAndEveryAnalysisAndTheSweepRuns()
    {
        KnockoutRig rig;
        auto [service, scene, knockouts, explanation] = rig.parts();
        QVERIFY(openOn(service, QStringLiteral("mini_inception")));
        QVERIFY(classified(service, kImages + "chelsea.jpg"));
        QSignalSpy rerun(&service, &InferenceService::resultReady);
        knockouts.knockOut(QStringLiteral("inception2a.b3x3"), true);
        QCOMPARE(scene.knockouts().at("inception2a.b3x3"), true);
        QCOMPARE(service.analysis().knockouts.at("inception2a.b3x3"), true);
        QVERIFY(rerun.wait(60000));  // the current image again, with the knockout
        QCOMPARE(rerun.at(0).at(0).value<InferenceResult>().knockout.knocked.size(), 1);
        SweepDialog* sweep = knockouts.openSweep(QStringLiteral("inception2a"));
        QVERIFY(sweep);
        QSignalSpy swept(sweep, &SweepDialog::finished);
        QVERIFY(swept.wait(60000));
        QCOMPARE(sweep->rowCount(), 4);  // one per branch of inception2a
        sweep->close();
        knockouts.restoreAll();
        QVERIFY(service.analysis().knockouts.empty());
        QVERIFY(scene.knockouts().empty());
    }

    void occlusionRunsThenCancelsAndGradCamApplies()
    {
        KnockoutRig rig;
        auto [service, scene, knockouts, explanation] = rig.parts();
        QVERIFY(openOn(service, QStringLiteral("mini_inception")));
        QVERIFY(classified(service, kImages + "coffee_small.png"));
        QSignalSpy done(&explanation, &ExplanationController::occlusionFinished);
        explanation.runOcclusion();
        QVERIFY(done.wait(120000));
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY(explanation.panel()->text().contains(QStringLiteral("Occlusion")));
        explanation.panel()->setGradCamOn(true);
        QVERIFY(service.analysis().gradCam);
        QSignalSpy result(&service, &InferenceService::resultReady);
        QVERIFY(result.wait(60000));
        QVERIFY(result.at(0).at(0).value<InferenceResult>().explain.shown);
    }

    void lookForIndexingAndExamplesRunOnTheirOwnJobs()
    {
        QWidget window;
        InferenceService service;
        ActivationsPanel activations;
        ChannelController channels(&service, &activations, &window);
        QVERIFY(openOn(service, QStringLiteral("mini_inception")));
        QSignalSpy looked(&channels, &ChannelController::lookForFinished);
        channels.runLookFor(QStringLiteral("inception2a.b3x3"), 3, 8);
        QVERIFY(looked.wait(120000));
        QCOMPARE(looked.at(0).at(0).toBool(), false);
        QCOMPARE(channels.panel()->lookForPicture().size(), QSize(28, 28));
        QTemporaryDir dir;
        for (const char* f : {"chelsea.jpg", "coffee_small.png"})
            QVERIFY(QFile::copy(kImages + f, dir.filePath(QString::fromLatin1(f))));
        QSignalSpy indexed(&channels, &ChannelController::indexFinished);
        channels.indexExamples(dir.path());
        QVERIFY(indexed.wait(120000));
        QCOMPARE(indexed.at(0).at(0).toBool(), true);
        QCOMPARE(channels.examplesFolder(), dir.path());
        QSignalSpy examples(&channels, &ChannelController::examplesShown);
        channels.showExamplesFor(QStringLiteral("inception2a.b3x3"), 3);
        QVERIFY(examples.wait(60000));
        QVERIFY(!channels.panel()->examplesPicture().isNull());
    }

    void deepDreamRunsInItsDialog()
    {
        const auto model = inception::engine::openModel("mini_inception", inception::engine::WeightsChoice::bundled());
        DreamDialog dialog(model, QStringLiteral("inception1b"), kImages + "chelsea.jpg");
        dialog.setSettings(1, 4, 0.05);
        QSignalSpy done(&dialog, &DreamDialog::finished);
        dialog.run();
        QVERIFY(done.wait(120000));
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QCOMPARE(dialog.result().size(), QSize(28, 28));
    }

    void aFigureOpensItsVariantThenFramesItsModule()
    {
        InferenceService service;
        RunChoices choices(&service);
        DiagramScene scene;
        DiagramView view(&scene);
        FigureController figures(&service, &choices, &scene, &view);
        QSignalSpy shown(&figures, &FigureController::figureShown);
        figures.showFigure(QStringLiteral("inception-reductions"));  // googlenet opens first
        QVERIFY(shown.wait(300000));
        QCOMPARE(service.shownVariant(), QStringLiteral("googlenet"));
        QCOMPARE(scene.selectedId(), std::string("inception3a"));
        QVERIFY(figures.captionText().contains(QStringLiteral("multiply-adds")));
        figures.hideCaption();
        QVERIFY(figures.captionText().isEmpty());
    }

    void aTourPlaysOnAHostOfItsOwnWithThePresenterView()
    {
        FakeHost host;
        InferenceService service;
        RunChoices choices(&service);
        DiagramScene scene;
        DiagramView view(&scene);
        NetworkView network(&service, &scene, &view);  // the diagram follows the network, as in the window
        FigureController figures(&service, &choices, &scene, &view);
        TourController tours(&service, &choices, &figures, &scene, &view, &host);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tour.json"));
        QVERIFY(QFile::copy(kImages + "chelsea.jpg", dir.filePath(QStringLiteral("cat.jpg"))));
        QJsonObject first{{"title", "One"}, {"variant", "mini_inception"}, {"selected", "inception2a"},
                          {"image", "cat.jpg"}, {"knockouts", QJsonArray{"inception2a.1x1=mean"}},
                          {"gradcam", true}, {"docks", QJsonArray{"predictions", "activations"}},
                          {"caption", "{params:mini_inception/inception2a} parameters"}, {"notes", "Say it."}};
        QJsonObject second{{"title", "Two"}, {"variant", "mini_inception"}, {"caption", "The end."}};
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{"format", "inception-explorer-tour"}, {"version", 1}, {"title", "Test"},
                                          {"steps", QJsonArray{first, second}}})
                    .toJson());
        f.close();
        QString error;
        QVERIFY2(tours.openTour(path, &error), qPrintable(error));
        QSignalSpy shown(&tours, &TourController::stepShown);
        tours.playStep(0);
        QVERIFY(shown.wait(300000));
        QVERIFY2(tours.stepProblems().isEmpty(), qPrintable(tours.stepProblems().join("; ")));
        QCOMPARE(host.docks, (QStringList{"predictions", "activations"}));
        QCOMPARE(host.knocked.size(), size_t(1));
        QVERIFY(host.knocked.at("inception2a.1x1"));
        QVERIFY(host.gradcam);
        QCOMPARE(scene.selectedId(), std::string("inception2a"));
        QCOMPARE(service.currentImage(), dir.filePath(QStringLiteral("cat.jpg")));
        QVERIFY(tours.captionText().contains(QStringLiteral("parameters")));
        PresenterWindow* presenter = tours.openPresenter();
        QVERIFY(host.presenting);
        QCOMPARE(presenter->counterText(), QStringLiteral("Step 1 of 2"));
        QCOMPARE(presenter->notesText(), QStringLiteral("Say it."));
        tours.nextStep();
        QVERIFY(shown.wait(120000));
        QCOMPARE(presenter->counterText(), QStringLiteral("Step 2 of 2"));
        tours.closePresenter();
        QVERIFY(!host.presenting);
        tours.closeTour();
        QVERIFY(!tours.tour());
    }

    void liveRunsAVideoThroughTheNetworkAndStops()
    {
        QWidget window;
        InferenceService service;
        LiveController live(&service, &window);
        QVERIFY(openOn(service, QStringLiteral("mini_inception")));
        QSignalSpy started(&live, &LiveController::started);
        QSignalSpy results(&live, &LiveController::resultReady);
        live.start(QStringLiteral(INCEPTION_FIXTURES "/video/shapes.avi"));
        QVERIFY(started.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(results.count() >= 3, 60000);
        QVERIFY(results.at(0).at(0).value<InferenceResult>().live);
        QSignalSpy stopped(&live, &LiveController::stopped);
        live.stop();
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!live.running());
    }

    // A one-pass map on every live frame: the top-1's gradient, at the network input's size, laid
    // over the view; Grad-CAM, when on, goes first.
    void liveLaysTheGradientOverEachFrame()
    {
        QWidget window;
        InferenceService service;
        LiveController live(&service, &window);
        QVERIFY(openOn(service, QStringLiteral("mini_inception")));
        AnalysisSettings settings;
        settings.liveMap = QStringLiteral("gradient");
        service.setAnalysis(settings);
        QSignalSpy results(&live, &LiveController::resultReady);
        live.start(QStringLiteral(INCEPTION_FIXTURES "/video/shapes.avi"));
        QTRY_VERIFY_WITH_TIMEOUT(results.count() >= 2, 60000);
        for (const auto& args : results) {
            const auto r = args.at(0).value<InferenceResult>();
            QVERIFY(r.live && r.explain.shown);
            QCOMPARE(r.explain.method, QStringLiteral("gradient"));
            QCOMPARE(r.explain.classIndex, r.classIndex.at(0));
            QCOMPARE(r.explain.mapSize, r.input.size());
            QCOMPARE(r.explain.colours.size(), r.input.size());
            QVERIFY(r.explain.limit > 0 && r.explain.min < 0 && r.explain.max > 0);
        }
        settings.gradCam = true;
        service.setAnalysis(settings);
        results.clear();
        QTRY_VERIFY_WITH_TIMEOUT(results.count() >= 2, 60000);
        const auto last = results.last().at(0).value<InferenceResult>();
        QVERIFY(last.explain.shown);
        QVERIFY(last.explain.method.isEmpty());  // Grad-CAM's map, not the gradient
        live.stop();
    }

    void aTrainingRunWritesItsFolderAndEnds()
    {
        TrainingPanel panel;
        QTemporaryDir dir;
        TrainRequest r = panel.request();
        r.images = 256;
        r.batch = 64;
        r.runDir = dir.filePath(QStringLiteral("run"));
        QSignalSpy ended(&panel, &TrainingPanel::runEnded);
        panel.startRun(r);
        QVERIFY(panel.running());
        QVERIFY(ended.wait(300000));
        QCOMPARE(ended.at(0).at(1).toBool(), true);  // finished all its epochs
        QVERIFY(QFile::exists(r.runDir + QStringLiteral("/metrics.csv")));
        QVERIFY(QFile::exists(r.runDir + QStringLiteral("/model.safetensors")));
        QVERIFY(!panel.running());
    }
};

QTEST_MAIN(ControllersTest)
#include "controllers_test.moc"
