#include "mainwindow.h"

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
#include "arch/archnode.h"
#include "diagramscene.h"
#include "diagramlegend.h"
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

namespace {

// The architecture tree's terms (kinds, compositions, operations), for lupdate.
[[maybe_unused]] const char* const kArchTerms[] = {
    QT_TRANSLATE_NOOP("ArchNode", "network"),   QT_TRANSLATE_NOOP("ArchNode", "stage"),
    QT_TRANSLATE_NOOP("ArchNode", "block"),     QT_TRANSLATE_NOOP("ArchNode", "branch"),
    QT_TRANSLATE_NOOP("ArchNode", "layer"),     QT_TRANSLATE_NOOP("ArchNode", "pool"),
    QT_TRANSLATE_NOOP("ArchNode", "classifier"), QT_TRANSLATE_NOOP("ArchNode", "none"),
    QT_TRANSLATE_NOOP("ArchNode", "series"),    QT_TRANSLATE_NOOP("ArchNode", "concat"),
    QT_TRANSLATE_NOOP("ArchNode", "residual"),  QT_TRANSLATE_NOOP("ArchNode", "conv"),
    QT_TRANSLATE_NOOP("ArchNode", "maxpool"),   QT_TRANSLATE_NOOP("ArchNode", "avgpool"),
    QT_TRANSLATE_NOOP("ArchNode", "adaptive_avgpool"), QT_TRANSLATE_NOOP("ArchNode", "dropout"),
    QT_TRANSLATE_NOOP("ArchNode", "linear"),    QT_TRANSLATE_NOOP("ArchNode", "transform_input"),
};

QString archTerm(const char* term) { return QCoreApplication::translate("ArchNode", term); }

}  // namespace

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
    dock(tr("Details"), QStringLiteral("details"), details_, Qt::RightDockWidgetArea);
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
    connect(training_, &TrainingPanel::errorOccurred, this, &MainWindow::onError);
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
    connect(worker_, &InferenceWorker::imageFailed, this, [this](const QString& path, const QString& message) {
        onError(message);
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

    folderProgress_ = new QProgressBar;
    folderProgress_->setMaximumWidth(220);
    folderProgress_->hide();
    folderCancel_ = new QToolButton;
    folderCancel_->setText(tr("Cancel"));
    folderCancel_->hide();
    connect(folderCancel_, &QToolButton::clicked, this, &MainWindow::cancelFolder);
    statusBar()->addPermanentWidget(folderProgress_);
    statusBar()->addPermanentWidget(folderCancel_);

    buildActions();
    QSettings settings;
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow()
{
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

void MainWindow::setVariant(const QString& id)
{
    const int index = variantBox_->findData(id);
    if (index < 0) {
        onError(tr("Unknown variant: %1").arg(id));
        return;
    }
    variantBox_->setCurrentIndex(index);
    statusBar()->showMessage(tr("Loading %1…").arg(variantBox_->currentText()));
    worker_->requestVariant(id);
}

void MainWindow::onVariantReady(const QString& id, std::shared_ptr<const inception::arch::NetworkDesc> desc,
                                const QString& device, bool untrained)
{
    untrained_ = untrained;
    shownVariant_ = id;
    weights_->setCurrentVariant(id);
    statistics_->setNetwork(*desc);
    desc_ = desc;
    scene_->setNetwork(std::move(desc));
    view_->fitAll();
    deviceLabel_->setText(untrained ? tr("%1 · untrained (random weights)").arg(device)
                                    : tr("%1 · pretrained weights").arg(device));
    statusBar()->showMessage(tr("%1 ready").arg(variantBox_->currentText()), 4000);
    details_->setHtml(tr("<p>Click a block to see its details; double-click (or Enter) opens and closes a module.</p>"));
    if (!currentImage_.isEmpty() && !folderRunning())
        classifyFile(currentImage_);
    emit variantShown(id);
    if (!pendingFigure_.isEmpty())
        applyFigure(std::exchange(pendingFigure_, QString()));
}

void MainWindow::classifyFile(const QString& path)
{
    currentImage_ = path;
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
    scene_->setHeat(heatAction_->isChecked() ? r.heat : std::map<std::string, double>{});
    emit resultShown();
    if (folderRunning() && r.path == folderQueue_.front())
        folderStep();
}

void MainWindow::onError(const QString& message)
{
    predictions_->showError(message);
    statusBar()->showMessage(message, 8000);
    if (variantBox_->itemData(variantBox_->currentIndex()).toString() != shownVariant_ && !shownVariant_.isEmpty())
        variantBox_->setCurrentIndex(variantBox_->findData(shownVariant_));  // the network shown did not change
    emit errorShown(message);
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
}

void MainWindow::onNodeSelected(const QString& id)
{
    {
        QMutexLocker lock(&liveNodeMutex_);
        liveNode_ = id;
    }
    const auto* desc = scene_->network();
    const ArchNode* n = desc ? inception::arch::findNode(desc->root, id.toStdString()) : nullptr;
    if (!n)
        return;
    QString html = QStringLiteral("<h3>%1</h3><p><code>%2</code></p><table>").arg(QString::fromStdString(n->name).toHtmlEscaped(),
                                                                                  id.toHtmlEscaped());
    auto row = [&](const QString& k, const QString& v) { html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>").arg(k, v); };
    row(tr("Kind"), archTerm(inception::arch::toString(n->kind)));
    row(tr("Composition"), archTerm(inception::arch::toString(n->composition)));
    row(tr("Output"), shapeText(n->output));
    const double params = double(desc->root.params), macs = double(desc->root.macs);
    row(tr("Parameters"), tr("%1 (%2 % of the network)").arg(QLocale().toString(qlonglong(n->params)),
                                                              QLocale().toString(100.0 * double(n->params) / params, 'f', 2)));
    row(tr("Multiply-adds"), tr("%1 (%2 % of the network)").arg(QLocale().toString(qlonglong(n->macs)),
                                                                 QLocale().toString(100.0 * double(n->macs) / macs, 'f', 2)));
    if (n->isLeaf()) {
        const auto& l = n->layer;
        row(tr("Operation"), archTerm(inception::arch::toString(l.op)));
        if (l.op == inception::arch::Op::Conv) {
            row(tr("Filters"), QString::number(l.outChannels));
            row(tr("Kernel"), QStringLiteral("%1×%2").arg(l.kernel.h).arg(l.kernel.w));
            row(tr("Stride"), QStringLiteral("%1×%2").arg(l.stride.h).arg(l.stride.w));
            row(tr("Padding"), QStringLiteral("%1×%2").arg(l.padding.h).arg(l.padding.w));
            row(tr("Batch norm"), l.batchNorm ? tr("yes (eps %1)").arg(l.bnEps) : tr("no"));
        } else if (l.op == inception::arch::Op::MaxPool || l.op == inception::arch::Op::AvgPool) {
            row(tr("Kernel"), QStringLiteral("%1×%2").arg(l.kernel.h).arg(l.kernel.w));
            row(tr("Stride"), QStringLiteral("%1×%2").arg(l.stride.h).arg(l.stride.w));
            row(tr("Padding"), QStringLiteral("%1×%2").arg(l.padding.h).arg(l.padding.w));
            row(tr("Ceil mode"), l.ceilMode ? tr("yes") : tr("no"));
        }
    }
    if (n->composition == inception::arch::Composition::Residual)
        row(tr("Residual scale"), QLocale().toString(n->residualScale));
    html += QStringLiteral("</table>");
    details_->setHtml(html);
    if (!currentImage_.isEmpty() && !liveRunning())
        worker_->requestClassify(currentImage_, id);
}

QString MainWindow::detailsText() const { return details_->toPlainText(); }

void MainWindow::runSearch()
{
    const auto hits = scene_->search(search_->text());
    if (hits.empty()) {
        statusBar()->showMessage(tr("No node matches “%1”").arg(search_->text()), 4000);
        return;
    }
    selectNode(QString::fromStdString(hits.front()));
    statusBar()->showMessage(tr("%n match(es)", nullptr, int(hits.size())), 4000);
}

void MainWindow::openImage()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open image"), QString(),
                                                      tr("Images (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)"));
    if (!path.isEmpty())
        classifyFile(path);
}

void MainWindow::exportDiagram()
{
    // What to export and how large, then where.
    QDialog ask(this);
    ask.setWindowTitle(tr("Export diagram"));
    auto* form = new QFormLayout(&ask);
    auto* scope = new QComboBox;
    scope->addItem(tr("The whole diagram"));
    scope->addItem(tr("The current view"));
    auto* scale = new QComboBox;
    for (int k : {1, 2, 3, 4})
        scale->addItem(tr("%1×").arg(k), k);
    scale->setCurrentIndex(1);
    form->addRow(tr("Export"), scope);
    form->addRow(tr("PNG scale"), scale);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    form->addRow(buttons);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export diagram"), QStringLiteral("diagram.png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (exportDiagramTo(path, scope->currentIndex() == 0, scale->currentData().toDouble()))
        statusBar()->showMessage(tr("Diagram written to %1").arg(path), 6000);
}

bool MainWindow::exportDiagramTo(const QString& path, bool wholeDiagram, double scale)
{
    const QRectF r = wholeDiagram ? scene_->sceneRect()
                                  : view_->mapToScene(view_->viewport()->rect()).boundingRect().intersected(scene_->sceneRect());
    if (r.isEmpty()) {
        onError(tr("Nothing to export."));
        return false;
    }
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(r.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), r.size()));
        svg.setTitle(variantBox_->currentText());
        QPainter p;
        if (!p.begin(&svg)) {
            onError(tr("Cannot write %1").arg(path));
            return false;
        }
        scene_->render(&p, QRectF(QPointF(0, 0), r.size()), r);
        return p.end();
    }
    const QSizeF size = r.size() * scale;
    if (size.width() * size.height() > 400e6) {
        onError(tr("%1 × %2 pixels is too large; choose a smaller scale.").arg(int(size.width())).arg(int(size.height())));
        return false;
    }
    QImage img(size.toSize(), QImage::Format_ARGB32);
    if (img.isNull()) {
        onError(tr("Not enough memory for a %1 × %2 image.").arg(int(size.width())).arg(int(size.height())));
        return false;
    }
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    scene_->render(&p, QRectF(QPointF(0, 0), size), r);
    p.end();
    QSaveFile out(path);  // a full disk leaves the previous file as it was
    if (!out.open(QIODevice::WriteOnly) || !img.save(&out, "PNG") || !out.commit()) {
        onError(tr("Cannot write %1: %2").arg(path, out.errorString()));
        return false;
    }
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const auto* mime = event->mimeData();
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile()) {
            const QString path = url.toLocalFile();
            if (QFileInfo(path).isDir())
                classifyFolder(path);
            else
                classifyFile(path);
            event->acceptProposedAction();
            return;
        }
    if (mime->hasImage()) {
        pasteImage();
        event->acceptProposedAction();
        return;
    }
    onError(tr("Only local files and folders can be dropped here."));
}

