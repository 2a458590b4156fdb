// LibTorch first: Qt's `slots` keyword macro must not reach its headers.
#include <torch/torch.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstring>
#include <limits>

#include "common/error.h"
#include "engine/calibrate.h"
#include "engine/cpu_features.h"
#include "engine/model.h"
#include "engine/session.h"
#include "explain/explain_nodes.h"
#include "explain/gradcam.h"
#include "models/normalise.h"
#include "models/registry.h"
#include "vision/channel_grid.h"
#include "vision/decode.h"
#include "vision/overlay.h"
#include "vision/preprocess.h"
#include "weights/catalog.h"

#include "errortext.h"
#include "inferenceworker.h"
#include "nodetext.h"
#include "tensorimage.h"

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

// The same image without the knockouts: the before of the Predictions dock's before/after.
void compareWithout(engine::Session& session, const torch::Tensor& x, const engine::Prediction& after,
                    const std::map<std::string, models::Intervention>& knockouts, KnockoutView& v)
{
    const auto capture = session.options().capture;
    session.options().capture.clear();
    session.options().interventions.clear();
    const auto before = session.run(x);
    session.options().capture = capture;
    session.options().interventions = knockouts;
    for (const auto& [id, kind] : knockouts)
        v.knocked << QStringLiteral("%1 (%2)").arg(QString::fromStdString(id),
                                                  kind == models::Intervention::Mean ? InferenceWorker::tr("mean")
                                                                                     : InferenceWorker::tr("zero"));
    const auto probs = before.probabilities[0].contiguous();
    const auto order = std::get<1>(probs.sort(0, /*descending=*/true)).contiguous();
    std::vector<int> rank(size_t(probs.size(0)));
    for (int64_t i = 0; i < order.size(0); ++i)
        rank[size_t(order[i].item<int64_t>())] = int(i) + 1;
    for (const auto& s : after.top[0]) {
        v.afterIndex << s.index;
        v.beforeP << probs[s.index].item<float>();
        v.beforeRank << rank[size_t(s.index)];
    }
    for (const auto& s : before.top[0]) {
        v.beforeIndex << s.index;
        v.beforeLabels << QString::fromStdString(s.label);
        v.beforeTopP << s.probability;
    }
    v.top1Changed = before.top[0][0].index != after.top[0][0].index;
}

QImage colouredMap(const torch::Tensor& hw, float limit)
{
    return toQImage(vision::renderSignedMap(hw, limit, 1));
}

// Grad-CAM at the selected node where it has a spatial map, else at the variant's default node.
void explainResult(engine::Session& session, const torch::Tensor& x, const arch::ArchNode* selected,
                   const AnalysisSettings& settings, const std::map<std::string, models::Intervention>& knockouts,
                   int shownTop1, ExplainView& v)
{
    const auto& desc = session.model().desc();
    std::string node = explain::defaultNode(desc);
    if (selected) {
        const std::string why = explain::spatialRefusal(desc, selected->id);
        if (why.empty())
            node = selected->id;
        else
            v.note = InferenceWorker::tr("The selected node has no spatial map; Grad-CAM is taken at %1.")
                         .arg(QString::fromStdString(node));
    }
    explain::GradCamRequest req;
    req.node = node;
    req.perBranch = explain::perBranchRefusal(desc, node).empty();
    req.knockouts = knockouts;
    req.device = session.device().is_cuda() ? engine::DeviceChoice::Cuda : engine::DeviceChoice::Cpu;
    req.threads = session.options().threads;
    // The top-1 is the one the Predictions dock shows (its forward may run in bfloat16; the
    // gradients run in float32).
    req.classes = {settings.gradCamClass >= 0 && settings.gradCamClass < session.model().classes() ? settings.gradCamClass
                                                                                                   : shownTop1};
    const auto g = explain::gradCam(session.modelPtr(), x, req);
    v.shown = true;
    const auto& preset = session.model().preset();
    v.cropFraction = preset.resize > 0 ? std::min(1.0, double(preset.crop) / double(preset.resize)) : 1.0;
    v.node = QString::fromStdString(g.node);
    v.mapId = QString::fromStdString(g.mapId);
    v.classIndex = g.classes.at(0);
    v.label = QString::fromStdString(session.model().label(v.classIndex));
    const auto map = g.map[0];
    v.mapSize = QSize(int(map.size(1)), int(map.size(0)));
    v.min = map.min().item<float>();
    v.max = map.max().item<float>();
    v.limit = std::max(std::abs(v.min), std::abs(v.max));
    if (!(v.limit > 0))
        v.limit = 1;
    v.colours = colouredMap(explain::upsampleMap(g.map, x.size(2), x.size(3))[0], v.limit);
    float termLimit = 0;
    for (const auto& t : g.terms)
        termLimit = std::max(termLimit, t.map[0].abs().max().item<float>());
    v.termLimit = termLimit > 0 ? termLimit : 1;
    for (const auto& t : g.terms)
        v.terms << TermView{QString::fromStdString(t.id), QString::fromStdString(t.name),
                            colouredMap(t.map[0], v.termLimit), t.map[0].sum().item<double>()};
}

