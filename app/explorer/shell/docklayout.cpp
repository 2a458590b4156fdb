#include "explorer/shell/docklayout.h"

#include <QAction>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QScreen>
#include <QSettings>

#include "explorer/lecture/tourcontroller.h"

namespace explorer {

namespace {

const QString kState = QStringLiteral("window/state");
const QString kGeometry = QStringLiteral("window/geometry");
constexpr QSize kPreferred(1600, 1000);

}  // namespace

DockLayout::DockLayout(QMainWindow* window, TourController* tours)
    : QObject(window), window_(window), default_(window->saveState())
{
    for (auto* dock : window->findChildren<QDockWidget*>())
        if (!dock->isHidden())
            defaultShown_ << dock->objectName();
    connect(tours, &TourController::opened, this, [this](bool open) {
        if (open && user_.isEmpty()) {
            user_ = window_->saveState();
        } else if (!open && !user_.isEmpty()) {
            window_->restoreState(user_);  // the docks as they were before the tour
            user_.clear();
        }
    });
}

void DockLayout::showOrRaise(QDockWidget* dock)
{
    if (dock->isHidden()) {
        dock->show();
        dock->raise();
    } else if (!dock->isFloating() && dock->visibleRegion().isEmpty()) {
        dock->raise();  // a tab behind another
    } else {
        dock->hide();
    }
}

void DockLayout::addTo(QMenu* view)
{
    for (auto* dock : window_->findChildren<QDockWidget*>()) {
        QAction* a = view->addAction(dock->windowTitle());
        a->setCheckable(true);
        a->setChecked(!dock->isHidden());
        connect(dock, &QDockWidget::visibilityChanged, a, [a, dock] { a->setChecked(!dock->isHidden()); });
        connect(a, &QAction::triggered, dock, [dock, a] {
            showOrRaise(dock);
            a->setChecked(!dock->isHidden());
        });
    }
    view->addAction(tr("&Reset layout"), this, &DockLayout::reset);
}

void DockLayout::restoreSaved() { window_->restoreState(QSettings().value(kState).toByteArray()); }

void DockLayout::save() const
{
    QSettings settings;
    settings.setValue(kState, user_.isEmpty() ? window_->saveState() : user_);  // never a tour's layout
    settings.setValue(kGeometry, window_->saveGeometry());
}

void DockLayout::reset()
{
    window_->restoreState(default_);
    QDockWidget* onTop = nullptr;
    for (auto* dock : window_->findChildren<QDockWidget*>()) {
        dock->setVisible(defaultShown_.contains(dock->objectName()));
        if (dock->objectName() == QLatin1String("details"))
            onTop = dock;
    }
    if (onTop)
        onTop->raise();
    if (!user_.isEmpty())
        user_ = default_;  // the tour ends on the default layout too
}

void DockLayout::fitToScreen()
{
    if (window_->restoreGeometry(QSettings().value(kGeometry).toByteArray()))
        return;  // placed on a screen that is there, by Qt
    const QScreen* screen = window_->screen() ? window_->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(QPoint(0, 0), kPreferred);
    if (available.width() < kPreferred.width() + 40 || available.height() < kPreferred.height() + 60) {
        window_->resize(available.size());
        window_->move(available.topLeft());
        window_->setWindowState(window_->windowState() | Qt::WindowMaximized);
        return;
    }
    window_->resize(kPreferred);
    window_->move(available.center() - QPoint(kPreferred.width() / 2, kPreferred.height() / 2));
}

}  // namespace explorer
