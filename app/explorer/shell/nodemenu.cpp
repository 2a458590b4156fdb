#include "explorer/shell/nodemenu.h"

#include <QMenu>

#include "explorer/channels/channelcontroller.h"
#include "explorer/diagram/diagramscene.h"
#include "explorer/explain/explanationcontroller.h"
#include "explorer/explain/knockoutcontroller.h"

namespace explorer {

NodeMenu::NodeMenu(DiagramScene* scene, KnockoutController* knockouts, ExplanationController* explanation,
                   ChannelController* channels, QWidget* window)
    : QObject(window), scene_(scene), knockouts_(knockouts), explanation_(explanation), channels_(channels),
      window_(window)
{
    connect(scene_, &DiagramScene::nodeContextMenu, this, [this](const QString& id, const QPoint& at) {
        if (auto menu = menuFor(id))
            menu->exec(at);
    });
}

std::unique_ptr<QMenu> NodeMenu::menuFor(const QString& id) const
{
    const auto* drawn = scene_->network();
    if (!drawn)
        return nullptr;
    auto menu = std::make_unique<QMenu>(window_);
    menu->setToolTipsVisible(true);
    knockouts_->addNodeActions(*menu, id, *drawn);
    explanation_->addNodeActions(*menu, id, *drawn);
    channels_->addNodeActions(*menu, id, *drawn);
    return menu;
}

}  // namespace explorer