void MainWindow::pasteImage()
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    if (mime && mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()) {
        const QString path = mime->urls().first().toLocalFile();
        QFileInfo(path).isDir() ? classifyFolder(path) : classifyFile(path);
        return;
    }
    const QImage image = mime && mime->hasImage() ? qvariant_cast<QImage>(mime->imageData()) : QImage();
    if (image.isNull()) {
        onError(tr("The clipboard holds no image."));
        return;
    }
    if (!pasted_)
        pasted_ = std::make_unique<QTemporaryDir>();
    const QString path = pasted_->filePath(QStringLiteral("pasted-%1.png").arg(++pastedCount_));
    if (!pasted_->isValid() || !image.save(path, "PNG")) {
        onError(tr("Cannot keep the pasted image: %1").arg(pasted_->errorString()));
        return;
    }
    classifyFile(path);
}

void MainWindow::classifyFolder(const QString& dir)
{
    if (folderRunning())
        cancelFolder();
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"),
                          QStringLiteral("*.bmp"), QStringLiteral("*.webp"), QStringLiteral("*.tif"),
                          QStringLiteral("*.tiff"), QStringLiteral("*.gif")},
                    QDir::Files | QDir::Readable);
    while (it.hasNext())
        files << it.next();
    files.sort();
    if (files.isEmpty()) {
        onError(tr("%1 holds no images.").arg(dir));
        emit folderFinished(0, 0, false);
        return;
    }
    folderQueue_ = files;
    folderDir_ = dir;
    folderTotal_ = int(files.size());
    folderDone_ = folderFailed_ = 0;
    folderProgress_->setRange(0, folderTotal_);
    folderProgress_->setValue(0);
    folderProgress_->setFormat(tr("%v of %m images"));
    folderProgress_->show();
    folderCancel_->show();
    classifyFile(folderQueue_.front());
}

