// LibTorch first: Qt's `slots` keyword macro must not reach its headers.
#include <torch/torch.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <filesystem>
#include <cstring>
#include <limits>

#include "common/error.h"
#include "common/resources.h"
#include "engine/calibrate.h"
#include "engine/engine.h"
#include "engine/loader.h"
#include "models/registry.h"
#include "train/trainer.h"
#include "vision/channel_grid.h"
#include "vision/decode.h"
#include "vision/preprocess.h"
#include "weights/catalog.h"

#include "inferenceworker.h"
#include "nodetext.h"

namespace explorer {

using namespace inception;

namespace {

QImage toQImage(const cv::Mat& rgb)
{
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

// What a selected node shows side by side: its branches (a concat's children, a residual's
// branches), else its children, else itself.
std::vector<const arch::ArchNode*> shownParts(const arch::ArchNode& n)
{
    const arch::ArchNode* group = &n;
    if (n.composition == arch::Composition::Residual && !n.children.empty() &&
        n.children[0].composition == arch::Composition::Concat)
        group = &n.children[0];
    std::vector<const arch::ArchNode*> parts;
    for (const auto& c : group->children)
        parts.push_back(&c);
    if (parts.empty())
        parts.push_back(&n);
    return parts;
}

// The preprocessed input as a picture: what the network saw, un-normalised.
QImage networkInput(const torch::Tensor& x, const models::PreprocessPreset& preset)
{
    auto t = x[0].to(torch::kFloat32).clone();
    for (int c = 0; c < int(t.size(0)); ++c)
        t[c].mul_(preset.std[size_t(c)]).add_(preset.mean[size_t(c)]);
    t = t / preset.range * 255.0;
    if (t.size(0) == 1) {  // a grey input (the Fashion-MNIST networks)
        const auto grey = t[0].round().clamp(0, 255).to(torch::kUInt8).contiguous();
        QImage img(int(grey.size(1)), int(grey.size(0)), QImage::Format_Grayscale8);
        for (int y = 0; y < img.height(); ++y)
            std::memcpy(img.scanLine(y), grey[y].data_ptr<uint8_t>(), size_t(img.width()));
        return img;
    }
    if (preset.order == models::ChannelOrder::BGR)
        t = t.flip(0);
    const auto hwc = t.round().clamp(0, 255).to(torch::kUInt8).permute({1, 2, 0}).contiguous();
    QImage img(int(hwc.size(1)), int(hwc.size(0)), QImage::Format_RGB888);
    for (int y = 0; y < img.height(); ++y)
        std::memcpy(img.scanLine(y), hwc[y].data_ptr<uint8_t>(), size_t(img.width()) * 3);
    return img;
}

// "CPU, 2 threads" in the window's language; a CUDA device by its own name.
QString deviceText(const engine::Engine& e)
{
    if (e.device().is_cuda())
        return QString::fromStdString(e.deviceName());
    return InferenceWorker::tr("CPU, %n thread(s)", nullptr, e.threads());
}

}  // namespace

InferenceWorker::InferenceWorker(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<explorer::InferenceResult>();
    qRegisterMetaType<std::shared_ptr<const inception::arch::NetworkDesc>>();
    useCuda_ = cudaAvailable();
}

InferenceWorker::~InferenceWorker() = default;

void InferenceWorker::setGate(std::function<void()> gate)
{
    QMutexLocker lock(&mutex_);
    gate_ = std::move(gate);
}

void InferenceWorker::requestVariant(const QString& id)
{
    requestWeightsFile(id, QString());
}

void InferenceWorker::requestFrame(const QImage& frame, const QString& nodeId)
{
    QMutexLocker lock(&mutex_);
    if (hasFrame_)
        ++framesDropped_;  // the waiting frame is replaced: latest frame wins
    pendingFrame_ = frame;
    pendingFrameNode_ = nodeId;
    hasFrame_ = true;
    if (!scheduled_) {
        scheduled_ = true;
        QMetaObject::invokeMethod(this, &InferenceWorker::processPending, Qt::QueuedConnection);
    }
}

bool InferenceWorker::cudaAvailable() { return torch::cuda::is_available(); }

void InferenceWorker::requestDevice(bool cuda, const QString& variant)
{
    {
        QMutexLocker lock(&mutex_);
        useCuda_ = cuda && cudaAvailable();
    }
    requestVariant(variant);  // the network is built again on that device
}

qint64 InferenceWorker::framesDropped() const
{
    QMutexLocker lock(&mutex_);
    return framesDropped_;
}

void InferenceWorker::requestLatency()
{
    QMutexLocker lock(&mutex_);
    hasLatency_ = true;
    if (!scheduled_) {
        scheduled_ = true;
        QMetaObject::invokeMethod(this, &InferenceWorker::processPending, Qt::QueuedConnection);
    }
}

void InferenceWorker::requestWeightsFile(const QString& id, const QString& path)
{
    QMutexLocker lock(&mutex_);
    pendingVariant_ = id;
    pendingWeights_ = path;
    hasVariant_ = true;
    if (!scheduled_) {
        scheduled_ = true;
        QMetaObject::invokeMethod(this, &InferenceWorker::processPending, Qt::QueuedConnection);
    }
}

void InferenceWorker::requestClassify(const QString& path, const QString& nodeId)
{
    QMutexLocker lock(&mutex_);
    pendingPath_ = path;
    pendingNode_ = nodeId;
    hasClassify_ = true;  // replaces a request that has not started yet
    if (!scheduled_) {
        scheduled_ = true;
        QMetaObject::invokeMethod(this, &InferenceWorker::processPending, Qt::QueuedConnection);
    }
}

void InferenceWorker::processPending()
{
    QString variant, weightsFile, path, node, frameNode;
    QImage frame;
    bool doVariant, doClassify, doLatency, doFrame;
    {
        QMutexLocker lock(&mutex_);
        doFrame = hasFrame_;
        frame = std::exchange(pendingFrame_, QImage());
        frameNode = pendingFrameNode_;
        hasFrame_ = false;
        doVariant = hasVariant_;
        doClassify = hasClassify_;
        doLatency = hasLatency_;
        variant = pendingVariant_;
        weightsFile = pendingWeights_;
        path = pendingPath_;
        node = pendingNode_;
        hasVariant_ = hasClassify_ = hasLatency_ = scheduled_ = false;
    }
    emit busyChanged(true);
    if (doVariant)
        loadVariant(variant, weightsFile);
    if (doClassify)
        classify(path, node);
    if (doFrame)
        classifyFrame(frame, frameNode);
    if (doLatency)
        measureLatency();
    emit busyChanged(false);
}

QString InferenceWorker::defaultVariant()
{
    for (const auto& v : models::variants())
        if (weights::findPretrained(v.id, /*verify=*/false).state == weights::WeightsState::Found)
            return QString::fromStdString(v.id);
    return QStringLiteral("mini_inception");
}

void InferenceWorker::loadVariant(const QString& id, const QString& weightsFile)
{
    try {
        const std::string variant = id.toStdString();
        models::InceptionNet net{nullptr};
        bool untrained = true;
        std::vector<std::string> labels;
        if (models::isTeachingVariant(variant)) {
            // This project's own networks: weights saved by its trainer (torch::save), the
            // mini_inception ones bundled in resources/models.
            std::string file = weightsFile.toStdString();
            if (file.empty())
                try {
                    file = resourcePath("models/fashion_mnist_" + variant + ".pt");
                } catch (const Error&) {
                    // only mini_inception ships trained: the others start untrained
                }
            if (!file.empty()) {
                net = models::InceptionNet(models::describe(variant));
                train::loadWeights(net, file);  // refuses another network's or another width's file
                untrained = false;
            }
            labels = engine::readLabels(resourcePath("models/fashion_mnist_classes.txt"));
        } else if (!weightsFile.isEmpty()) {
            net = engine::loadNetwork(variant, weightsFile.toStdString()).net;
            untrained = false;
        } else {
            const auto status = weights::findPretrained(variant);
            if (status.state == weights::WeightsState::Found) {
                net = engine::loadNetwork(variant, status.path).net;
                untrained = false;
            }
        }
        if (untrained) {
            torch::manual_seed(0);  // the same untrained network, and the same pictures, every time
            net = engine::untrainedNetwork(variant);
            engine::calibrateRandomWeights(net);
        }
        if (net->desc().root.output == std::vector<int64_t>{1000})
            labels = engine::readLabels(resourcePath("imagenet_classes.txt"));
        engine::EngineOptions eo;
        {
            QMutexLocker lock(&mutex_);
            eo.device = useCuda_ ? engine::DeviceChoice::Cuda : engine::DeviceChoice::Cpu;
        }
        engine_ = std::make_unique<engine::Engine>(net, labels, eo);
        variant_ = id;
        untrained_ = untrained;
        emit variantReady(id, std::make_shared<const arch::NetworkDesc>(net->desc()),
                          deviceText(*engine_), untrained_);
    } catch (const std::exception& e) {
        // The network shown so far stays loaded: a bad file loses nothing.
        emit failed(weightsFile.isEmpty()
                        ? tr("Cannot load %1: %2").arg(id, QString::fromUtf8(e.what()))
                        : tr("Cannot load %1 from %2: %3").arg(id, weightsFile, QString::fromUtf8(e.what())));
    }
}

void InferenceWorker::measureLatency()
{
    for (const auto& v : models::variants()) {
        try {
            auto net = engine::untrainedNetwork(v.id);  // the weights' values do not change the time
            engine::Engine e(net, {});
            const auto x = torch::zeros({1, net->desc().input[0], net->desc().input[1], net->desc().input[2]});
            e.run(x, 1);  // warm-up
            std::vector<double> ms;
            for (int i = 0; i < 3; ++i)
                ms.push_back(e.run(x, 1).forwardMs);
            std::sort(ms.begin(), ms.end());
            emit latencyMeasured(QString::fromStdString(v.id), ms[1], deviceText(e));
        } catch (const std::exception& e) {
            emit failed(tr("Cannot time %1: %2").arg(QString::fromStdString(v.id), QString::fromUtf8(e.what())));
        }
    }
    emit latencyFinished();
}

void InferenceWorker::classify(const QString& path, const QString& nodeId)
{
    if (!engine_) {
        emit imageFailed(path, tr("No network is loaded."));
        return;
    }
    try {
        run(vision::decodeImageFile(path.toStdString()), path, nodeId, false);
    } catch (const inception::Error& e) {
        emit imageFailed(path, QString::fromUtf8(e.what()));
    } catch (const std::exception& e) {
        emit imageFailed(path, tr("Inference failed: %1").arg(QString::fromUtf8(e.what())));
    }
}

void InferenceWorker::classifyFrame(const QImage& frame, const QString& nodeId)
{
    if (!engine_)
        return;  // a variant is loading: the frame is skipped
    try {
        const QImage rgb888 = frame.convertToFormat(QImage::Format_RGB888);
        const cv::Mat rgb(rgb888.height(), rgb888.width(), CV_8UC3, const_cast<uchar*>(rgb888.constBits()),
                          size_t(rgb888.bytesPerLine()));
        run(rgb, tr("live frame"), nodeId, true);
    } catch (const std::exception& e) {
        emit failed(tr("Live inference failed: %1").arg(QString::fromUtf8(e.what())));
    }
}

void InferenceWorker::run(const cv::Mat& rgb, const QString& path, const QString& nodeId, bool live)
{
    {
        const auto& desc = engine_->desc();
        const auto x = vision::preprocess(rgb, models::variant(variant_.toStdString()).preprocess);

        std::set<std::string> capture;
        const arch::ArchNode* selected = nodeId.isEmpty() ? nullptr : arch::findNode(desc.root, nodeId.toStdString());
        std::vector<const arch::ArchNode*> parts;
        if (selected) {
            capture.insert(selected->id);
            parts = shownParts(*selected);
            for (const auto* p : parts)
                capture.insert(p->id);
        }
        std::vector<std::string> heatIds;
        arch::forEachNode(desc.root, [&](const arch::ArchNode& n, int depth) {
            if (depth >= 1 && depth <= 2 && n.output.size() == 3)
                heatIds.push_back(n.id);
        });
        capture.insert(heatIds.begin(), heatIds.end());

        std::function<void()> gate;
        {
            QMutexLocker lock(&mutex_);
            gate = gate_;
        }
        if (gate)
            gate();
        const auto p = engine_->run(x, 5, capture);

        InferenceResult r;
        r.variant = variant_;
        r.path = path;
        r.live = live;
        if (!live)  // the live view shows the frame itself
            r.thumbnail = toQImage(rgb).scaled(200, 150, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        for (const auto& s : p.top[0]) {
            r.labels << QString::fromStdString(s.label);
            r.probabilities << s.probability;
        }
        r.forwardMs = p.forwardMs;
        r.device = deviceText(*engine_);
        r.untrained = untrained_;
        r.nodeId = nodeId;
        double strongest = 0;
        for (const auto& id : heatIds) {
            const double v = p.activations.at(id).abs().mean().item<double>();
            r.heat[id] = v;
            strongest = std::max(strongest, v);
        }
        for (auto& [id, v] : r.heat)
            v = strongest > 0 ? v / strongest : 0;
        r.input = networkInput(x, models::variant(variant_.toStdString()).preprocess);
        if (selected) {
            const auto& whole = p.activations.at(selected->id);
            const double total = whole.square().sum().item<double>();
            constexpr int kShown = 36;
            // One colour scale for every branch, so that their maps compare.
            float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
            for (const auto* part : parts) {
                const auto& t = p.activations.at(part->id);
                if (t.dim() != 4)
                    continue;
                const auto shown = t[0].slice(0, 0, kShown);
                lo = std::min(lo, shown.min().item<float>());
                hi = std::max(hi, shown.max().item<float>());
            }
            for (const auto* part : parts) {
                const auto& t = p.activations.at(part->id);
                BranchView b;
                b.id = QString::fromStdString(part->id);
                b.name = QString::fromStdString(part->name);
                b.shape = shapeText(std::vector<int64_t>(t.sizes().begin() + 1, t.sizes().end()));
                b.channels = t.dim() == 4 ? int(t.size(1)) : 1;
                b.energyShare = total > 0 ? t.square().sum().item<double>() / total : 0;
                if (t.dim() == 4) {
                    vision::GridOptions go;
                    go.maxChannels = kShown;
                    go.cellSize = b.cell;
                    go.gap = b.gap;
                    go.fixedMin = lo;
                    go.fixedMax = hi;
                    vision::GridRange range;
                    b.grid = toQImage(vision::renderChannelGrid(t[0], go, &range));
                    b.min = range.min;
                    b.max = range.max;
                    const auto shown = t[0].slice(0, 0, kShown).to(torch::kFloat32);
                    b.columns = vision::gridColumns(int(shown.size(0)));
                    const float span = hi > lo ? hi - lo : 1.0f;
                    const auto u8 = ((shown - lo) / span * 255.0).round().clamp(0, 255).to(torch::kUInt8).contiguous();
                    for (int64_t c = 0; c < u8.size(0); ++c) {
                        QImage map(int(u8.size(2)), int(u8.size(1)), QImage::Format_Grayscale8);
                        for (int y = 0; y < map.height(); ++y)
                            std::memcpy(map.scanLine(y), u8[c][y].data_ptr<uint8_t>(), size_t(map.width()));
                        b.maps << map;
                    }
                }
                r.branches << b;
            }
        }
        emit resultReady(r);
    }
}

}  // namespace explorer
