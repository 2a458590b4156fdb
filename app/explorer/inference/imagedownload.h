#pragma once
// A picture from the web, for a dropped or pasted address: fetched into memory, at most
// kMaxBytes (refused from the Content-Length before the transfer, and beyond it while it runs),
// at most kMaxRedirects redirects (never from https to http), the first bytes checked by the
// project's image-header reader before anything is decoded. One at a time: a new address
// replaces the one on its way; cancel() stops it and keeps nothing.
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace explorer {

class ImageDownload : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kMaxBytes = 64ll << 20;  // 64 MiB: a 50-megapixel JPEG is 15-30 MB
    static constexpr int kMaxRedirects = 5;

    explicit ImageDownload(QObject* parent = nullptr);
    ~ImageDownload() override;

    // failed() at once for an address that is not http(s).
    void start(const QUrl& url);
    void cancel();
    bool busy() const { return reply_ != nullptr; }
    QUrl url() const { return url_; }

signals:
    void progress(qint64 received, qint64 total);  // total -1: not said by the server
    // The picture's bytes; `format` as the header reader names it ("png", "jpeg", …).
    void finished(const QByteArray& bytes, const QString& format, const QUrl& url);
    void failed(const QString& message);

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    bool checkHeader();  // false: failed() said why
    void fail(const QString& message);
    void dropReply();  // the transfer stopped and forgotten

    QNetworkAccessManager* network_;
    QNetworkReply* reply_ = nullptr;
    QByteArray bytes_;
    QString format_;
    QUrl url_;
    bool cancelled_ = false;
};

// The format the header reader finds in `bytes` ("png", "jpeg", …); empty: no picture we know.
QString imageFormatOf(const QByteArray& bytes);

}  // namespace explorer
