#include "explorer/explain/knockoutcontroller.h"

#include <QAction>
#include <QMenu>

#include "arch/archnode.h"
#include "explain/explain_nodes.h"
#include "explorer/diagram/diagramlegend.h"
#include "explorer/diagram/diagramscene.h"
#include "explorer/diagram/diagramview.h"
#include "explorer/explain/sweepdialog.h"
#include "explorer/inference/inferenceservice.h"

namespace explorer {

using namespace inception;

KnockoutController::KnockoutController(InferenceService* service, DiagramScene* scene, DiagramView* view,
                                       QWidget* window)
    : QObject(window), service_(service), scene_(scene), view_(view), window_(window)
{
    auto* restoreAllAction = new QAction(tr("Restore all knocked-out nodes"), window);
    restoreAllAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    connect(restoreAllAction, &QAction::triggered, this, &KnockoutController::restoreAll);
    window->addAction(restoreAllAction);
    // Knockouts name nodes of the network that was open; a new one starts whole.
    connect(service_, &InferenceService::variantReady, this, [this] {
        knockouts_.clear();
        show();
        emit changed();
    });
}

void KnockoutController::show()
{
    if (scene_->knockouts() != knockouts_)
        scene_->setKnockouts(knockouts_);
    view_->legend()->setKnockoutShown(!knockouts_.empty());
    view_->placeLegend();
}

void KnockoutController::setKnockouts(const std::map<std::string, bool>& knockouts)
{
    knockouts_ = knockouts;
    show();
    emit changed();
}

void KnockoutController::knockOut(const QString& id, bool mean)
{
    knockouts_[id.toStdString()] = mean;
    show();
    emit message(tr("%1 knocked out (%2). Right-click it to restore.")
                     .arg(id, mean ? tr("each channel set to its mean") : tr("set to zero")),
                 5000);
    emit changed();
}

void KnockoutController::restore(const QString& id)
{
    knockouts_.erase(id.toStdString());
    show();
    emit changed();
}

void KnockoutController::restoreAll() { setKnockouts({}); }

SweepDialog* KnockoutController::openSweep(const QString& module)
{
    const auto model = service_->currentModel();
    const auto desc = service_->desc();
    const QString image = service_->currentImage();
    const arch::ArchNode* n = model && desc ? arch::findNode(desc->root, module.toStdString()) : nullptr;
    if (!n || explain::branchesOf(*n).empty() || image.isEmpty()) {
        emit message(image.isEmpty() ? tr("Drop an image first.") : tr("%1 has no branches to sweep.").arg(module),
                     6000);
        return nullptr;
    }
    auto* dialog = new SweepDialog(model, module, knockouts_, window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SweepDialog::restoreKnockoutsAsked, this, &KnockoutController::restoreAll);
    dialog->show();
    dialog->run({image});
    return dialog;
}

void KnockoutController::addNodeActions(QMenu& menu, const QString& id, const arch::NetworkDesc& drawn)
{
    const std::string node = id.toStdString();
    const bool isRoot = node == drawn.root.id;
    auto* zero = menu.addAction(tr("Knock out (zero)"), this, [this, id] { knockOut(id, false); });
    auto* mean = menu.addAction(tr("Knock out (each channel's mean)"), this, [this, id] { knockOut(id, true); });
    if (isRoot) {
        zero->setEnabled(false);
        mean->setEnabled(false);
        zero->setToolTip(tr("The whole network cannot be knocked out; choose a module, branch or layer."));
        mean->setToolTip(zero->toolTip());
    }
    auto* restoreAction = menu.addAction(tr("Restore"), this, [this, id] { restore(id); });
    restoreAction->setEnabled(knockouts_.count(node) > 0);
    if (!restoreAction->isEnabled())
        restoreAction->setToolTip(tr("%1 is not knocked out.").arg(id));
    auto* all = menu.addAction(tr("Restore all"), this, &KnockoutController::restoreAll);
    all->setEnabled(!knockouts_.empty());
    menu.addSeparator();
    auto* sweep = menu.addAction(tr("Sweep its branches…"), this, [this, id] { openSweep(id); });
    const arch::ArchNode* n = arch::findNode(drawn.root, node);
    const bool hasBranches = n && !explain::branchesOf(*n).empty();
    const bool image = !service_->currentImage().isEmpty();
    sweep->setEnabled(hasBranches && image);
    if (!hasBranches)
        sweep->setToolTip(tr("%1 has no branches to knock out one by one; choose an Inception module.").arg(id));
    else if (!image)
        sweep->setToolTip(tr("Drop an image first."));
}

}  // namespace explorer
