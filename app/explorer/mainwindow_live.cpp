// MainWindow: the live view (camera, video, slide show), its smoothed predictions and the
// CPU / CUDA switch.
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

void MainWindow::startCamera()
{
    const auto cameras = inception::vision::availableCameras();
    if (cameras.empty()) {
        onError(tr("No camera opens on this machine (none connected, or each is in use)."));
        sourceBox_->setCurrentIndex(0);
        return;
    }
    startLive(QStringLiteral("cam:%1").arg(cameras.front()));
}

void MainWindow::startLive(const QString& spec)
{
    stopLive();
    if (folderRunning())
        cancelFolder();
    sourceBox_->setCurrentIndex(spec.startsWith(QLatin1String("cam:")) ? 1 : 2);
    capture_->setNode(QString::fromStdString(scene_->selectedId()));
    capture_->start(spec, worker_);
}

void MainWindow::stopLive()
{
    const bool was = capture_->running();
    capture_->stop();
    liveTimer_->stop();
    live_->setRunning(false);
    sourceBox_->setCurrentIndex(0);
    if (was)
        emit liveStopped();
}

bool MainWindow::liveRunning() const { return capture_->running(); }

LiveStats MainWindow::liveStats() const { return capture_->stats(); }

void MainWindow::updateLiveStats()
{
    const LiveStats stats = capture_->stats();
    const qint64 decoded = stats.decoded;
    live_->setStats(double(decoded - lastDecoded_), double(liveResults_ - lastResults_), lastForwardMs_,
                    stats.dropped);
    lastDecoded_ = decoded;
    lastResults_ = liveResults_;
}

InferenceResult MainWindow::smoothed(const InferenceResult& r)
{
    // Light smoothing of the top-5: an exponential average over frames, so that the bars do not
    // flicker; classes that leave the top-5 fade out.
    constexpr double kKeep = 0.6;
    for (auto& [label, p] : smoothed_)
        p *= kKeep;
    for (int i = 0; i < r.labels.size(); ++i)
        smoothed_[r.labels[i]] += (1 - kKeep) * r.probabilities[i];
    std::vector<std::pair<double, QString>> ranked;
    for (const auto& [label, p] : smoothed_)
        ranked.push_back({p, label});
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    InferenceResult out = r;
    out.labels.clear();
    out.probabilities.clear();
    out.classIndex.clear();
    out.knockout.beforeP.clear();  // smoothed bars have no single "before"; knockouts still apply
    for (size_t i = 0; i < ranked.size() && i < 5; ++i) {
        out.labels << ranked[i].second;
        out.probabilities << float(ranked[i].first);
    }
    for (auto it = smoothed_.begin(); it != smoothed_.end();)
        it = it->second < 1e-4 ? smoothed_.erase(it) : std::next(it);
    return out;
}

void MainWindow::setUseCuda(bool cuda)
{
    deviceBox_->setCurrentIndex(cuda && InferenceWorker::cudaAvailable() ? 1 : 0);
    if (cuda && !InferenceWorker::cudaAvailable()) {
        onError(tr("This LibTorch has no CUDA device; the network stays on the CPU."));
        return;
    }
    RunSettings settings = worker_->runSettings();
    settings.cuda = cuda;
    worker_->setRunSettings(settings);
    statusBar()->showMessage(tr("The network now runs on %1").arg(deviceBox_->currentText()), 4000);
    if (!currentImage_.isEmpty() && !folderRunning() && !liveRunning())
        classifyFile(currentImage_);
}

void MainWindow::setUseBf16(bool bf16)
{
    QString why;
    const bool available = InferenceWorker::bf16Available(&why);
    precisionBox_->setCurrentIndex(bf16 && available ? 1 : 0);
    if (bf16 && !available) {
        onError(why);
        return;
    }
    RunSettings settings = worker_->runSettings();
    settings.bf16 = bf16;
    worker_->setRunSettings(settings);
    QSettings().setValue(QStringLiteral("run/bf16"), bf16);
    statusBar()->showMessage(bf16 ? tr("Forward passes in bfloat16: faster, probabilities move slightly")
                                  : tr("Forward passes in float32: the reference implementation's numbers"),
                             5000);
    if (!currentImage_.isEmpty() && !folderRunning() && !liveRunning())
        classifyFile(currentImage_);
}

}  // namespace explorer
