// LibTorch first: Qt's `slots` keyword macro must not reach its headers.
#include <torch/torch.h>

#include <opencv2/imgproc.hpp>

#include "common/error.h"
#include "common/resources.h"
#include "engine/calibrate.h"
#include "engine/engine.h"
#include "engine/loader.h"
#include "models/registry.h"
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

}  // namespace

InferenceWorker::InferenceWorker(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<explorer::InferenceResult>();
    qRegisterMetaType<std::shared_ptr<const inception::arch::NetworkDesc>>();
}

InferenceWorker::~InferenceWorker() = default;

void InferenceWorker::setGate(std::function<void()> gate)
{
    QMutexLocker lock(&mutex_);
    gate_ = std::move(gate);
}

void InferenceWorker::requestVariant(const QString& id)
{
    QMutexLocker lock(&mutex_);
    pendingVariant_ = id;
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
    QString variant, path, node;
    bool doVariant, doClassify;
    {
        QMutexLocker lock(&mutex_);
        doVariant = hasVariant_;
        doClassify = hasClassify_;
        variant = pendingVariant_;
        path = pendingPath_;
        node = pendingNode_;
        hasVariant_ = hasClassify_ = scheduled_ = false;
    }
    emit busyChanged(true);
    if (doVariant)
        loadVariant(variant);
    if (doClassify)
        classify(path, node);
    emit busyChanged(false);
}

void InferenceWorker::loadVariant(const QString& id)
{
    try {
        const std::string variant = id.toStdString();
        models::InceptionNet net{nullptr};
        const auto status = weights::findPretrained(variant);
        untrained_ = status.state != weights::WeightsState::Found;
        if (!untrained_) {
            net = engine::loadNetwork(variant, status.path).net;
        } else {
            torch::manual_seed(0);  // the same untrained network, and the same pictures, every time
            net = engine::untrainedNetwork(variant);
            engine::calibrateRandomWeights(net);
        }
        std::vector<std::string> labels;
        if (net->desc().root.output == std::vector<int64_t>{1000})
            labels = engine::readLabels(resourcePath("imagenet_classes.txt"));
        engine_ = std::make_unique<engine::Engine>(net, labels);
        variant_ = id;
        emit variantReady(id, std::make_shared<const arch::NetworkDesc>(net->desc()),
                          QString::fromStdString(engine_->deviceName()), untrained_);
    } catch (const std::exception& e) {
        engine_.reset();
        emit failed(tr("Cannot load %1: %2").arg(id, QString::fromUtf8(e.what())));
    }
}

void InferenceWorker::classify(const QString& path, const QString& nodeId)
{
    if (!engine_) {
        emit failed(tr("No network is loaded."));
        return;
    }
    try {
        const auto& desc = engine_->desc();
        const cv::Mat rgb = vision::decodeImageFile(path.toStdString());
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
        r.thumbnail = toQImage(rgb).scaled(200, 150, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        for (const auto& s : p.top[0]) {
            r.labels << QString::fromStdString(s.label);
            r.probabilities << s.probability;
        }
        r.forwardMs = p.forwardMs;
        r.device = QString::fromStdString(engine_->deviceName());
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
        if (selected) {
            const auto& whole = p.activations.at(selected->id);
            const double total = whole.square().sum().item<double>();
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
                    go.maxChannels = 36;
                    go.cellSize = 26;
                    vision::GridRange range;
                    b.grid = toQImage(vision::renderChannelGrid(t[0], go, &range));
                    b.min = range.min;
                    b.max = range.max;
                }
                r.branches << b;
            }
        }
        emit resultReady(r);
    } catch (const inception::Error& e) {
        emit failed(QString::fromUtf8(e.what()));
    } catch (const std::exception& e) {
        emit failed(tr("Inference failed: %1").arg(QString::fromUtf8(e.what())));
    }
}

}  // namespace explorer
