#include "explorer/shell/lecturemode.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>

#include "explorer/diagram/diagramlegend.h"
#include "explorer/diagram/diagramview.h"
#include "explorer/lecture/tourhost.h"

namespace explorer {

LectureMode::LectureMode(QMainWindow* window, TourHost* docks, DiagramView* view)
    : QObject(window), window_(window), docks_(docks), view_(view), action_(new QAction(tr("&Lecture mode"), window))
{
    action_->setCheckable(true);
    action_->setShortcut(QKeySequence(tr("F11")));
    action_->setToolTip(tr("Full screen, large type, only the diagram, predictions and activations"));
    connect(action_, &QAction::triggered, this, &LectureMode::set);
}

void LectureMode::set(bool on)
{
    action_->setChecked(on);
    if (on == this->on())
        return;
    if (on) {
        stateBefore_ = window_->saveState();
        fontBefore_ = QApplication::font();
        QFont big = fontBefore_;
        big.setPointSizeF(big.pointSizeF() * 1.5);
        QApplication::setFont(big);
        docks_->showDocks({QStringLiteral("predictions"), QStringLiteral("activations")});
        window_->showFullScreen();
    } else {
        QApplication::setFont(fontBefore_);
        window_->restoreState(stateBefore_);
        stateBefore_.clear();
        window_->showNormal();
    }
    view_->legend()->setFont(QApplication::font());
    view_->placeLegend();
}

}  // namespace explorer
