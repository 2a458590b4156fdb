#include "mainwindow.h"
#include "presenterwindow.h"
#include "sidebyside.h"
#include "tour.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QPainter>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <utility>
#include <QToolBar>

#include "activationspanel.h"
#include "explanationpanel.h"
#include "arch/archnode.h"
#include "diagramscene.h"
#include "diagramlegend.h"
#include "errortext.h"
#include "diagramview.h"
#include "figures.h"
#include "inferenceworker.h"
#include "livecapture.h"
#include "livepanel.h"
#include "models/registry.h"
#include "vision/frame_source.h"
#include "nodetext.h"
#include "predictionspanel.h"
#include "statisticspanel.h"
#include "trainingpanel.h"
#include "weightspanel.h"

namespace explorer {

using inception::arch::ArchNode;


MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Inception Explorer"));
    setAcceptDrops(true);
    scene_ = new DiagramScene(this);
    view_ = new DiagramView(scene_, this);
    // A figure's caption sits above the diagram, where a class reads it.
    auto* centre = new QWidget;
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    captionBar_ = new QFrame;
    captionBar_->setObjectName(QStringLiteral("caption"));
    captionBar_->setStyleSheet(QStringLiteral("#caption { background: #fff8dc; border-bottom: 1px solid #d8cfa8; }"));
    auto* captionLayout = new QHBoxLayout(captionBar_);
    caption_ = new QLabel;
    caption_->setWordWrap(true);
    caption_->setTextFormat(Qt::RichText);
    auto* closeCaption = new QToolButton;
    closeCaption->setText(QStringLiteral("×"));
    closeCaption->setToolTip(tr("Hide the caption"));
    connect(closeCaption, &QToolButton::clicked, this, &MainWindow::hideCaption);
    captionLayout->addWidget(caption_, 1);
    captionLayout->addWidget(closeCaption, 0, Qt::AlignTop);
    captionBar_->hide();
    centreLayout->addWidget(captionBar_);
    centreLayout->addWidget(view_, 1);
    setCentralWidget(centre);

