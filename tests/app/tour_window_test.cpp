// Tours in the window. The built-in tour plays every step: its nodes exist, its placeholders
// fill, the view is not blank. Recording: three steps added through the window, saved, reopened
// and played back give the same views (variant, selection, opened nodes, image, caption). A
// damaged file is refused with the reason; a step naming an unknown node says its number and
// why, and the other steps still play. The clicker's keys move through the steps.
#include <QtTest>

#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QTextDocument>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "explorer/diagram/diagramitems.h"
#include "explorer/diagram/diagramlayout.h"
#include "explorer/diagram/diagramscene.h"
#include "explorer/diagram/diagramview.h"
#include "explorer/shell/mainwindow.h"
#include "window_parts.h"
#include "explorer/lecture/handout.h"
#include "explorer/lecture/placeholders.h"
#include "explorer/lecture/presenterwindow.h"
#include "explorer/lecture/tour.h"

using namespace explorer;
using explorer::test::P;

namespace {
const QString kImages = QStringLiteral(INCEPTION_FIXTURES "/images/");

// Distinct colours in the diagram's picture: a blank or half-drawn view has a handful.
int colours(const QImage& image)
{
    QSet<QRgb> seen;
    const QImage small = image.scaled(200, 200).convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x)
            seen.insert(small.pixel(x, y));
    return int(seen.size());
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}
}  // namespace

class TourWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        window_ = std::make_unique<MainWindow>();
        window_->resize(1280, 800);
        window_->show();
        QSignalSpy ready(window_.get(), &MainWindow::variantShown);
        window_->setVariant(QStringLiteral("googlenet"));
        QVERIFY(ready.wait(300000));
    }

    void builtinTourPlaysEveryStep()
    {
        QString error;
        QVERIFY2(P(window_).tours->openTour(QStringLiteral("builtin"), &error), qPrintable(error));
        const Tour& tour = *P(window_).tours->tour();
        QVERIFY(tour.steps.size() >= 14);
        // Each of the 13 figures of the story the project started from is a step.
        QStringList figures;
        for (const auto& s : tour.steps)
            figures << s.figure;
        for (const char* f : {"googlenet", "inception-reductions", "inception-naive", "factorized-5x5", "factorized-nxn",
                              "grid-reduction", "v4", "v4-stem", "v4-inception-a", "v4-inception-b", "v4-inception-c",
                              "v4-reduction-a", "v4-reduction-b"})
            QVERIFY2(figures.contains(QString::fromLatin1(f)), f);
        QSignalSpy shown(P(window_).tours, &TourController::stepShown);
        for (int i = 0; i < tour.steps.size(); ++i) {
            const TourStep& s = tour.steps[i];
            QVERIFY2(checkStep(s, tour.folder).isEmpty(),
                     qPrintable(QStringLiteral("step %1: %2").arg(i + 1).arg(checkStep(s, tour.folder).join("; "))));
            QStringList problems;
            const QString caption = fillPlaceholders(s.caption, QLocale(), &problems);
            QVERIFY2(problems.isEmpty() && !caption.contains(QLatin1Char('{')), qPrintable(caption));
            QVERIFY2(!s.notes.isEmpty() && !s.title.isEmpty(), qPrintable(QString::number(i + 1)));
            P(window_).tours->playStep(i);
            QVERIFY2(shown.wait(300000), qPrintable(QStringLiteral("step %1 never settled").arg(i + 1)));
            QCOMPARE(shown.last().at(0).toInt(), i);
            QVERIFY2(P(window_).tours->stepProblems().isEmpty(), qPrintable(P(window_).tours->stepProblems().join("; ")));
            QCOMPARE(P(window_).tours->captionText(), caption);
            // No shape label on a frame's title band or on a block.
            for (auto* item : P(window_).scene->items()) {
                const auto* edge = qgraphicsitem_cast<EdgeItem*>(item);
                if (!edge || edge->labelRect().isEmpty())
                    continue;
                for (const auto& b : P(window_).scene->layout().boxes) {
                    const QRectF band = b.kind == BoxKind::Frame ? QRectF(b.rect.x, b.rect.y, b.rect.w, LayoutStyle().frameTitle)
                                        : b.kind == BoxKind::Node ? QRectF(b.rect.x, b.rect.y, b.rect.w, b.rect.h)
                                                                  : QRectF();
                    QVERIFY2(band.isEmpty() || !band.intersects(edge->labelRect()),
                             qPrintable(QStringLiteral("step %1: a shape label over %2").arg(i + 1).arg(QString::fromStdString(b.id))));
                }
            }
            const int n = colours(P(window_).view->grab().toImage());
            QVERIFY2(n > 40, qPrintable(QStringLiteral("step %1: only %2 colours in the view").arg(i + 1).arg(n)));
        }
    }

    void theClickersKeysMoveThroughTheSteps()
    {
        QSignalSpy shown(P(window_).tours, &TourController::stepShown);
        P(window_).tours->playStep(2);
        QVERIFY(shown.wait(300000));
        window_->activateWindow();
        QTest::keyClick(window_.get(), Qt::Key_PageDown);
        QVERIFY(shown.wait(300000));
        QCOMPARE(P(window_).tours->step(), 3);
        QTest::keyClick(window_.get(), Qt::Key_PageUp);
        QVERIFY(shown.wait(300000));
        QCOMPARE(P(window_).tours->step(), 2);
        QTest::keyClick(window_.get(), Qt::Key_Home);
        QVERIFY(shown.wait(300000));
        QCOMPARE(P(window_).tours->step(), 0);
    }

    void theHandoutPlaysTheStepsBehindAPictureOfTheWindow()
    {
        QSignalSpy shown(P(window_).tours, &TourController::stepShown);
        P(window_).tours->playStep(1);
        QVERIFY(shown.wait(300000));
        const QImage before = window_->grab().toImage();
        QTemporaryDir dir;
        HandoutOptions options;
        options.pngFolder = dir.filePath(QStringLiteral("pages"));
        options.cover = window_.get();
        int covered = 0, called = 0;
        options.progress = [&](int step, int) {
            ++called;
            auto* cover = window_->findChild<QLabel*>(QStringLiteral("handoutCover"));
            const QPoint centre = window_->rect().center();
            bool docksCovered = true;  // a step that raises a dock does not show it
            for (auto* d : window_->findChildren<QDockWidget*>())
                if (cover && d->isVisible() && !d->isFloating())
                    docksCovered = docksCovered && window_->childAt(d->geometry().center()) == cover;
            if (cover && cover->isVisible() && window_->childAt(centre) == cover && docksCovered &&
                cover->pixmap().size() == before.size())
                ++covered;
            return step < 2;  // cancelled before the third page
        };
        QString error;
        QVERIFY(!exportHandout(*P(window_).tours, options, &error));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QCOMPARE(called, 3);
        QCOMPARE(covered, 3);  // every step played behind the picture of the window as it was
        QVERIFY(!window_->findChild<QLabel*>(QStringLiteral("handoutCover")));
        QVERIFY(QFile::exists(options.pngFolder + QStringLiteral("/step-02.png")));
        QVERIFY(!QFile::exists(options.pngFolder + QStringLiteral("/step-03.png")));
        QCOMPARE(P(window_).tours->step(), 1);  // back where the lecturer was
    }

    void presenterViewFollowsTheSteps()
    {
        QString error;
        QVERIFY(P(window_).tours->openTour(QStringLiteral("builtin"), &error));
        PresenterWindow* presenter = P(window_).tours->openPresenter();
        QVERIFY(presenter && presenter->isVisible());
        QVERIFY(P(window_).tours->presenting());
        const Tour& tour = *P(window_).tours->tour();
        auto visibleDocks = [this] {
            QStringList names;
            for (auto* d : window_->findChildren<QDockWidget*>())
                if (d->isVisible())
                    names << d->objectName();
            names.sort();
            return names;
        };
        auto expectStep = [&](int i) {
            QCOMPARE(P(window_).tours->step(), i);
            QCOMPARE(presenter->counterText(), QStringLiteral("Step %1 of %2").arg(i + 1).arg(tour.steps.size()));
            QTextDocument notes;
            notes.setHtml(fillPlaceholders(tour.steps[i].notes, QLocale()));
            QCOMPARE(presenter->notesText(), notes.toPlainText());
            QTextDocument next;
            next.setHtml(fillPlaceholders(tour.steps[i + 1].caption, QLocale()));
            QVERIFY2(presenter->nextCaptionText().contains(next.toPlainText()), qPrintable(presenter->nextCaptionText()));
            QVERIFY(presenter->nextCaptionText().startsWith(tour.steps[i + 1].title));
            // The audience window: the diagram and only the docks the step asks for.
            QCOMPARE(visibleDocks(), sorted(tour.steps[i].docks));
            QVERIFY(!window_->menuBar()->isVisible());
        };
        QSignalSpy shown(P(window_).tours, &TourController::stepShown);
        P(window_).tours->playStep(3);
        QVERIFY(shown.wait(300000));
        expectStep(3);
        P(window_).tours->nextStep();  // forward
        QVERIFY(shown.wait(300000));
        expectStep(4);
        P(window_).tours->previousStep();  // and back
        QVERIFY(shown.wait(300000));
        expectStep(3);
        P(window_).tours->previousStep();
        QVERIFY(shown.wait(300000));
        expectStep(2);
        QVERIFY(presenter->clockText().size() >= 4);
        QVERIFY(presenter->elapsedText().startsWith(QStringLiteral("0:00:")));
        P(window_).tours->closePresenter();
        QVERIFY(!P(window_).tours->presenting());
        QVERIFY(window_->menuBar()->isVisible());
    }

    void recordingRoundTrip()
    {
        P(window_).tours->closeTour();
        P(window_).tours->newTour();
        struct View {
            QString variant, select, image, caption;
            QStringList expand;
        };
        const QList<View> views = {
            {QStringLiteral("googlenet"), QStringLiteral("inception4a"), kImages + "chelsea.jpg",
             QStringLiteral("inception4a: {params:googlenet/inception4a} parameters"), {QStringLiteral("inception4a")}},
            {QStringLiteral("inception_v3"), QStringLiteral("Mixed_6b"), QString(),
             QStringLiteral("Mixed_6b: {macs:inception_v3/Mixed_6b}"), {QStringLiteral("Mixed_6b"), QStringLiteral("Mixed_6b.branch7x7")}},
            {QStringLiteral("googlenet"), QStringLiteral("inception3a.branch2"), kImages + "coffee_small.png",
             QStringLiteral("<b>3a</b>, branch 2"), {QStringLiteral("inception3a"), QStringLiteral("inception3a.branch2")}},
        };
        for (const auto& v : views) {
            QSignalSpy ready(window_.get(), &MainWindow::variantShown);
            window_->setVariant(v.variant);
            QVERIFY(ready.wait(300000));
            P(window_).scene->expandNodes(v.expand);
            P(window_).view->selectNode(v.select);
            if (!v.image.isEmpty()) {
                QSignalSpy result(window_.get(), &MainWindow::resultShown);
                P(window_).service->classify(v.image);
                QVERIFY(result.wait(120000));
            }
            const int at = P(window_).tours->addCurrentViewAsStep();
            P(window_).tours->setStepText(at, v.select, v.caption, QStringLiteral("notes for ") + v.select);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lecture.json"));
        QString error;
        QVERIFY2(P(window_).tours->saveTour(path, &error), qPrintable(error));
        const QList<TourStep> recorded = P(window_).tours->tour()->steps;

        QList<TourProblem> problems;
        const Tour read = readTour(path, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(read.steps.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(read.steps[i], recorded[i]);
            QCOMPARE(resolvePath(read.folder, read.steps[i].image), i == 1 ? kImages + "chelsea.jpg" : views[i].image);
        }
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray json = saved.readAll();
        QVERIFY(json.contains("\"version\": 1") && json.contains("inception-explorer-tour"));
        for (const auto& step : QJsonDocument::fromJson(json).object().value(QStringLiteral("steps")).toArray())
            QVERIFY(QFileInfo(step.toObject().value(QStringLiteral("image")).toString()).isRelative());  // not absolute

        // Reopen and play: the same views.
        QVERIFY(P(window_).tours->openTour(path, &error));
        QSignalSpy shown(P(window_).tours, &TourController::stepShown);
        for (int i = 0; i < 3; ++i) {
            P(window_).tours->playStep(i);
            QVERIFY(shown.wait(300000));
            QCOMPARE(P(window_).tours->currentView().variant, views[i].variant);
            QCOMPARE(P(window_).tours->currentView().selected, views[i].select);
            QCOMPARE(sorted(P(window_).tours->currentView().expanded), sorted(recorded[i].expanded));
            QCOMPARE(P(window_).tours->currentView().image, resolvePath(read.folder, read.steps[i].image));
            QCOMPARE(P(window_).tours->captionText(), fillPlaceholders(views[i].caption, QLocale()));
            QVERIFY(P(window_).tours->stepProblems().isEmpty());
        }
    }

    void damagedFilesSayWhichStepAndWhy()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"inception-explorer-tour\", \"version\": 1, \"steps\": [");
        f.close();
        QString error;
        QVERIFY(!P(window_).tours->openTour(broken, &error));
        QVERIFY2(error.contains(QStringLiteral("not valid JSON")), qPrintable(error));

        const QString unknown = dir.filePath(QStringLiteral("unknown.json"));
        QFile g(unknown);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QStringLiteral(R"({"format": "inception-explorer-tour", "version": 1, "title": "t", "steps": [
            {"variant": "googlenet", "selected": "inception4a", "caption": "fine"},
            {"variant": "googlenet", "selected": "inception9z", "caption": "{params:googlenet/nowhere}"},
            {"variant": "googlenet", "expanded": ["inception3a"], "caption": "also fine"},
            {"variant": "mini_inception", "weights": "%1", "selected": "inception2a"},
            {"variant": "mini_inception", "weights": "missing.safetensors"}]})")
                    .arg(QStringLiteral(INCEPTION_BUNDLED))
                    .toUtf8());
        g.close();
        QVERIFY2(P(window_).tours->openTour(unknown, &error), qPrintable(error));
        QSignalSpy shown(P(window_).tours, &TourController::stepShown);
        P(window_).tours->playStep(1);
        QVERIFY(shown.wait(300000));
        const QString problems = P(window_).tours->stepProblems().join(QStringLiteral("; "));
        QVERIFY2(problems.contains(QStringLiteral("no node 'inception9z'")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("no node 'nowhere'")), qPrintable(problems));
        // The others still play.
        P(window_).tours->playStep(2);
        QVERIFY(shown.wait(300000));
        QVERIFY(P(window_).tours->stepProblems().isEmpty());
        QVERIFY(P(window_).scene->expanded().count("inception3a"));
        P(window_).tours->playStep(0);
        QVERIFY(shown.wait(300000));
        QCOMPARE(QString::fromStdString(P(window_).scene->selectedId()), QStringLiteral("inception4a"));
        // A step with its own weights file: the network reopens from it, and recording says so.
        P(window_).tours->playStep(3);
        QVERIFY(shown.wait(300000));
        QVERIFY2(P(window_).tours->stepProblems().isEmpty(), qPrintable(P(window_).tours->stepProblems().join("; ")));
        QCOMPARE(P(window_).tours->currentView().variant, QStringLiteral("mini_inception"));
        QCOMPARE(P(window_).tours->currentView().weights, QStringLiteral(INCEPTION_BUNDLED));
        QCOMPARE(QString::fromStdString(P(window_).scene->selectedId()), QStringLiteral("inception2a"));
        P(window_).tours->playStep(4);  // a weights file that is not there: said, and the step still plays
        QVERIFY(shown.wait(300000));
        QVERIFY2(P(window_).tours->stepProblems().join(QStringLiteral("; ")).contains(QStringLiteral("missing.safetensors")),
                 qPrintable(P(window_).tours->stepProblems().join("; ")));
    }

    void cleanupTestCase() { window_.reset(); }

private:
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TourWindowTest)
#include "tour_window_test.moc"
