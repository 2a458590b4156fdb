// LibTorch first: Qt's `slots` keyword macro must not reach its headers.
#include <torch/torch.h>

#include "explorer/explain/explanationcontroller.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QWidget>

#include "engine/model.h"
#include "explain/attribution.h"
#include "explain/explain_nodes.h"
#include "explain/occlusion.h"
#include "explorer/common/backgroundjob.h"
#include "explorer/common/errortext.h"
#include "explorer/explain/explanationpanel.h"
#include "explorer/explain/knockoutcontroller.h"
#include "explorer/inference/inferenceservice.h"
#include "explorer/inspect/predictionspanel.h"
#include "vision/load_input.h"
#include "vision/overlay.h"

namespace explorer {

using namespace inception;

namespace {

QImage toQImage(const cv::Mat& rgb)
{
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

QString untrainedNote(const engine::Model& model);


QString occlusionText(const engine::Model& model, const explain::OcclusionResult& r)
{
    return ExplanationController::tr("Occlusion of <b>%1</b> (class %2): %3 patches of %4 px, stride %5, grey %6. "
                                     "Red: the class's logit drops when this place is covered (largest drop %7).")
               .arg(QString::fromStdString(model.label(r.targetClass)).toHtmlEscaped())
               .arg(r.targetClass)
               .arg(r.ys.size() * r.xs.size())
               .arg(r.settings.patch)
               .arg(r.settings.stride)
               .arg(QLocale().toString(*r.settings.fill, 'f', 2))
               .arg(QLocale().toString(r.grid.max().item<double>(), 'g', 3)) +
           untrainedNote(model);
}

QString untrainedNote(const engine::Model& model)
{
    return model.provenance().trained ? QString()
                                      : QStringLiteral("<br><span style='color:#a03000'>") +
                                            ExplanationController::tr("Random weights: the map shows what this "
                                                                      "untrained network responds to.") +
                                            QStringLiteral("</span>");
}

QString attributionText(const engine::Model& model, const explain::AttributionResult& r, const QString& name)
{
    QString what = ExplanationController::tr("%1 of <b>%2</b> (class %3): %n gradient(s). Red: raises the class's "
                                             "logit; blue: lowers it.", "", r.passes)
                       .arg(name, QString::fromStdString(model.label(r.target)).toHtmlEscaped())
                       .arg(r.target);
    if (r.method == explain::Method::SmoothGradSquared || r.method == explain::Method::VarGrad)
        what = ExplanationController::tr("%1 of <b>%2</b> (class %3): %n gradient(s). Red: where the gradient is "
                                         "large (its sign is gone).", "", r.passes)
                   .arg(name, QString::fromStdString(model.label(r.target)).toHtmlEscaped())
                   .arg(r.target);
    if (r.method == explain::Method::IntegratedGradients)
        what += QStringLiteral("<br>") +
                ExplanationController::tr("Completeness: the attributions add up to %1, f(image) − f(baseline) = %2; "
                                          "gap %3.")
                    .arg(QLocale().toString(r.total, 'g', 4), QLocale().toString(r.logit - r.baselineLogit, 'g', 4),
                         r.gapRelative ? QLocale().toString(100 * r.gap, 'f', 2) + QStringLiteral(" %")
                                       : QLocale().toString(r.gap, 'g', 3));
    if (r.method == explain::Method::GuidedBackprop)
        what += QStringLiteral("<br>") +
                ExplanationController::tr("Guided Backprop looks sharp, but on Inception-v3 it barely changed when the "
                                          "weights were randomised (Adebayo et al. 2018). Sanity check tests it on this "
                                          "network.");
    return what + untrainedNote(model);
}

// The conductance terms of an Integrated Gradients run, for the Activations dock (none when the
// run took no conductance or the node has no branches to split it into).
ConductanceView conductanceView(const engine::Model& model, const explain::AttributionResult& r,
                                const explain::AttributionRequest& req, const QString& path)
{
    ConductanceView v;
    if (!r.conductance.defined() || r.conductanceTerms.empty())
        return v;
    v.variant = QString::fromStdString(model.variant());
    v.path = path;
    v.node = QString::fromStdString(req.conductanceAt);
    v.classIndex = r.target;
    v.label = QString::fromStdString(model.label(r.target));
    v.steps = req.settings.steps;
    for (const auto& t : r.conductanceTerms)
        v.terms.push_back({QString::fromStdString(t.id), QString::fromStdString(t.name), t.value});
    v.total = r.conductance.sum().item<double>();
    v.inputTotal = r.total;
    v.delta = r.logit - r.baselineLogit;
    return v;
}

}  // namespace

ExplanationController::ExplanationController(InferenceService* service, KnockoutController* knockouts,
                                             PredictionsPanel* predictions, QWidget* window)
    : QObject(window), service_(service), knockouts_(knockouts), predictions_(predictions),
      panel_(new ExplanationPanel), occlusion_(new BackgroundJob(QStringLiteral("occlusion"), this))
{
    connect(panel_, &ExplanationPanel::settingsChanged, this, &ExplanationController::apply);
    connect(panel_, &ExplanationPanel::occlusionRequested, this, &ExplanationController::runExplanation);
    connect(panel_, &ExplanationPanel::occlusionCancelled, this, &ExplanationController::cancelOcclusion);
    connect(panel_, &ExplanationPanel::sanityRequested, this, &ExplanationController::runSanity);
    connect(panel_, &ExplanationPanel::faithfulnessRequested, this, [this] { runFaithfulness(); });
    connect(knockouts_, &KnockoutController::changed, this, &ExplanationController::apply);
    connect(service_, &InferenceService::imageFailed, panel_, &ExplanationPanel::stopComputing);
    connect(service_, &InferenceService::failed, panel_, &ExplanationPanel::stopComputing);
    auto* gradCam = new QAction(tr("Grad-CAM"), window);
    gradCam->setShortcut(QKeySequence(QStringLiteral("Ctrl+G")));
    connect(gradCam, &QAction::triggered, this, [this] { panel_->setGradCamOn(!panel_->gradCamOn()); });
    window->addAction(gradCam);
    panel_->setOcclusionAvailable(false, tr("Drop an image first."));
    connect(service_, &InferenceService::classifying, this, [this](const QString& path) {
        panel_->setOcclusionAvailable(true, QString());
        if (path != sanityImage_)
            panel_->clearSanity();
    });
    connect(service_, &InferenceService::variantReady, this, [this] {
        const auto model = service_->currentModel();
        QStringList labels;
        if (model)
            for (const auto& l : model->labels())
                labels << QString::fromStdString(l);
        panel_->setClasses(labels);
        panel_->setSanityAvailable(model && model->provenance().trained, needsTrainedWeights());
        panel_->setFaithfulnessAvailable(model && model->provenance().trained && model->preset().grey &&
                                             model->preset().lightOnDark,
                                         needsFashionMnistModel(), kFaithfulnessImages);
        apply();
    });
}

void ExplanationController::apply()
{
    AnalysisSettings a;
    a.knockouts = knockouts_->knockouts();
    a.gradCam = panel_->gradCamOn();
    a.gradCamClass = panel_->chosenClass();
    a.liveMap = panel_->liveMap();
    // The first Grad-CAM of a network takes seconds (the backward pass is set up): say so at once.
    if (a.gradCam && service_->runsCurrentImage() && service_->currentModel())
        panel_->showComputing(tr("Computing Grad-CAM…"));
    service_->setAnalysis(a);
}

void ExplanationController::addNodeActions(QMenu& menu, const QString& id, const arch::NetworkDesc& drawn)
{
    auto* here = menu.addAction(tr("Grad-CAM here"), this, [this, id] {
        panel_->setGradCamOn(true);
        emit selectRequested(id);
        apply();
    });
    const std::string why = explain::spatialRefusal(drawn, id.toStdString());
    here->setEnabled(why.empty());
    if (!why.empty())
        here->setToolTip(QString::fromStdString(why));
}

void ExplanationController::cancelOcclusion() { occlusion_->cancel(); }

void ExplanationController::runExplanation()
{
    if (panel_->method() == QLatin1String("occlusion"))
        runOcclusion();
    else
        runAttribution();
}

void ExplanationController::runAttribution()
{
    const auto model = service_->currentModel();
    const QString path = service_->currentImage();
    if (!model || path.isEmpty()) {
        panel_->showOcclusionFailed(tr("Drop an image first."));
        return;
    }
    explain::AttributionRequest req;
    for (const auto& [id, mean] : knockouts_->knockouts())
        req.knockouts[id] = mean ? models::Intervention::Mean : models::Intervention::Zero;
    const auto shown = predictions_->shownClasses();
    req.target = panel_->chosenClass() >= 0 ? panel_->chosenClass() : shown.isEmpty() ? -1 : shown[0];
    req.method = explain::parseMethod(panel_->method().toStdString());
    req.settings.steps = panel_->steps();
    req.settings.samples = panel_->samples();
    req.settings.baseline = explain::parseBaseline(panel_->baseline().toStdString());
    // Integrated Gradients also splits its attribution at the selected module (the Activations dock
    // shows each branch's conductance), where the node has a spatial map to take it per channel.
    // Only at a module with branches (the dock's bars), and not where a knockout makes the node's
    // output constant (no gradient flows to it).
    const std::string node = service_->node().toStdString();
    const auto* selected = node.empty() ? nullptr : arch::findNode(model->desc().root, node);
    bool knocked = false;
    for (const auto& [id, kind] : req.knockouts)
        knocked = knocked || node == id || node.rfind(id + ".", 0) == 0;
    if (req.method == explain::Method::IntegratedGradients && selected && !knocked &&
        !explain::branchesOf(*selected).empty() && explain::spatialRefusal(model->desc(), node).empty())
        req.conductanceAt = node;
    const QString name = panel_->methodName();
    const auto knockouts = knockouts_->knockouts();
    occlusion_->start([this, model, req, path, name, knockouts](BackgroundJob::Context& ctx) {
        try {
            const auto x = vision::loadInput(path.toStdString(), *model);
            const auto progress = [this, &ctx](int done, int total) {
                ctx.post([this, done, total] { panel_->showOcclusionProgress(done, total); });
                return !ctx.cancelled();
            };
            const auto r = explain::attribute(model, x, req, progress);
            if (r.cancelled) {
                ctx.post([this, name] {
                    panel_->showOcclusion({}, {}, 0, tr("%1 cancelled.").arg(name));
                    emit occlusionFinished(true);
                });
                return;
            }
            const float limit = vision::clippedLimit(r.map);  // gradient maps are heavy-tailed
            const QImage image = toQImage(vision::renderSignedMap(r.map, limit, 1));
            const QImage input = toQImage(vision::inputPicture(x, model->preset()));
            const QString what = attributionText(*model, r, name) + QStringLiteral("<br>") +
                                 tr("Colours end at the 99.5th percentile of |map|: %1.")
                                     .arg(QLocale().toString(limit, 'g', 3));
            const ConductanceView conductance = conductanceView(*model, r, req, path);
            ctx.post([this, input, image, limit, what, conductance, model, knockouts] {
                panel_->showOcclusion(input, image, limit, what);
                // Bars of a network or knockouts no longer applied would describe another computation.
                if (!conductance.empty() && model == service_->currentModel() && knockouts == knockouts_->knockouts())
                    emit conductanceComputed(conductance);
                emit occlusionFinished(false);
            });
        } catch (const std::exception& e) {
            const UserError u = ErrorText::from(e, path);
            ctx.post([this, u] {
                panel_->showOcclusionFailed(u.message);
                emit occlusionFinished(true);
            });
        }
    });
}

void ExplanationController::runOcclusion()
{
    const auto model = service_->currentModel();
    const QString path = service_->currentImage();
    if (!model || path.isEmpty()) {
        panel_->showOcclusionFailed(tr("Drop an image first."));
        return;
    }
    std::map<std::string, models::Intervention> knocked;
    for (const auto& [id, mean] : knockouts_->knockouts())
        knocked[id] = mean ? models::Intervention::Mean : models::Intervention::Zero;
    // The top-1 explained is the one the Predictions dock shows.
    const auto shown = predictions_->shownClasses();
    const int cls = panel_->chosenClass() >= 0 ? panel_->chosenClass() : shown.isEmpty() ? -1 : shown[0];
    const int patch = panel_->patch();
    occlusion_->start([this, model, knocked, cls, patch, path](BackgroundJob::Context& ctx) {
        try {
            const auto x = vision::loadInput(path.toStdString(), *model);
            explain::OcclusionSettings s;
            s.patch = patch;
            const auto progress = [this, &ctx](int64_t done, int64_t total) {
                ctx.post([this, done, total] { panel_->showOcclusionProgress(int(done), int(total)); });
                return !ctx.cancelled();
            };
            const auto r = explain::occlusion(model, x, cls, s, knocked, progress, 1);
            if (r.cancelled) {
                ctx.post([this] {
                    panel_->showOcclusion({}, {}, 0, tr("Occlusion cancelled."));
                    emit occlusionFinished(true);
                });
                return;
            }
            const float limit = std::max(1e-6f, r.map.abs().max().item<float>());
            const QImage image = toQImage(vision::renderSignedMap(r.map, limit, 1));
            const QImage input = toQImage(vision::inputPicture(x, model->preset()));
            const QString what = occlusionText(*model, r);
            ctx.post([this, input, image, limit, what] {
                panel_->showOcclusion(input, image, limit, what);
                emit occlusionFinished(false);
            });
        } catch (const std::exception& e) {
            const UserError u = ErrorText::from(e, path);
            ctx.post([this, u] {
                panel_->showOcclusionFailed(u.message);
                emit occlusionFinished(true);
            });
        }
    });
}

}  // namespace explorer
