// The checks of a map, for the Explanation dock: the sanity check (cascading model randomisation
// and the shuffled-label twin, through the disk cache) and the deletion and insertion curves on
// Fashion-MNIST test images, each on the dock's job (progress and Cancel).
// LibTorch first: Qt's `slots` keyword macro must not reach its headers.
#include <torch/torch.h>

#include "explorer/explain/explanationcontroller.h"

#include <QLocale>

#include <cmath>

#include "data/datasets.h"
#include "engine/model.h"
#include "explain/faithfulness.h"
#include "explain/sanity.h"
#include "explain/sanity_cache.h"
#include "explorer/common/backgroundjob.h"
#include "explorer/common/errortext.h"
#include "explorer/explain/explanationpanel.h"
#include "explorer/explain/faithfulnesschart.h"
#include "explorer/explain/sanitychart.h"
#include "explorer/inference/inferenceservice.h"
#include "explorer/inspect/predictionspanel.h"
#include "vision/load_input.h"

namespace explorer {

using namespace inception;

// A refusal said at once is heard after the caller has started waiting (a scripted run's
// event loop): the signal goes through the event queue.
void ExplanationController::finishLater(void (ExplanationController::*finished)(bool))
{
    QMetaObject::invokeMethod(this, [this, finished] { emit(this->*finished)(true); }, Qt::QueuedConnection);
}

QString ExplanationController::needsFashionMnistModel()
{
    return tr("Deletion curves delete a garment's pixels to its black background: they need the trained "
              "Fashion-MNIST model (the bundled one).");
}

QString ExplanationController::needsTrainedWeights()
{
    return tr("The sanity check needs trained weights: it asks whether a map changes when the trained weights are "
              "replaced by random ones, and these are random already.");
}

namespace {

SanityView sanityView(const explain::SanityReport& r, const QString& name, bool cached)
{
    SanityView v;
    v.method = name;
    for (const auto& step : r.steps)
        v.steps << QString::fromStdString(step);
    const auto& c = r.curves.at(0);
    v.rank = QVector<double>(c.rank.begin(), c.rank.end());
    v.ssim = QVector<double>(c.ssim.begin(), c.ssim.end());
    v.hasShuffled = !r.shuffledLabels.empty();
    v.shuffledRank = c.shuffledRank;
    v.shuffledSsim = c.shuffledSsim;
    v.depends = c.dependsOnWeights;
    v.threshold = explain::kSanityRankThreshold;
    v.cached = cached;
    return v;
}

QString sanityText(const engine::Model& model, const explain::SanityReport& r, const SanityView& v)
{
    const auto& c = r.curves.at(0);
    const QString rank = std::isnan(c.rank.back()) ? ExplanationController::tr("flat")
                                                    : QLocale().toString(c.rank.back(), 'f', 2);
    QString what = ExplanationController::tr("Sanity check of %1 for <b>%2</b> (class %3): with every weight random, "
                                             "the rank correlation with the trained map is %4 (SSIM %5).")
                       .arg(v.method, QString::fromStdString(model.label(r.target)).toHtmlEscaped())
                       .arg(r.target)
                       .arg(rank, QLocale().toString(c.ssim.back(), 'f', 2));
    what += QStringLiteral("<br><b style='color:%1'>").arg(v.depends ? QStringLiteral("#1a7a1a") : QStringLiteral("#b05000")) +
            (v.depends ? ExplanationController::tr("Verdict: depends on the weights.")
                       : ExplanationController::tr("Verdict: barely changes when the weights are random: it shows the "
                                                   "image more than the network.")) +
            QStringLiteral("</b> ") +
            ExplanationController::tr("(below %1: depends on the weights)").arg(QLocale().toString(v.threshold, 'f', 1));
    if (v.hasShuffled)
        what += QStringLiteral("<br>") +
                ExplanationController::tr("The same network trained on shuffled labels: rank correlation %1, SSIM %2 "
                                          "(the squares on the right).")
                    .arg(QLocale().toString(c.shuffledRank, 'f', 2), QLocale().toString(c.shuffledSsim, 'f', 2));
    if (v.cached)
        what += QStringLiteral("<br>") + ExplanationController::tr("From the cache.");
    return what;
}

}  // namespace

void ExplanationController::runSanity()
{
    const auto model = service_->currentModel();
    const QString path = service_->currentImage();
    if (!model || path.isEmpty()) {
        panel_->showOcclusionFailed(tr("Drop an image first."));
        finishLater(&ExplanationController::sanityFinished);
        return;
    }
    if (panel_->method() == QLatin1String("occlusion") || !model->provenance().trained) {
        panel_->showOcclusionFailed(model->provenance().trained
                                        ? tr("The sanity check compares the gradient maps; pick one under Map.")
                                        : needsTrainedWeights());
        finishLater(&ExplanationController::sanityFinished);
        return;
    }
    explain::SanitySettings s;
    const auto shown = predictions_->shownClasses();
    s.target = panel_->chosenClass() >= 0 ? panel_->chosenClass() : shown.isEmpty() ? -1 : shown[0];
    s.attribution.steps = panel_->steps();
    s.attribution.samples = panel_->samples();
    s.attribution.baseline = explain::parseBaseline(panel_->baseline().toStdString());
    const std::string method = panel_->method().toStdString();
    const QString name = panel_->methodName();
    panel_->showSanityStarted();
    occlusion_->start([this, model, s, method, path, name](BackgroundJob::Context& ctx) mutable {
        try {
            const auto x = vision::loadInput(path.toStdString(), *model);
            s.shuffledLabels = explain::shuffledLabelsTwin(*model);
            const auto progress = [this, &ctx](int done, int total) {
                ctx.post([this, done, total] { panel_->showOcclusionProgress(done, total); });
                return !ctx.cancelled();
            };
            explain::CacheReport cache;
            const auto r = explain::sanityCached(model, x, {method}, s, progress, &cache);
            if (r.cancelled) {
                ctx.post([this, name] {
                    panel_->showSanityCancelled(tr("Sanity check of %1 cancelled; nothing was kept.").arg(name));
                    emit sanityFinished(true);
                });
                return;
            }
            const SanityView view = sanityView(r, name, cache.hit);
            QString what = sanityText(*model, r, view);
            if (!cache.problem.empty())
                what += QStringLiteral("<br>") + QString::fromStdString(cache.problem).toHtmlEscaped();
            ctx.post([this, view, what, path, model, name] {
                if (path != service_->currentImage() || model != service_->currentModel()) {
                    panel_->showSanityCancelled(
                        tr("The sanity check of %1 finished for an image or network no longer shown; it is kept in "
                           "the cache.").arg(name));
                    emit sanityFinished(true);
                    return;
                }
                sanityImage_ = path;
                panel_->showSanity(view, what);
                emit sanityFinished(false);
            });
        } catch (const std::exception& e) {
            const UserError u = ErrorText::from(e, path);
            ctx.post([this, u] {
                panel_->showOcclusionFailed(u.message);
                emit sanityFinished(true);
            });
        }
    });
}

namespace {

QVector<double> toVector(const std::vector<double>& v) { return QVector<double>(v.begin(), v.end()); }

QString faithfulnessText(const explain::FaithfulnessReport& r, const QString& name)
{
    const auto& random = r.curves.at(0);
    const auto& method = r.curves.at(1);
    return ExplanationController::tr("Deletion and insertion curves of %1 on %2 Fashion-MNIST test images: deleting "
                                     "the first %3 % of each garment's pixels in its order lowers the true class's "
                                     "probability by %4 on average, a random order by %5 (%6). Areas: deletion %7 "
                                     "(random %8, lower is better), insertion %9 (random %10, higher is better).")
        .arg(name)
        .arg(r.images)
        .arg(QLocale().toString(100 * r.dropFraction, 'f', 0))
        .arg(QLocale().toString(method.drop, 'f', 3), QLocale().toString(random.drop, 'f', 3),
             (method.drop >= random.drop ? QStringLiteral("+") : QString()) +
                 QLocale().toString(method.drop - random.drop, 'f', 3),
             QLocale().toString(method.deletionArea, 'f', 3), QLocale().toString(random.deletionArea, 'f', 3),
             QLocale().toString(method.insertionArea, 'f', 3), QLocale().toString(random.insertionArea, 'f', 3)) +
           QStringLiteral("<br>") +
           ExplanationController::tr("Blue: %1; grey: the random order. Solid: deletion; dashed: insertion.").arg(name);
}

}  // namespace

void ExplanationController::runFaithfulness(int images)
{
    const auto model = service_->currentModel();
    QString refusal;
    if (!model)
        refusal = tr("Open a network first.");
    else if (panel_->method() == QLatin1String("occlusion"))
        refusal = tr("The deletion curve ranks pixels by a gradient map; pick one under Map.");
    else if (!model->provenance().trained || !model->preset().grey || !model->preset().lightOnDark)
        refusal = needsFashionMnistModel();
    if (!refusal.isEmpty()) {
        panel_->showOcclusionFailed(refusal);
        finishLater(&ExplanationController::faithfulnessFinished);
        return;
    }
    explain::FaithfulnessSettings s;
    s.images = images;
    s.attribution.steps = panel_->steps();
    s.attribution.samples = panel_->samples();
    s.attribution.baseline = explain::parseBaseline(panel_->baseline().toStdString());
    const std::string method = panel_->method().toStdString();
    const QString name = panel_->methodName();
    panel_->showFaithfulnessStarted();
    occlusion_->start([this, model, s, method, name](BackgroundJob::Context& ctx) {
        const std::string dir = data::defaultFashionMnistDir();
        try {
            const auto test = data::fashionMnist(dir, "test");
            const auto progress = [this, &ctx](const std::string&, int done, int total) {
                ctx.post([this, done, total] { panel_->showOcclusionProgress(done, total); });
                return !ctx.cancelled();
            };
            const auto r = explain::faithfulness(model, test.images, test.labels, {method}, s, progress);
            if (r.cancelled || r.curves.size() < 2) {
                ctx.post([this, name] {
                    panel_->showFaithfulnessCancelled(tr("Deletion curve of %1 cancelled.").arg(name));
                    emit faithfulnessFinished(true);
                });
                return;
            }
            FaithfulnessView v;
            v.method = name;
            v.fractions = toVector(r.fractions);
            v.deletion = toVector(r.curves[1].deletion);
            v.insertion = toVector(r.curves[1].insertion);
            v.randomDeletion = toVector(r.curves[0].deletion);
            v.randomInsertion = toVector(r.curves[0].insertion);
            const QString what = faithfulnessText(r, name);
            ctx.post([this, v, what, model] {
                if (model != service_->currentModel()) {
                    panel_->showFaithfulnessCancelled(
                        tr("The deletion curve of %1 finished for a network no longer shown.").arg(v.method));
                    emit faithfulnessFinished(true);
                    return;
                }
                panel_->showFaithfulness(v, what);
                emit faithfulnessFinished(false);
            });
        } catch (const std::exception& e) {
            const UserError u = ErrorText::from(e, QString::fromStdString(dir));
            ctx.post([this, u] {
                panel_->showOcclusionFailed(u.message);
                emit faithfulnessFinished(true);
            });
        }
    });
}

}  // namespace explorer
