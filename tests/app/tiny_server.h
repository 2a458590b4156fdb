#pragma once
// A tiny HTTP server on 127.0.0.1 (a free port) for the download tests.
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QtTest>

// Serves /ok and any *.pth (the whole body), holds /hold… open without an answer, else 404.
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
        if (path.startsWith("/hold")) {
            ++held;  // the transfer is open; nothing will come
        } else if (path == "/ok" || path.endsWith(".pth")) {
            s->write(head + body_);
            s->disconnectFromHost();
        } else {
            s->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
            s->disconnectFromHost();
        }
    }
    QTcpServer server_;
    QByteArray body_;
    QHash<QTcpSocket*, QByteArray> pending_;
};

