// The download path against an HTTP server this test runs on 127.0.0.1 (a free port).
#include <QtTest>

#include <QDir>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include "common/sha256.h"
#include "explorer/weights/downloader.h"
#include "tiny_server.h"

using namespace explorer;

namespace {

QByteArray payload()
{
    QByteArray b;
    for (int i = 0; i < 300000; ++i)
        b.append(char(i * 7 % 251));
    return b;
}

QString prefixOf(const QByteArray& b)
{
    inception::Sha256 sha;
    sha.update(b.constData(), size_t(b.size()));
    return QString::fromStdString(sha.hexDigest()).left(8);
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

}  // namespace

class DownloaderTest : public QObject {
    Q_OBJECT
private slots:
    void verifiedFileLandsInTheCache()
    {
        const QByteArray body = payload();
        TinyServer server(body);
        QTemporaryDir cache;
        const QString target = cache.filePath(QStringLiteral("hub/checkpoints/model-x.pth"));
        Downloader d;
        QSignalSpy done(&d, &Downloader::finished);
        d.start(server.url(QStringLiteral("ok")), target, prefixOf(body));
        QVERIFY(done.wait(30000));
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), body);
        QCOMPARE(filesIn(cache.filePath(QStringLiteral("hub/checkpoints"))), QStringList{QStringLiteral("model-x.pth")});
    }

    void wrongHashIsRefusedAndNothingIsLeft()
    {
        TinyServer server(payload());
        QTemporaryDir cache;
        Downloader d;
        QSignalSpy done(&d, &Downloader::finished);
        d.start(server.url(QStringLiteral("ok")), cache.filePath(QStringLiteral("model-x.pth")), QStringLiteral("deadbeef"));
        QVERIFY(done.wait(30000));
        QVERIFY(!done.at(0).at(0).toBool());
        QVERIFY(done.at(0).at(1).toString().contains(QStringLiteral("does not start with deadbeef")));
        QVERIFY(filesIn(cache.path()).isEmpty());
    }

    void cancelWhileTheServerHoldsTheTransferLeavesNothing()
    {
        TinyServer server(payload());
        QTemporaryDir cache;
        Downloader d;
        QSignalSpy done(&d, &Downloader::finished);
        d.start(server.url(QStringLiteral("hold")), cache.filePath(QStringLiteral("model-x.pth")), QString());
        QTRY_VERIFY_WITH_TIMEOUT(server.held == 1, 30000);  // the server holds the transfer open
        QVERIFY(done.isEmpty());
        QVERIFY(d.busy());
        d.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 30000);
        QVERIFY(!done.at(0).at(0).toBool());
        QVERIFY(done.at(0).at(1).toString().contains(QStringLiteral("cancelled")));
        QVERIFY(filesIn(cache.path()).isEmpty());
        QVERIFY(!d.busy());
    }

    void serverErrorLeavesNothing()
    {
        TinyServer server(payload());
        QTemporaryDir cache;
        Downloader d;
        QSignalSpy done(&d, &Downloader::finished);
        d.start(server.url(QStringLiteral("missing")), cache.filePath(QStringLiteral("model-x.pth")), QString());
        QVERIFY(done.wait(30000));
        QVERIFY(!done.at(0).at(0).toBool());
        QVERIFY(filesIn(cache.path()).isEmpty());
    }
};

QTEST_MAIN(DownloaderTest)
#include "downloader_test.moc"
