#include "explorer/shell/docklayout.h"

#include <QAction>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QTabBar>
#include <QTimer>

#include <algorithm>

#include "explorer/lecture/tourcontroller.h"

namespace explorer {

namespace {

const QString kState = QStringLiteral("window/state");
const QString kGeometry = QStringLiteral("window/geometry");
constexpr QSize kPreferred(1600, 1000);

// A dock's place in the tab bar that holds it (by its title), -1 when it is in none.
int tabIndex(const QMainWindow* window, const QString& name)
{
    const auto* dock = window->findChild<QDockWidget*>(name);
    for (const auto* bar : window->findChildren<QTabBar*>())
        for (int i = 0; i < bar->count(); ++i)
            if (dock && bar->tabText(i) == dock->windowTitle())
                return i;
    return -1;
}

}  // namespace

DockLayout::DockLayout(QMainWindow* window, TourController* tours)
    : QObject(window), window_(window), default_(window->saveState())
{
    for (auto* dock : window->findChildren<QDockWidget*>()) {
        if (!dock->isHidden())
            defaultShown_ << dock->objectName();
        if (window->dockWidgetArea(dock) == Qt::BottomDockWidgetArea)
            bottom_ << dock->objectName();
    }
    // The tab on top first (the one the window raised), the rest in their tab bar's order.
    std::stable_sort(bottom_.begin(), bottom_.end(), [window](const QString& a, const QString& b) {
        return tabIndex(window, a) < tabIndex(window, b);
    });
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

bool DockLayout::restoreSaved() { return window_->restoreState(QSettings().value(kState).toByteArray()); }

void DockLayout::save() const
{
    QSettings settings;
    settings.setValue(kState, user_.isEmpty() ? window_->saveState() : user_);  // never a tour's layout
    settings.setValue(kGeometry, window_->saveGeometry());
}

void DockLayout::reset()
{
    window_->restoreState(default_);
    for (auto* dock : window_->findChildren<QDockWidget*>())
        dock->setVisible(defaultShown_.contains(dock->objectName()));
    auto* details = window_->findChild<QDockWidget*>(QStringLiteral("details"));
    QDockWidget* onTop = details;
    if (compact() && details) {  // the bottom docks become tabs beside the details, the first on top
        for (const QString& name : bottom_)
            if (auto* dock = window_->findChild<QDockWidget*>(name)) {
                window_->addDockWidget(Qt::RightDockWidgetArea, dock);
                window_->tabifyDockWidget(details, dock);
            }
        if (!bottom_.isEmpty())
            onTop = window_->findChild<QDockWidget*>(bottom_.front());
    } else if (!bottom_.isEmpty()) {
        if (auto* first = window_->findChild<QDockWidget*>(bottom_.front()))
            first->raise();
    }
    if (onTop)
        QTimer::singleShot(0, onTop, &QDockWidget::raise);  // once the tabs exist
    sizeColumns();
    if (!user_.isEmpty())
        user_ = window_->saveState();  // the tour ends on the default layout too
}

// Wide: a fifth of the window (300–420 px) for the right-hand column, three fifths of its height
// for the top-5 (which fits without scrolling at 1600×1000).
// Compact: up to 40 % (560 px), the channel grids wrapping in it; the diagram keeps the rest.
void DockLayout::sizeColumns()
{
    auto* predictions = window_->findChild<QDockWidget*>(QStringLiteral("predictions"));
    auto* details = window_->findChild<QDockWidget*>(QStringLiteral("details"));
    if (!predictions || !details)
        return;
    const int w = window_->width(), h = window_->height();
    const int column = compact() ? std::min(560, w * 2 / 5) : std::clamp(w / 5, 300, 420);
    window_->resizeDocks({predictions}, {column}, Qt::Horizontal);
    const int top = compact() ? h * 2 / 5 : h * 3 / 5;
    window_->resizeDocks({predictions, details}, {top, h - top}, Qt::Vertical);
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