void MainWindow::folderStep()
{
    folderQueue_.pop_front();
    ++folderDone_;
    folderProgress_->setValue(folderDone_);
    if (!folderQueue_.isEmpty()) {
        classifyFile(folderQueue_.front());
        return;
    }
    folderProgress_->hide();
    folderCancel_->hide();
    statusBar()->showMessage(tr("%1: %n image(s) classified", nullptr, folderDone_ - folderFailed_).arg(folderDir_) +
                                 (folderFailed_ ? tr(", %n could not be read", nullptr, folderFailed_) : QString()),
                             10000);
    emit folderFinished(folderDone_ - folderFailed_, folderFailed_, false);
}

void MainWindow::cancelFolder()
{
    if (!folderRunning())
        return;
    folderQueue_.clear();
    folderProgress_->hide();
    folderCancel_->hide();
    statusBar()->showMessage(tr("Folder cancelled after %n image(s)", nullptr, folderDone_), 8000);
    emit folderFinished(folderDone_ - folderFailed_, folderFailed_, true);
}

void MainWindow::showFigure(const QString& name)
{
    const Figure* f = findFigure(name.toStdString());
    if (!f) {
        onError(tr("Unknown figure: %1").arg(name));
        return;
    }
    if (QString::fromStdString(f->variant) != shownVariant_) {
        pendingFigure_ = name;
        setVariant(QString::fromStdString(f->variant));
        return;
    }
    applyFigure(name);
}

