#include "explorer/inference/imageinput.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUrl>

#include "explorer/common/imagefiles.h"
#include "explorer/inference/folderrun.h"
#include "explorer/inference/imagedownload.h"
#include "explorer/inference/inferenceservice.h"

namespace explorer {

namespace {

bool isWebUrl(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

// The address in a text that is nothing else (a browser's address bar, a copied link).
QUrl urlInText(const QString& text)
{
    const QString t = text.trimmed();
    if (!t.contains(QLatin1String("://")) || t.contains(QRegularExpression(QStringLiteral("\\s"))))
        return {};  // words, not an address
    const QUrl url(t, QUrl::StrictMode);
    return url.isValid() && !url.isRelative() ? url : QUrl();
}

}  // namespace

ImageInput::ImageInput(InferenceService* service, FolderRun* folders, QWidget* window)
    : QObject(window), service_(service), folders_(folders), window_(window), download_(new ImageDownload(this))
{
    bar_ = new QWidget;
    auto* row = new QHBoxLayout(bar_);
    row->setContentsMargins(0, 0, 0, 0);
    barText_ = new QLabel;
    barProgress_ = new QProgressBar;
    barProgress_->setMaximumWidth(160);
    barCancel_ = new QToolButton;
    barCancel_->setText(tr("Cancel"));
    barCancel_->setToolTip(tr("Stop fetching the picture; nothing is kept"));
    row->addWidget(barText_);
    row->addWidget(barProgress_);
    row->addWidget(barCancel_);
    bar_->hide();
    connect(barCancel_, &QToolButton::clicked, download_, &ImageDownload::cancel);
    connect(download_, &ImageDownload::progress, this, [this](qint64 received, qint64 total) {
        barProgress_->setRange(0, total > 0 ? 1000 : 0);  // busy without a length
        if (total > 0)
            barProgress_->setValue(int(1000 * received / total));
    });
    connect(download_, &ImageDownload::failed, this, [this](const QString& message) {
        bar_->hide();
        emit error(message);
    });
    connect(download_, &ImageDownload::finished, this,
            [this](const QByteArray& bytes, const QString& format, const QUrl& url) {
                bar_->hide();
                keep(bytes, format, url.fileName());
            });
}

ImageInput::~ImageInput()
{
    if (bar_ && !bar_->parent())
        delete bar_;  // never placed in a window
}

void ImageInput::openImageDialog()
{
    const QString path = QFileDialog::getOpenFileName(window_, tr("Open image"), QString(),
                                                      tr("Images (%1)").arg(imageFilePatterns()));
    if (!path.isEmpty())
        service_->classify(path);
}

void ImageInput::openFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(window_, tr("Classify every image of a folder"));
    if (!dir.isEmpty())
        folders_->start(dir);
}

void ImageInput::open(const QString& path)
{
    QFileInfo(path).isDir() ? folders_->start(path) : service_->classify(path);
}

bool ImageInput::accepts(const QMimeData* mime) const
{
    return mime->hasUrls() || mime->hasImage() || mime->hasHtml() || urlInText(mime->text()).isValid();
}

void ImageInput::drop(const QMimeData* mime) { take(mime, tr("The drop")); }

void ImageInput::paste() { take(QGuiApplication::clipboard()->mimeData(), tr("The clipboard")); }

void ImageInput::take(const QMimeData* mime, const QString& where)
{
    if (!mime) {
        emit error(tr("%1 holds nothing.").arg(where));
        return;
    }
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile()) {
            open(url.toLocalFile());
            return;
        }
    if (mime->hasImage()) {
        keepPicture(mime);
        return;
    }
    QList<QUrl> urls = mime->urls();
    if (const QUrl inText = urlInText(mime->text()); inText.isValid())
        urls << inText;
    for (const QUrl& url : urls)
        if (isWebUrl(url)) {
            fetch(url);
            return;
        }
    if (mime->hasHtml() && takeHtml(mime->html()))
        return;
    if (!urls.isEmpty()) {
        fetch(urls.first());  // refused there, naming the address
        return;
    }
    emit error(tr("%1 holds no file, picture or picture address to classify.").arg(where));
}

void ImageInput::fetch(const QUrl& url)
{
    barText_->setText(tr("Fetching %1…").arg(url.fileName().isEmpty() ? url.host() : url.fileName()));
    barProgress_->setRange(0, 0);
    bar_->show();
    emit fetching(url.toDisplayString());
    download_->start(url);
}

// The first <img src> of an HTML fragment: an address is fetched, a data: URI decoded.
bool ImageInput::takeHtml(const QString& html)
{
    static const QRegularExpression img(QStringLiteral("<img\\b[^>]*?\\bsrc\\s*=\\s*([\"'])(.*?)\\1"),
                                        QRegularExpression::CaseInsensitiveOption |
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = img.match(html);
    if (!m.hasMatch())
        return false;
    const QString src = m.captured(2).trimmed().replace(QLatin1String("&amp;"), QLatin1String("&"));
    if (src.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        const qsizetype comma = src.indexOf(QLatin1Char(','));
        if (comma < 0 || !src.left(comma).endsWith(QLatin1String(";base64"), Qt::CaseInsensitive)) {
            emit error(tr("The picture in the dropped HTML is not base64 data."));
            return true;
        }
        const QByteArray bytes = QByteArray::fromBase64(src.mid(comma + 1).toLatin1());
        keep(bytes, imageFormatOf(bytes.left(4096)), QStringLiteral("picture"));
        return true;
    }
    const QUrl url(src);
    if (url.isLocalFile())
        open(url.toLocalFile());
    else
        fetch(url);
    return true;
}

QString ImageInput::keptPath(const QString& name, const QString& suffix)
{
    if (!kept_)
        kept_ = std::make_unique<QTemporaryDir>();
    QString base = QFileInfo(name).completeBaseName().left(60);
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return kept_->filePath(QStringLiteral("%1-%2.%3").arg(++keptCount_).arg(base.isEmpty() ? QStringLiteral("picture") : base, suffix));
}

// Bytes of a picture (fetched, or data in HTML): checked by the header reader, kept, classified.
void ImageInput::keep(const QByteArray& bytes, const QString& format, const QString& name)
{
    if (format.isEmpty()) {
        emit error(tr("The picture given is no format this program reads (PNG, JPEG, BMP, WebP, TIFF, PNM)."));
        return;
    }
    const QString path = keptPath(name, format == QLatin1String("jpeg") ? QStringLiteral("jpg") : format);
    QFile file(path);
    if (!kept_->isValid() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        emit error(tr("Cannot keep the picture in %1 (disk full?): %2").arg(path, file.errorString()));
        return;
    }
    file.close();
    service_->classify(path);
}

void ImageInput::keepPicture(const QMimeData* mime)
{
    const QImage image = qvariant_cast<QImage>(mime->imageData());
    if (image.isNull()) {
        emit error(tr("The picture given cannot be read."));
        return;
    }
    const QString path = keptPath(QStringLiteral("pasted"), QStringLiteral("png"));
    if (!kept_->isValid() || !image.save(path, "PNG")) {
        emit error(tr("Cannot keep the pasted image: %1").arg(kept_->errorString()));
        return;
    }
    service_->classify(path);
}

}  // namespace explorer
