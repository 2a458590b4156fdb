#include "explorer/shell/mainwindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <type_traits>

#include "explorer/channels/channelcontroller.h"
#include "explorer/common/backgroundjob.h"
#include "explorer/diagram/diagramlegend.h"
#include "explorer/diagram/diagramscene.h"
#include "explorer/diagram/diagramview.h"
#include "explorer/explain/explanationcontroller.h"
#include "explorer/explain/explanationpanel.h"
#include "explorer/explain/knockoutcontroller.h"
#include "explorer/inference/folderrun.h"
#include "explorer/inference/imageinput.h"
#include "explorer/inference/inferenceresult.h"
#include "explorer/inference/inferenceservice.h"
#include "explorer/inference/runchoices.h"
#include "explorer/inspect/activationspanel.h"
#include "explorer/inspect/detailspanel.h"
#include "explorer/inspect/predictionspanel.h"
#include "explorer/inspect/statisticspanel.h"
#include "explorer/lecture/figurecontroller.h"
#include "explorer/lecture/paperpanel.h"
#include "explorer/lecture/sidebyside.h"
#include "explorer/lecture/tourbar.h"
#include "explorer/lecture/tourcontroller.h"
#include "explorer/live/livecontroller.h"
#include "explorer/live/livepanel.h"
#include "explorer/shell/docklayout.h"
#include "explorer/shell/lecturemode.h"
#include "explorer/shell/networkview.h"
#include "explorer/shell/nodemenu.h"
#include "explorer/training/trainingpanel.h"
#include "explorer/weights/weightspanel.h"

namespace explorer {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Inception Explorer"));
    setAcceptDrops(true);
    scene_ = new DiagramScene(this);
    view_ = new DiagramView(scene_, this);
    service_ = new InferenceService(this);
    service_->setNodeSource([this] { return QString::fromStdString(scene_->selectedId()); });
    // Before anything that reacts to a result: the docks show it first.
    connect(service_, &InferenceService::resultReady, this, &MainWindow::showResult);
    auto* network = new NetworkView(service_, scene_, view_, this);
    connect(network, &NetworkView::diagramShown, this, &MainWindow::diagramShown);
    connect(network, &NetworkView::error, this, &MainWindow::showError);
    choices_ = new RunChoices(service_, this);
    folders_ = new FolderRun(service_, this);
    input_ = new ImageInput(service_, folders_, this);
    predictions_ = new PredictionsPanel;
    activations_ = new ActivationsPanel;
    details_ = new DetailsPanel;
    statistics_ = new StatisticsPanel;
    weights_ = new WeightsPanel;
    training_ = new TrainingPanel;
    live_ = new LiveController(service_, this);
    knockouts_ = new KnockoutController(service_, scene_, view_, this);
    explanation_ = new ExplanationController(service_, knockouts_, predictions_, this);
    channels_ = new ChannelController(service_, activations_, this);
    new NodeMenu(scene_, knockouts_, explanation_, channels_, this);
    connectParts();  // variantShown before the figures and the tours hear of a new network
    figures_ = new FigureController(service_, choices_, scene_, view_, this);
    tours_ = new TourController(service_, choices_, figures_, scene_, view_, this, this);
    lecture_ = new LectureMode(this, this, view_);
    buildCentre();
    buildDocks();
    buildMenus();
    layoutKept_ = layout_->restoreSaved();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::fitToScreen() { layout_->fitToScreen(); }

void MainWindow::resetLayout() { layout_->reset(); }

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!layoutKept_ && !event->spontaneous()) {
        layoutKept_ = true;  // once: later shows keep what the user made of it
        layout_->reset();
    }
}

void MainWindow::buildCentre()
{
    // A figure's caption, then a tour's bar, above the diagram, where a class reads them.
    auto* centre = new QWidget;
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(figures_->captionBar());
    layout->addWidget(tours_->bar());
    layout->addWidget(view_, 1);
    setCentralWidget(centre);
}

QDockWidget* MainWindow::dock(const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area)
{
    auto* d = new QDockWidget(title, this);
    d->setObjectName(name);
    d->setWidget(content);
    addDockWidget(area, d);
    return d;
}

