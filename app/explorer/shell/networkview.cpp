#include "explorer/shell/networkview.h"

#include "arch/archnode.h"
#include "explorer/common/errortext.h"
#include "explorer/diagram/diagramscene.h"
#include "explorer/diagram/diagramview.h"
#include "explorer/inference/inferenceservice.h"
#include "models/registry.h"

namespace explorer {

namespace {

// The same nodes, in the same places: the drawn diagram still fits an opened network.
bool sameTree(const inception::arch::ArchNode& a, const inception::arch::ArchNode& b)
{
    if (a.id != b.id || a.children.size() != b.children.size() || a.output != b.output)
        return false;
    for (size_t i = 0; i < a.children.size(); ++i)
        if (!sameTree(a.children[i], b.children[i]))
            return false;
    return true;
}

}  // namespace

NetworkView::NetworkView(InferenceService* service, DiagramScene* scene, DiagramView* view, QObject* parent)
    : QObject(parent), service_(service), scene_(scene), view_(view)
{
    // A variant switch draws the tree at once; a weights file's tree waits for the file (which can
    // fail, and then the network shown stays as it was drawn).
    connect(service_, &InferenceService::opening, this, [this](const QString& id, const QString& weightsFile) {
        if (weightsFile.isEmpty())
            draw(id);
    });
    connect(service_, &InferenceService::variantReady, this,
            [this](const QString&, std::shared_ptr<const inception::arch::NetworkDesc> desc) { shown(std::move(desc)); });
    connect(service_, &InferenceService::variantFailed, this, &NetworkView::failed);
}

void NetworkView::draw(const QString& id)
{
    try {
        scene_->setNetwork(std::make_shared<const inception::arch::NetworkDesc>(
            inception::models::describe(id.toStdString())));
        view_->fitAll();
        emit diagramShown(id);
    } catch (const std::exception& e) {
        const UserError u = ErrorText::from(e, id);
        emit error(tr("Cannot describe %1: %2").arg(id, u.message), u.detail);
    }
}

void NetworkView::shown(std::shared_ptr<const inception::arch::NetworkDesc> desc)
{
    // The tree drawn when the switch began, unless the weights changed it: then the opened network's.
    const auto* drawn = scene_->network();
    if (!drawn || !sameTree(drawn->root, desc->root)) {
        scene_->setNetwork(std::move(desc));
        view_->fitAll();
    }
}

void NetworkView::failed(const QString& id)
{
    // The diagram drawn when the switch began goes back to the network still open.
    const auto desc = service_->desc();
    const auto* drawn = scene_->network();
    if (id != service_->shownVariant() && desc && drawn && drawn->variant != desc->variant) {
        scene_->setNetwork(desc);
        view_->fitAll();
    }
}

}  // namespace explorer