    // The right-hand docks (predictions, explanation) run the window's full height.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    predictions_ = new PredictionsPanel;
    activations_ = new ActivationsPanel;
    details_ = new QTextBrowser;
    auto dock = [this](const QString& title, const QString& name, QWidget* w, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    auto* predictionsScroll = new QScrollArea;  // a short dock scrolls instead of squeezing its rows
    predictionsScroll->setWidgetResizable(true);
    predictionsScroll->setWidget(predictions_);
    dock(tr("Predictions"), QStringLiteral("predictions"), predictionsScroll, Qt::RightDockWidgetArea);
    auto* detailsDock = dock(tr("Details"), QStringLiteral("details"), details_, Qt::RightDockWidgetArea);
    explanation_ = new ExplanationPanel;
    auto* explanationScroll = new QScrollArea;
    explanationScroll->setWidgetResizable(true);
    explanationScroll->setWidget(explanation_);
    auto* explanationDock = dock(tr("Explanation"), QStringLiteral("explanation"), explanationScroll, Qt::RightDockWidgetArea);
    tabifyDockWidget(detailsDock, explanationDock);
    detailsDock->raise();
    auto* activationsDock = dock(tr("Activations"), QStringLiteral("activations"), activations_, Qt::BottomDockWidgetArea);
    resizeDocks({activationsDock}, {330}, Qt::Vertical);
    statistics_ = new StatisticsPanel;
    auto* statisticsDock = dock(tr("Statistics"), QStringLiteral("statistics"), statistics_, Qt::BottomDockWidgetArea);
    tabifyDockWidget(activationsDock, statisticsDock);
    weights_ = new WeightsPanel;
    auto* weightsDock = dock(tr("Weights"), QStringLiteral("weights"), weights_, Qt::BottomDockWidgetArea);
    tabifyDockWidget(statisticsDock, weightsDock);
    training_ = new TrainingPanel;
    auto* trainingDock = dock(tr("Training"), QStringLiteral("training"), training_, Qt::BottomDockWidgetArea);
    tabifyDockWidget(weightsDock, trainingDock);
    connect(training_, &TrainingPanel::errorOccurred, this, [this](const QString& m) { onError(m); });
    connect(training_, &TrainingPanel::runStarted, this, [trainingDock] {
        trainingDock->show();
        trainingDock->raise();
    });
    activationsDock->raise();
    live_ = new LivePanel;
    auto* liveDock = dock(tr("Live"), QStringLiteral("live"), live_, Qt::LeftDockWidgetArea);
    liveDock->hide();  // shown when a live source starts
    capture_ = new LiveCapture(this);
    liveTimer_ = new QTimer(this);
    liveTimer_->setInterval(1000);
    connect(liveTimer_, &QTimer::timeout, this, &MainWindow::updateLiveStats);
    connect(capture_, &LiveCapture::started, this, [this, liveDock](const QString& description) {
        live_->setRunning(true, description);
        liveDock->show();
        liveDock->raise();
        liveResults_ = lastResults_ = lastDecoded_ = 0;
        smoothed_.clear();
        liveTimer_->start();
        statusBar()->showMessage(tr("Live: %1").arg(description), 4000);
        emit liveStarted(description);
    });
    connect(capture_, &LiveCapture::preview, this, [this](const QImage& frame) {
        live_->showFrame(frame);
        capture_->previewShown();
        emit liveFrameShown();
    });
    connect(capture_, &LiveCapture::failed, this, &MainWindow::onError);
    connect(capture_, &LiveCapture::ended, this, &MainWindow::stopLive);
    connect(capture_, &LiveCapture::resultReady, this, &MainWindow::onResult);
    connect(live_, &LivePanel::cameraRequested, this, &MainWindow::startCamera);
    connect(live_, &LivePanel::videoRequested, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open video"), QString(),
                                                          tr("Videos (*.avi *.mp4 *.mkv *.mov *.webm *.mpg);;All files (*)"));
        if (!path.isEmpty())
            startLive(path);
    });
    connect(live_, &LivePanel::folderRequested, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Slide show of a folder"));
        if (!dir.isEmpty())
            startLive(dir);
    });
    connect(live_, &LivePanel::stopRequested, this, &MainWindow::stopLive);
    connect(live_, &LivePanel::message, this, [this](const QString& m) { statusBar()->showMessage(m, 6000); });

    thread_ = new QThread(this);
    thread_->setObjectName(QStringLiteral("inference"));
    worker_ = new InferenceWorker;
    worker_->moveToThread(thread_);
    connect(thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &InferenceWorker::variantReady, this, &MainWindow::onVariantReady);
    connect(worker_, &InferenceWorker::resultReady, this, &MainWindow::onResult);
    connect(worker_, &InferenceWorker::failed, this, &MainWindow::onError);
    connect(worker_, &InferenceWorker::openProgress, this, [this](const QString& id, double fraction, const QString& what) {
        if (variantBox_->itemData(variantBox_->currentIndex()).toString() != id)
            return;  // an older request
        openProgress_->setValue(int(100 * fraction));
        openProgress_->setVisible(fraction < 1.0);
        statusBar()->showMessage(tr("Opening %1: %2").arg(variantBox_->currentText(), what));
    });
    connect(worker_, &InferenceWorker::variantFailed, this, [this](const QString& id, const QString&) {
        openProgress_->hide();
        // The diagram drawn when the switch began goes back to the network still open.
        const auto* drawn = scene_->network();
        if (id != shownVariant_ && desc_ && drawn && drawn->variant != desc_->variant) {
            scene_->setNetwork(desc_);
            view_->fitAll();
        }
    });
    connect(worker_, &InferenceWorker::imageFailed, this,
            [this](const QString& path, const QString& message, const QString& detail) {
        onError(message, detail);
        if (folderRunning() && path == folderQueue_.front()) {
            ++folderFailed_;
            folderStep();
        }
    });
    connect(scene_, &DiagramScene::nodeSelected, this, &MainWindow::onNodeSelected);
    connect(worker_, &InferenceWorker::latencyMeasured, statistics_, &StatisticsPanel::setLatency);
    connect(worker_, &InferenceWorker::latencyFinished, statistics_, &StatisticsPanel::latencyDone);
    connect(statistics_, &StatisticsPanel::latencyRequested, worker_, [this] { worker_->requestLatency(); },
            Qt::DirectConnection);
    connect(weights_, &WeightsPanel::loadFileRequested, this, &MainWindow::loadWeightsFile);
    connect(weights_, &WeightsPanel::weightsArrived, this, [this](const QString& id, const QString&) {
        if (id == shownVariant_)
            setVariant(id);  // reload: the downloaded weights replace the untrained network
    });
    thread_->start();
    setupExplain();

    folderProgress_ = new QProgressBar;
    folderProgress_->setMaximumWidth(220);
    folderProgress_->hide();
    folderCancel_ = new QToolButton;
    folderCancel_->setText(tr("Cancel"));
    folderCancel_->hide();
    connect(folderCancel_, &QToolButton::clicked, this, &MainWindow::cancelFolder);
    statusBar()->addPermanentWidget(folderProgress_);
    statusBar()->addPermanentWidget(folderCancel_);
    openProgress_ = new QProgressBar;
    openProgress_->setMaximumWidth(160);
    openProgress_->setRange(0, 100);
    openProgress_->setToolTip(tr("Opening the network: weights, and for random weights their calibration"));
    openProgress_->hide();
    statusBar()->addPermanentWidget(openProgress_);

    buildActions();
    setupTour();
    setupPaper();
    QSettings settings;
    if (settings.value(QStringLiteral("run/bf16"), InferenceWorker::bf16ByDefault()).toBool() &&
        InferenceWorker::bf16Available()) {
        precisionBox_->setCurrentIndex(1);
        RunSettings run = worker_->runSettings();
        run.bf16 = true;
        worker_->setRunSettings(run);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    statusBar()->showMessage(tr("Ready"));
}

