// LibTorch first: Qt's `slots` keyword macro must not reach its headers.
#include <torch/torch.h>

#include "explorer/inference/resultimages.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

#include "engine/session.h"
#include "explain/attribution.h"
#include "explain/run_analysis.h"
#include "explorer/common/tensorimage.h"
#include "explorer/diagram/nodetext.h"
#include "vision/colormap.h"
#include "vision/overlay.h"

namespace explorer {

using namespace inception;

namespace {

class ResultText {
    Q_DECLARE_TR_FUNCTIONS(ResultImages)
};

QImage toQImage(const cv::Mat& rgb)
{
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

QImage colouredMap(const torch::Tensor& hw, float limit) { return toQImage(vision::renderSignedMap(hw, limit, 1)); }

void fillKnockout(const explain::KnockoutComparison& c, const engine::Prediction& after,
                  const explain::Knockouts& knocked, KnockoutView& v)
{
    for (const auto& [id, kind] : knocked)
        v.knocked << QStringLiteral("%1 (%2)").arg(QString::fromStdString(id),
                                                  kind == models::Intervention::Mean ? ResultText::tr("mean")
                                                                                     : ResultText::tr("zero"));
    for (size_t i = 0; i < after.top[0].size(); ++i) {
        v.afterIndex << after.top[0][i].index;
        v.beforeP << c.beforeP[i];
        v.beforeRank << c.beforeRank[i];
    }
    for (const auto& s : c.before.top[0]) {
        v.beforeIndex << s.index;
        v.beforeLabels << QString::fromStdString(s.label);
        v.beforeTopP << s.probability;
    }
    v.top1Changed = c.top1Changed;
}

void fillExplanation(const explain::Explanation& e, const engine::Session& session, ExplainView& v)
{
    const auto& g = e.gradCam;
    v.shown = true;
    if (e.fellBack)
        v.note = ResultText::tr("The selected node has no spatial map; Grad-CAM is taken at %1.")
                     .arg(QString::fromStdString(g.node));
    v.cropFraction = e.cropFraction;
    v.node = QString::fromStdString(g.node);
    v.mapId = QString::fromStdString(g.mapId);
    v.classIndex = g.classes.at(0);
    v.label = QString::fromStdString(session.model().label(v.classIndex));
    v.mapSize = QSize(int(g.map.size(2)), int(g.map.size(1)));
    v.min = e.min;
    v.max = e.max;
    v.limit = e.limit;
    v.colours = colouredMap(e.upsampled, v.limit);
    v.termLimit = e.termLimit;
    for (const auto& t : g.terms)
        v.terms << TermView{QString::fromStdString(t.id), QString::fromStdString(t.name),
                            colouredMap(t.map[0], v.termLimit), t.map[0].sum().item<double>()};
}

// A part's channels as grey maps on the analysis's shared scale (the dock draws them as pages).
BranchView branchView(const explain::PartActivation& part, const arch::ArchNode* node, float lo, float hi)
{
    BranchView b;
    b.field = part.field;
    b.id = QString::fromStdString(part.id);
    b.name = QString::fromStdString(part.name);
    if (node)
        b.name = displayName(*node);
    b.shape = shapeText(part.shape);
    b.channels = part.channels;
    b.energyShare = part.energyShare;
    if (!part.shown.defined())
        return b;
    b.min = lo;
    b.max = hi;
    b.columns = vision::gridColumns(std::min(int(part.shown.size(0)), kChannelsPerPage));
    const float span = hi > lo ? hi - lo : 1.0f;
    const auto u8 = ((part.shown - lo) / span * 255.0).round().clamp(0, 255).to(torch::kUInt8).contiguous();
    for (int64_t c = 0; c < u8.size(0); ++c) {
        QImage map(int(u8.size(2)), int(u8.size(1)), QImage::Format_Grayscale8);
        for (int y = 0; y < map.height(); ++y)
            std::memcpy(map.scanLine(y), u8[c][y].data_ptr<uint8_t>(), size_t(map.width()));
        b.maps << map;
    }
    return b;
}

}  // namespace

void fillLiveMap(const explain::AttributionResult& r, const engine::Session& session, ExplainView& v)
{
    const auto& model = session.model();
    const auto& preset = model.preset();
    v.shown = true;
    v.method = QString::fromLatin1(explain::toString(r.method));
    v.methodName = QString::fromStdString(explain::displayName(r.method));
    v.node = v.mapId = QStringLiteral("input");
    v.classIndex = r.target;
    v.label = QString::fromStdString(model.label(r.target));
    v.mapSize = QSize(int(r.map.size(1)), int(r.map.size(0)));
    v.min = r.map.min().item<float>();
    v.max = r.map.max().item<float>();
    v.limit = vision::clippedLimit(r.map);
    v.colours = colouredMap(r.map, v.limit);
    v.cropFraction = preset.resize > 0 ? std::min(1.0, double(preset.crop) / double(preset.resize)) : 1.0;
}

QString deviceText(const engine::Session& session)
{
    QString where = session.device().is_cuda() ? QString::fromStdString(session.deviceName())
                                               : ResultText::tr("CPU, %n thread(s)", nullptr, session.threads());
    if (session.options().precision == engine::Precision::BFloat16)
        where += ResultText::tr(", bfloat16");
    return where;
}

InferenceResult resultImages(const explain::RunAnalysis& a, const engine::Session& session, const cv::Mat& rgb,
                             const QString& path, const QString& nodeId, bool live)
{
    const engine::Model& model = session.model();
    const auto& p = a.prediction;
    InferenceResult r;
    r.variant = QString::fromStdString(model.variant());
    r.path = path;
    r.live = live;
    if (!live)  // the live view shows the frame itself
        r.thumbnail = toQImage(rgb).scaled(200, 150, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    for (const auto& s : p.top[0]) {
        r.labels << QString::fromStdString(s.label);
        r.probabilities << s.probability;
        r.classIndex << s.index;
    }
    r.forwardMs = p.forwardMs;
    r.device = deviceText(session);
    r.untrained = !model.provenance().trained;
    r.nodeId = nodeId;
    r.heat = a.heat;
    r.input = networkInputImage(a.input, model.preset());
    if (a.knockout)
        fillKnockout(*a.knockout, p, a.knockout->applied, r.knockout);
    if (a.explanation)
        fillExplanation(*a.explanation, session, r.explain);
    for (const auto& part : a.parts) {
        r.branches << branchView(part, arch::findNode(model.desc().root, part.id), a.low, a.high);
        if (!a.knockout)
            continue;
        const auto k = a.knockout->applied.find(part.id);
        if (k != a.knockout->applied.end())
            r.branches.back().knockedOut = k->second == models::Intervention::Mean ? 2 : 1;
    }
    return r;
}

}  // namespace explorer