engine::SessionOptions optionsFor(const RunSettings& s)
{
    engine::SessionOptions o;
    o.device = s.cuda ? engine::DeviceChoice::Cuda : engine::DeviceChoice::Cpu;
    o.precision = s.bf16 ? engine::Precision::BFloat16 : engine::Precision::Float32;
    return o;
}

}  // namespace

QString deviceText(const engine::Session& session)
{
    QString where = session.device().is_cuda() ? QString::fromStdString(session.deviceName())
                                               : InferenceWorker::tr("CPU, %n thread(s)", nullptr, session.threads());
    if (session.options().precision == engine::Precision::BFloat16)
        where += InferenceWorker::tr(", bfloat16");
    return where;
}

InferenceWorker::InferenceWorker(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<explorer::InferenceResult>();
    qRegisterMetaType<std::shared_ptr<const inception::arch::NetworkDesc>>();
    settings_.cuda = cudaAvailable();
}

InferenceWorker::~InferenceWorker() = default;

void InferenceWorker::setGate(std::function<void()> gate)
{
    QMutexLocker lock(&mutex_);
    gate_ = std::move(gate);
}

std::function<void()> InferenceWorker::gate() const
{
    QMutexLocker lock(&mutex_);
    return gate_;
}

bool InferenceWorker::cudaAvailable() { return torch::cuda::is_available(); }

bool InferenceWorker::bf16Available(QString* why)
{
    if (cudaAvailable())
        return true;
    std::string reason;
    if (!engine::cpuBf16Supported(&reason)) {
        if (why)
            *why = tr("bfloat16 is not offered here: %1").arg(QString::fromStdString(reason));
        return false;
    }
    // AVX512-BF16 without AMX runs bfloat16, but slower than float32 (measured: GoogLeNet 14 ms
    // against 10 ms): not offered in the window; `inception-cli --precision bfloat16` still runs it.
    if (!engine::cpuFeatures().amxBf16) {
        if (why)
            *why = tr("bfloat16 is not offered here: without AMX this processor computes it slower than float32");
        return false;
    }
    return true;
}

bool InferenceWorker::bf16ByDefault() { return !cudaAvailable() && bf16Available(); }

void InferenceWorker::setRunSettings(const RunSettings& settings)
{
    QMutexLocker lock(&mutex_);
    settings_ = settings;
    settings_.cuda = settings.cuda && cudaAvailable();
}

void InferenceWorker::setAnalysis(const AnalysisSettings& settings)
{
    QMutexLocker lock(&mutex_);
    analysis_ = settings;
}

AnalysisSettings InferenceWorker::analysis() const
{
    QMutexLocker lock(&mutex_);
    return analysis_;
}

RunSettings InferenceWorker::runSettings() const
{
    QMutexLocker lock(&mutex_);
    return settings_;
}