SideBySideWindow* MainWindow::openSideBySide(const QString& left, const QString& right)
{
    if (!sideBySide_)
        sideBySide_ = std::make_unique<SideBySideWindow>();
    sideBySide_->setVariants(left, right);
    if (!currentImage_.isEmpty())
        sideBySide_->setImage(currentImage_);
    sideBySide_->show();
    sideBySide_->raise();
    return sideBySide_.get();
}

MainWindow::~MainWindow()
{
    *alive_ = false;
    occlusionCancel_ = true;
    if (occlusionThread_.joinable())
        occlusionThread_.join();
    lookCancel_ = true;
    if (lookThread_.joinable())
        lookThread_.join();
    indexCancel_ = true;
    if (indexThread_.joinable())
        indexThread_.join();
    if (examplesThread_.joinable())
        examplesThread_.join();
    capture_->stop();
    thread_->quit();
    thread_->wait();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::buildActions()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* open = file->addAction(tr("&Open image…"), this, &MainWindow::openImage);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &folder…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Classify every image of a folder"));
        if (!dir.isEmpty())
            classifyFolder(dir);
    })->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    auto* paste = file->addAction(tr("&Paste image"), this, &MainWindow::pasteImage);
    paste->setShortcut(QKeySequence::Paste);
    file->addAction(tr("&Export diagram…"), this, &MainWindow::exportDiagram)->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addSeparator();
    file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences)->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows)->setShortcut(QKeySequence::Quit);

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    auto* figures = menuBar()->addMenu(tr("F&igures"));
    for (const auto& f : explorer::figures()) {
        const QString name = QString::fromStdString(f.name);
        figures->addAction(QCoreApplication::translate("Figures", f.title), this, [this, name] { showFigure(name); });
    }
    auto* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("main-toolbar"));
    variantBox_ = new QComboBox;
    variantBox_->setToolTip(tr("Network variant"));
    for (const auto& v : inception::models::variants())
        variantBox_->addItem(QString::fromStdString(v.displayName), QString::fromStdString(v.id));
    variantBox_->insertSeparator(variantBox_->count());
    for (const auto& v : inception::models::teachingVariants())  // this project's Fashion-MNIST networks
        variantBox_->addItem(QString::fromStdString(v.displayName), QString::fromStdString(v.id));
    connect(variantBox_, &QComboBox::activated, this, [this](int index) {
        hideCaption();
        setVariant(variantBox_->itemData(index).toString());
    });
    tools->addWidget(variantBox_);
    sourceBox_ = new QComboBox;
    sourceBox_->setToolTip(tr("Where images come from"));
    sourceBox_->addItem(tr("Image files"));
    sourceBox_->addItem(tr("Camera"));
    sourceBox_->addItem(tr("Video file"));
    connect(sourceBox_, &QComboBox::activated, this, [this](int index) {
        if (index == 0) {
            stopLive();
        } else if (index == 1) {
            startCamera();
        } else {
            const QString path = QFileDialog::getOpenFileName(this, tr("Open video"), QString(),
                                                              tr("Videos (*.avi *.mp4 *.mkv *.mov *.webm *.mpg);;All files (*)"));
            path.isEmpty() ? stopLive() : startLive(path);
        }
    });
    tools->addWidget(sourceBox_);
    deviceBox_ = new QComboBox;
    deviceBox_->setToolTip(tr("Run the network on the CPU or on the GPU"));
    deviceBox_->addItem(tr("CPU"));
    deviceBox_->addItem(tr("CUDA"));
    if (!InferenceWorker::cudaAvailable()) {
        auto* model = qobject_cast<QStandardItemModel*>(deviceBox_->model());
        model->item(1)->setEnabled(false);
        model->item(1)->setToolTip(tr("This LibTorch has no CUDA device"));
    }
    deviceBox_->setCurrentIndex(InferenceWorker::cudaAvailable() ? 1 : 0);
    connect(deviceBox_, &QComboBox::activated, this, [this](int index) { setUseCuda(index == 1); });
    tools->addWidget(deviceBox_);
    precisionBox_ = new QComboBox;
    precisionBox_->setToolTip(tr("Number format of the forward pass: float32 gives the reference's numbers; "
                                 "bfloat16 is faster where the processor has it and moves probabilities slightly"));
    precisionBox_->addItem(tr("float32"));
    precisionBox_->addItem(tr("bfloat16"));
    QString noBf16;
    if (!InferenceWorker::bf16Available(&noBf16)) {
        auto* model = qobject_cast<QStandardItemModel*>(precisionBox_->model());
        model->item(1)->setEnabled(false);
        model->item(1)->setToolTip(noBf16);
    }
    connect(precisionBox_, &QComboBox::activated, this, [this](int index) { setUseBf16(index == 1); });
    tools->addWidget(precisionBox_);
    tools->addSeparator();
    auto add = [&](const QString& text, const QKeySequence& key, auto slot) {
        QAction* a = viewMenu->addAction(text, this, slot);
        a->setShortcut(key);
        tools->addAction(a);
        return a;
    };
    add(tr("Expand all"), QKeySequence(tr("Ctrl+Shift+E")), [this] { scene_->expandAll(); });
    add(tr("Collapse all"), QKeySequence(tr("Ctrl+Shift+C")), [this] { scene_->collapseAll(); view_->fitAll(); });
    add(tr("Fit"), QKeySequence(tr("Ctrl+0")), [this] { view_->fitAll(); });
    add(tr("Zoom in"), QKeySequence::ZoomIn, [this] { view_->zoomBy(1.25); });
    add(tr("Zoom out"), QKeySequence::ZoomOut, [this] { view_->zoomBy(0.8); });
    viewMenu->addSeparator();
    heatAction_ = viewMenu->addAction(tr("Colour by &activation"), this, &MainWindow::setHeatShown);
    heatAction_->setCheckable(true);
    heatAction_->setChecked(true);
    heatAction_->setShortcut(QKeySequence(tr("Ctrl+H")));
    heatAction_->setToolTip(tr("Tint each module by its mean activation for the current image"));
    viewMenu->addAction(tr("&Side by side…"), this, [this] {
        openSideBySide(QStringLiteral("googlenet"), QStringLiteral("inception_v3"));
    })->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    lectureAction_ = viewMenu->addAction(tr("&Lecture mode"), this, &MainWindow::setLectureMode);
    lectureAction_->setCheckable(true);
    lectureAction_->setShortcut(QKeySequence(tr("F11")));
    lectureAction_->setToolTip(tr("Full screen, large type, only the diagram, predictions and activations"));
    tools->addAction(lectureAction_);
    viewMenu->addSeparator();
    tools->addSeparator();
    search_ = new QLineEdit;
    search_->setPlaceholderText(tr("Find node (Ctrl+F)"));
    search_->setClearButtonEnabled(true);
    search_->setMaximumWidth(220);
    connect(search_, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
    tools->addWidget(search_);
    auto* find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        search_->setFocus();
        search_->selectAll();
    });
    addAction(find);
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    tools->addWidget(spacer);
    deviceLabel_ = new QLabel;
    deviceLabel_->setToolTip(tr("Where the network runs, and with which weights"));
    deviceLabel_->setContentsMargins(6, 0, 6, 0);
    tools->addWidget(deviceLabel_);
    for (auto* d : findChildren<QDockWidget*>())
        viewMenu->addAction(d->toggleViewAction());
}

