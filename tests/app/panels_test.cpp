// The window's panels and menus: figures, weights (against a server on 127.0.0.1), folders,
// channel close-ups, export, paste, measured latency, and how fast each diagram opens.
#include <QtTest>

#include <QClipboard>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

#include <future>

#include "explorer/inspect/activationspanel.h"
#include "arch/archnode.h"
#include "explorer/diagram/diagramscene.h"
#include "explorer/lecture/figures.h"
#include "explorer/inference/inferenceservice.h"
#include "explorer/live/livecapture.h"
#include "explorer/live/livepanel.h"
#include "explorer/shell/mainwindow.h"
#include "held_forward.h"
#include "window_parts.h"
#include "explorer/diagram/diagramexport.h"
#include "explorer/diagram/nodetext.h"
#include "models/registry.h"
#include "explorer/inspect/statisticspanel.h"
#include "tiny_server.h"
#include "weights/catalog.h"
#include "explorer/weights/weightspanel.h"

using namespace explorer;
using explorer::test::HeldForward;
using explorer::test::P;

namespace {

QString image(const char* name) { return QStringLiteral(INCEPTION_FIXTURES "/images/") + QLatin1String(name); }

QStringList filesIn(const QString& dir) { return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System); }

}  // namespace

class PanelsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(cache_.isValid());
        qputenv("TORCH_HOME", cache_.path().toUtf8());  // an empty cache: every variant untrained
        qputenv("HF_HOME", cache_.filePath(QStringLiteral("hf")).toUtf8());
    }

    void init()
    {
        window_ = std::make_unique<MainWindow>();
        window_->resize(1400, 900);
        QSignalSpy ready(window_.get(), &MainWindow::variantShown);
        window_->setVariant(QStringLiteral("googlenet"));
        QVERIFY(ready.wait(120000));
    }
    void cleanup() { window_.reset(); }

    void everyFigureOpensItsModuleWithACaption()
    {
        for (const auto& f : figures()) {
            QSignalSpy shown(P(window_).figures, &FigureController::figureShown);
            P(window_).figures->showFigure(QString::fromStdString(f.name));
            QVERIFY2(shown.count() == 1 || shown.wait(120000), f.name.c_str());
            const auto* desc = P(window_).scene->network();
            QVERIFY(desc);
            if (!f.frame.empty()) {
                QCOMPARE(P(window_).scene->selectedId(), f.frame);
                QVERIFY2(!P(window_).scene->boxRect(f.frame).isNull(), f.name.c_str());
            }
            for (const auto& id : f.expand)  // each is a real module, drawn open
                QVERIFY2(P(window_).scene->layout().find(id, BoxKind::Frame), (f.name + ": " + id).c_str());
            QVERIFY(P(window_).figures->captionText().contains(QCoreApplication::translate("Figures", f.title).toHtmlEscaped()));
            QVERIFY2(P(window_).figures->captionText().contains(QStringLiteral("multiply-adds")), f.name.c_str());
        }
    }

    void theNaiveModuleIsBuiltFromArchNodesAndSaysSo()
    {
        QSignalSpy shown(P(window_).figures, &FigureController::figureShown);
        P(window_).figures->showFigure(QStringLiteral("inception-naive"));
        QCOMPARE(shown.count(), 1);
        const auto* desc = P(window_).scene->network();
        QCOMPARE(desc->variant, std::string("figure:inception-naive"));
        QVERIFY(P(window_).scene->layout().find("naive.5x5"));
        const auto* naive = inception::arch::findNode(desc->root, "naive");
        QCOMPARE(naive->output, (std::vector<int64_t>{64 + 128 + 32 + 192, 28, 28}));  // the pool passes 192 through
        QVERIFY(P(window_).figures->captionText().contains(QStringLiteral("not from the live model")));
        // With reductions (the live inception3a) the same module costs less.
        P(window_).figures->showFigure(QStringLiteral("inception-reductions"));
        const auto* live = inception::arch::findNode(P(window_).scene->network()->root, "inception3a");
        QVERIFY(live && live->macs < naive->macs / 2);
    }

    void weightsPanelSaysMissingThenCorrupt()
    {
        auto* panel = P(window_).weights;
        QSignalSpy refreshed(panel, &WeightsPanel::refreshed);
        panel->refresh();
        QVERIFY(refreshed.wait(60000));
        QVERIFY2(panel->stateText(QStringLiteral("googlenet")).contains(QStringLiteral("missing")),
                 qPrintable(panel->stateText(QStringLiteral("googlenet"))));
        const auto& entry = *inception::weights::catalogFor("googlenet").front();
        const QString target = QString::fromStdString(inception::weights::cacheTarget(entry));
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        QFile junk(target);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a checkpoint");
        junk.close();
        panel->refresh();
        QVERIFY(refreshed.wait(60000));
        QCOMPARE(panel->stateText(QStringLiteral("googlenet")), QStringLiteral("corrupt"));
        QVERIFY(QFile::remove(target));
    }

    void downloadWithTheWrongHashLeavesTheCacheEmpty()
    {
        TinyServer server(QByteArray(200000, 'x'));
        QString base = server.url(QString()).toString();
        base.chop(1);
        qputenv("INCEPTION_WEIGHTS_BASE_URL", base.toUtf8());
        auto* panel = P(window_).weights;
        QSignalSpy done(panel, &WeightsPanel::downloadFinished);
        panel->download(QStringLiteral("googlenet"));
        QVERIFY(done.wait(60000));
        qunsetenv("INCEPTION_WEIGHTS_BASE_URL");
        QVERIFY(!done.at(0).at(0).toBool());
        QVERIFY2(done.at(0).at(1).toString().contains(QStringLiteral("SHA-256")), qPrintable(done.at(0).at(1).toString()));
        const auto& entry = *inception::weights::catalogFor("googlenet").front();
        const QString dir = QFileInfo(QString::fromStdString(inception::weights::cacheTarget(entry))).absolutePath();
        QVERIFY2(filesIn(dir).isEmpty(), qPrintable(filesIn(dir).join(QLatin1Char(' '))));
        QVERIFY(panel->message().contains(QStringLiteral("refused")));
    }

    void aBadWeightFileIsRefusedAndTheNetworkStays()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("truncated.pth"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 truncated");
        f.close();
        const auto* before = P(window_).scene->network();
        QSignalSpy error(window_.get(), &MainWindow::errorShown);
        P(window_).choices->loadWeightsFile(QStringLiteral("inception_v3"), bad);
        QVERIFY(error.wait(60000));
        QVERIFY2(error.at(0).at(0).toString().contains(bad), qPrintable(error.at(0).at(0).toString()));
        QCOMPARE(P(window_).scene->network(), before);  // still googlenet, still usable
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        P(window_).service->classify(image("chelsea.jpg"));
        QVERIFY(shown.wait(60000));
    }

    void classNamesAreCheckedAndKeptWithTheirWeights()
    {
        QTemporaryDir dir;
        const QString ten = dir.filePath(QStringLiteral("ten.txt")), two = dir.filePath(QStringLiteral("two.txt"));
        const auto write = [](const QString& path, int lines) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            for (int i = 0; i < lines; ++i)
                f.write(QStringLiteral("named-%1\n").arg(i).toUtf8());
        };
        write(ten, 10);
        write(two, 2);
        const auto open = [this](const char* id) {
            QSignalSpy ready(window_.get(), &MainWindow::variantShown);
            window_->setVariant(QLatin1String(id));
            QVERIFY(ready.wait(120000));
        };
        open("mini_inception");  // the bundled model: 10 classes
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        P(window_).service->classify(image("chelsea.jpg"));
        QVERIFY(shown.wait(60000));
        QVERIFY(!P(window_).predictions->text().contains(QStringLiteral("named-")));

        QSignalSpy error(window_.get(), &MainWindow::errorShown);
        P(window_).choices->loadLabelsFile(two);  // refused at once: the names shown stay
        QCOMPARE(error.count(), 1);
        QVERIFY2(error.at(0).at(0).toString().contains(QStringLiteral("holds 2 class names, but the classifier of")),
                 qPrintable(error.at(0).at(0).toString()));
        QVERIFY(P(window_).service->labelsFile().isEmpty());

        shown.clear();
        P(window_).choices->loadLabelsFile(ten);  // taken: the image runs again with them
        QVERIFY(shown.wait(60000));
        QVERIFY2(P(window_).predictions->text().contains(QStringLiteral("named-")), qPrintable(P(window_).predictions->text()));
        const QString kept = QFileInfo(ten).absoluteFilePath();
        QCOMPARE(RunChoices::keptLabels(QStringLiteral("mini_inception"), QString()), kept);

        open("googlenet");  // another network: ImageNet's names, the kept ones wait for theirs
        QVERIFY(P(window_).service->labelsFile().isEmpty());
        open("mini_inception");
        QCOMPARE(P(window_).service->labelsFile(), kept);

        write(ten, 3);  // the kept file changed since: the network opens with its own names, and says so
        open("googlenet");
        error.clear();
        open("mini_inception");
        QVERIFY(error.count() == 1 || error.wait(10000));
        QVERIFY2(error.at(0).at(0).toString().contains(QStringLiteral("no longer fit")), qPrintable(error.at(0).at(0).toString()));
        QVERIFY(P(window_).service->labelsFile().isEmpty());
        QVERIFY(RunChoices::keptLabels(QStringLiteral("mini_inception"), QString()).isEmpty());
    }

    void aDroppedFolderIsClassifiedInTurn()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(image("chelsea.jpg"), dir.filePath(QStringLiteral("a.jpg"))));
        QVERIFY(QFile::copy(image("coffee_small.png"), dir.filePath(QStringLiteral("b.png"))));
        QFile fake(dir.filePath(QStringLiteral("c.png")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("this is text, not a PNG");
        fake.close();
        QSignalSpy finished(P(window_).folders, &FolderRun::finished);
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        P(window_).folders->start(dir.path());
        QVERIFY(P(window_).folders->running());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.at(0).at(0).toInt(), 2);
        QCOMPARE(finished.at(0).at(1).toInt(), 1);
        QCOMPARE(finished.at(0).at(2).toBool(), false);
        QCOMPARE(shown.count(), 2);
    }

    void aFolderCanBeCancelled()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 5; ++i)
            QVERIFY(QFile::copy(image("chelsea.jpg"), dir.filePath(QStringLiteral("%1.jpg").arg(i))));
        HeldForward held(*P(window_).service);
        QSignalSpy finished(P(window_).folders, &FolderRun::finished);
        P(window_).folders->start(dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(held.entered() == 1, 60000);
        P(window_).folders->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(2).toBool(), true);
        QVERIFY(!P(window_).folders->running());
        held.open();
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        QVERIFY(shown.wait(60000));  // the held image finishes; nothing follows it
        QCOMPARE(held.entered(), 1);
    }

    void clickingAChannelEnlargesIt()
    {
        P(window_).view->selectNode(QStringLiteral("inception4a"));
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        P(window_).service->classify(image("chelsea.jpg"));
        QVERIFY(shown.wait(60000));
        auto* panel = P(window_).activations;
        QCOMPARE(panel->branchCount(), 4);
        QLabel* grid = panel->gridLabel(1);
        QVERIFY(grid);
        // Cells are 26 px with 2 px gaps: the second cell of the second row is channel cols + 1.
        const int cols = 6;  // 36 shown channels
        QSignalSpy channel(panel, &ActivationsPanel::channelShown);
        QTest::mouseClick(grid, Qt::LeftButton, {}, QPoint(2 + 28 + 13, 2 + 28 + 13));
        QCOMPARE(channel.count(), 1);
        QCOMPARE(panel->focusedBranch(), 1);
        QCOMPARE(panel->focusedChannel(), cols + 1);
        QTest::mouseClick(grid, Qt::LeftButton, {}, QPoint(1, 1));  // on the gap: nothing
        QCOMPARE(channel.count(), 1);

        // 208 channels in pages of 36: the title says which are shown, the buttons page through all.
        auto title = [&] {
            QString all;
            for (QLabel* l : panel->widget()->findChildren<QLabel*>())
                all += l->text() + QLatin1Char('\n');
            return all;
        };
        QVERIFY2(title().contains(QStringLiteral("channels 1–36 of 208 shown")), qPrintable(title()));
        auto buttons = panel->widget()->findChildren<QToolButton*>(QStringLiteral("nextChannels"));
        QCOMPARE(buttons.size(), 4);  // every branch of inception4a has more than 36 channels
        QVERIFY(!panel->widget()->findChildren<QToolButton*>(QStringLiteral("previousChannels"))[1]->isEnabled());
        const QImage firstPage = grid->pixmap().toImage();
        buttons[1]->click();
        QCOMPARE(panel->pageFirst(1), 36);
        QVERIFY2(title().contains(QStringLiteral("channels 37–72 of 208 shown")), qPrintable(title()));
        QVERIFY(grid->pixmap().toImage() != firstPage);
        QTest::mouseClick(grid, Qt::LeftButton, {}, QPoint(2 + 28 + 13, 2 + 28 + 13));
        QCOMPARE(panel->focusedChannel(), 36 + cols + 1);
        QVERIFY2(panel->focusedTitle().contains(QStringLiteral("channel %1 of 208").arg(36 + cols + 2)),
                 qPrintable(panel->focusedTitle()));
        panel->showPage(1, 10'000);  // the last page: channels 181–208, the rest of the grid empty
        QCOMPARE(panel->pageFirst(1), 180);
        QVERIFY(!buttons[1]->isEnabled());
        QVERIFY2(title().contains(QStringLiteral("channels 181–208 of 208 shown")), qPrintable(title()));
        QTest::mouseClick(grid, Qt::LeftButton, {}, QPoint(2 + 28 * 5 + 13, 2 + 28 * 5 + 13));  // past channel 208
        QCOMPARE(panel->focusedChannel(), 36 + cols + 1);
        // The next result of the same module keeps the page; another module starts at its first.
        QSignalSpy again(window_.get(), &MainWindow::resultShown);
        P(window_).service->classify(image("chelsea.jpg"));
        QVERIFY(again.wait(60000));
        QCOMPARE(panel->pageFirst(1), 180);
        P(window_).view->selectNode(QStringLiteral("inception4b"));
        QVERIFY(again.wait(60000));
        QCOMPARE(panel->pageFirst(1), 0);
    }

    void layersInsideABranchHaveReadableNames()
    {
        // googlenet's inception3a.branch2 is torchvision's Sequential "0", "1": a 1×1 then a 3×3 conv.
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        P(window_).view->selectNode(QStringLiteral("inception3a.branch2.1"));
        const QString details = P(window_).details->text();
        QVERIFY2(details.contains(QStringLiteral("3×3 conv")) && details.contains(QStringLiteral("inception3a.branch2.1")),
                 qPrintable(details));
        P(window_).view->selectNode(QStringLiteral("inception3a.branch2"));
        P(window_).service->classify(image("chelsea.jpg"));
        auto* panel = P(window_).activations;
        while (panel->branchCount() != 2 && shown.wait(60000)) {
        }  // a result for the layer selected first may come before
        QCOMPARE(panel->branchCount(), 2);
        QString titles;
        for (QLabel* l : panel->widget()->findChildren<QLabel*>())
            titles += l->text() + QLatin1Char('\n');
        QVERIFY2(titles.contains(QStringLiteral("<b>1×1 conv</b>")) && titles.contains(QStringLiteral("<b>3×3 conv</b>")),
                 qPrintable(titles));
        QVERIFY2(!titles.contains(QStringLiteral("output energy")), qPrintable(titles));  // a sequence: no shares
        // Every variant: no layer is drawn under a bare position number.
        for (const char* v : {"googlenet", "bn_inception", "inception_v3", "inception_v4", "inception_resnet_v2"}) {
            const auto desc = inception::models::describe(v);
            inception::arch::forEachNode(desc.root, [&](const inception::arch::ArchNode& n, int) {
                bool number = false;
                displayName(n).toInt(&number);
                QVERIFY2(!n.isLeaf() || !number, (std::string(v) + ": " + n.id).c_str());
            });
        }
        QCOMPARE(displayName(*inception::arch::findNode(inception::models::describe("inception_v4").root,
                                                        "features.11.branch1.1")),
                 QStringLiteral("1×7 conv"));
        QCOMPARE(displayName(*inception::arch::findNode(inception::models::describe("inception_v4").root,
                                                        "features.10.branch1.2")),
                 QStringLiteral("3×3/2 conv"));
    }

    void exportWritesPngAtTheChosenScaleAndSvg()
    {
        QTemporaryDir dir;
        const QRectF r = P(window_).scene->sceneRect();
        QVERIFY(exportDiagram(P(window_).view, dir.filePath(QStringLiteral("d.png")), true, 2.0, QString(), nullptr));
        const QImage png(dir.filePath(QStringLiteral("d.png")));
        QCOMPARE(png.size(), (r.size() * 2).toSize());
        QVERIFY(exportDiagram(P(window_).view, dir.filePath(QStringLiteral("view.png")), false, 1.0, QString(), nullptr));
        QVERIFY(QImage(dir.filePath(QStringLiteral("view.png"))).width() <= int(r.width()) + 1);
        QVERIFY(exportDiagram(P(window_).view, dir.filePath(QStringLiteral("d.svg")), true, 1.0, QString(), nullptr));
        QFile svg(dir.filePath(QStringLiteral("d.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QString why;
        QVERIFY(!exportDiagram(P(window_).view, QStringLiteral("/nonexistent-dir/d.png"), true, 1.0, QString(), &why));
        QVERIFY2(why.contains(QStringLiteral("nonexistent-dir")), qPrintable(why));
    }

    void aPastedImageIsClassified()
    {
        QGuiApplication::clipboard()->setImage(QImage(image("coffee_small.png")));
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        P(window_).input->paste();
        QVERIFY(shown.wait(60000));
        QGuiApplication::clipboard()->setText(QStringLiteral("words"));
        QSignalSpy error(window_.get(), &MainWindow::errorShown);
        P(window_).input->paste();
        QCOMPARE(error.count(), 1);
        QVERIFY(error.at(0).at(0).toString().contains(QStringLiteral("holds no file, picture or picture address")));
    }

    void latencyIsMeasuredForEveryVariant()
    {
        auto* stats = P(window_).statistics;
        QSignalSpy done(P(window_).service, &InferenceService::latencyFinished);
        P(window_).service->requestLatency();
        QVERIFY(done.wait(300000));
        QTRY_VERIFY(stats->latency(QStringLiteral("inception_v4")) > 0);
        for (const auto& v : inception::models::variants())
            QVERIFY2(stats->latency(QString::fromStdString(v.id)) > 0, v.id.c_str());
    }

    // Every diagram opens and opens up (how long it takes is window_bench's business).
    void eachDiagramOpensAndExpands()
    {
        DiagramScene scene;
        for (const auto& v : inception::models::variants()) {
            scene.setNetwork(std::make_shared<const inception::arch::NetworkDesc>(inception::models::describe(v.id)));
            const size_t closed = scene.visibleNodes().size();
            QVERIFY2(closed > 3, v.id.c_str());
            scene.expandAll();
            QVERIFY2(scene.visibleNodes().size() > 2 * closed, v.id.c_str());
        }
    }

    // The live view over a video while the forward pass is held on a latch: previews keep
    // arriving, the GUI thread's timer keeps firing, waiting frames are replaced, not queued.
    void theLiveViewNeverBlocksTheWindow()
    {
        HeldForward held(*P(window_).service);
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, [&] { ++ticks; });
        timer.start(5);
        QSignalSpy started(P(window_).live, &LiveController::started);
        QSignalSpy frames(P(window_).live, &LiveController::frameShown);
        P(window_).live->start(QStringLiteral(INCEPTION_FIXTURES "/video/shapes.avi"));
        QVERIFY(started.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(held.entered() == 1, 60000);  // a forward is held
        const int ticksBefore = ticks;
        const int framesBefore = int(frames.count());
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= framesBefore + 10, 60000);  // the preview runs on
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= ticksBefore + 10, 60000);
        QCOMPARE(held.entered(), 1);
        QVERIFY(P(window_).live->stats().dropped >= 5);  // replaced while waiting, never queued
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        held.open();
        QVERIFY(shown.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!P(window_).live->panel()->overlayText().isEmpty(), 10000);
        QVERIFY(P(window_).live->panel()->overlayText().contains(QStringLiteral("fps")));
        // Space freezes the picture; a snapshot writes what is shown.
        P(window_).live->panel()->setFrozen(true);
        QTemporaryDir dir;
        QVERIFY(P(window_).live->panel()->saveSnapshot(dir.filePath(QStringLiteral("snap.png"))));
        QCOMPARE(QImage(dir.filePath(QStringLiteral("snap.png"))).size(), QSize(320, 240));
        // Switching variant while live works without a restart.
        QSignalSpy ready(window_.get(), &MainWindow::variantShown);
        window_->setVariant(QStringLiteral("bn_inception"));
        QVERIFY(ready.wait(120000));
        QSignalSpy more(window_.get(), &MainWindow::resultShown);
        QVERIFY(more.wait(60000));
        QSignalSpy stopped(P(window_).live, &LiveController::stopped);
        P(window_).live->stop();
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!P(window_).live->running());
    }

    void liveSourcesThatDoNotOpenSayWhy()
    {
        QSignalSpy error(window_.get(), &MainWindow::errorShown);
        P(window_).live->startCamera();  // no camera on a build machine (or, if there is one, cam:97 below)
        if (!P(window_).live->running()) {
            QCOMPARE(error.count(), 1);
            QVERIFY(error.at(0).at(0).toString().contains(QStringLiteral("camera")));
        }
        P(window_).live->stop();
        QTemporaryDir dir;
        QFile text(dir.filePath(QStringLiteral("notes.avi")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("words, not frames");
        text.close();
        for (const QString& spec : {dir.filePath(QStringLiteral("notes.avi")), QStringLiteral("cam:97"),
                                    dir.filePath(QStringLiteral("missing.mp4"))}) {
            error.clear();
            QSignalSpy stopped(P(window_).live, &LiveController::stopped);
            P(window_).live->start(spec);
            QVERIFY2(stopped.wait(30000), qPrintable(spec));
            QCOMPARE(error.count(), 1);
            QVERIFY(!P(window_).live->running());
        }
    }

private:
    QTemporaryDir cache_;
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(PanelsTest)
#include "panels_test.moc"
