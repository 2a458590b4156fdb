// The Training dock: curves read from a run folder (also one still being written), a run
// started, paused and resumed, the BN vs no BN preset, export; and the window's offline
// default, the bundled Fashion-MNIST model, with its 28x28 grey input.
#include <QtTest>

#include <QSignalSpy>
#include <QTemporaryDir>

#include "explorer/inference/inferenceservice.h"
#include "explorer/shell/mainwindow.h"
#include "window_parts.h"
#include "explorer/training/runcurves.h"
#include "explorer/training/trainingpanel.h"

using namespace explorer;
using explorer::test::P;

namespace {

void append(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write(text);
}

TrainRequest tiny(const QString& dir, const QString& network, int images)
{
    TrainRequest r;
    r.network = network;
    r.width = 0.25;
    r.epochs = 1;
    r.batch = 64;
    r.lr = 0.05;
    r.images = images;
    r.validateEvery = 4;
    r.threads = 2;
    r.runDir = dir;
    return r;
}

}  // namespace

class TrainingTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        qputenv("TORCH_HOME", tmp_.filePath(QStringLiteral("torch")).toUtf8());  // no ImageNet weights here
        qputenv("HF_HOME", tmp_.filePath(QStringLiteral("hf")).toUtf8());
    }

    void curvesAreReadAsTheFileGrows()
    {
        const QString dir = tmp_.filePath(QStringLiteral("follow"));
        QDir().mkpath(dir);
        const QString csv = dir + QStringLiteral("/metrics.csv");
        append(csv, "kind,epoch,step,loss,accuracy,lr,images_per_s\nstep,1,1,2.3,0.1,0.1,100\nstep,1,2,2.1,0.2,0.1,100\n");
        RunCurves c;
        c.dir = dir;
        QCOMPARE(c.update(), 2);
        append(csv, "step,1,3,1.9,0.3,0.1,100\nvalidation,1,3,1.8,0.86,,\nstep,1,4,1.");  // the last line is unfinished
        int skipped = 0;
        QCOMPARE(c.update(&skipped), 2);
        QCOMPARE(c.stepLoss.size(), 3);
        QCOMPARE(c.valAccuracy.size(), 1);
        QCOMPARE(c.stepsToReach(0.85), qint64(3));
        QCOMPARE(c.stepsToReach(0.9), qint64(-1));
        append(csv, "7,0.4,0.1,100\nstep,x,y,z,w,,\n");
        QCOMPARE(c.update(&skipped), 1);
        QCOMPARE(skipped, 1);
        QCOMPARE(c.stepLoss.last(), QPointF(4, 1.7));
        // Rewritten shorter (a resumed run drops rows past its checkpoint): read again.
        QFile::remove(csv);
        append(csv, "kind,epoch,step,loss,accuracy,lr,images_per_s\nstep,1,1,2.3,0.1,0.1,100\n");
        QCOMPARE(c.update(), 1);
        QCOMPARE(c.stepLoss.size(), 1);

        const QVector<QPointF> raw{{1, 10}, {2, 0}, {3, 10}};
        QCOMPARE(smoothed(raw, 0), raw);
        const auto ema = smoothed(raw, 0.5);
        QCOMPARE(ema[0].y(), 10.0);  // bias-corrected: the first point is itself
        QVERIFY(ema[1].y() > 0 && ema[1].y() < 10);

        TrainingPanel panel;
        QSignalSpy errors(&panel, &TrainingPanel::errorOccurred);
        QVERIFY(!panel.openRun(tmp_.filePath(QStringLiteral("nowhere"))));
        QCOMPARE(errors.count(), 1);
        QVERIFY(panel.openRun(dir));
        QCOMPARE(panel.runs().size(), 1);
        append(csv, "step,1,2,2.0,0.3,0.1,100\n");
        panel.pollNow();
        QCOMPARE(panel.runs()[0].stepLoss.size(), 2);
        QVERIFY(panel.pointsDrawn() >= 4);  // loss and accuracy

        // A long run, then a short one: the step axis fits the newest run, or every run when asked.
        const QString longDir = tmp_.filePath(QStringLiteral("long"));
        QDir().mkpath(longDir);
        QByteArray rows = "kind,epoch,step,loss,accuracy,lr,images_per_s\n";
        for (int step = 1; step <= 1500; step += 10)
            rows += QByteArray("step,1,") + QByteArray::number(step) + ",1.5,0.5,0.1,100\n";
        append(longDir + QStringLiteral("/metrics.csv"), rows);
        TrainingPanel two;
        QVERIFY(two.openRun(longDir));
        QVERIFY(two.stepAxisMax() >= 1491);
        QVERIFY(two.openRun(dir));  // 2 steps
        QVERIFY2(two.stepAxisMax() <= 20, qPrintable(QString::number(two.stepAxisMax())));
        two.setFitNewest(false);
        QVERIFY(two.stepAxisMax() >= 1491);
    }

    void aRunIsTrainedDrawnAndExported()
    {
        TrainingPanel panel;
        QSignalSpy ended(&panel, &TrainingPanel::runEnded);
        const QString dir = tmp_.filePath(QStringLiteral("run"));
        panel.startRun(tiny(dir, QStringLiteral("mini_inception"), 512));  // 8 steps
        QVERIFY(panel.running());
        QVERIFY(ended.wait(300000));
        QCOMPARE(ended.first().at(1).toBool(), true);  // finished
        QCOMPARE(ended.first().at(2).toString(), QString());
        QCOMPARE(panel.runs().size(), 1);
        QCOMPARE(panel.runs()[0].stepLoss.size(), 8);
        QCOMPARE(panel.runs()[0].valLoss.size(), 2);  // step 4 and the epoch's end
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/checkpoint.pt")));
        QVERIFY(panel.pointsDrawn() > 16);
        QVERIFY(panel.exportPng(tmp_.filePath(QStringLiteral("curves.png"))));
        QImage png(tmp_.filePath(QStringLiteral("curves.png")));
        QVERIFY(png.width() > 200 && png.height() > 100);
        QVERIFY(panel.exportCsv(tmp_.filePath(QStringLiteral("curves.csv"))));
        QFile csv(tmp_.filePath(QStringLiteral("curves.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const auto lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 8 + 1 + 2);  // header, steps, epoch, validations
        QVERIFY(!panel.exportPng(QStringLiteral("/nonexistent-dir/x.png")));
        panel.setLogScale(true);
        panel.setSmoothing(0.9);
        QVERIFY(panel.pointsDrawn() > 16);
    }

    void pauseWritesACheckpointAndResumeContinuesTheCurve()
    {
        TrainingPanel panel;
        QSignalSpy ended(&panel, &TrainingPanel::runEnded);
        const QString dir = tmp_.filePath(QStringLiteral("paused"));
        bool asked = false;
        connect(&panel, &TrainingPanel::curvesUpdated, this, [&] {
            if (!asked && !panel.runs().isEmpty() && panel.runs()[0].lastStep >= 3) {
                asked = true;
                panel.pause();
            }
        });
        panel.startRun(tiny(dir, QStringLiteral("mini_inception"), 1280));  // 20 steps
        QVERIFY(ended.wait(300000));
        QCOMPARE(ended.last().at(1).toBool(), false);
        QVERIFY(panel.paused());
        const qint64 pausedAt = panel.runs()[0].lastStep;
        QVERIFY(pausedAt >= 3 && pausedAt < 20);
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/checkpoint.pt")));
        panel.resume();
        QVERIFY(ended.wait(300000));
        QCOMPARE(ended.last().at(1).toBool(), true);
        const auto& steps = panel.runs()[0].stepLoss;
        QCOMPARE(steps.size(), 20);  // each step once: the resumed run went on at pausedAt + 1
        for (int i = 0; i < steps.size(); ++i)
            QCOMPARE(qint64(steps[i].x()), qint64(i + 1));
    }

    void theBnPresetTrainsBothNetworksInTurn()
    {
        TrainingPanel panel;
        TrainRequest r = tiny(QString(), QStringLiteral("mini_inception"), 256);
        panel.setRequest(r);
        QSignalSpy ended(&panel, &TrainingPanel::runEnded);
        qputenv("XDG_DATA_HOME", tmp_.filePath(QStringLiteral("data")).toUtf8());
        panel.startBnComparison();
        while (ended.count() < 2)
            QVERIFY(ended.wait(300000));
        QCOMPARE(panel.runs().size(), 2);
        QVERIFY(panel.runs()[0].name.startsWith(QLatin1String("mini_inception,")));
        QVERIFY(panel.runs()[1].name.startsWith(QLatin1String("mini_inception_nobn,")));
        QCOMPARE(panel.runs()[1].stepLoss.size(), 4);
        QVERIFY(panel.runs()[0].colour != panel.runs()[1].colour);
    }

    void theWindowOpensOnTheBundledModelAndShowsItsGreyInput()
    {
        QCOMPARE(InferenceService::defaultVariant(), QStringLiteral("mini_inception"));
        MainWindow window;
        QSignalSpy ready(&window, &MainWindow::variantShown);
        window.setVariant(InferenceService::defaultVariant());
        QVERIFY(ready.wait(120000));
        QSignalSpy results(P(window).service, &InferenceService::resultReady);
        P(window).service->classify(QStringLiteral(INCEPTION_FIXTURES "/images/chelsea.jpg"));
        QVERIFY(results.wait(120000));
        const auto r = results.first().at(0).value<InferenceResult>();
        QVERIFY(!r.untrained);  // the bundled weights, not random ones
        QCOMPARE(r.input.size(), QSize(28, 28));
        QCOMPARE(r.input.format(), QImage::Format_Grayscale8);
        QCOMPARE(r.labels.size(), 5);
        const QStringList fashion{"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                  "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"};
        for (const auto& l : r.labels)
            QVERIFY2(fashion.contains(l), qPrintable(l));
    }

private:
    QTemporaryDir tmp_;
};

QTEST_MAIN(TrainingTest)
#include "training_test.moc"