namespace {

// The same nodes, in the same places: the drawn diagram still fits an opened network.
bool sameTree(const inception::arch::ArchNode& a, const inception::arch::ArchNode& b)
{
    if (a.id != b.id || a.children.size() != b.children.size() || a.output != b.output)
        return false;
    for (size_t i = 0; i < a.children.size(); ++i)
        if (!sameTree(a.children[i], b.children[i]))
            return false;
    return true;
}

}  // namespace

void MainWindow::setVariant(const QString& id)
{
    const int index = variantBox_->findData(id);
    if (index < 0) {
        onError(tr("Unknown variant: %1").arg(id));
        return;
    }
    variantBox_->setCurrentIndex(index);
    loadedWeights_.clear();
    // The diagram comes from the tree, which needs no weights: drawn now, while the network
    // opens on the worker thread.
    try {
        scene_->setNetwork(std::make_shared<const inception::arch::NetworkDesc>(
            inception::models::describe(id.toStdString())));
        view_->fitAll();
        emit diagramShown(id);
    } catch (const std::exception& e) {
        const UserError u = ErrorText::from(e, id);
        onError(tr("Cannot describe %1: %2").arg(id, u.message), u.detail);
    }
    openProgress_->setValue(0);
    openProgress_->show();
    statusBar()->showMessage(tr("Opening %1…").arg(variantBox_->currentText()));
    worker_->requestVariant(id);
}

