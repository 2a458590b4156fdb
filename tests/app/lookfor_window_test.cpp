// What a channel has learned, in the window: a folder indexed from the Activations dock
// (unreadable files counted, the index resumed on a second run), the channel's dataset examples
// beside its feature visualisation equal to `explain::topImages`, the exported sheet, the disk
// cache (a second look is read back, not computed), and DeepDream from the diagram's menu: a
// picture and each octave's activations, the second run from the cache, and nodes without a
// spatial map or a window without an image refused with the reason.
// LibTorch first: Qt's `slots` keyword macro must not reach its headers.
#include <torch/torch.h>

#include <QtTest>

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "explorer/inspect/activationspanel.h"
#include "data/datasets.h"
#include "explorer/channels/dreamdialog.h"
#include "engine/model.h"
#include "explorer/inference/inferenceservice.h"
#include "explorer/shell/mainwindow.h"
#include "window_parts.h"
#include "explain/dataset_index.h"
#include "vision/decode.h"

#include <opencv2/core.hpp>

using namespace explorer;
using explorer::test::menuAction;
using explorer::test::P;
using namespace inception;

class LookForWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(cache_.isValid() && folder_.isValid());
        qputenv("INCEPTION_CACHE_DIR", cache_.path().toUtf8());  // a fresh cache: the first look computes
        // 24 Fashion-MNIST test images as PNG files, and one file that is no image.
        const auto test = data::fashionMnist(data::defaultFashionMnistDir(), "test").head(24);
        for (int64_t i = 0; i < test.size(); ++i) {
            const auto grey = test.images[i][0].contiguous();
            cv::Mat g(28, 28, CV_8UC1, grey.data_ptr<uint8_t>());
            cv::Mat rgb;
            cv::merge(std::vector<cv::Mat>{g, g, g}, rgb);
            vision::writeImageFile(folder_.filePath(QStringLiteral("fashion%1.png").arg(i, 2, 10, QLatin1Char('0'))).toStdString(), rgb);
        }
        QFile broken(folder_.filePath(QStringLiteral("broken.png")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not a picture");
        broken.close();

        window_ = std::make_unique<MainWindow>();
        P(window_).choices->setUseBf16(false);
        QSignalSpy ready(window_.get(), &MainWindow::variantShown);
        window_->setVariant(QStringLiteral("mini_inception"));
        QVERIFY(ready.wait(300000));
    }

    void dreamNeedsAnImage()
    {
        QVERIFY(P(window_).channels->openDream(QStringLiteral("inception2a")) == nullptr);
        auto menu = P(window_).menu->menuFor(QStringLiteral("inception2a"));
        QAction* dream = menuAction(menu.get(), QStringLiteral("DeepDream here…"));
        QVERIFY(dream && !dream->isEnabled());
        QCOMPARE(dream->toolTip(), QStringLiteral("Drop an image first."));
    }

    void indexFromTheWindow()
    {
        P(window_).view->selectNode(QStringLiteral("inception2a"));
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        P(window_).service->classify(folder_.filePath(QStringLiteral("fashion00.png")));
        QVERIFY(shown.wait(120000));
        QSignalSpy indexed(P(window_).channels, &ChannelController::indexFinished);
        P(window_).channels->indexExamples(folder_.path());
        QVERIFY(indexed.wait(300000));
        QCOMPARE(indexed.at(0).at(0).toBool(), true);
        const QString caption = P(window_).look()->examplesCaption();
        QVERIFY2(caption.contains(QStringLiteral("24 image")), qPrintable(caption));
        QVERIFY2(caption.contains(QStringLiteral("1 could not be read")) && caption.contains(QStringLiteral("broken.png")), qPrintable(caption));
        QCOMPARE(P(window_).channels->examplesFolder(), folder_.path());
        // Again over the unchanged folder: nothing decoded, all 24 kept.
        P(window_).channels->indexExamples(folder_.path());
        QVERIFY(indexed.wait(300000));
        const QString again = P(window_).look()->examplesCaption();
        QVERIFY2(again.contains(QStringLiteral("24 already indexed")), qPrintable(again));
    }

    void examplesBesideThePicture()
    {
        P(window_).activations->showChannel(1, 4);  // branch 3x3, channel 5
        const QString node = P(window_).activations->branchId(1);
        QSignalSpy looked(P(window_).channels, &ChannelController::lookForFinished);
        QSignalSpy examples(P(window_).channels, &ChannelController::examplesShown);
        P(window_).channels->runLookFor(node, 4, 32);
        QVERIFY(looked.wait(120000));
        QVERIFY(examples.count() > 0 || examples.wait(60000));
        QCOMPARE(looked.at(0).at(0).toBool(), false);
        // The grid: the 9 top images three to a row, then the 3 near-zero ones, as the index says.
        const auto model = P(window_).service->currentModel();
        const auto ex = inception::explain::topImages(model, inception::explain::indexPathFor(folder_.path().toStdString(), *model),
                                          node.toStdString(), 4);
        QCOMPARE(int(ex.top.size()), 9);
        QCOMPARE(int(ex.nearZero.size()), 3);
        const QImage grid = P(window_).look()->examplesPicture();
        QCOMPARE(grid.size(), QSize(4 + 3 * 68, 4 + 4 * 82 + 8));
        // The first cell is the top example's crop: its brightest pixel is the crop's.
        const auto crop = inception::explain::exampleCrop(*model, folder_.path().toStdString(), ex.top[0]);
        QVERIFY(crop.max().item<float>() > 0.5f);
        QVERIFY(!P(window_).look()->lookForPicture().isNull());
        // The sheet: map over the image, picture, examples.
        const QImage sheet = P(window_).look()->lookForSheet();
        QCOMPARE(sheet.width(), 12 + 3 * (256 + 12));
        QTemporaryDir out;
        QVERIFY(P(window_).look()->exportLookFor(out.filePath(QStringLiteral("sheet.png"))));
        QCOMPARE(QImage(out.filePath(QStringLiteral("sheet.png"))), sheet.convertToFormat(QImage::Format_RGB32));
        first_ = P(window_).look()->lookForPicture();
    }

    void secondLookComesFromTheCache()
    {
        const QString node = P(window_).activations->branchId(1);
        QSignalSpy looked(P(window_).channels, &ChannelController::lookForFinished);
        P(window_).channels->runLookFor(node, 4, 32);
        QVERIFY(looked.wait(120000));
        QVERIFY2(P(window_).activations->findChildren<QLabel*>().size() > 0, "no labels");
        bool said = false;
        for (auto* l : P(window_).activations->findChildren<QLabel*>())
            said = said || l->text().contains(QStringLiteral("From the cache"));
        QVERIFY(said);
        QCOMPARE(P(window_).look()->lookForPicture(), first_);
    }

    void diversePicturesComeInARow()
    {
        const QString node = P(window_).activations->branchId(1);
        QSignalSpy looked(P(window_).channels, &ChannelController::lookForFinished);
        P(window_).channels->runLookFor(node, 4, 16, 3);
        QVERIFY(looked.wait(120000));
        const QImage row = P(window_).look()->lookForPicture();
        QCOMPARE(row.height(), 28);
        QCOMPARE(row.width(), 3 * 28);
        // Three different pictures.
        QVERIFY(row.copy(0, 0, 28, 28) != row.copy(28, 0, 28, 28));
        QVERIFY(row.copy(28, 0, 28, 28) != row.copy(56, 0, 28, 28));
        QCOMPARE(P(window_).look()->lookForSheet().width(), 12 + (256 + 12) + (3 * 256 + 12) + (256 + 12));
    }

    void anotherChannelClearsTheOldPicture()
    {
        P(window_).activations->showChannel(1, 5);
        QVERIFY(P(window_).look()->lookForPicture().isNull());
        QVERIFY(P(window_).look()->examplesPicture().isNull());
    }

    void dreamFromTheMenu()
    {
        auto menu = P(window_).menu->menuFor(QStringLiteral("fc"));
        QAction* refused = menuAction(menu.get(), QStringLiteral("DeepDream here…"));
        QVERIFY(refused && !refused->isEnabled());
        QVERIFY2(refused->toolTip().contains(QStringLiteral("spatial")), qPrintable(refused->toolTip()));
        QVERIFY(P(window_).channels->openDream(QStringLiteral("fc")) == nullptr);

        auto* dialog = P(window_).channels->openDream(QStringLiteral("inception1b"));
        QVERIFY(dialog);
        dialog->setSettings(2, 8, 0.05);
        QSignalSpy done(dialog, &DreamDialog::finished);
        dialog->run();
        QVERIFY(done.wait(120000));
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QVERIFY(!dialog->result().isNull());
        QVERIFY(!dialog->fromCache());
        QVERIFY2(dialog->report().contains(QStringLiteral("Octave 2")), qPrintable(dialog->report()));
        const QImage first = dialog->result();
        dialog->run();
        QVERIFY(done.wait(120000));
        QVERIFY(dialog->fromCache());
        QCOMPARE(dialog->result(), first);
        QTemporaryDir out;
        QVERIFY(dialog->savePng(out.filePath(QStringLiteral("dream.png"))));
        QCOMPARE(QImage(out.filePath(QStringLiteral("dream.png"))).size(), first.size());
        dialog->close();
    }

    void cleanupTestCase() { window_.reset(); }

private:
    QTemporaryDir cache_, folder_;
    std::unique_ptr<MainWindow> window_;
    QImage first_;
};

QTEST_MAIN(LookForWindowTest)
#include "lookfor_window_test.moc"
