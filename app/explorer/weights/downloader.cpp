#include "explorer/weights/downloader.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

#include "common/sha256.h"

namespace explorer {

Downloader::Downloader(QObject* parent) : QObject(parent), network_(new QNetworkAccessManager(this)) {}

Downloader::~Downloader()
{
    if (reply_)
        reply_->abort();
}

void Downloader::start(const QUrl& url, const QString& target, const QString& sha256Prefix)
{
    if (reply_) {
        emit finished(false, tr("A download is already running."));
        return;
    }
    target_ = target;
    prefix_ = sha256Prefix.toLower();
    cancelled_ = false;
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        emit finished(false, tr("Cannot create the folder of %1.").arg(target));
        return;
    }
    // QSaveFile writes to a temporary file beside the target and renames only on commit().
    file_ = std::make_unique<QSaveFile>(target);
    if (!file_->open(QIODevice::WriteOnly)) {
        const QString why = file_->errorString();
        file_.reset();
        emit finished(false, tr("Cannot write %1: %2").arg(target, why));
        return;
    }
    sha_ = std::make_unique<inception::Sha256>();
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    reply_ = network_->get(request);
    connect(reply_, &QNetworkReply::readyRead, this, &Downloader::onReadyRead);
    connect(reply_, &QNetworkReply::downloadProgress, this, &Downloader::progress);
    connect(reply_, &QNetworkReply::finished, this, &Downloader::onFinished);
}

void Downloader::cancel()
{
    if (!reply_)
        return;
    cancelled_ = true;
    reply_->abort();  // finished() follows, which cleans up
}

void Downloader::onReadyRead()
{
    const QByteArray chunk = reply_->readAll();
    sha_->update(chunk.constData(), size_t(chunk.size()));
    if (file_->write(chunk) != chunk.size()) {
        const QString why = file_->errorString();
        reply_->abort();
        fail(tr("Cannot write %1 (disk full?): %2").arg(target_, why));
    }
}

void Downloader::fail(const QString& message)
{
    if (file_)
        file_->cancelWriting();
    file_.reset();  // the temporary file is removed
    if (reply_) {
        reply_->disconnect(this);
        reply_->deleteLater();
        reply_ = nullptr;
    }
    emit finished(false, message);
}

void Downloader::onFinished()
{
    if (!reply_)
        return;
    if (cancelled_)
        return fail(tr("Download cancelled; nothing was kept."));
    if (reply_->error() != QNetworkReply::NoError)
        return fail(tr("Download failed: %1").arg(reply_->errorString()));
    onReadyRead();
    if (!file_)
        return;  // failed while writing
    const QString hash = QString::fromStdString(sha_->hexDigest());
    if (!prefix_.isEmpty() && !hash.startsWith(prefix_))
        return fail(tr("The downloaded file's SHA-256 (%1…) does not start with %2: refused, nothing was kept.")
                        .arg(hash.left(16), prefix_));
    if (!file_->commit())
        return fail(tr("Cannot move the file into %1: %2").arg(target_, file_->errorString()));
    file_.reset();
    reply_->deleteLater();
    reply_ = nullptr;
    emit finished(true, target_);
}

}  // namespace explorer