void MainWindow::onVariantReady(const QString& id, std::shared_ptr<const inception::arch::NetworkDesc> desc,
                                const QString& device, bool untrained)
{
    untrained_ = untrained;
    shownVariant_ = id;
    openProgress_->hide();
    weights_->setCurrentVariant(id);
    statistics_->setNetwork(*desc);
    desc_ = desc;
    // The tree drawn when the switch began, unless the weights changed it (transform_input, aux
    // heads of a file that has them): then the opened network's.
    const auto* drawn = scene_->network();
    if (!drawn || !sameTree(drawn->root, desc->root)) {
        scene_->setNetwork(std::move(desc));
        view_->fitAll();
    }
    deviceLabel_->setText(untrained ? tr("%1 · untrained (random weights)").arg(device)
                                    : tr("%1 · pretrained weights").arg(device));
    statusBar()->showMessage(tr("%1 ready").arg(variantBox_->currentText()), 4000);
    details_->setHtml(tr("<p>Click a block to see its details; double-click (or Enter) opens and closes a module. "
                         "Right-click a block to knock it out or explain at it.</p>"));
    explainVariantChanged();
    if (!currentImage_.isEmpty() && !folderRunning())
        classifyFile(currentImage_);
    emit variantShown(id);
    if (!pendingFigure_.isEmpty())
        applyFigure(std::exchange(pendingFigure_, QString()));
    if (tourWaitVariant_ && tour_ && tourStep_ >= 0) {
        tourWaitVariant_ = false;
        applyTourStep();
    }
}

