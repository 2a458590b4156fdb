// MainWindow: the menus, the toolbar and the Paper vs implementation dock.
#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

#include "explorer/diagram/diagramexport.h"
#include "explorer/diagram/diagramlegend.h"
#include "explorer/diagram/diagramscene.h"
#include "explorer/diagram/diagramview.h"
#include "explorer/diagram/nodesearch.h"
#include "explorer/inference/imageinput.h"
#include "explorer/inference/inferenceservice.h"
#include "explorer/inference/runchoices.h"
#include "explorer/lecture/figurecontroller.h"
#include "explorer/lecture/paperpanel.h"
#include "explorer/lecture/tourmenu.h"
#include "explorer/live/livecontroller.h"
#include "explorer/weights/weightspanel.h"
#include "explorer/shell/lecturemode.h"
#include "explorer/shell/mainwindow.h"
#include "explorer/shell/docklayout.h"
#include "explorer/shell/preferencesdialog.h"

namespace explorer {

void MainWindow::buildMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open image…"), input_, &ImageInput::openImageDialog)->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &folder…"), input_, &ImageInput::openFolderDialog)
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    file->addAction(tr("&Paste image"), input_, &ImageInput::paste)->setShortcut(QKeySequence::Paste);
    file->addAction(tr("Class &names…"), weights_, &WeightsPanel::chooseLabels);
    file->addAction(tr("&Export diagram…"), this, [this] {
        QString error;
        const QString path = exportDiagramAsked(view_, this, choices_->variantName(), &error);
        if (!path.isEmpty())
            statusBar()->showMessage(tr("Diagram written to %1").arg(path), 6000);
        else if (!error.isEmpty())
            showError(error);
    })->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addSeparator();
    file->addAction(tr("&Preferences…"), this, [this] {
        if (PreferencesDialog::ask(this))
            statusBar()->showMessage(tr("Restart the application to use the new language."), 8000);
    })->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows)->setShortcut(QKeySequence::Quit);
    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    figures_->addMenuTo(menuBar());
    buildToolbar(viewMenu);
    new TourMenu(tours_, menuBar(), this);
    // Paper vs implementation: beside the details, shown from a figure's or a tour's step.
    auto* paper = new PaperPanel(scene_, view_);
    auto* paperDock = dock(tr("Paper vs implementation"), QStringLiteral("paper"), paper, Qt::RightDockWidgetArea);
    tabifyDockWidget(findChild<QDockWidget*>(QStringLiteral("details")), paperDock);
    paperDock->hide();
    connect(this, &MainWindow::variantShown, paper, &PaperPanel::showVariant);
    findChild<QDockWidget*>(QStringLiteral("details"))->raise();
    viewMenu->addSeparator();
    layout_ = new DockLayout(this, tours_);  // the layout as built is the default
    layout_->addTo(viewMenu);
}

void MainWindow::buildToolbar(QMenu* viewMenu)
{
    auto* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("main-toolbar"));
    choices_->addVariantBoxTo(tools);
    live_->addSourceBoxTo(tools);
    choices_->addRunBoxesTo(tools);
    tools->addSeparator();
    auto add = [&](const QString& text, const QKeySequence& key, auto slot) {
        QAction* a = viewMenu->addAction(text, this, slot);
        a->setShortcut(key);
        tools->addAction(a);
        return a;
    };
    add(tr("Expand all"), QKeySequence(tr("Ctrl+Shift+E")), [this] { scene_->expandAll(); });
    add(tr("Collapse all"), QKeySequence(tr("Ctrl+Shift+C")), [this] {
        scene_->collapseAll();
        view_->fitAll();
    });
    add(tr("Fit"), QKeySequence(tr("Ctrl+0")), [this] { view_->fitAll(); });
    // In lecture mode Ctrl +/- change the lecture zoom (text and diagram names together).
    add(tr("Zoom in"), QKeySequence::ZoomIn, [this] { lecture_->on() ? lecture_->adjust(1) : view_->zoomBy(1.25); });
    add(tr("Zoom out"), QKeySequence::ZoomOut, [this] { lecture_->on() ? lecture_->adjust(-1) : view_->zoomBy(0.8); });
    viewMenu->addSeparator();
    heat_ = viewMenu->addAction(tr("Colour by &activation"), this, [this](bool on) {
        if (!on)
            showHeat({});
        if (on)
            service_->reclassify(/*quiet=*/true);
    });
    heat_->setCheckable(true);
    heat_->setChecked(true);
    heat_->setShortcut(QKeySequence(tr("Ctrl+H")));
    heat_->setToolTip(tr("Tint each module by its mean activation for the current image"));
    viewMenu->addAction(tr("&Side by side…"), this, [this] {
        openSideBySide(QStringLiteral("googlenet"), QStringLiteral("inception_v3"));
    })->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    viewMenu->addAction(lecture_->action());
    tools->addAction(lecture_->action());
    viewMenu->addSeparator();
    tools->addSeparator();
    auto* search = new NodeSearch(view_);
    connect(search, &NodeSearch::message, this, &MainWindow::showMessage);
    tools->addWidget(search);
    auto* find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, search, [search] {
        search->setFocus();
        search->selectAll();
    });
    addAction(find);
    // Where it runs (device, threads, weights) in the status bar: the toolbar needs its width on a
    // 1366-pixel screen, in German too.
    statusBar()->addPermanentWidget(choices_->deviceLabel());
}

}  // namespace explorer
