#include "explorer/live/livecontroller.h"

#include <QComboBox>
#include <QFileDialog>
#include <QTimer>
#include <QToolBar>

#include <algorithm>

#include "explorer/inference/inferenceresult.h"
#include "explorer/inference/inferenceservice.h"
#include "explorer/live/livecapture.h"
#include "explorer/live/livepanel.h"
#include "vision/frame_source.h"

namespace explorer {

namespace {

QString videoFilter() { return LiveController::tr("Videos (*.avi *.mp4 *.mkv *.mov *.webm *.mpg);;All files (*)"); }

}  // namespace

LiveController::LiveController(InferenceService* service, QWidget* window)
    : QObject(window), service_(service), window_(window), capture_(new LiveCapture(this)), panel_(new LivePanel),
      timer_(new QTimer(this))
{
    timer_->setInterval(1000);
    connect(timer_, &QTimer::timeout, this, &LiveController::updateStats);
    connect(capture_, &LiveCapture::started, this, [this](const QString& description) {
        panel_->setRunning(true, description);
        results_ = lastResults_ = lastDecoded_ = 0;
        smoothed_.clear();
        timer_->start();
        emit message(tr("Live: %1").arg(description), 4000);
        emit started(description);
    });
    connect(capture_, &LiveCapture::preview, this, [this](const QImage& frame) {
        panel_->showFrame(frame);
        capture_->previewShown();
        emit frameShown();
    });
    connect(capture_, &LiveCapture::failed, this, &LiveController::error);
    connect(capture_, &LiveCapture::ended, this, &LiveController::stop);
    connect(capture_, &LiveCapture::resultReady, this, &LiveController::resultReady);
    connect(panel_, &LivePanel::cameraRequested, this, &LiveController::startCamera);
    connect(panel_, &LivePanel::videoRequested, this, [this] {
        const QString path = QFileDialog::getOpenFileName(window_, tr("Open video"), QString(), videoFilter());
        if (!path.isEmpty())
            start(path);
    });
    connect(panel_, &LivePanel::folderRequested, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(window_, tr("Slide show of a folder"));
        if (!dir.isEmpty())
            start(dir);
    });
    connect(panel_, &LivePanel::stopRequested, this, &LiveController::stop);
    connect(panel_, &LivePanel::message, this, [this](const QString& m) { emit message(m, 6000); });

    source_ = new QComboBox;
    source_->setToolTip(tr("Where images come from"));
    source_->addItem(tr("Image files"));
    source_->addItem(tr("Camera"));
    source_->addItem(tr("Video file"));
    connect(source_, &QComboBox::activated, this, [this](int index) {
        if (index == 0) {
            stop();
        } else if (index == 1) {
            startCamera();
        } else {
            const QString path = QFileDialog::getOpenFileName(window_, tr("Open video"), QString(), videoFilter());
            path.isEmpty() ? stop() : start(path);
        }
    });
}

LiveController::~LiveController() { capture_->stop(); }

void LiveController::addSourceBoxTo(QToolBar* bar) { bar->addWidget(source_); }

void LiveController::startCamera()
{
    const auto cameras = inception::vision::availableCameras();
    if (cameras.empty()) {
        emit error(tr("No camera opens on this machine (none connected, or each is in use)."), QString());
        source_->setCurrentIndex(0);
        return;
    }
    start(QStringLiteral("cam:%1").arg(cameras.front()));
}

void LiveController::start(const QString& spec)
{
    stop();
    source_->setCurrentIndex(spec.startsWith(QLatin1String("cam:")) ? 1 : 2);
    service_->setFeeding(InferenceService::Feed::Live, true);
    capture_->setNode(service_->node());
    capture_->start(spec, service_);
}

void LiveController::stop()
{
    const bool was = capture_->running();
    capture_->stop();
    timer_->stop();
    panel_->setRunning(false);
    source_->setCurrentIndex(0);
    service_->setFeeding(InferenceService::Feed::Live, false);
    if (was)
        emit stopped();
}

bool LiveController::running() const { return capture_->running(); }

LiveStats LiveController::stats() const { return capture_->stats(); }

void LiveController::setNode(const QString& id) { capture_->setNode(id); }

void LiveController::updateStats()
{
    const LiveStats stats = capture_->stats();
    panel_->setStats(double(stats.decoded - lastDecoded_), double(results_ - lastResults_), lastForwardMs_,
                     stats.dropped);
    lastDecoded_ = stats.decoded;
    lastResults_ = results_;
}

bool LiveController::accept(const InferenceResult& r)
{
    ++results_;
    lastForwardMs_ = r.forwardMs;
    return running();  // a frame that finished after the view stopped is dropped
}

InferenceResult LiveController::smoothed(const InferenceResult& r)
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

void LiveController::showExplanation(const InferenceResult& r, double opacity)
{
    panel_->view()->setExplanation(r.explain.shown ? r.explain.colours : QImage(), r.explain.cropFraction, opacity);
}

}  // namespace explorer
