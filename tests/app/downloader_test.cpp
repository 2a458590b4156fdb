// The download path against an HTTP server this test runs on 127.0.0.1 (a free port).
#include <QtTest>

#include <QDir>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include "common/sha256.h"
#include "downloader.h"

using namespace explorer;

namespace {

// Serves /ok (the whole body), holds /hold open without an answer, else 404.
class TinyServer : public QObject {
public:
    explicit TinyServer(QByteArray body) : body_(std::move(body))
    {
        QVERIFY(server_.listen(QHostAddress::LocalHost, 0));
        connect(&server_, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = server_.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { respond(s); });
            }
        });
    }
    int held = 0;
    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(server_.serverPort()).arg(path));
    }

private:
    void respond(QTcpSocket* s)
    {
        // Answer once the whole request head has arrived.
        QByteArray& request = pending_[s];
        request += s->readAll();
        if (!request.contains("\r\n\r\n"))
            return;
        const QByteArray path = request.split(' ').value(1);
        request.clear();
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " +
                                QByteArray::number(body_.size()) + "\r\n\r\n";
        if (path == "/ok") {
            s->write(head + body_);
            s->disconnectFromHost();
        } else if (path == "/hold") {
            ++held;  // the transfer is open; nothing will come
        } else {
            s->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
            s->disconnectFromHost();
        }
    }
    QTcpServer server_;
    QByteArray body_;
    QHash<QTcpSocket*, QByteArray> pending_;
};

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