void MainWindow::classifyFile(const QString& path)
{
    currentImage_ = path;
    explanation_->setOcclusionAvailable(true, QString());
    predictions_->showBusy(tr("Classifying %1…").arg(path));
    worker_->requestClassify(path, QString::fromStdString(scene_->selectedId()));
}

void MainWindow::onResult(const InferenceResult& r)
{
    if (r.live) {
        ++liveResults_;
        lastForwardMs_ = r.forwardMs;
        if (!liveRunning())
            return;  // a frame that finished after the view stopped
    }
    predictions_->showResult(r.live ? smoothed(r) : r);
    activations_->showResult(r);
    explanation_->showResult(r);
    if (r.live)  // the live Grad-CAM over the part of the frame the network saw
        live_->view()->setExplanation(r.explain.shown ? r.explain.colours : QImage(), r.explain.cropFraction,
                                      explanation_->opacity());
    scene_->setHeat(heatAction_->isChecked() ? r.heat : std::map<std::string, double>{});
    emit resultShown();
    if (folderRunning() && r.path == folderQueue_.front())
        folderStep();
    if (!r.live && !tourWaitImage_.isEmpty() && r.path == tourWaitImage_) {
        tourWaitImage_.clear();
        settleTourStep();
    }
}

void MainWindow::onError(const QString& message, const QString& detail)
{
    predictions_->showError(message, detail);
    statusBar()->showMessage(message, 8000);
    if (variantBox_->itemData(variantBox_->currentIndex()).toString() != shownVariant_ && !shownVariant_.isEmpty())
        variantBox_->setCurrentIndex(variantBox_->findData(shownVariant_));  // the network shown did not change
    emit errorShown(message);
    if (tour_ && tourStep_ >= 0 && (tourWaitVariant_ || !tourWaitImage_.isEmpty())) {
        // The step cannot be shown whole: what went wrong is one of its problems, the rest stays.
        stepProblems_ << message;
        const bool variantFailed = tourWaitVariant_;
        tourWaitVariant_ = false;
        tourWaitImage_.clear();
        variantFailed ? applyTourStep() : settleTourStep();
    }
}

void MainWindow::selectNode(const QString& id)
{
    scene_->reveal(id.toStdString());
    scene_->select(id.toStdString());
    view_->centreOnNode(id.toStdString());
}

void MainWindow::expandNodes(const QStringList& ids)
{
    auto expanded = scene_->expanded();
    for (const auto& id : ids) {
        scene_->reveal(id.toStdString());
        expanded = scene_->expanded();
        expanded.insert(id.toStdString());
        scene_->setExpanded(expanded);
    }
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
    // The explanation's picture needs the height more than the top-5 does.
    auto* predictions = findChild<QDockWidget*>(QStringLiteral("predictions"));
    auto* explanation = findChild<QDockWidget*>(QStringLiteral("explanation"));
    if (predictions && explanation && predictions->isVisible() && explanation->isVisible())
        QTimer::singleShot(0, this, [this, predictions, explanation] {
            resizeDocks({predictions, explanation}, {height() * 2 / 5, height() * 3 / 5}, Qt::Vertical);
        });
}

}  // namespace explorer
