// The window: drop an image, errors, opening modules, search, selection, and a GUI thread
// that keeps running while a forward pass is held.
#include <QtTest>

#include <QLabel>

#include <QAbstractItemView>
#include <QDockWidget>
#include <QScrollBar>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTimer>

#include <cstring>
#include <future>

#include "explorer/inspect/activationspanel.h"
#include "explorer/diagram/diagramscene.h"
#include "explorer/inference/inferenceservice.h"
#include "drop.h"
#include "explorer/shell/mainwindow.h"
#include "held_forward.h"
#include "window_parts.h"
#include "explorer/inspect/predictionspanel.h"
#include "explorer/inspect/statisticspanel.h"

using namespace explorer;
using explorer::test::HeldForward;
using explorer::test::P;

namespace {

QString image(const char* name) { return QStringLiteral(INCEPTION_FIXTURES "/images/") + QLatin1String(name); }

QString sorted(QStringList names)  // which docks, in any order
{
    names.sort();
    return names.join(QLatin1Char(','));
}

}  // namespace

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QSettings().remove(QStringLiteral("window"));  // each test starts on the default layout
        window_ = std::make_unique<MainWindow>();
        window_->resize(1200, 800);
        QSignalSpy ready(window_.get(), &MainWindow::variantShown);
        window_->setVariant(QStringLiteral("googlenet"));
        QVERIFY(ready.wait(120000));
    }
    void cleanup() { window_.reset(); }

    void droppedImageShowsPredictionsAndBranches()
    {
        P(window_).view->selectNode(QStringLiteral("inception4a"));
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        QVERIFY(test::drop(*window_, image("chelsea.jpg")));
        QVERIFY(shown.wait(120000));
        const QString text = P(window_).predictions->text();
        QVERIFY2(text.contains(QStringLiteral("Untrained")), qPrintable(text));  // said on screen
        QVERIFY2(text.contains(QStringLiteral("googlenet")), qPrintable(text));
        QCOMPARE(P(window_).activations->branchCount(), 4);  // inception4a's four branches
    }

    void droppedNonImageShowsAnError()
    {
        QSignalSpy error(window_.get(), &MainWindow::errorShown);
        QVERIFY(test::drop(*window_, image("not_an_image.png")));
        QVERIFY(error.wait(60000));
        QVERIFY(error.takeFirst().at(0).toString().contains(QStringLiteral("not an image")));
        QSignalSpy again(window_.get(), &MainWindow::errorShown);
        QVERIFY(test::drop(*window_, image("truncated.jpg")));
        QVERIFY(again.wait(60000));
        QVERIFY(again.takeFirst().at(0).toString().contains(QStringLiteral("truncated")));
    }

    void modulesOpenAndClose()
    {
        auto* scene = P(window_).scene;
        QVERIFY(scene->layout().find("inception4a"));
        scene->toggle("inception4a");
        QVERIFY(scene->layout().find("inception4a", BoxKind::Frame));
        QVERIFY(scene->layout().find("inception4a.branch2"));
        scene->toggle("inception4a");
        QVERIFY(scene->layout().find("inception4a"));
        QVERIFY(!scene->layout().find("inception4a.branch2"));
        scene->expandAll();
        QVERIFY(scene->layout().find("inception4a.branch2.1"));
        scene->collapseAll();
        QVERIFY(scene->layout().find("stage4"));
    }

    void searchRevealsAndSelectsTheMatch()
    {
        auto* scene = P(window_).scene;
        const auto hits = scene->search(QStringLiteral("branch4.0"));
        QVERIFY(!hits.empty());
        P(window_).view->selectNode(QString::fromStdString(hits.front()));
        QCOMPARE(scene->selectedId(), hits.front());
        QVERIFY(scene->layout().find(hits.front()));  // its modules were opened
    }

    void statisticsListEveryModuleOfTheStages()
    {
        int expected = 0;
        for (const auto& c : P(window_).scene->network()->root.children)
            expected += c.kind == inception::arch::Kind::Stage ? int(c.children.size()) : 1;
        QCOMPARE(expected, 19);  // googlenet: 5 stem layers, 3 + 6 + 2 in the stages, 3 in the head
        QCOMPARE(P(window_).statistics->moduleRows(), expected);
    }

    void selectionFillsTheDetails()
    {
        P(window_).view->selectNode(QStringLiteral("inception3a.branch2.1"));
        const QString details = P(window_).details->text();
        QVERIFY2(details.contains(QStringLiteral("Filters")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("128")));
        QVERIFY(details.contains(QStringLiteral("3×3")));
        QVERIFY(details.contains(QStringLiteral("% of the network")));
    }

    // A forward is held on a latch; the GUI thread's timer keeps firing, and a second drop
    // meanwhile neither blocks nor queues a third run.
    void windowNeverBlocksDuringAForward()
    {
        HeldForward held(*P(window_).service);
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, [&] { ++ticks; });
        timer.start(5);
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        P(window_).service->classify(image("chelsea.jpg"));
        QTRY_VERIFY_WITH_TIMEOUT(held.entered() == 1, 60000);  // the forward is now held
        const int before = ticks;
        P(window_).service->classify(image("coffee_small.png"));  // replaces nothing running; waits its turn
        P(window_).service->classify(image("astronaut_wide.jpg"));  // replaces the waiting one
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= before + 10, 60000);  // the GUI thread ran meanwhile
        QCOMPARE(held.entered(), 1);
        held.open();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 2, 120000);
        QCOMPARE(held.entered(), 2);  // two forwards, not three: latest request wins
    }

    // From a switch until the new network's first result, no dock shows the previous network's
    // numbers, and the status bar says "ready" only when the result is in.
    void nothingStaleAcrossVariantSwitches()
    {
        QSignalSpy first(window_.get(), &MainWindow::resultShown);
        P(window_).service->classify(image("chelsea.jpg"));
        QVERIFY(first.wait(120000));
        P(window_).view->selectNode(QStringLiteral("inception4a"));
        QVERIFY(first.wait(120000));
        for (const char* id : {"bn_inception", "inception_v3", "inception_v4", "inception_resnet_v2", "googlenet"}) {
            const QString variant = QLatin1String(id);
            QSignalSpy shown(window_.get(), &MainWindow::resultShown);
            QSignalSpy opened(window_.get(), &MainWindow::variantShown);
            QSignalSpy status(P(window_).choices, &RunChoices::message);
            window_->setVariant(variant);
            const QString name = P(window_).choices->variantName();
            QVERIFY2(P(window_).predictions->shownClasses().isEmpty(), id);  // the old top-5 is gone
            QVERIFY2(P(window_).predictions->text().contains(QStringLiteral("Computing for ") + name), id);
            QCOMPARE(P(window_).activations->branchCount(), 0);
            QVERIFY(shown.wait(300000));
            QCOMPARE(opened.count(), 1);
            QVERIFY2(P(window_).predictions->text().contains(variant), qPrintable(P(window_).predictions->text()));
            QCOMPARE(P(window_).predictions->shownClasses().size(), 5);
            QStringList said;
            for (const auto& m : status)
                said << m.at(0).toString();
            // "ready" once, and last: after the result, not when the network opened
            QCOMPARE(said.count(name + QStringLiteral(" ready")), 1);
            QVERIFY2(said.last() == name + QStringLiteral(" ready"), qPrintable(said.join(QLatin1Char('|'))));
            QVERIFY2(said.contains(name + QStringLiteral(" open; computing the image…")), qPrintable(said.join(QLatin1Char('|'))));
        }
    }

    // Without an image nothing is computed: once the network is open, no dock still says it opens.
    void withoutAnImageNoDockWaitsOnceOpen()
    {
        QSignalSpy opened(window_.get(), &MainWindow::variantShown);
        window_->setVariant(QStringLiteral("bn_inception"));
        const QString opening = P(window_).choices->variantName() + QStringLiteral(" is opening");
        QVERIFY2(P(window_).predictions->text().contains(opening), qPrintable(P(window_).predictions->text()));
        QVERIFY(opened.wait(300000));
        QVERIFY2(!P(window_).predictions->text().contains(opening), qPrintable(P(window_).predictions->text()));
        QVERIFY2(!P(window_).explanation->panel()->text().contains(opening), qPrintable(P(window_).explanation->panel()->text()));
        for (const auto* label : P(window_).activations->findChildren<QLabel*>())
            QVERIFY2(!label->text().contains(opening), qPrintable(label->text()));
        QVERIFY(P(window_).explanation->panel()->text().contains(QStringLiteral("No explanation yet")));
    }

    // View ▸ a dock: a hidden one is shown and raised, one behind another tab is raised, one on
    // top is hidden; View ▸ Reset layout brings back the default.
    void viewMenuRaisesDocksAndResetsTheLayout()
    {
        window_->resize(1600, 1000);  // the wide layout: Details and Explanation share a tab bar
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        const QStringList before = window_->visibleDocks();
        auto* details = window_->findChild<QDockWidget*>(QStringLiteral("details"));
        auto* explanation = window_->findChild<QDockWidget*>(QStringLiteral("explanation"));
        auto* paper = window_->findChild<QDockWidget*>(QStringLiteral("paper"));
        QVERIFY(paper && viewEntry(paper));  // Paper vs implementation is in the View menu
        QVERIFY(!details->isHidden() && !explanation->isHidden());
        QVERIFY(!details->visibleRegion().isEmpty());
        viewEntry(explanation)->trigger();  // behind the details' tab: raised, not hidden
        QApplication::processEvents();
        QVERIFY(!explanation->isHidden());
        QVERIFY(!explanation->visibleRegion().isEmpty());
        QVERIFY(!details->isHidden());
        viewEntry(explanation)->trigger();  // on top: hidden
        QVERIFY(explanation->isHidden());
        QVERIFY(!viewEntry(explanation)->isChecked());
        viewEntry(paper)->trigger();  // hidden: shown and on top
        QApplication::processEvents();
        QVERIFY(!paper->isHidden() && !paper->visibleRegion().isEmpty());
        window_->showDocks({QStringLiteral("training")});
        window_->resetLayout();
        QApplication::processEvents();
        QCOMPARE(sorted(window_->visibleDocks()), sorted(before));
    }

    // A tour shows the docks of its steps; when it ends the user's layout comes back, and a
    // window closed during a tour keeps the user's layout, not the tour's.
    void aTourLeavesTheUsersLayout()
    {
        window_->show();
        window_->showDocks({QStringLiteral("predictions"), QStringLiteral("statistics")});
        const QStringList mine = window_->visibleDocks();
        QVERIFY(P(window_).tours->openTour(QStringLiteral("builtin")));
        QSignalSpy shown(P(window_).tours, &TourController::stepShown);
        P(window_).tours->playStep(4);  // batch normalisation: the Training dock
        QVERIFY(shown.wait(120000));
        QVERIFY(sorted(window_->visibleDocks()) != sorted(mine));
        window_->close();  // saves the layout
        P(window_).tours->closeTour();
        window_->show();
        QCOMPARE(sorted(window_->visibleDocks()), sorted(mine));
        MainWindow again;
        again.show();
        QCOMPARE(sorted(again.visibleDocks()), sorted(mine));
    }

    // Without a size of its own the window fits the screen it opens on.
    void theFirstStartFitsTheScreen()
    {
        QSettings().remove(QStringLiteral("window/geometry"));
        MainWindow fresh;
        fresh.fitToScreen();
        const QRect available = fresh.screen()->availableGeometry();
        QVERIFY2(fresh.width() <= available.width() && fresh.height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(fresh.width()).arg(fresh.height())
                                .arg(available.width()).arg(available.height())));
    }

    // At 1366×768 the default layout keeps the diagram more than half of the window (the bottom
    // docks join the right-hand column as tabs), and no dock shown needs a horizontal scrollbar:
    // each dock of the column raised in turn, with a module's result in the Activations dock.
    // At 1600×1000 the activations are below the diagram and the top-5 fits without scrolling.
    void theDefaultLayoutFitsSmallAndLargeScreens()
    {
        for (const QSize size : {QSize(1366, 768), QSize(1600, 1000)}) {
            QSettings().remove(QStringLiteral("window"));
            MainWindow w;
            w.resize(size);
            QSignalSpy ready(&w, &MainWindow::variantShown);
            w.setVariant(QStringLiteral("googlenet"));
            QVERIFY(ready.wait(120000));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            P(w).view->selectNode(QStringLiteral("inception4a"));
            QSignalSpy shown(&w, &MainWindow::resultShown);
            QVERIFY(test::drop(w, image("chelsea.jpg")));
            QVERIFY(shown.wait(120000));
            QApplication::processEvents();
            const QString at = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
            const double share = double(P(w).view->width()) * P(w).view->height() / (double(w.width()) * w.height());
            const bool compact = size.height() < 900;
            if (compact)  // the wide layout gives the Activations dock a third of the height
                QVERIFY2(share >= 0.5, qPrintable(QStringLiteral("%1: the diagram has %2 % of the window").arg(at).arg(100 * share)));
            auto* activations = w.findChild<QDockWidget*>(QStringLiteral("activations"));
            QVERIFY2(!activations->visibleRegion().isEmpty(), qPrintable(at + QStringLiteral(": Activations not on top")));
            QCOMPARE(w.dockWidgetArea(activations), compact ? Qt::RightDockWidgetArea : Qt::BottomDockWidgetArea);
            for (const char* name : {"predictions", "activations", "details", "explanation", "statistics", "weights"}) {
                auto* dock = w.findChild<QDockWidget*>(QLatin1String(name));
                if (w.dockWidgetArea(dock) != Qt::RightDockWidgetArea && std::strcmp(name, "activations") != 0)
                    continue;  // the wide layout's bottom docks are as wide as the diagram
                dock->raise();
                QApplication::processEvents();
                for (auto* area : dock->findChildren<QAbstractScrollArea*>())
                    if (area->isVisible() && !qobject_cast<QAbstractItemView*>(area))  // tables may scroll
                        QVERIFY2(!area->horizontalScrollBar()->isVisible(),
                                 qPrintable(QStringLiteral("%1: %2 scrolls sideways").arg(at, QLatin1String(name))));
            }
            if (!compact) {  // the top-5 fits its dock
                auto* predictions = w.findChild<QDockWidget*>(QStringLiteral("predictions"));
                auto* scroll = predictions->findChild<QAbstractScrollArea*>();
                QVERIFY2(!scroll->verticalScrollBar()->isVisible(), qPrintable(at + QStringLiteral(": the top-5 scrolls")));
            }
            w.close();
        }
    }

private:
    QAction* viewEntry(QDockWidget* dock) const
    {
        for (QAction* menu : window_->menuBar()->actions())
            if (menu->menu() && menu->text() == QStringLiteral("&View"))
                for (QAction* a : menu->menu()->actions())
                    if (a->text() == dock->windowTitle())
                        return a;
        return nullptr;
    }

    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
