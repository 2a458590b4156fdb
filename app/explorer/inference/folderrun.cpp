#include "explorer/inference/folderrun.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QToolButton>

#include "explorer/common/imagefiles.h"
#include "explorer/inference/inferenceservice.h"

namespace explorer {

FolderRun::FolderRun(InferenceService* service, QObject* parent) : QObject(parent), service_(service)
{
    widget_ = new QWidget;
    auto* layout = new QHBoxLayout(widget_);
    layout->setContentsMargins(0, 0, 0, 0);
    progress_ = new QProgressBar;
    progress_->setMaximumWidth(220);
    cancel_ = new QToolButton;
    cancel_->setText(tr("Cancel"));
    layout->addWidget(progress_);
    layout->addWidget(cancel_);
    widget_->hide();
    connect(cancel_, &QToolButton::clicked, this, &FolderRun::cancel);
    connect(service_, &InferenceService::resultReady, this, &FolderRun::onResult);
    connect(service_, &InferenceService::imageFailed, this, [this](const QString& path) { onImageFailed(path); });
}

void FolderRun::setRunning(bool on)
{
    widget_->setVisible(on);
    service_->setFeeding(InferenceService::Feed::Folder, on);
}

void FolderRun::start(const QString& dir)
{
    if (running())
        cancel();
    const QStringList files = imageFilesIn(dir);
    if (files.isEmpty()) {
        emit error(tr("%1 holds no images.").arg(dir));
        emit finished(0, 0, false);
        return;
    }
    queue_ = files;
    dir_ = dir;
    total_ = int(files.size());
    done_ = failed_ = 0;
    progress_->setRange(0, total_);
    progress_->setValue(0);
    progress_->setFormat(tr("%v of %m images"));
    setRunning(true);
    service_->classify(queue_.front());
}

void FolderRun::onResult(const InferenceResult& r)
{
    if (running() && !r.live && r.path == queue_.front())
        step();
}

void FolderRun::onImageFailed(const QString& path)
{
    if (running() && path == queue_.front()) {
        ++failed_;
        step();
    }
}

void FolderRun::step()
{
    queue_.pop_front();
    ++done_;
    progress_->setValue(done_);
    if (!queue_.isEmpty()) {
        service_->classify(queue_.front());
        return;
    }
    setRunning(false);
    emit message(tr("%1: %n image(s) classified", nullptr, done_ - failed_).arg(dir_) +
                     (failed_ ? tr(", %n could not be read", nullptr, failed_) : QString()),
                 10000);
    emit finished(done_ - failed_, failed_, false);
}

void FolderRun::cancel()
{
    if (!running())
        return;
    queue_.clear();
    setRunning(false);
    emit message(tr("Folder cancelled after %n image(s)", nullptr, done_), 8000);
    emit finished(done_ - failed_, failed_, true);
}

}  // namespace explorer
