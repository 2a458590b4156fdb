// Hostile files (tests/cli/make_hostile.py) dropped on the window and loaded as weights: each gives
// a message (or, for a bit flip that leaves a picture decodable, a classification), nothing
// crashes, and afterwards the window classifies the reference photograph exactly as before.
#include <QtTest>

#include <QDir>
#include <QMimeData>
#include <QSignalSpy>

#include "mainwindow.h"
#include "predictionspanel.h"

using namespace explorer;

namespace {

QString fixture(const QString& rel) { return QStringLiteral(INCEPTION_FIXTURES "/") + rel; }

void drop(MainWindow& w, const QString& path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QDropEvent dropEvent(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &dropEvent);
}

// The class lines of the Predictions dock (its last line, the forward's time, varies).
QString classLines(MainWindow& w)
{
    QStringList lines = w.predictions()->text().split(QLatin1Char('\n'));
    lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

QStringList files(const QString& kind)
{
    QDir dir(fixture(QStringLiteral("hostile/") + kind));
    QStringList out;
    for (const QString& f : dir.entryList(QDir::Files, QDir::Name))
        if (!f.startsWith(QStringLiteral("valid")))
            out << dir.filePath(f);
    return out;
}

}  // namespace

class HostileWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        window_ = std::make_unique<MainWindow>();
        window_->resize(1200, 800);
        QSignalSpy ready(window_.get(), &MainWindow::variantShown);
        window_->setVariant(QStringLiteral("googlenet"));
        QVERIFY(ready.wait(120000));
        reference_ = classify();
        QVERIFY2(reference_.split(QLatin1Char('\n')).size() >= 5, qPrintable(reference_));  // the top-5
    }
    void cleanupTestCase() { window_.reset(); }

    void droppedHostileImages()
    {
        const QStringList list = files(QStringLiteral("images"));
        QVERIFY(list.size() > 20);
        int messages = 0;
        for (const QString& path : list) {
            QSignalSpy error(window_.get(), &MainWindow::errorShown);
            QSignalSpy shown(window_.get(), &MainWindow::resultShown);
            drop(*window_, path);
            QVERIFY2(QTest::qWaitFor([&] { return error.count() + shown.count() > 0; }, 120000), qPrintable(path));
            const QString name = QFileInfo(path).fileName();
            if (error.count()) {
                ++messages;
                QVERIFY2(!error.first().at(0).toString().isEmpty(), qPrintable(name));
            } else {  // decoded: only a flipped bit or a file cut after its last pixel may be
                QVERIFY2(name.contains(QStringLiteral("bitflip")) || name.contains(QStringLiteral("cut_last_byte")),
                         qPrintable(name + QStringLiteral(" was classified")));
            }
        }
        QVERIFY(messages > 20);
        QCOMPARE(classify(), reference_);
    }

    void hostileWeightFilesKeepTheNetwork()
    {
        QStringList list = files(QStringLiteral("weights"));
        QVERIFY(list.size() > 20);
        for (const QString& path : list) {
            QSignalSpy error(window_.get(), &MainWindow::errorShown);
            window_->loadWeightsFile(QStringLiteral("googlenet"), path);
            QVERIFY2(error.wait(120000), qPrintable(path));
            QVERIFY(!error.first().at(0).toString().isEmpty());
        }
        QCOMPARE(classify(), reference_);
    }

private:
    QString classify()
    {
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        window_->classifyFile(fixture(QStringLiteral("images/chelsea.jpg")));
        if (!shown.wait(120000))
            return QStringLiteral("(no result)");
        return classLines(*window_);
    }

    std::unique_ptr<MainWindow> window_;
    QString reference_;
};

QTEST_MAIN(HostileWindowTest)
#include "hostile_window_test.moc"
