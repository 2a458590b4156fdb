#pragma once
#include <QGraphicsView>

namespace explorer {

class DiagramScene;

// Zoom (wheel, Ctrl +/-), pan (drag), fit, keyboard navigation between nodes.
class DiagramView : public QGraphicsView {
    Q_OBJECT
public:
    explicit DiagramView(DiagramScene* scene, QWidget* parent = nullptr);
    void zoomBy(double factor);
    void fitAll();
    void centreOnNode(const std::string& id);
    static constexpr double kMinFitScale = 0.7;

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    DiagramScene* scene_;
};

}  // namespace explorer
