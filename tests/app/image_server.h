#pragma once
// An HTTP server on 127.0.0.1 (a free port) that serves pictures and hostile answers, for the
// tests of dropped and pasted addresses.
//   /photo.jpg, /photo.png   the bytes given, with their length
//   /huge.png                says Content-Length 2 GiB, sends a PNG signature, then holds
//   /endless.png             no length: a PNG signature, then zeros until the client hangs up
//   /text.png                "image/png" that is text
//   /loop                    a redirect to itself
//   /hold                    never answers
//   else                     404
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QtTest>

class ImageServer : public QObject {
public:
    explicit ImageServer(QHash<QByteArray, QByteArray> files) : files_(std::move(files))
    {
        QVERIFY(server_.listen(QHostAddress::LocalHost, 0));
        connect(&server_, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = server_.nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, this, [this, s] { respond(s); });
        });
    }
    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(server_.serverPort()).arg(path));
    }
    qint64 endlessSent = 0;  // bytes /endless.png sent before the client hung up

private:
    static QByteArray pngSignature() { return QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16); }

    void respond(QTcpSocket* s)
    {
        QByteArray& request = pending_[s];
        request += s->readAll();
        if (!request.contains("\r\n\r\n"))
            return;
        const QByteArray path = request.split(' ').value(1);
        request.clear();
        if (files_.contains(path)) {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: " +
                     QByteArray::number(files_[path].size()) + "\r\n\r\n" + files_[path]);
            s->disconnectFromHost();
        } else if (path == "/huge.png") {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 2147483648\r\n\r\n" + pngSignature());
        } else if (path == "/endless.png") {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n\r\n" + pngSignature());
            connect(s, &QTcpSocket::bytesWritten, this, [this, s] {
                if (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < (1 << 20)) {
                    s->write(QByteArray(1 << 20, '\0'));
                    endlessSent += 1 << 20;
                }
            });
        } else if (path == "/text.png") {
            const QByteArray body = "this is text, not a PNG";
            s->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " + QByteArray::number(body.size()) +
                     "\r\n\r\n" + body);
            s->disconnectFromHost();
        } else if (path == "/loop") {
            s->write("HTTP/1.1 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\n\r\n");
        } else if (path == "/hold") {
            // the transfer is open; nothing will come
        } else {
            s->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
            s->disconnectFromHost();
        }
    }
    QTcpServer server_;
    QHash<QByteArray, QByteArray> files_;
    QHash<QTcpSocket*, QByteArray> pending_;
};
