#pragma once
// Downloads one weight file: streams into a temporary file beside the target, hashes while it
// receives, and moves the file into place only when its SHA-256 starts with the expected
// prefix. A cancelled, failed or refused download leaves nothing behind.
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;

namespace inception {
class Sha256;
}

namespace explorer {

class Downloader : public QObject {
    Q_OBJECT
public:
    explicit Downloader(QObject* parent = nullptr);
    ~Downloader() override;

    // Starts (one download at a time); `sha256Prefix` empty: no check (an unknown hash).
    void start(const QUrl& url, const QString& target, const QString& sha256Prefix);
    void cancel();
    bool busy() const { return reply_ != nullptr; }

signals:
    void progress(qint64 received, qint64 total);
    void finished(bool ok, const QString& message);  // message: where it went, or why not

private:
    void onReadyRead();
    void onFinished();
    void fail(const QString& message);

    QNetworkAccessManager* network_;
    QNetworkReply* reply_ = nullptr;
    std::unique_ptr<QSaveFile> file_;
    std::unique_ptr<inception::Sha256> sha_;
    QString target_, prefix_;
    bool cancelled_ = false;
};

}  // namespace explorer
