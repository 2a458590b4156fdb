#pragma once
// The diagram's context menu for a node: what each feature can do there — knock out, restore,
// sweep the branches; Grad-CAM here; DeepDream here — each disabled with the reason as its
// tooltip where it cannot apply.
#include <QObject>

#include <memory>

class QMenu;
class QWidget;

namespace explorer {

class ChannelController;
class DiagramScene;
class ExplanationController;
class KnockoutController;

class NodeMenu : public QObject {
    Q_OBJECT
public:
    NodeMenu(DiagramScene* scene, KnockoutController* knockouts, ExplanationController* explanation,
             ChannelController* channels, QWidget* window);
    // Null where the diagram shows no network.
    std::unique_ptr<QMenu> menuFor(const QString& id) const;

private:
    DiagramScene* scene_;
    KnockoutController* knockouts_;
    ExplanationController* explanation_;
    ChannelController* channels_;
    QWidget* window_;
};

}  // namespace explorer
