#include "explorer/shell/lecturemode.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QSettings>
#include <QToolBar>
#include <QWidget>

#include <algorithm>

#include "explorer/diagram/diagramlegend.h"
#include "explorer/diagram/diagramscene.h"
#include "explorer/diagram/diagramview.h"
#include "explorer/lecture/tourhost.h"

namespace explorer {

namespace {

const QString kZoom = QStringLiteral("lecture/zoom");

}  // namespace

LectureMode::LectureMode(QMainWindow* window, TourHost* docks, DiagramView* view)
    : QObject(window), window_(window), docks_(docks), view_(view), action_(new QAction(tr("&Lecture mode"), window)),
      zoom_(std::clamp(QSettings().value(kZoom, kDefaultZoom).toDouble(), kMinZoom, kMaxZoom))
{
    action_->setCheckable(true);
    action_->setShortcut(QKeySequence(tr("F11")));
    action_->setToolTip(tr("Full screen, large type, only the diagram, predictions and activations; "
                           "Ctrl +/- change the size of the text"));
    connect(action_, &QAction::triggered, this, [this](bool on) { set(on); });
}

void LectureMode::set(bool on, bool fullScreen)
{
    action_->setChecked(on);
    if (on == this->on())
        return;
    if (on) {
        stateBefore_ = window_->saveState();
        fontBefore_ = QApplication::font();
        apply();
        docks_->showDocks({QStringLiteral("predictions"), QStringLiteral("activations")});
        if (fullScreen)
            window_->showFullScreen();
    } else {
        window_->restoreState(stateBefore_);
        stateBefore_.clear();
        apply();
        window_->showNormal();
    }
}

void LectureMode::adjust(int steps)
{
    const double zoom = std::clamp(zoom_ + steps * kZoomStep, kMinZoom, kMaxZoom);
    if (zoom == zoom_)
        return;
    zoom_ = zoom;
    QSettings().setValue(kZoom, zoom_);
    if (on())
        apply();
    emit zoomChanged(zoom_);
}

void LectureMode::apply()
{
    QFont font = fontBefore_;
    if (on())
        font.setPointSizeF(fontBefore_.pointSizeF() * zoom_);
    QApplication::setFont(font);
    // The toolbar is the lecturer's, not the back row's: it keeps its size and its width (at 1366
    // px a larger one would squeeze its combo boxes).
    for (QToolBar* bar : window_->findChildren<QToolBar*>())
        bar->setFont(on() ? fontBefore_ : QFont());
    // Widgets with a style sheet of their own (the untrained warning) take the new size only when
    // their sheet is applied again.
    // Sizes cached for the old font (combo boxes in the toolbar) are asked for again.
    for (QWidget* w : window_->findChildren<QWidget*>()) {
        if (!w->styleSheet().isEmpty())
            w->setStyleSheet(w->styleSheet());
    }
    const QString selected = QString::fromStdString(view_->diagram()->selectedId());
    view_->diagram()->setTextScale(on() ? diagramScale(zoom_) : 1.0, on() ? innerScale(zoom_) : 1.0);
    view_->legend()->setFont(QApplication::font());
    view_->legend()->setVisible(!on());  // the diagram needs the room; the colours are the same
    view_->placeLegend();
    if (!selected.isEmpty())
        view_->frameNode(selected.toStdString());  // the part in view stays in view
}

}  // namespace explorer