void MainWindow::applyFigure(const QString& name)
{
    const Figure* f = findFigure(name.toStdString());
    if (!f)
        return;
    if (f->synthetic) {
        scene_->setNetwork(syntheticNetwork(*f));
    } else {
        if (!desc_ || desc_->variant != f->variant)
            return;  // the variant changed meanwhile
        scene_->setNetwork(desc_);  // its stages open, nothing else
    }
    QStringList expand;
    for (const auto& id : f->expand)
        expand << QString::fromStdString(id);
    expandNodes(expand);
    const auto* desc = scene_->network();
    const ArchNode* framed = f->frame.empty() ? &desc->root : inception::arch::findNode(desc->root, f->frame);
    QString text = QStringLiteral("<b>%1</b> — %2").arg(QCoreApplication::translate("Figures", f->title).toHtmlEscaped(),
                                                       QCoreApplication::translate("Figures", f->caption).toHtmlEscaped());
    if (framed)
        text += QStringLiteral("<br><i>%1</i>").arg(tr("%1: %2 parameters, %3 multiply-adds, output %4")
                                                        .arg(QString::fromStdString(framed->name).toHtmlEscaped(),
                                                             QLocale().toString(qlonglong(framed->params)),
                                                             QLocale().toString(qlonglong(framed->macs)),
                                                             shapeText(framed->output)));
    caption_->setText(text);
    captionBar_->show();
    centralWidget()->layout()->activate();  // the view takes its final size before it is framed
    if (f->frame.empty()) {
        view_->fitAll();
    } else {
        scene_->select(f->frame);
        view_->frameNode(f->frame);
    }
    emit figureShown(name);
}

QString MainWindow::captionText() const { return captionBar_->isHidden() ? QString() : caption_->text(); }

void MainWindow::hideCaption()
{
    captionBar_->hide();
    caption_->clear();
}

void MainWindow::loadWeightsFile(const QString& id, const QString& path)
{
    const int index = variantBox_->findData(id);
    if (index < 0) {
        onError(tr("Unknown variant: %1").arg(id));
        return;
    }
    variantBox_->setCurrentIndex(index);
    statusBar()->showMessage(tr("Loading %1 from %2…").arg(variantBox_->currentText(), path));
    worker_->requestWeightsFile(id, path);
}

void MainWindow::setHeatShown(bool on)
{
    heatAction_->setChecked(on);
    if (!on)
        scene_->setHeat({});
    view_->legend()->setHeatShown(on);
    view_->placeLegend();
    if (on && !currentImage_.isEmpty() && !folderRunning())
        worker_->requestClassify(currentImage_, QString::fromStdString(scene_->selectedId()));
}

void MainWindow::setLectureMode(bool on)
{
    lectureAction_->setChecked(on);
    if (on == !stateBeforeLecture_.isEmpty())
        return;
    if (on) {
        stateBeforeLecture_ = saveState();
        fontBeforeLecture_ = QApplication::font();
        QFont big = fontBeforeLecture_;
        big.setPointSizeF(big.pointSizeF() * 1.5);
        QApplication::setFont(big);
        showDocks({QStringLiteral("predictions"), QStringLiteral("activations")});
        showFullScreen();
    } else {
        QApplication::setFont(fontBeforeLecture_);
        restoreState(stateBeforeLecture_);
        stateBeforeLecture_.clear();
        showNormal();
    }
    view_->legend()->setFont(QApplication::font());
    view_->placeLegend();
}

