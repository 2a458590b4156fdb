#pragma once
#include <QGraphicsView>

#include <string>

class QLabel;

namespace explorer {

class DiagramLegend;
class DiagramScene;

// Zoom (wheel, Ctrl +/-), pan (drag), fit, keyboard navigation between nodes.
class DiagramView : public QGraphicsView {
    Q_OBJECT
public:
    explicit DiagramView(DiagramScene* scene, QWidget* parent = nullptr);
    void zoomBy(double factor);
    void fitAll();
    void centreOnNode(const std::string& id);
    // Opens the modules above `id`, selects it and centres it.
    void selectNode(const QString& id);
    // The layout around the view settles first (a bar shown or hidden above it): the view has its
    // final size before it fits or frames.
    void settleLayout();
    // Fits the node's box (a module's frame when open) into the view, at most at 1.5×; again when
    // the view is resized, until it is zoomed or fitted.
    void frameNode(const std::string& id);
    DiagramLegend* legend() const { return legend_; }
    DiagramScene* diagram() const { return scene_; }
    void placeLegend();  // top right of the viewport, sized to its contents
    static constexpr double kMinFitScale = 0.7;
    // Lecture mode (the scene's text scale above 1): a name of a module or branch on screen at
    // fewer pixels than this (a whole network, a tall stage) makes the view say so in a note.
    static constexpr double kLectureNamePx = 22;
    double namePixels() const;  // a module's or branch's name on screen now, in pixels
    bool smallNamesNoted() const;

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    DiagramScene* scene_;
    DiagramLegend* legend_;
    void updateSmallNote();
    void fitPart(const std::string& id);
    void foldToFit(const std::string& id);

    QLabel* smallNote_;
    std::string framed_;  // the part frameNode fitted, until the view is zoomed or moved
    QSize framedAt_;      // the viewport's size then
};

}  // namespace explorer
