#include "explorer/inference/imagedownload.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <vector>

#include "vision/image_header.h"

namespace explorer {

namespace {

constexpr int kHeaderBytes = 32;  // enough for every signature the header reader knows

QString megabytes(qint64 bytes) { return QString::number(double(bytes) / (1 << 20), 'f', bytes < (10 << 20) ? 1 : 0); }

// The first bytes as text a person can read in a message ("<!DOCTYPE html>…").
QString opening(const QByteArray& bytes)
{
    QString text;
    for (char c : bytes.left(24))
        text += c >= 32 && c < 127 ? QChar(c) : QChar(u'·');
    return text;
}

}  // namespace

QString imageFormatOf(const QByteArray& bytes)
{
    const std::vector<uint8_t> head(bytes.begin(), bytes.end());
    const auto header = inception::vision::readImageHeader(head);
    return header ? QString::fromStdString(header->format) : QString();
}

ImageDownload::ImageDownload(QObject* parent) : QObject(parent), network_(new QNetworkAccessManager(this)) {}

ImageDownload::~ImageDownload() { dropReply(); }

void ImageDownload::dropReply()
{
    if (!reply_)
        return;
    reply_->disconnect(this);  // nothing it says any more reaches this object
    reply_->abort();
    reply_->deleteLater();
    reply_ = nullptr;
}

void ImageDownload::start(const QUrl& url)
{
    dropReply();  // a new address replaces the one on its way
    url_ = url;
    bytes_.clear();
    format_.clear();
    cancelled_ = false;
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        emit failed(tr("Only http and https addresses are fetched, not %1.").arg(url.toDisplayString()));
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setTransferTimeout(60000);  // a server that stops sending for a minute
    reply_ = network_->get(request);
    connect(reply_, &QNetworkReply::metaDataChanged, this, &ImageDownload::onMetaData);
    connect(reply_, &QNetworkReply::readyRead, this, &ImageDownload::onReadyRead);
    connect(reply_, &QNetworkReply::downloadProgress, this, &ImageDownload::progress);
    connect(reply_, &QNetworkReply::finished, this, &ImageDownload::onFinished);
}

void ImageDownload::cancel()
{
    if (!reply_)
        return;
    cancelled_ = true;
    reply_->abort();  // finished() follows, which says so
}

void ImageDownload::onMetaData()
{
    const int status = reply_->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return;  // a redirect, followed
    const qint64 length = reply_->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (status < 400 && length > kMaxBytes)
        fail(tr("%1 is %2 MB; pictures above %3 MB are not fetched.")
                 .arg(url_.toDisplayString(), megabytes(length), megabytes(kMaxBytes)));
}

void ImageDownload::onReadyRead()
{
    if (reply_->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 300)
        return;  // an error page or a redirect's body: finished() says what happened
    bytes_ += reply_->readAll();
    if (bytes_.size() > kMaxBytes)
        return fail(tr("%1 sends more than %2 MB; pictures above that are not fetched.")
                        .arg(url_.toDisplayString(), megabytes(kMaxBytes)));
    if (format_.isEmpty() && bytes_.size() >= kHeaderBytes)
        checkHeader();
}

bool ImageDownload::checkHeader()
{
    format_ = imageFormatOf(bytes_.left(4096));
    if (!format_.isEmpty())
        return true;
    const QString type = reply_->header(QNetworkRequest::ContentTypeHeader).toString();
    fail(tr("%1 is not a picture (%2, it begins “%3”): PNG, JPEG, BMP, WebP, TIFF and PNM files are taken.")
             .arg(url_.toDisplayString(), type.isEmpty() ? tr("no type given") : type, opening(bytes_)));
    return false;
}

void ImageDownload::onFinished()
{
    if (!reply_)
        return;
    if (cancelled_)
        return fail(tr("Fetching %1 was cancelled; nothing was kept.").arg(url_.toDisplayString()));
    if (reply_->error() == QNetworkReply::TooManyRedirectsError)
        return fail(tr("%1 redirects more than %2 times (a loop?); not fetched.")
                        .arg(url_.toDisplayString())
                        .arg(kMaxRedirects));
    if (reply_->error() == QNetworkReply::InsecureRedirectError)
        return fail(tr("%1 redirects from https to http; not fetched.").arg(url_.toDisplayString()));
    if (reply_->error() != QNetworkReply::NoError)
        return fail(tr("Cannot fetch %1: %2").arg(url_.toDisplayString(), reply_->errorString()));
    onReadyRead();
    if (!reply_)
        return;  // refused while reading
    if (format_.isEmpty() && !checkHeader())
        return;
    const QByteArray bytes = bytes_;
    const QString format = format_;
    reply_->deleteLater();
    reply_ = nullptr;
    bytes_.clear();
    emit finished(bytes, format, url_);
}

void ImageDownload::fail(const QString& message)
{
    dropReply();
    bytes_.clear();
    emit failed(message);
}

}  // namespace explorer