void MainWindow::buildDocks()
{
    // The right-hand docks (predictions, explanation) run the window's full height.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    auto scrolled = [](QWidget* w) {  // a short dock scrolls instead of squeezing its rows
        auto* scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setWidget(w);
        return scroll;
    };
    dock(tr("Predictions"), QStringLiteral("predictions"), scrolled(predictions_), Qt::RightDockWidgetArea);
    auto* details = dock(tr("Details"), QStringLiteral("details"), details_, Qt::RightDockWidgetArea);
    auto* explanation =
        dock(tr("Explanation"), QStringLiteral("explanation"), scrolled(explanation_->panel()), Qt::RightDockWidgetArea);
    tabifyDockWidget(details, explanation);
    details->raise();
    auto* activations = dock(tr("Activations"), QStringLiteral("activations"), activations_, Qt::BottomDockWidgetArea);
    resizeDocks({activations}, {330}, Qt::Vertical);
    QDockWidget* below = activations;
    for (auto [title, name, w] : {std::tuple{tr("Statistics"), QStringLiteral("statistics"), static_cast<QWidget*>(statistics_)},
                                  std::tuple{tr("Weights"), QStringLiteral("weights"), static_cast<QWidget*>(weights_)},
                                  std::tuple{tr("Training"), QStringLiteral("training"), static_cast<QWidget*>(training_)}}) {
        auto* d = dock(title, name, w, Qt::BottomDockWidgetArea);
        tabifyDockWidget(below, d);
        below = d;
    }
    activations->raise();
    auto* live = dock(tr("Live"), QStringLiteral("live"), live_->panel(), Qt::LeftDockWidgetArea);
    live->hide();  // shown when a live source starts
    connect(live_, &LiveController::started, live, [live] {
        live->show();
        live->raise();
    });
    connect(training_, &TrainingPanel::runStarted, this, [this] {
        auto* d = findChild<QDockWidget*>(QStringLiteral("training"));
        d->show();
        d->raise();
    });
    statusBar()->addPermanentWidget(folders_->progressWidget());
    statusBar()->addPermanentWidget(input_->downloadBar());
    statusBar()->addPermanentWidget(choices_->openProgress());
}

void MainWindow::connectParts()
{
    const auto relay = [this](auto* source) {
        connect(source, &std::remove_pointer_t<decltype(source)>::message, this, &MainWindow::showMessage);
    };
    relay(choices_);
    relay(folders_);
    relay(live_);
    relay(knockouts_);
    relay(channels_);
    connect(service_, &InferenceService::failed, this, &MainWindow::showError);
    connect(service_, &InferenceService::variantFailed, this,
            [this](const QString&, const QString& message, const QString& detail) {
                if (lastResult_ && lastResult_->variant == service_->shownVariant())
                    showResult(*lastResult_);  // the network stays, and so does what it showed
                showError(message, detail);
            });
    connect(service_, &InferenceService::imageFailed, this,
            [this](const QString&, const QString& message, const QString& detail) { showError(message, detail); });
    connect(choices_, &RunChoices::error, this, [this](const QString& m) { showError(m); });
    connect(input_, &ImageInput::error, this, [this](const QString& m) { showError(m); });
    connect(input_, &ImageInput::fetching, this, [this](const QString& url) {
        statusBar()->showMessage(tr("Fetching %1…").arg(url), 0);
    });
    connect(folders_, &FolderRun::error, this, [this](const QString& m) { showError(m); });
    connect(live_, &LiveController::error, this, &MainWindow::showError);
    connect(live_, &LiveController::resultReady, this, &MainWindow::showResult);
    connect(training_, &TrainingPanel::errorOccurred, this, [this](const QString& m) { showError(m); });
    // From a switch until the new network's first result, no dock shows the old one's numbers.
    connect(service_, &InferenceService::opening, this, [this] {
        const QString what = service_->runsCurrentImage() ? tr("Computing for %1…").arg(choices_->variantName())
                                                          : tr("%1 is opening…").arg(choices_->variantName());
        predictions_->showPending(what);
        activations_->clearConductance();  // of the network before
        activations_->showHint(what);
        explanation_->panel()->showPending(what);
        showHeat({});
    });
    connect(service_, &InferenceService::classifying, this, [this](const QString& path) {
        predictions_->showBusy(tr("Classifying %1…").arg(path));
    });
    connect(service_, &InferenceService::variantReady, this,
            [this](const QString& id, std::shared_ptr<const inception::arch::NetworkDesc> desc) {
                weights_->setCurrentVariant(id);
                statistics_->setNetwork(*desc);
                details_->showHelp();
                if (!service_->expectsResult()) {  // no result follows: the docks wait for an image, not the network
                    predictions_->showPending(QString());
                    activations_->showIdle();
                    explanation_->panel()->showIdle();
                }
                emit variantShown(id);
            });
    connect(scene_, &DiagramScene::nodeSelected, this, [this](const QString& id) {
        live_->setNode(id);
        details_->showNode(*scene_->network(), id, scene_->fields());
        service_->setNode(id);
    });
    connect(explanation_, &ExplanationController::selectRequested, view_, &DiagramView::selectNode);
    connect(explanation_, &ExplanationController::conductanceComputed, activations_, &ActivationsPanel::showConductance);
    // Knockouts change what flows through a module: the conductance computed before no longer holds.
    connect(knockouts_, &KnockoutController::changed, activations_, &ActivationsPanel::clearConductance);
    connect(service_, &InferenceService::latencyMeasured, statistics_, &StatisticsPanel::setLatency);
    connect(service_, &InferenceService::latencyFinished, statistics_, &StatisticsPanel::latencyDone);
    connect(statistics_, &StatisticsPanel::latencyRequested, service_, &InferenceService::requestLatency);
    connect(weights_, &WeightsPanel::loadFileRequested, choices_, &RunChoices::loadWeightsFile);
    connect(weights_, &WeightsPanel::loadLabelsRequested, choices_, &RunChoices::loadLabelsFile);
    connect(weights_, &WeightsPanel::weightsArrived, this, [this](const QString& id) {
        if (id == service_->shownVariant())
            setVariant(id);  // reload: the downloaded weights replace the untrained network
    });
}

