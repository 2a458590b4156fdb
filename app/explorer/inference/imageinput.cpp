#include "explorer/inference/imageinput.h"

#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QTemporaryDir>
#include <QUrl>

#include "explorer/inference/folderrun.h"
#include "explorer/inference/inferenceservice.h"

namespace explorer {

ImageInput::ImageInput(InferenceService* service, FolderRun* folders, QWidget* window)
    : QObject(window), service_(service), folders_(folders), window_(window)
{
}

ImageInput::~ImageInput() = default;

void ImageInput::openImageDialog()
{
    const QString path = QFileDialog::getOpenFileName(window_, tr("Open image"), QString(),
                                                      tr("Images (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)"));
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

bool ImageInput::accepts(const QMimeData* mime) const { return mime->hasUrls() || mime->hasImage(); }

void ImageInput::drop(const QMimeData* mime)
{
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile()) {
            open(url.toLocalFile());
            return;
        }
    if (mime->hasImage()) {
        paste();
        return;
    }
    emit error(tr("Only local files and folders can be dropped here."));
}

void ImageInput::paste()
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    if (mime && mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()) {
        open(mime->urls().first().toLocalFile());
        return;
    }
    openPicture(mime);
}

void ImageInput::openPicture(const QMimeData* mime)
{
    const QImage image = mime && mime->hasImage() ? qvariant_cast<QImage>(mime->imageData()) : QImage();
    if (image.isNull()) {
        emit error(tr("The clipboard holds no image."));
        return;
    }
    if (!pasted_)
        pasted_ = std::make_unique<QTemporaryDir>();
    const QString path = pasted_->filePath(QStringLiteral("pasted-%1.png").arg(++pastedCount_));
    if (!pasted_->isValid() || !image.save(path, "PNG")) {
        emit error(tr("Cannot keep the pasted image: %1").arg(pasted_->errorString()));
        return;
    }
    service_->classify(path);
}

}  // namespace explorer
