// The window on the engine: a variant's diagram appears at once while its network opens on the
// worker thread, and the precision chooser offers only what this machine runs well (run twice by
// ctest: on this CPU, and with oneDNN limited to AVX2, where bfloat16 must be greyed out).
#include <QtTest>

#include <QComboBox>
#include <QSignalSpy>
#include <QStandardItemModel>

#include "diagramscene.h"
#include "inferenceworker.h"
#include "mainwindow.h"
#include "models/registry.h"

using namespace explorer;

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
        window_->setVariant(QStringLiteral("inception_resnet_v2"));
        // Synchronously: the tree needs no weights. The network (random weights, calibrated) is
        // still opening on the worker thread.
        QCOMPARE(diagram.count(), 1);
        QCOMPARE(ready.count(), 0);
        QVERIFY(window_->scene()->network());
        QCOMPARE(QString::fromStdString(window_->scene()->network()->variant), QStringLiteral("inception_resnet_v2"));
        QVERIFY(ready.wait(300000));
        QCOMPARE(ready.at(0).at(0).toString(), QStringLiteral("inception_resnet_v2"));
        QCOMPARE(QString::fromStdString(window_->scene()->network()->variant), QStringLiteral("inception_resnet_v2"));
    }

    void precisionChooserOffersBfloat16OnlyWhereItRunsWell()
    {
        auto* box = window_->precisionChooser();
        QVERIFY(box);
        QCOMPARE(box->count(), 2);
        auto* model = qobject_cast<QStandardItemModel*>(box->model());
        QString why;
        const bool available = InferenceWorker::bf16Available(&why);
        QCOMPARE(model->item(1)->isEnabled(), available);
        if (qEnvironmentVariable("ONEDNN_MAX_CPU_ISA") == QStringLiteral("AVX2")) {
            QVERIFY(!available);  // the emulated CPU has no bfloat16 at all
            QVERIFY2(model->item(1)->toolTip().contains(QStringLiteral("neither AMX-BF16 nor AVX512-BF16")),
                     qPrintable(model->item(1)->toolTip()));
            QSignalSpy error(window_.get(), &MainWindow::errorShown);
            window_->setUseBf16(true);  // asked for anyway: refused with the reason, float32 stays
            QCOMPARE(error.count(), 1);
            QVERIFY(error.at(0).at(0).toString().contains(QStringLiteral("bfloat16 is not offered")));
            QCOMPARE(box->currentIndex(), 0);
            QVERIFY(!window_->worker()->runSettings().bf16);
        } else if (available) {
            window_->setUseBf16(true);
            QVERIFY(window_->worker()->runSettings().bf16);
            window_->setUseBf16(false);
            QVERIFY(!window_->worker()->runSettings().bf16);
        } else {
            QVERIFY(!model->item(1)->toolTip().isEmpty());
        }
    }

private:
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(EngineWindowTest)
#include "engine_window_test.moc"
