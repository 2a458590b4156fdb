#include "explorer/diagram/diagramview.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cstdlib>

#include "arch/archnode.h"
#include "explorer/diagram/diagramlegend.h"
#include "explorer/diagram/diagramscene.h"

namespace explorer {

DiagramView::DiagramView(DiagramScene* scene, QWidget* parent) : QGraphicsView(scene, parent), scene_(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setFocusPolicy(Qt::StrongFocus);
    legend_ = new DiagramLegend(this);
    placeLegend();
    smallNote_ = new QLabel(tr("Names drawn smaller than lecture size to fit the view: zoom in with the wheel, "
                               "or open one module"),
                            this);
    smallNote_->setObjectName(QStringLiteral("smallNamesNote"));
    smallNote_->setStyleSheet(QStringLiteral("background: #fff8dc; border: 1px solid #c9a400; padding: 4px;"));
    smallNote_->hide();
    connect(scene_, &DiagramScene::layoutChanged, this, &DiagramView::updateSmallNote);
}

double DiagramView::namePixels() const
{
    return scene_->titleFont().pointSizeF() * viewport()->logicalDpiY() / 72.0 * transform().m11();
}

bool DiagramView::smallNamesNoted() const
{
    return smallNote_->isVisible() && !smallNote_->visibleRegion().isEmpty();
}

void DiagramView::updateSmallNote()
{
    const bool small = scene_->textScale() > 1 && namePixels() < kLectureNamePx;
    smallNote_->setVisible(small);
    if (!small)
        return;
    // As wide as its text, wrapped where the view is narrower (German at 1366 px in lecture mode).
    const QRect v = viewport()->geometry();
    smallNote_->setWordWrap(false);
    const int width = std::min(smallNote_->sizeHint().width(), v.width() - 16);
    smallNote_->setWordWrap(true);
    smallNote_->resize(width, smallNote_->heightForWidth(width));
    smallNote_->move(v.left() + 8, v.bottom() - smallNote_->height() - 8);
    smallNote_->raise();
}

void DiagramView::placeLegend()
{
    legend_->resize(legend_->sizeHint());
    const QRect v = viewport()->geometry();
    legend_->move(v.right() - legend_->width() - 8, v.top() + 8);
    legend_->raise();
}

void DiagramView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    placeLegend();
    // A part framed and not zoomed since: framed again at the new size, where that differs by more
    // than a scroll bar (one appearing as the part is framed must not frame it again, and again).
    const QSize now = viewport()->size();
    if (!framed_.empty() && (std::abs(now.width() - framedAt_.width()) > 24 || std::abs(now.height() - framedAt_.height()) > 24))
        frameNode(framed_);
    updateSmallNote();
}

void DiagramView::frameNode(const std::string& id)
{
    if (scene_->boxRect(id).isNull())
        return;
    framed_ = id;
    framedAt_ = viewport()->size();
    fitPart(id);
    foldToFit(id);
    updateSmallNote();
}

void DiagramView::fitPart(const std::string& id)
{
    const QRectF r = scene_->boxRect(id);
    if (r.isNull())
        return;
    const double m = scene_->textScale() > 1 ? 12 : 30;  // lecture mode: every pixel for the names
    fitInView(r.adjusted(-m, -m, m, m), Qt::KeepAspectRatio);
    // Again, leaving the legend's width free on the right.
    const double first = transform().m11();
    if (legend_->isVisible() && first > 0)
        fitInView(r.adjusted(-m, -m, m + 2 * (legend_->width() + 16) / first, m), Qt::KeepAspectRatio);
    const double s = transform().m11();
    if (s > 1.5) {
        setTransform(QTransform::fromScale(1.5, 1.5));
        centerOn(r.center());
    }
}

// Lecture mode: an open series too tall for lecture-size names at this view's shape (the v4
// stem: three layers and three modules) is folded into columns: the fewest, up to four, that draw
// its names at lecture size, else the number that draws them largest. A fold made before is
// weighed again (the view may have grown).
void DiagramView::foldToFit(const std::string& id)
{
    const bool folded = scene_->columns(id) > 1;
    if (scene_->textScale() <= 1 || (namePixels() >= kLectureNamePx && !folded) || !scene_->network() ||
        !scene_->expanded().count(id))
        return;
    const auto* n = inception::arch::findNode(scene_->network()->root, id);
    if (!n || n->composition != inception::arch::Composition::Series || n->children.size() < 3)
        return;
    int best = 0, largest = 1;
    double largestPx = 0;
    for (int k = 1; k <= 4 && best == 0; ++k) {
        scene_->setColumns(id, k);
        fitPart(id);
        const double px = namePixels();
        if (px >= kLectureNamePx)
            best = k;
        if (px > largestPx + 0.5) {
            largest = k;
            largestPx = px;
        }
    }
    if (best == 0) {
        scene_->setColumns(id, largest);
        fitPart(id);
    }
}

void DiagramView::zoomBy(double factor)
{
    framed_.clear();
    const double current = transform().m11();
    const double target = std::clamp(current * factor, 0.05, 4.0);
    scale(target / current, target / current);
    updateSmallNote();
}

void DiagramView::fitAll()
{
    framed_.clear();
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    // Readable before complete: a tall network is shown from its top at a legible scale.
    const double s = transform().m11();
    if (s > 1.0 || s < kMinFitScale) {
        const double target = std::clamp(s, kMinFitScale, 1.0);
        setTransform(QTransform::fromScale(target, target));
        if (s < kMinFitScale) {
            const QRectF r = scene()->sceneRect();
            centerOn(r.center().x(), r.top() + viewport()->height() / (2 * target));
        }
    }
    updateSmallNote();
}

void DiagramView::selectNode(const QString& id)
{
    scene_->reveal(id.toStdString());
    scene_->select(id.toStdString());
    centreOnNode(id.toStdString());
}

void DiagramView::settleLayout()
{
    if (window() && window()->layout())  // the docks' sizes (a dock resized or shown) first
        window()->layout()->activate();
    if (parentWidget() && parentWidget()->layout())
        parentWidget()->layout()->activate();
}

void DiagramView::centreOnNode(const std::string& id)
{
    const QRectF r = scene_->boxRect(id);
    if (!r.isNull())
        centerOn(r.center());
}

void DiagramView::wheelEvent(QWheelEvent* event)
{
    zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
    event->accept();
}

void DiagramView::keyPressEvent(QKeyEvent* event)
{
    const auto nodes = scene_->visibleNodes();
    auto it = std::find(nodes.begin(), nodes.end(), scene_->selectedId());
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Left: {
        if (nodes.empty())
            break;
        const bool forward = event->key() == Qt::Key_Down || event->key() == Qt::Key_Right;
        size_t i = it == nodes.end() ? 0 : size_t(it - nodes.begin());
        i = forward ? std::min(i + 1, nodes.size() - 1) : (i == 0 ? 0 : i - 1);
        scene_->select(nodes[i]);
        centreOnNode(nodes[i]);
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!scene_->selectedId().empty()) {
            const std::string id = scene_->selectedId();
            scene_->toggle(id);
            scene_->select(id);
            centreOnNode(id);
        }
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.2);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.2);
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

}  // namespace explorer