std::shared_ptr<const engine::Model> InferenceWorker::currentModel() const
{
    QMutexLocker lock(&mutex_);
    return model_;
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

void InferenceWorker::requestVariant(const QString& id) { requestWeightsFile(id, QString()); }

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
    QString variant, weightsFile, path, node;
    bool doVariant, doClassify, doLatency;
    {
        QMutexLocker lock(&mutex_);
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
        openVariant(variant, weightsFile);
    if (doClassify)
        classify(path, node);
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

void InferenceWorker::openVariant(const QString& id, const QString& weightsFile)
{
    const std::string variant = id.toStdString();
    try {
        engine::WeightsChoice choice;
        if (!weightsFile.isEmpty())
            choice = engine::WeightsChoice::file(weightsFile.toStdString());
        else
            choice.untrainedFallback = true;  // a diagram and activations even without weights
        const auto progress = [this, id](double f, const std::string& what) {
            emit openProgress(id, f, QString::fromStdString(what));
        };
        std::shared_ptr<const engine::Model> model;
        try {
            model = engine::openModel(variant, choice, progress);
        } catch (const inception::Error& e) {
            // A damaged file in the cache must not leave the window without a network: random
            // weights instead, and the reason in the status bar (the Weights dock offers a fresh
            // download).
            if (!weightsFile.isEmpty() || e.code() != ErrorCode::CorruptFile)
                throw;
            const UserError u = ErrorText::from(e, id);
            emit failed(tr("Cannot open %1 with its cached weights: %2").arg(id, u.message), u.detail);
            model = engine::openModel(variant, engine::WeightsChoice::untrained(0), progress);
        }
        {
            QMutexLocker lock(&mutex_);
            model_ = model;
        }
        session_.reset();
        auto& s = session();
        emit variantReady(id, std::make_shared<const arch::NetworkDesc>(model->desc()), deviceText(s),
                          !model->provenance().trained);
    } catch (const std::exception& e) {
        // The network shown so far stays open: a bad file loses nothing.
        const UserError u = ErrorText::from(e, weightsFile.isEmpty() ? id : weightsFile);
        const QString message = weightsFile.isEmpty() ? tr("Cannot open %1: %2").arg(id, u.message)
                                                      : tr("Cannot load %1 from %2: %3").arg(id, weightsFile, u.message);
        emit variantFailed(id, message);
        emit failed(message, u.detail);
    }
}

void InferenceWorker::refreshSession(std::unique_ptr<engine::Session>& session,
                                     const std::shared_ptr<const engine::Model>& model, const RunSettings& settings)
{
    const auto options = optionsFor(settings);
    if (!session || session->modelPtr() != model || session->options().device != options.device ||
        session->options().precision != options.precision)
        session = std::make_unique<engine::Session>(model, options);
}

engine::Session& InferenceWorker::session()
{
    refreshSession(session_, currentModel(), runSettings());
    return *session_;
}

void InferenceWorker::measureLatency()
{
    const auto options = optionsFor(runSettings());
    for (const auto& v : models::variants()) {
        try {
            // The weights' values do not change the time: random ones, no calibration.
            models::InceptionNet net(models::describe(v.id));
            engine::randomInitialise(net, 0);
            engine::Session s(engine::modelFromNetwork(net), options);
            const auto& in = s.model().desc().input;
            const auto x = torch::zeros({1, in[0], in[1], in[2]});
            s.run(x);  // warm-up (and the plan's compilation)
            std::vector<double> ms;
            for (int i = 0; i < 3; ++i)
                ms.push_back(s.run(x).forwardMs);
            std::sort(ms.begin(), ms.end());
            emit latencyMeasured(QString::fromStdString(v.id), ms[1], deviceText(s));
        } catch (const std::exception& e) {
            const UserError u = ErrorText::from(e, QString::fromStdString(v.id));
            emit failed(tr("Cannot time %1: %2").arg(QString::fromStdString(v.id), u.message), u.detail);
        }
    }
    emit latencyFinished();
}

void InferenceWorker::classify(const QString& path, const QString& nodeId)
{
    if (!currentModel()) {
        emit imageFailed(path, tr("No network is open yet."), QString());
        return;
    }
    try {
        emit resultReady(
            analyse(session(), vision::decodeImageFile(path.toStdString()), path, nodeId, false, gate(), analysis()));
    } catch (const std::exception& e) {
        const UserError u = ErrorText::from(e, path);
        emit imageFailed(path, u.message, u.detail);
    }
}

InferenceResult InferenceWorker::analyse(engine::Session& session, const cv::Mat& rgb, const QString& path,
                                         const QString& nodeId, bool live, const std::function<void()>& gate,
                                         const AnalysisSettings& settings)
{
    const engine::Model& model = session.model();
    const auto& desc = model.desc();
    const auto x = vision::preprocess(rgb, model.preset());

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
    session.options().capture = capture;
    session.options().topK = 5;
    std::map<std::string, models::Intervention> knockouts;
    for (const auto& [id, mean] : settings.knockouts)
        if (arch::findNode(desc.root, id))
            knockouts[id] = mean ? models::Intervention::Mean : models::Intervention::Zero;
    session.options().interventions = knockouts;

    if (gate)
        gate();
    const auto p = session.run(x);

    InferenceResult r;
    r.variant = QString::fromStdString(model.variant());
    r.path = path;
    r.live = live;
    if (!live)  // the live view shows the frame itself
        r.thumbnail = toQImage(rgb).scaled(200, 150, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    for (const auto& s : p.top[0]) {
        r.labels << QString::fromStdString(s.label);
        r.probabilities << s.probability;
    }
    r.forwardMs = p.forwardMs;
    r.device = deviceText(session);
    r.untrained = !model.provenance().trained;
    r.nodeId = nodeId;
    double strongest = 0;
    for (const auto& id : heatIds) {
        const double v = p.activations.at(id).abs().mean().item<double>();
        r.heat[id] = v;
        strongest = std::max(strongest, v);
    }
    for (auto& [id, v] : r.heat)
        v = strongest > 0 ? v / strongest : 0;
    r.input = networkInputImage(x, model.preset());
    for (const auto& s : p.top[0])
        r.classIndex << s.index;
    if (!knockouts.empty())
        compareWithout(session, x, p, knockouts, r.knockout);
    if (settings.gradCam)
        explainResult(session, x, selected, settings, knockouts, p.top[0][0].index, r.explain);
    if (!selected)
        return r;
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
    const auto fields = arch::receptiveFields(desc);
    for (const auto* part : parts) {
        const auto& t = p.activations.at(part->id);
        BranchView b;
        if (auto f = fields.find(part->id); f != fields.end())
            b.field = f->second;
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
    return r;
}

}  // namespace explorer
