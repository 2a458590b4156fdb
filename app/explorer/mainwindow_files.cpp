// MainWindow: images and folders in (open, drop, paste, a folder with progress and Cancel), the
// diagram out (PNG or SVG export).
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QPainter>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <utility>
#include <QToolBar>

#include "activationspanel.h"
#include "arch/archnode.h"
#include "diagramscene.h"
#include "diagramlegend.h"
#include "diagramview.h"
#include "figures.h"
#include "inferenceworker.h"
#include "livecapture.h"
#include "livepanel.h"
#include "models/registry.h"
#include "vision/frame_source.h"
#include "nodetext.h"
#include "predictionspanel.h"
#include "statisticspanel.h"
#include "trainingpanel.h"
#include "weightspanel.h"

namespace explorer {

void MainWindow::openImage()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open image"), QString(),
                                                      tr("Images (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)"));
    if (!path.isEmpty())
        classifyFile(path);
}

void MainWindow::exportDiagram()
{
    // What to export and how large, then where.
    QDialog ask(this);
    ask.setWindowTitle(tr("Export diagram"));
    auto* form = new QFormLayout(&ask);
    auto* scope = new QComboBox;
    scope->addItem(tr("The whole diagram"));
    scope->addItem(tr("The current view"));
    auto* scale = new QComboBox;
    for (int k : {1, 2, 3, 4})
        scale->addItem(tr("%1×").arg(k), k);
    scale->setCurrentIndex(1);
    form->addRow(tr("Export"), scope);
    form->addRow(tr("PNG scale"), scale);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    form->addRow(buttons);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export diagram"), QStringLiteral("diagram.png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (exportDiagramTo(path, scope->currentIndex() == 0, scale->currentData().toDouble()))
        statusBar()->showMessage(tr("Diagram written to %1").arg(path), 6000);
}

bool MainWindow::exportDiagramTo(const QString& path, bool wholeDiagram, double scale)
{
    const QRectF r = wholeDiagram ? scene_->sceneRect()
                                  : view_->mapToScene(view_->viewport()->rect()).boundingRect().intersected(scene_->sceneRect());
    if (r.isEmpty()) {
        onError(tr("Nothing to export."));
        return false;
    }
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(r.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), r.size()));
        svg.setTitle(variantBox_->currentText());
        QPainter p;
        if (!p.begin(&svg)) {
            onError(tr("Cannot write %1").arg(path));
            return false;
        }
        scene_->render(&p, QRectF(QPointF(0, 0), r.size()), r);
        return p.end();
    }
    const QSizeF size = r.size() * scale;
    if (size.width() * size.height() > 400e6) {
        onError(tr("%1 × %2 pixels is too large; choose a smaller scale.").arg(int(size.width())).arg(int(size.height())));
        return false;
    }
    QImage img(size.toSize(), QImage::Format_ARGB32);
    if (img.isNull()) {
        onError(tr("Not enough memory for a %1 × %2 image.").arg(int(size.width())).arg(int(size.height())));
        return false;
    }
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    scene_->render(&p, QRectF(QPointF(0, 0), size), r);
    p.end();
    QSaveFile out(path);  // a full disk leaves the previous file as it was
    if (!out.open(QIODevice::WriteOnly) || !img.save(&out, "PNG") || !out.commit()) {
        onError(tr("Cannot write %1: %2").arg(path, out.errorString()));
        return false;
    }
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const auto* mime = event->mimeData();
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile()) {
            const QString path = url.toLocalFile();
            if (QFileInfo(path).isDir())
                classifyFolder(path);
            else
                classifyFile(path);
            event->acceptProposedAction();
            return;
        }
    if (mime->hasImage()) {
        pasteImage();
        event->acceptProposedAction();
        return;
    }
    onError(tr("Only local files and folders can be dropped here."));
}

void MainWindow::pasteImage()
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    if (mime && mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()) {
        const QString path = mime->urls().first().toLocalFile();
        QFileInfo(path).isDir() ? classifyFolder(path) : classifyFile(path);
        return;
    }
    const QImage image = mime && mime->hasImage() ? qvariant_cast<QImage>(mime->imageData()) : QImage();
    if (image.isNull()) {
        onError(tr("The clipboard holds no image."));
        return;
    }
    if (!pasted_)
        pasted_ = std::make_unique<QTemporaryDir>();
    const QString path = pasted_->filePath(QStringLiteral("pasted-%1.png").arg(++pastedCount_));
    if (!pasted_->isValid() || !image.save(path, "PNG")) {
        onError(tr("Cannot keep the pasted image: %1").arg(pasted_->errorString()));
        return;
    }
    classifyFile(path);
}

void MainWindow::classifyFolder(const QString& dir)
{
    if (folderRunning())
        cancelFolder();
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"),
                          QStringLiteral("*.bmp"), QStringLiteral("*.webp"), QStringLiteral("*.tif"),
                          QStringLiteral("*.tiff"), QStringLiteral("*.gif")},
                    QDir::Files | QDir::Readable);
    while (it.hasNext())
        files << it.next();
    files.sort();
    if (files.isEmpty()) {
        onError(tr("%1 holds no images.").arg(dir));
        emit folderFinished(0, 0, false);
        return;
    }
    folderQueue_ = files;
    folderDir_ = dir;
    folderTotal_ = int(files.size());
    folderDone_ = folderFailed_ = 0;
    folderProgress_->setRange(0, folderTotal_);
    folderProgress_->setValue(0);
    folderProgress_->setFormat(tr("%v of %m images"));
    folderProgress_->show();
    folderCancel_->show();
    classifyFile(folderQueue_.front());
}

void MainWindow::folderStep()
{
    folderQueue_.pop_front();
    ++folderDone_;
    folderProgress_->setValue(folderDone_);
    if (!folderQueue_.isEmpty()) {
        classifyFile(folderQueue_.front());
        return;
    }
    folderProgress_->hide();
    folderCancel_->hide();
    statusBar()->showMessage(tr("%1: %n image(s) classified", nullptr, folderDone_ - folderFailed_).arg(folderDir_) +
                                 (folderFailed_ ? tr(", %n could not be read", nullptr, folderFailed_) : QString()),
                             10000);
    emit folderFinished(folderDone_ - folderFailed_, folderFailed_, false);
}

void MainWindow::cancelFolder()
{
    if (!folderRunning())
        return;
    folderQueue_.clear();
    folderProgress_->hide();
    folderCancel_->hide();
    statusBar()->showMessage(tr("Folder cancelled after %n image(s)", nullptr, folderDone_), 8000);
    emit folderFinished(folderDone_ - folderFailed_, folderFailed_, true);
}

}  // namespace explorer
