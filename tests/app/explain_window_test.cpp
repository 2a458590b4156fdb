// Why the network decides, in the window: a knockout's before/after in the Predictions dock
// equals `inception-cli classify --knockout --json`; Restore all gives back exactly the original
// probabilities; the sweep over 3 images gives a CSV with one row per branch per image and the
// means; Grad-CAM shows one term per branch; occlusion runs to its end; actions that cannot
// apply are disabled with the reason.
#include <QtTest>

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QProcess>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "explorer/inspect/activationspanel.h"
#include "explorer/explain/explanationpanel.h"
#include "explorer/shell/mainwindow.h"
#include "window_parts.h"
#include "explorer/inspect/predictionspanel.h"
#include "explorer/explain/sweepdialog.h"

using namespace explorer;
using explorer::test::menuAction;
using explorer::test::P;

namespace {
const QString kImages = QStringLiteral(INCEPTION_FIXTURES "/images/");

// `inception-cli COMMAND chelsea.jpg --variant googlenet --untrained --json EXTRA…`, parsed.
QJsonDocument cli(const QString& command, const QStringList& extra)
{
    QProcess p;
    p.start(QStringLiteral(INCEPTION_CLI), QStringList{command, kImages + "chelsea.jpg", QStringLiteral("--variant"),
                                                       QStringLiteral("googlenet"), QStringLiteral("--untrained"),
                                                       QStringLiteral("--json")} +
                                               extra);
    p.waitForFinished(300000);
    return QJsonDocument::fromJson(p.readAllStandardOutput());
}

QJsonObject classify(const QStringList& extra) { return cli(QStringLiteral("classify"), extra).array().at(0).toObject(); }
QJsonObject explainJson(const QStringList& extra) { return cli(QStringLiteral("explain"), extra).object(); }
}  // namespace

class ExplainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        window_ = std::make_unique<MainWindow>();
        P(window_).choices->setUseBf16(false);  // float32, as the command line runs
        QSignalSpy ready(window_.get(), &MainWindow::variantShown);
        window_->setVariant(QStringLiteral("googlenet"));
        QVERIFY(ready.wait(300000));
        P(window_).view->selectNode(QStringLiteral("inception4a"));
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        P(window_).service->classify(kImages + "chelsea.jpg");
        QVERIFY(shown.wait(120000));
        original_ = P(window_).predictions->shownProbabilities();
        classes_ = P(window_).predictions->shownClasses();
        QCOMPARE(original_.size(), 5);
    }

    void knockoutBeforeAfterEqualsTheCommandLine()
    {
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        P(window_).knockouts->knockOut(QStringLiteral("inception4a.branch2"), false);
        QVERIFY(shown.wait(120000));
        const auto after = P(window_).predictions->shownProbabilities();
        const auto before = P(window_).predictions->shownBefore();
        const auto classes = P(window_).predictions->shownClasses();
        QCOMPARE(before.size(), 5);
        const QJsonObject cli = classify({QStringLiteral("--top"), QStringLiteral("1000"), QStringLiteral("--knockout"),
                                          QStringLiteral("inception4a.branch2")});
        const QJsonObject plain = classify({QStringLiteral("--top"), QStringLiteral("1000")});
        QCOMPARE(cli.value("knockouts").toArray().size(), 1);
        auto probability = [](const QJsonObject& o, int index) {
            for (const auto& t : o.value("top").toArray())
                if (t.toObject().value("index").toInt() == index)
                    return t.toObject().value("probability").toDouble();
            return -1.0;
        };
        for (int i = 0; i < 5; ++i) {
            const double a = probability(cli, classes[i]), b = probability(plain, classes[i]);
            QVERIFY2(std::abs(after[i] - a) < 1e-6, qPrintable(QStringLiteral("after %1 vs %2").arg(after[i]).arg(a)));
            QVERIFY2(std::abs(before[i] - b) < 1e-6, qPrintable(QStringLiteral("before %1 vs %2").arg(before[i]).arg(b)));
        }
        // The CLI's own top-5 with the knockout is the dock's.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(cli.value("top").toArray().at(i).toObject().value("index").toInt(), classes[i]);
        QVERIFY(P(window_).predictions->text().contains(QStringLiteral("inception4a.branch2")));
        // The Activations dock says which branch is knocked out (its maps are dark because of it).
        const auto marks = P(window_).activations->findChildren<QLabel*>(QStringLiteral("knockedOut"));
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.front()->text(), QStringLiteral("knocked out: set to zero"));
        QVERIFY(marks.front()->parentWidget() == P(window_).activations->gridLabel(1)->parentWidget());  // branch2's
    }

    void restoreAllGivesBackTheOriginalProbabilities()
    {
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        P(window_).knockouts->restoreAll();
        QVERIFY(shown.wait(120000));
        QVERIFY(P(window_).knockouts->knockouts().empty());
        QCOMPARE(P(window_).predictions->shownClasses(), classes_);
        QCOMPARE(P(window_).predictions->shownProbabilities(), original_);  // exactly
        QVERIFY(P(window_).predictions->shownBefore().isEmpty());
    }

    void sweepOverThreeImagesGivesOneRowPerBranchPerImageAndTheMeans()
    {
        SweepDialog* dialog = P(window_).knockouts->openSweep(QStringLiteral("inception4a"));
        QVERIFY(dialog);
        QSignalSpy finished(dialog, &SweepDialog::finished);
        QVERIFY(finished.wait(120000));
        dialog->run({kImages + "astronaut_wide.jpg", kImages + "coffee_small.png"});
        QVERIFY(finished.wait(120000));
        QCOMPARE(dialog->rowCount(), 4 * 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sweep.csv"));
        QVERIFY(dialog->exportCsv(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 12 + 4);
        QVERIFY(lines[0].startsWith(QStringLiteral("image,branch,")));
        QCOMPARE(lines.filter(QStringLiteral("mean (3 images)")).size(), 4);
        QCOMPARE(lines.filter(QStringLiteral("chelsea.jpg,inception4a.branch")).size(), 4);
        dialog->close();
    }

    void theSweepStatesItsBaselineAndCanRestoreTheKnockoutsFirst()
    {
        auto* knockouts = P(window_).knockouts;
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        knockouts->knockOut(QStringLiteral("inception4a.branch2"), false);
        QVERIFY(shown.wait(120000));  // the window's own run with the knockout
        SweepDialog* dialog = knockouts->openSweep(QStringLiteral("inception4a"));
        QVERIFY(dialog);
        QVERIFY2(dialog->baselineText().contains(QStringLiteral("inception4a.branch2")) &&
                     dialog->baselineText().contains(QStringLiteral("knocked out")),
                 qPrintable(dialog->baselineText()));
        QSignalSpy finished(dialog, &SweepDialog::finished);
        QVERIFY(finished.wait(120000));
        // branch2 is knocked out in the baseline as well: its drop is 0 by construction.
        auto dropOf = [&](const QString& branch) {
            for (const QString& line : dialog->csv().split(QLatin1Char('\n')))
                if (line.startsWith(QStringLiteral("chelsea.jpg,") + branch + QLatin1Char(',')))
                    return line.section(QLatin1Char(','), 5, 5).toDouble();
            return -1.0;
        };
        QCOMPARE(dropOf(QStringLiteral("inception4a.branch2")), 0.0);
        shown.clear();
        dialog->restoreKnockouts();
        QVERIFY(knockouts->knockouts().empty());  // restored in the window too
        QVERIFY2(dialog->baselineText().contains(QStringLiteral("whole network")), qPrintable(dialog->baselineText()));
        QVERIFY(finished.wait(120000));
        QCOMPARE(dialog->rowCount(), 4);  // the earlier rows (other baseline) are gone, the image swept again
        QVERIFY(dropOf(QStringLiteral("inception4a.branch2")) != 0.0);
        QVERIFY(shown.count() > 0 || shown.wait(120000));  // the window ran the image again, whole
        QCOMPARE(P(window_).predictions->shownClasses(), classes_);
        dialog->close();
    }

    void gradCamShowsOneTermPerBranch()
    {
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        P(window_).explanation->panel()->setGradCamOn(true);
        // At once, before the first Grad-CAM's seconds: a busy state, not "No explanation yet."
        QVERIFY(P(window_).explanation->panel()->computing());
        QVERIFY(shown.wait(120000));
        QVERIFY(!P(window_).explanation->panel()->computing());
        QCOMPARE(P(window_).activations->termCount(), 4);
        QVERIFY(P(window_).explanation->panel()->text().contains(QStringLiteral("inception4a")));
        QVERIFY(P(window_).explanation->panel()->text().contains(QStringLiteral("Random weights")));
        QVERIFY(!P(window_).explanation->panel()->shownPicture().isNull());
    }

    void occlusionRunsToItsEnd()
    {
        QSignalSpy done(P(window_).explanation, &ExplanationController::occlusionFinished);
        P(window_).explanation->runOcclusion();
        QVERIFY(done.wait(300000));
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY2(P(window_).explanation->panel()->text().contains(QStringLiteral("Occlusion")),
                 qPrintable(P(window_).explanation->panel()->text()));
    }

    void attributionsRunAndCancel()
    {
        auto* panel = P(window_).explanation->panel();
        QSignalSpy done(P(window_).explanation, &ExplanationController::occlusionFinished);
        panel->setMethod(QStringLiteral("integrated-gradients"));
        QCOMPARE(panel->method(), QStringLiteral("integrated-gradients"));
        P(window_).explanation->runExplanation();
        QVERIFY(done.wait(300000));
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY2(panel->text().contains(QStringLiteral("Integrated Gradients")) &&
                     panel->text().contains(QStringLiteral("Completeness")) &&
                     panel->text().contains(QStringLiteral("33 gradient")),
                 qPrintable(panel->text()));
        QVERIFY(!panel->shownPicture().isNull());
        conductanceAtTheSelectedModule();
        panel->setMethod(QStringLiteral("guided-backprop"));
        P(window_).explanation->runExplanation();
        QVERIFY(done.wait(300000));
        QVERIFY2(panel->text().contains(QStringLiteral("Adebayo")), qPrintable(panel->text()));
        // Cancel: the map shown stays, the dock says the run was cancelled.
        const QImage before = panel->shownPicture();
        panel->setMethod(QStringLiteral("smoothgrad"));
        P(window_).explanation->runExplanation();
        P(window_).explanation->cancelOcclusion();
        QVERIFY(done.wait(300000));
        QCOMPARE(done.last().at(0).toBool(), true);
        QVERIFY2(panel->text().contains(QStringLiteral("cancelled")), qPrintable(panel->text()));
        QCOMPARE(panel->shownPicture(), before);
        panel->setMethod(QStringLiteral("occlusion"));
    }

    void lookForRunsAndCancels()
    {
        QSignalSpy done(P(window_).channels, &ChannelController::lookForFinished);
        P(window_).channels->runLookFor(QStringLiteral("inception4a.branch2"), 3, 24);
        QVERIFY(done.wait(300000));
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QCOMPARE(P(window_).look()->lookForPicture().size(), QSize(128, 128));
        QTemporaryDir dir;
        // Export writes the sheet (the picture, 256 px, under its caption; no channel enlarged here).
        QVERIFY(P(window_).look()->exportLookFor(dir.filePath(QStringLiteral("c.png"))));
        const QImage sheet = P(window_).look()->lookForSheet();
        QCOMPARE(sheet.width(), 12 + 256 + 12);
        QCOMPARE(QImage(dir.filePath(QStringLiteral("c.png"))), sheet.convertToFormat(QImage::Format_RGB32));
        // Cancel: the run stops within a step and says so.
        P(window_).channels->runLookFor(QStringLiteral("inception4a.branch2"), 3, 100000);
        P(window_).channels->cancelLookFor();
        QVERIFY(done.wait(120000));
        QCOMPARE(done.at(1).at(0).toBool(), true);
    }

    void receptiveFieldOfACell()
    {
        // The field of a cell of inception4a.branch1 (a 1x1 convolution on the 14x14 grid): square,
        // wider than the grid's step, inside the picture.
        P(window_).activations->showChannel(0, 0);
        const QRect r = P(window_).activations->fieldRect(0, 7, 7);
        QVERIFY(!r.isNull());
        QVERIFY(r.width() > 16 && r.width() < 224);
        QCOMPARE(r.width(), r.height());
    }

    void actionsThatCannotApplyAreDisabledWithTheReason()
    {
        auto menu = P(window_).menu->menuFor(QStringLiteral("fc"));
        QVERIFY(menu);
        auto* here = menuAction(menu.get(), QStringLiteral("Grad-CAM here"));
        QVERIFY(here && !here->isEnabled());
        QVERIFY2(here->toolTip().contains(QStringLiteral("no spatial map")), qPrintable(here->toolTip()));
        auto* sweep = menuAction(menu.get(), QStringLiteral("Sweep its branches…"));
        QVERIFY(sweep && !sweep->isEnabled());
        QVERIFY(sweep->toolTip().contains(QStringLiteral("no branches")));
        auto module = P(window_).menu->menuFor(QStringLiteral("inception4a"));
        QVERIFY(menuAction(module.get(), QStringLiteral("Sweep its branches…"))->isEnabled());
        QVERIFY(menuAction(module.get(), QStringLiteral("Grad-CAM here"))->isEnabled());
        QVERIFY(!menuAction(module.get(), QStringLiteral("Restore"))->isEnabled());
    }

    // The sanity check: refused with the reason on random weights; on the bundled model the curves,
    // the verdict and the shuffled-label twin, then the same check from the cache; Cancel keeps nothing.
    void sanityCheck()
    {
        auto* panel = P(window_).explanation->panel();
        QSignalSpy done(P(window_).explanation, &ExplanationController::sanityFinished);
        panel->setMethod(QStringLiteral("gradient"));
        P(window_).explanation->runSanity();
        QVERIFY(done.count() == 1 || done.wait(120000));
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QVERIFY2(panel->text().contains(QStringLiteral("trained weights")), qPrintable(panel->text()));
        QVERIFY(!panel->sanityShown());

        QSignalSpy ready(window_.get(), &MainWindow::variantShown);
        window_->setVariant(QStringLiteral("mini_inception"));
        QVERIFY(ready.wait(300000));
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        P(window_).service->classify(kImages + "chelsea.jpg");
        QVERIFY(shown.wait(120000));
        panel->setMethod(QStringLiteral("gradient"));
        P(window_).explanation->runSanity();
        QVERIFY(done.wait(300000));
        QCOMPARE(done.at(1).at(0).toBool(), false);
        QVERIFY2(panel->text().contains(QStringLiteral("Verdict")) &&
                     panel->text().contains(QStringLiteral("shuffled labels")),
                 qPrintable(panel->text()));
        QVERIFY(panel->sanityShown());
        P(window_).explanation->runSanity();
        QVERIFY(done.wait(300000));
        QVERIFY2(panel->text().contains(QStringLiteral("From the cache")), qPrintable(panel->text()));

        panel->setMethod(QStringLiteral("integrated-gradients"));
        P(window_).explanation->runSanity();
        P(window_).explanation->cancelOcclusion();
        QVERIFY(done.wait(300000));
        QCOMPARE(done.at(3).at(0).toBool(), true);
        QVERIFY2(panel->text().contains(QStringLiteral("cancelled")), qPrintable(panel->text()));

        // The deletion curve of the chosen map on 20 test images, against a random order; none for
        // occlusion (it ranks by a gradient map).
        QSignalSpy curved(P(window_).explanation, &ExplanationController::faithfulnessFinished);
        panel->setMethod(QStringLiteral("gradient"));
        P(window_).explanation->runFaithfulness(20);
        // A new image while the curve runs makes a map possible, but Compute map waits for the curve
        // (a click would replace the running check and leave it unreported).
        panel->setOcclusionAvailable(true, QString());
        QVERIFY(!panel->mapAllowed());
        QVERIFY(curved.wait(300000));
        QCOMPARE(curved.at(0).at(0).toBool(), false);
        QVERIFY(panel->mapAllowed());
        QVERIFY(panel->faithfulnessShown());
        QVERIFY2(panel->text().contains(QStringLiteral("on 20 Fashion-MNIST test images")), qPrintable(panel->text()));
        panel->setMethod(QStringLiteral("occlusion"));
        P(window_).explanation->runFaithfulness(20);
        QVERIFY(curved.count() == 2 || curved.wait(120000));
        QCOMPARE(curved.at(1).at(0).toBool(), true);
        QVERIFY2(panel->text().contains(QStringLiteral("ranks pixels by a gradient map")), qPrintable(panel->text()));
    }

private:
    // Integrated Gradients split at the selected module (inception4a): the Activations dock shows one
    // conductance bar per branch, the terms add up to the module's total, and they equal the command
    // line's `explain --conductance-at` on the same network, image, class and steps. A knockout
    // clears them (they no longer hold).
    void conductanceAtTheSelectedModule()
    {
        auto* activations = P(window_).activations;
        QCOMPARE(activations->conductanceCount(), 4);
        const ConductanceView c = activations->conductance();
        QCOMPARE(c.node, QStringLiteral("inception4a"));
        QCOMPARE(c.terms.size(), 4);
        double sum = 0;
        for (const auto& t : c.terms)
            sum += t.value;
        QVERIFY2(std::abs(sum - c.total) <= 1e-9 * std::abs(c.total), qPrintable(QString::number(sum - c.total)));
        QVERIFY(P(window_).knockouts->knockouts().empty());
        const QJsonObject cli = explainJson({QStringLiteral("--class"), QString::number(c.classIndex),
                                             QStringLiteral("--method"), QStringLiteral("integrated-gradients"),
                                             QStringLiteral("--steps"), QString::number(c.steps),
                                             QStringLiteral("--conductance-at"), QStringLiteral("inception4a")});
        const QJsonArray terms = cli[QStringLiteral("conductance_terms")].toArray();
        QCOMPARE(terms.size(), 4);
        double largest = 0;
        for (const auto& t : c.terms)
            largest = std::max(largest, std::abs(t.value));
        for (int i = 0; i < 4; ++i) {
            const QJsonObject t = terms[i].toObject();
            QCOMPARE(t[QStringLiteral("id")].toString(), c.terms[i].id);
            const double got = t[QStringLiteral("conductance")].toDouble();
            QVERIFY2(std::abs(got - c.terms[i].value) <= 1e-3 * largest,
                     qPrintable(QStringLiteral("%1: window %2, command line %3").arg(c.terms[i].id).arg(c.terms[i].value).arg(got)));
        }
        QVERIFY(std::abs(cli[QStringLiteral("sum")].toDouble() - c.inputTotal) <= 1e-3 * std::abs(c.inputTotal) + 1e-6);
        // A knockout changes what flows through the module: the bars go at once, and a map that was
        // running under the old knockouts does not bring them back when it ends.
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        QSignalSpy done(P(window_).explanation, &ExplanationController::occlusionFinished);
        QSignalSpy computed(P(window_).explanation, &ExplanationController::conductanceComputed);
        P(window_).explanation->runExplanation();
        P(window_).knockouts->setKnockouts({{"inception4a.branch2", false}});
        QCOMPARE(activations->conductanceCount(), 0);
        QVERIFY(done.wait(300000));
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QCOMPARE(computed.count(), 0);
        QVERIFY(shown.count() > 0 || shown.wait(120000));
        QCOMPARE(activations->conductanceCount(), 0);
        P(window_).knockouts->restoreAll();
        QVERIFY(shown.wait(120000));
    }

    std::unique_ptr<MainWindow> window_;
    QVector<float> original_;
    QVector<int> classes_;
};

QTEST_MAIN(ExplainWindowTest)
#include "explain_window_test.moc"
