// Closing the window while each kind of work runs — a forward, occlusion, look-for, indexing,
// DeepDream, the sweep, training, a download, the live view — cancels it; the test waits on that
// work's own finished signal (a hang fails by the test's timeout), then the window goes and joins
// what is left. Under the ASan job this also finds what leaks.
#include <QtTest>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <future>

#include "explorer/channels/dreamdialog.h"
#include "explorer/common/backgroundjob.h"
#include "explorer/explain/sweepdialog.h"
#include "explorer/shell/mainwindow.h"
#include "explorer/weights/downloader.h"
#include "tiny_server.h"
#include "held_forward.h"
#include "window_parts.h"

using namespace explorer;
using explorer::test::HeldForward;
using explorer::test::P;

namespace {

const QString kImages = QStringLiteral(INCEPTION_FIXTURES "/images/");

BackgroundJob* job(MainWindow& w, const char* name)
{
    auto* j = w.findChild<BackgroundJob*>(QString::fromLatin1(name));
    if (!j)
        qFatal("no job %s", name);
    return j;
}

}  // namespace

class CloseWindowTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        window_ = std::make_unique<MainWindow>();
        P(window_).choices->setUseBf16(false);
        QSignalSpy ready(window_.get(), &MainWindow::variantShown);
        window_->setVariant(QStringLiteral("mini_inception"));
        QVERIFY(ready.wait(120000));
        window_->show();
    }

    void cleanup() { window_.reset(); }

    void aForwardInFlight()
    {
        HeldForward held(*P(window_).service);
        QSignalSpy finished(job(*window_, "inference"), &BackgroundJob::finished);
        P(window_).service->classify(kImages + "chelsea.jpg");
        QTRY_VERIFY_WITH_TIMEOUT(held.entered() == 1, 60000);
        window_->close();
        held.open();  // a forward cannot stop half-way: it ends, and nothing follows it
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
    }

    void occlusion()
    {
        classify();
        auto* j = job(*window_, "occlusion");
        QSignalSpy finished(j, &BackgroundJob::finished);
        P(window_).explanation->runOcclusion();
        window_->close();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
    }

    void lookFor()
    {
        QSignalSpy finished(job(*window_, "look-for"), &BackgroundJob::finished);
        P(window_).channels->runLookFor(QStringLiteral("inception2a.b3x3"), 1, 100000);
        window_->close();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
    }

    void indexing()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 40; ++i)
            QVERIFY(QFile::copy(kImages + "coffee_small.png", dir.filePath(QStringLiteral("%1.png").arg(i))));
        QSignalSpy finished(job(*window_, "indexing"), &BackgroundJob::finished);
        P(window_).channels->indexExamples(dir.path());
        window_->close();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
    }

    void deepDream()
    {
        classify();
        DreamDialog* dialog = P(window_).channels->openDream(QStringLiteral("inception1b"));
        QVERIFY(dialog);
        dialog->setSettings(8, 200, 0.05);
        QSignalSpy finished(job(*window_, "deepdream"), &BackgroundJob::finished);
        dialog->run();
        window_->close();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
    }

    void sweep()
    {
        classify();
        SweepDialog* dialog = P(window_).knockouts->openSweep(QStringLiteral("inception2a"));
        QVERIFY(dialog);
        QSignalSpy first(dialog, &SweepDialog::finished);
        QVERIFY(first.wait(60000));
        QSignalSpy finished(job(*window_, "sweep"), &BackgroundJob::finished);
        dialog->run(QStringList(400, kImages + "coffee_small.png"));
        window_->close();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
    }

    void training()
    {
        QTemporaryDir dir;
        auto* panel = P(window_).training;
        TrainRequest r = panel->request();
        r.runDir = dir.filePath(QStringLiteral("run"));
        r.epochs = 5;
        QSignalSpy finished(job(*window_, "training"), &BackgroundJob::finished);
        panel->startRun(r);
        window_->close();
        QVERIFY(finished.wait(300000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
    }

    void download()
    {
        TinyServer server(QByteArray(100, 'x'));
        qputenv("INCEPTION_WEIGHTS_BASE_URL", server.url(QStringLiteral("hold")).toString().toUtf8());
        auto* panel = P(window_).weights;
        QSignalSpy finished(panel->downloader(), &Downloader::finished);
        panel->download(QStringLiteral("googlenet"));
        QTRY_VERIFY_WITH_TIMEOUT(server.held == 1, 30000);  // the transfer is open
        window_->close();  // the transfer is aborted at once: finished may come before close() returns
        QVERIFY(finished.count() > 0 || finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        qunsetenv("INCEPTION_WEIGHTS_BASE_URL");
    }

    void live()
    {
        QSignalSpy started(P(window_).live, &LiveController::started);
        P(window_).live->start(QStringLiteral(INCEPTION_FIXTURES "/video/shapes.avi"));
        QVERIFY(started.wait(60000));
        QSignalSpy stopped(P(window_).live, &LiveController::stopped);
        window_->close();
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!P(window_).live->running());
    }

private:
    void classify()
    {
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        P(window_).service->classify(kImages + "chelsea.jpg");
        QVERIFY(shown.wait(60000));
    }

    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(CloseWindowTest)
#include "close_window_test.moc"