QString MainWindow::deviceText() const { return deviceLabel_->text(); }

void MainWindow::showPreferences()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Preferences"));
    auto* form = new QFormLayout(&dialog);
    auto* language = new QComboBox;
    language->addItem(tr("System default"), QString());
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    QSettings settings;
    const QString current = settings.value(QStringLiteral("ui/language")).toString();
    language->setCurrentIndex(std::max(0, language->findData(current)));
    form->addRow(tr("Language"), language);
    auto* note = new QLabel(tr("The language applies the next time the application starts."));
    note->setWordWrap(true);
    form->addRow(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(QStringLiteral("ui/language"), language->currentData().toString());
    if (language->currentData().toString() != current)
        statusBar()->showMessage(tr("Restart the application to use the new language."), 8000);
}

void MainWindow::startCamera()
{
    const auto cameras = inception::vision::availableCameras();
    if (cameras.empty()) {
        onError(tr("No camera opens on this machine (none connected, or each is in use)."));
        sourceBox_->setCurrentIndex(0);
        return;
    }
    startLive(QStringLiteral("cam:%1").arg(cameras.front()));
}

void MainWindow::startLive(const QString& spec)
{
    stopLive();
    if (folderRunning())
        cancelFolder();
    sourceBox_->setCurrentIndex(spec.startsWith(QLatin1String("cam:")) ? 1 : 2);
    {
        QMutexLocker lock(&liveNodeMutex_);
        liveNode_ = QString::fromStdString(scene_->selectedId());
    }
    capture_->start(spec, [this](const QImage& frame) {
        QString node;
        {
            QMutexLocker lock(&liveNodeMutex_);
            node = liveNode_;
        }
        worker_->requestFrame(frame, node);  // thread-safe; a waiting frame is replaced
    });
}

void MainWindow::stopLive()
{
    const bool was = capture_->running();
    capture_->stop();
    liveTimer_->stop();
    live_->setRunning(false);
    sourceBox_->setCurrentIndex(0);
    if (was)
        emit liveStopped();
}

bool MainWindow::liveRunning() const { return capture_->running(); }

void MainWindow::updateLiveStats()
{
    const qint64 decoded = capture_->decoded();
    live_->setStats(double(decoded - lastDecoded_), double(liveResults_ - lastResults_), lastForwardMs_,
                    worker_->framesDropped());
    lastDecoded_ = decoded;
    lastResults_ = liveResults_;
}

InferenceResult MainWindow::smoothed(const InferenceResult& r)
{
    // Light smoothing of the top-5: an exponential average over frames, so that the bars do not
    // flicker; classes that leave the top-5 fade out.
    constexpr double kKeep = 0.6;
    for (auto& [label, p] : smoothed_)
        p *= kKeep;
    for (int i = 0; i < r.labels.size(); ++i)
        smoothed_[r.labels[i]] += (1 - kKeep) * r.probabilities[i];
    std::vector<std::pair<double, QString>> ranked;
    for (const auto& [label, p] : smoothed_)
        ranked.push_back({p, label});
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    InferenceResult out = r;
    out.labels.clear();
    out.probabilities.clear();
    for (size_t i = 0; i < ranked.size() && i < 5; ++i) {
        out.labels << ranked[i].second;
        out.probabilities << float(ranked[i].first);
    }
    for (auto it = smoothed_.begin(); it != smoothed_.end();)
        it = it->second < 1e-4 ? smoothed_.erase(it) : std::next(it);
    return out;
}

void MainWindow::setUseCuda(bool cuda)
{
    deviceBox_->setCurrentIndex(cuda && InferenceWorker::cudaAvailable() ? 1 : 0);
    if (cuda && !InferenceWorker::cudaAvailable()) {
        onError(tr("This LibTorch has no CUDA device; the network stays on the CPU."));
        return;
    }
    statusBar()->showMessage(tr("Moving %1 to %2…").arg(variantBox_->currentText(), deviceBox_->currentText()));
    worker_->requestDevice(cuda, shownVariant_);
}

}  // namespace explorer