void MainWindow::setVariant(const QString& id) { choices_->setVariant(id); }

void MainWindow::showResult(const InferenceResult& r)
{
    if (r.live && !live_->accept(r))
        return;
    if (!r.live && r.variant != service_->requestedVariant())
        return;  // the network before a switch: its result would be stale on arrival
    if (!r.live)
        lastResult_ = r;
    predictions_->showResult(r.live ? live_->smoothed(r) : r);
    activations_->showResult(r);
    explanation_->panel()->showResult(r);
    if (r.live)  // the live Grad-CAM over the part of the frame the network saw
        live_->showExplanation(r, explanation_->panel()->opacity());
    showHeat(heat_->isChecked() ? r.heat : std::map<std::string, double>{});
    emit resultShown();
}

void MainWindow::showHeat(const std::map<std::string, double>& heat)
{
    scene_->setHeat(heat);
    view_->legend()->setHeatShown(!heat.empty());
    view_->placeLegend();
}

void MainWindow::showError(const QString& message, const QString& detail)
{
    predictions_->showError(message, detail);
    statusBar()->showMessage(message, 8000);
    emit errorShown(message);
}

void MainWindow::showMessage(const QString& text, int timeout) { statusBar()->showMessage(text, timeout); }

SideBySideWindow* MainWindow::openSideBySide(const QString& left, const QString& right)
{
    if (!sideBySide_)
        sideBySide_ = std::make_unique<SideBySideWindow>();
    sideBySide_->setVariants(left, right);
    if (!service_->currentImage().isEmpty())
        sideBySide_->setImage(service_->currentImage());
    sideBySide_->show();
    sideBySide_->raise();
    return sideBySide_.get();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (input_->accepts(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    input_->drop(event->mimeData());
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    layout_->save();
    // Work in flight stops: each job is cancelled here and joined when the window goes.
    live_->stop();
    weights_->cancelDownload();
    for (auto* job : findChildren<BackgroundJob*>())
        job->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::showDocks(const QStringList& names)
{
    for (auto* d : findChildren<QDockWidget*>()) {
        d->setVisible(names.contains(d->objectName()));
        if (d->isVisible())
            d->raise();
    }
    if (names.contains(QStringLiteral("comparison")))
        statistics_->showComparison();
    // In lecture mode the diagram keeps three quarters of the width: a framed module's names at 22 px.
    for (auto* d : findChildren<QDockWidget*>())
        if (lecture_->on() && d->isVisible() && !d->isFloating() && dockWidgetArea(d) == Qt::RightDockWidgetArea) {
            resizeDocks({d}, {width() / 4}, Qt::Horizontal);
            break;
        }
    // The explanation's picture needs the height more than the top-5 does.
    auto* predictions = findChild<QDockWidget*>(QStringLiteral("predictions"));
    auto* explanation = findChild<QDockWidget*>(QStringLiteral("explanation"));
    if (predictions && explanation && predictions->isVisible() && explanation->isVisible())
        QTimer::singleShot(0, this, [this, predictions, explanation] {
            resizeDocks({predictions, explanation}, {height() * 2 / 5, height() * 3 / 5}, Qt::Vertical);
        });
}

QWidget* MainWindow::dockContents(const QString& name)
{
    auto* dock = findChild<QDockWidget*>(name);
    return dock ? dock->widget() : nullptr;
}

QStringList MainWindow::visibleDocks() const
{
    QStringList names;
    for (auto* d : findChildren<QDockWidget*>())
        if (d->isVisible())
            names << d->objectName();
    return names;
}

void MainWindow::setKnockouts(const std::map<std::string, bool>& knockouts) { knockouts_->setKnockouts(knockouts); }

std::map<std::string, bool> MainWindow::knockouts() const { return knockouts_->knockouts(); }

void MainWindow::setGradCam(bool on) { explanation_->panel()->setGradCamOn(on); }

bool MainWindow::gradCam() const { return explanation_->panel()->gradCamOn(); }

void MainWindow::openRun(const QString& dir) { training_->openRun(dir); }

void MainWindow::setPresenting(bool on)
{
    // The audience sees the diagram, the tour bar and the step's docks; the menus and the
    // toolbar stay with the presenter (their shortcuts keep working).
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    for (auto* bar : findChildren<QToolBar*>())
        bar->setVisible(!on);
}

}  // namespace explorer
