// The window on the engine: a variant's diagram appears at once while its network opens on the
// worker thread, and the precision chooser offers only what this machine runs well (run twice by
// ctest: on this CPU, and with oneDNN limited to AVX2, where bfloat16 must be greyed out).
#include <QtTest>
#include <QProgressBar>

#include <QComboBox>
#include <QSignalSpy>
#include <QStandardItemModel>

#include "explorer/diagram/diagramscene.h"
#include "explorer/inference/inferenceservice.h"
#include "explorer/shell/mainwindow.h"
#include "window_parts.h"
#include "models/registry.h"

using namespace explorer;
using explorer::test::P;

class EngineWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        window_ = std::make_unique<MainWindow>();
        QSignalSpy ready(window_.get(), &MainWindow::variantShown);
        window_->setVariant(QStringLiteral("mini_inception"));
        QVERIFY(ready.wait(120000));
    }

    void switchingVariantDrawsTheDiagramBeforeTheNetworkOpens()
    {
        QSignalSpy diagram(window_.get(), &MainWindow::diagramShown);
        QSignalSpy ready(window_.get(), &MainWindow::variantShown);
        QSignalSpy status(P(window_).choices, &RunChoices::message);
        window_->setVariant(QStringLiteral("inception_resnet_v2"));
        // Synchronously: the tree needs no weights. The network (random weights, calibrated) is
        // still opening on the worker thread.
        QCOMPARE(diagram.count(), 1);
        QCOMPARE(ready.count(), 0);
        QVERIFY(P(window_).scene->network());
        QCOMPARE(QString::fromStdString(P(window_).scene->network()->variant), QStringLiteral("inception_resnet_v2"));
        QVERIFY(ready.wait(300000));
        QCOMPARE(ready.at(0).at(0).toString(), QStringLiteral("inception_resnet_v2"));
        // Meanwhile the status bar said what the opening did (random weights: their calibration,
        // read from the build's shipped files or computed), with the progress bar's fraction.
        QStringList said;
        for (const auto& m : status)
            said << m.at(0).toString();
        QVERIFY2(said.filter(QStringLiteral("Opening Inception-ResNet-v2: ")).filter(QStringLiteral("calibration")).size() >= 1,
                 qPrintable(said.join(QLatin1Char('\n'))));
        QVERIFY(P(window_).choices->openProgress()->isHidden());  // done: the bar is gone
        QCOMPARE(QString::fromStdString(P(window_).scene->network()->variant), QStringLiteral("inception_resnet_v2"));
    }

    void precisionChooserOffersBfloat16OnlyWhereItRunsWell()
    {
        auto* box = window_->findChild<QComboBox*>(QStringLiteral("precision"));
        QVERIFY(box);
        QCOMPARE(box->count(), 2);
        auto* model = qobject_cast<QStandardItemModel*>(box->model());
        QString why;
        const bool available = InferenceService::bf16Available(&why);
        QCOMPARE(model->item(1)->isEnabled(), available);
        if (qEnvironmentVariable("ONEDNN_MAX_CPU_ISA") == QStringLiteral("AVX2")) {
            QVERIFY(!available);  // the emulated CPU has no bfloat16 at all
            QVERIFY2(model->item(1)->toolTip().contains(QStringLiteral("neither AMX-BF16 nor AVX512-BF16")),
                     qPrintable(model->item(1)->toolTip()));
            QSignalSpy error(window_.get(), &MainWindow::errorShown);
            P(window_).choices->setUseBf16(true);  // asked for anyway: refused with the reason, float32 stays
            QCOMPARE(error.count(), 1);
            QVERIFY(error.at(0).at(0).toString().contains(QStringLiteral("bfloat16 is not offered")));
            QCOMPARE(box->currentIndex(), 0);
            QVERIFY(!P(window_).service->runSettings().bf16);
        } else if (available) {
            P(window_).choices->setUseBf16(true);
            QVERIFY(P(window_).service->runSettings().bf16);
            P(window_).choices->setUseBf16(false);
            QVERIFY(!P(window_).service->runSettings().bf16);
        } else {
            QVERIFY(!model->item(1)->toolTip().isEmpty());
        }
    }

private:
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(EngineWindowTest)
#include "engine_window_test.moc"
