// Hostile files (tests/cli/make_hostile.py) dropped on the window and loaded as weights: each gives
// a message (or, for a bit flip that leaves a picture decodable, a classification), nothing
// crashes, the window's peak resident memory stays within twice the file's size plus 64 MiB above
// where it stood, and afterwards the window classifies the reference photograph exactly as before.
#include <QtTest>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

#include <cstring>

#include "drop.h"
#include "explorer/shell/mainwindow.h"
#include "window_parts.h"
#include "explorer/inspect/predictionspanel.h"

using namespace explorer;
using explorer::test::P;

namespace {

QString fixture(const QString& rel) { return QStringLiteral(INCEPTION_FIXTURES "/") + rel; }

// The class lines of the Predictions dock (its last line, the forward's time, varies).
QString classLines(MainWindow& w)
{
    QStringList lines = P(w).predictions->text().split(QLatin1Char('\n'));
    lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

// Resident memory from /proc (kB fields), in bytes: VmRSS now, VmHWM the peak since the last reset.
qint64 procStatus(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(std::strlen(field))).trimmed().split(' ').first().toLongLong() * 1024;
    return -1;
}

// Resets the peak (VmHWM) to the current resident size (Linux: clear_refs 5).
bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// Runs `work`; the peak resident memory above the level before it stays within twice the file's
// size plus 64 MiB.
template <class F>
bool withinMemory(const QString& path, F&& work, QString* why)
{
    const qint64 before = procStatus("VmRSS:");
    if (!resetPeak() || before < 0)
        return true;  // no /proc here: nothing to measure
    work();
    const qint64 above = procStatus("VmHWM:") - before;
    const qint64 limit = 2 * QFileInfo(path).size() + (qint64(64) << 20);
    *why = QStringLiteral("%1: %2 MiB above the start, limit %3 MiB")
               .arg(QFileInfo(path).fileName())
               .arg(double(above) / (1 << 20), 0, 'f', 1)
               .arg(double(limit) / (1 << 20), 0, 'f', 1);
    return above <= limit;
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
            QString why;
            bool accepted = false;
            const bool within = withinMemory(path, [&] {
                accepted = test::drop(*window_, path);
                (void)QTest::qWaitFor([&] { return error.count() + shown.count() > 0; }, 120000);
            }, &why);
            QVERIFY2(accepted, qPrintable(path));
            QVERIFY2(error.count() + shown.count() > 0, qPrintable(path));
            QVERIFY2(within, qPrintable(why));
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
            QString why;
            const bool within = withinMemory(path, [&] {
                P(window_).choices->loadWeightsFile(QStringLiteral("googlenet"), path);
                error.wait(120000);
            }, &why);
            QVERIFY2(error.count() > 0, qPrintable(path));
            QVERIFY2(within, qPrintable(why));
            QVERIFY(!error.first().at(0).toString().isEmpty());
        }
        QCOMPARE(classify(), reference_);
    }

private:
    QString classify()
    {
        QSignalSpy shown(window_.get(), &MainWindow::resultShown);
        P(window_).service->classify(fixture(QStringLiteral("images/chelsea.jpg")));
        if (!shown.wait(120000))
            return QStringLiteral("(no result)");
        return classLines(*window_);
    }

    std::unique_ptr<MainWindow> window_;
    QString reference_;
};

QTEST_MAIN(HostileWindowTest)
#include "hostile_window_test.moc"
