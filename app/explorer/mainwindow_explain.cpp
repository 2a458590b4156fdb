// Why the network decides, in the window: knockouts from the diagram's context menu, the
// Explanation dock (Grad-CAM, occlusion) and the knockout sweep.
// LibTorch first: Qt's `slots` keyword macro must not reach its headers.
#include <torch/torch.h>

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QStatusBar>

#include "diagramlegend.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "engine/model.h"
#include "errortext.h"
#include "explain/explain_nodes.h"
#include "explain/occlusion.h"
#include "activationspanel.h"
#include "explanationpanel.h"
#include "inferenceworker.h"
#include "mainwindow.h"
#include "predictionspanel.h"
#include "sweepdialog.h"
#include "vision/decode.h"
#include "vision/overlay.h"
#include "vision/preprocess.h"

namespace explorer {

using namespace inception;

void MainWindow::postToGui(std::function<void()> f)
{
    if (!*alive_)  // the destructor has begun (it joins the worker threads before members go)
        return;
    QPointer<MainWindow> self(this);
    QMetaObject::invokeMethod(this, [self, f = std::move(f)] {
        if (self)
            f();
    });
}

void MainWindow::setupExplain()
{
    connect(scene_, &DiagramScene::nodeContextMenu, this, &MainWindow::nodeMenu);
    connect(explanation_, &ExplanationPanel::settingsChanged, this, &MainWindow::applyAnalysis);
    connect(explanation_, &ExplanationPanel::occlusionRequested, this, &MainWindow::runOcclusion);
    connect(explanation_, &ExplanationPanel::occlusionCancelled, this, &MainWindow::cancelOcclusion);
    auto* gradCam = new QAction(tr("Grad-CAM"), this);
    gradCam->setShortcut(QKeySequence(QStringLiteral("Ctrl+G")));
    connect(gradCam, &QAction::triggered, this, [this] { explanation_->setGradCamOn(!explanation_->gradCamOn()); });
    addAction(gradCam);
    auto* restoreAllAction = new QAction(tr("Restore all knocked-out nodes"), this);
    restoreAllAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    connect(restoreAllAction, &QAction::triggered, this, &MainWindow::restoreAll);
    addAction(restoreAllAction);
    explanation_->setOcclusionAvailable(false, tr("Drop an image first."));
    setupLookFor();
}

std::map<std::string, bool> MainWindow::knockouts() const { return scene_->knockouts(); }

void MainWindow::knockOut(const QString& id, bool mean)
{
    auto k = scene_->knockouts();
    k[id.toStdString()] = mean;
    scene_->setKnockouts(k);
    view_->legend()->setKnockoutShown(true);
    view_->placeLegend();
    statusBar()->showMessage(tr("%1 knocked out (%2). Right-click it to restore.")
                                 .arg(id, mean ? tr("each channel set to its mean") : tr("set to zero")),
                             5000);
    applyAnalysis();
}

void MainWindow::restore(const QString& id)
{
    auto k = scene_->knockouts();
    k.erase(id.toStdString());
    scene_->setKnockouts(k);
    view_->legend()->setKnockoutShown(!k.empty());
    view_->placeLegend();
    applyAnalysis();
}

void MainWindow::restoreAll()
{
    scene_->setKnockouts({});
    view_->legend()->setKnockoutShown(false);
    view_->placeLegend();
    applyAnalysis();
}

void MainWindow::applyAnalysis()
{
    AnalysisSettings a;
    a.knockouts = scene_->knockouts();
    a.gradCam = explanation_->gradCamOn();
    a.gradCamClass = explanation_->chosenClass();
    worker_->setAnalysis(a);
    if (!currentImage_.isEmpty() && !liveRunning())
        worker_->requestClassify(currentImage_, QString::fromStdString(scene_->selectedId()));
}

void MainWindow::explainVariantChanged()
{
    // Knockouts name nodes of the network that was open; a new one starts whole.
    if (!scene_->knockouts().empty())
        scene_->setKnockouts({});
    view_->legend()->setKnockoutShown(false);
    const auto model = worker_->currentModel();
    QStringList labels;
    if (model)
        for (const auto& l : model->labels())
            labels << QString::fromStdString(l);
    explanation_->setClasses(labels);
    applyAnalysis();
}

void MainWindow::nodeMenu(const QString& id, const QPoint& screenPos)
{
    if (auto menu = nodeMenuFor(id))
        menu->exec(screenPos);
}

std::unique_ptr<QMenu> MainWindow::nodeMenuFor(const QString& id)
{
    const auto* desc = scene_->network();
    if (!desc)
        return nullptr;
    const std::string node = id.toStdString();
    const auto k = scene_->knockouts();
    auto holder = std::make_unique<QMenu>(this);
    QMenu& menu = *holder;
    menu.setToolTipsVisible(true);
    const bool isRoot = node == desc->root.id;
    auto* zero = menu.addAction(tr("Knock out (zero)"), this, [this, id] { knockOut(id, false); });
    auto* mean = menu.addAction(tr("Knock out (each channel's mean)"), this, [this, id] { knockOut(id, true); });
    if (isRoot) {
        zero->setEnabled(false);
        mean->setEnabled(false);
        zero->setToolTip(tr("The whole network cannot be knocked out; choose a module, branch or layer."));
        mean->setToolTip(zero->toolTip());
    }
    auto* restoreAction = menu.addAction(tr("Restore"), this, [this, id] { restore(id); });
    restoreAction->setEnabled(k.count(node) > 0);
    if (!restoreAction->isEnabled())
        restoreAction->setToolTip(tr("%1 is not knocked out.").arg(id));
    auto* all = menu.addAction(tr("Restore all"), this, &MainWindow::restoreAll);
    all->setEnabled(!k.empty());
    menu.addSeparator();
    auto* sweep = menu.addAction(tr("Sweep its branches…"), this, [this, id] { openSweep(id); });
    const arch::ArchNode* n = arch::findNode(desc->root, node);
    const bool hasBranches = n && !explain::branchesOf(*n).empty();
    sweep->setEnabled(hasBranches && !currentImage_.isEmpty());
    if (!hasBranches)
        sweep->setToolTip(tr("%1 has no branches to knock out one by one; choose an Inception module.").arg(id));
    else if (currentImage_.isEmpty())
        sweep->setToolTip(tr("Drop an image first."));
    auto* explainHere = menu.addAction(tr("Grad-CAM here"), this, [this, id] {
        explanation_->setGradCamOn(true);
        selectNode(id);
        applyAnalysis();
    });
    const std::string why = explain::spatialRefusal(*desc, node);
    explainHere->setEnabled(why.empty());
    if (!why.empty())
        explainHere->setToolTip(QString::fromStdString(why));
    auto* dreamHere = menu.addAction(tr("DeepDream here…"), this, [this, id] { openDream(id); });
    dreamHere->setEnabled(why.empty() && !currentImage_.isEmpty());
    if (!why.empty())
        dreamHere->setToolTip(QString::fromStdString(why));
    else if (currentImage_.isEmpty())
        dreamHere->setToolTip(tr("Drop an image first."));
    return holder;
}

SweepDialog* MainWindow::openSweep(const QString& module)
{
    const auto model = worker_->currentModel();
    const arch::ArchNode* n = model ? arch::findNode(model->desc().root, module.toStdString()) : nullptr;
    if (!n || explain::branchesOf(*n).empty() || currentImage_.isEmpty()) {
        statusBar()->showMessage(currentImage_.isEmpty() ? tr("Drop an image first.")
                                                         : tr("%1 has no branches to sweep.").arg(module),
                                 6000);
        return nullptr;
    }
    auto* dialog = new SweepDialog(model, module, scene_->knockouts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->run({currentImage_});
    return dialog;
}

void MainWindow::cancelOcclusion() { occlusionCancel_ = true; }

void MainWindow::runOcclusion()
{
    const auto model = worker_->currentModel();
    if (!model || currentImage_.isEmpty()) {
        explanation_->showOcclusionFailed(tr("Drop an image first."));
        return;
    }
    if (occlusionThread_.joinable())
        occlusionThread_.join();
    occlusionCancel_ = false;
    std::map<std::string, models::Intervention> knocked;
    for (const auto& [id, mean] : scene_->knockouts())
        knocked[id] = mean ? models::Intervention::Mean : models::Intervention::Zero;
    // The top-1 explained is the one the Predictions dock shows.
    const auto shown = predictions_->shownClasses();
    const int cls = explanation_->chosenClass() >= 0 ? explanation_->chosenClass() : shown.isEmpty() ? -1 : shown[0];
    const int patch = explanation_->patch();
    const QString path = currentImage_;
    occlusionThread_ = std::thread([this, model, knocked, cls, patch, path] {
        auto post = [this](std::function<void()> f) { postToGui(std::move(f)); };
        try {
            const auto x = vision::preprocess(vision::decodeImageFile(path.toStdString()), model->preset());
            explain::OcclusionSettings s;
            s.patch = patch;
            const auto r = explain::occlusion(
                model, x, cls, s, knocked,
                [this, post](int64_t done, int64_t total) {
                    post([this, done, total] { explanation_->showOcclusionProgress(int(done), int(total)); });
                    return !occlusionCancel_;
                },
                1);
            if (r.cancelled) {
                post([this] {
                    explanation_->showOcclusion({}, {}, 0, tr("Occlusion cancelled."));
                    emit occlusionFinished(true);
                });
                return;
            }
            const float limit = std::max(1e-6f, r.map.abs().max().item<float>());
            const cv::Mat colours = vision::renderSignedMap(r.map, limit, 1);
            const QImage image = QImage(colours.data, colours.cols, colours.rows, int(colours.step),
                                        QImage::Format_RGB888)
                                     .copy();
            const cv::Mat seen = vision::inputPicture(x, model->preset());
            const QImage input =
                QImage(seen.data, seen.cols, seen.rows, int(seen.step), QImage::Format_RGB888).copy();
            const QString what =
                tr("Occlusion of <b>%1</b> (class %2): %3 patches of %4 px, stride %5, grey %6. Red: the class's "
                   "logit drops when this place is covered (largest drop %7).")
                    .arg(QString::fromStdString(model->label(r.targetClass)).toHtmlEscaped())
                    .arg(r.targetClass)
                    .arg(r.ys.size() * r.xs.size())
                    .arg(r.settings.patch)
                    .arg(r.settings.stride)
                    .arg(QLocale().toString(*r.settings.fill, 'f', 2))
                    .arg(QLocale().toString(r.grid.max().item<double>(), 'g', 3)) +
                (model->provenance().trained
                     ? QString()
                     : QStringLiteral("<br><span style='color:#a03000'>") +
                           tr("Random weights: the map shows what this untrained network responds to.") +
                           QStringLiteral("</span>"));
            post([this, input, image, limit, what] {
                explanation_->showOcclusion(input, image, limit, what);
                emit occlusionFinished(false);
            });
        } catch (const std::exception& e) {
            const UserError u = ErrorText::from(e, path);
            post([this, u] {
                explanation_->showOcclusionFailed(u.message);
                emit occlusionFinished(true);
            });
        }
    });
}

}  // namespace explorer
