#include "mainwindow.h"

#include <QAction>
#include <QApplication>
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
#include <QToolBar>

#include "activationspanel.h"
#include "arch/archnode.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "inferenceworker.h"
#include "models/registry.h"
#include "nodetext.h"
#include "predictionspanel.h"
#include "statisticspanel.h"

namespace explorer {

using inception::arch::ArchNode;

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Inception Explorer"));
    setAcceptDrops(true);
    scene_ = new DiagramScene(this);
    view_ = new DiagramView(scene_, this);
    setCentralWidget(view_);

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
    activationsDock->raise();

    thread_ = new QThread(this);
    thread_->setObjectName(QStringLiteral("inference"));
    worker_ = new InferenceWorker;
    worker_->moveToThread(thread_);
    connect(thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &InferenceWorker::variantReady, this, &MainWindow::onVariantReady);
    connect(worker_, &InferenceWorker::resultReady, this, &MainWindow::onResult);
    connect(worker_, &InferenceWorker::failed, this, &MainWindow::onError);
    connect(scene_, &DiagramScene::nodeSelected, this, &MainWindow::onNodeSelected);
    thread_->start();

    buildActions();
    QSettings settings;
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow()
{
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
    file->addAction(tr("&Export diagram…"), this, &MainWindow::exportDiagram)->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addSeparator();
    file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows)->setShortcut(QKeySequence::Quit);

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    auto* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("main-toolbar"));
    variantBox_ = new QComboBox;
    for (const auto& v : inception::models::variants())
        variantBox_->addItem(QString::fromStdString(v.displayName), QString::fromStdString(v.id));
    connect(variantBox_, &QComboBox::activated, this,
            [this](int index) { setVariant(variantBox_->itemData(index).toString()); });
    tools->addWidget(variantBox_);
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
    deviceLabel_ = new QLabel;
    statusBar()->addPermanentWidget(deviceLabel_);
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
    statistics_->setNetwork(*desc);
    scene_->setNetwork(std::move(desc));
    view_->fitAll();
    deviceLabel_->setText(untrained ? tr("%1 · untrained (random weights)").arg(device)
                                    : tr("%1 · pretrained weights").arg(device));
    statusBar()->showMessage(tr("%1 ready").arg(variantBox_->currentText()), 4000);
    details_->setHtml(tr("<p>Click a block to see its details; double-click (or Enter) opens and closes a module.</p>"));
    if (!currentImage_.isEmpty())
        classifyFile(currentImage_);
    emit variantShown(id);
}

void MainWindow::classifyFile(const QString& path)
{
    currentImage_ = path;
    predictions_->showBusy(tr("Classifying %1…").arg(path));
    worker_->requestClassify(path, QString::fromStdString(scene_->selectedId()));
}

void MainWindow::onResult(const InferenceResult& r)
{
    predictions_->showResult(r);
    activations_->showResult(r);
    scene_->setHeat(r.heat);
    emit resultShown();
}

void MainWindow::onError(const QString& message)
{
    predictions_->showError(message);
    statusBar()->showMessage(message, 8000);
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
    const auto* desc = scene_->network();
    const ArchNode* n = desc ? inception::arch::findNode(desc->root, id.toStdString()) : nullptr;
    if (!n)
        return;
    QString html = QStringLiteral("<h3>%1</h3><p><code>%2</code></p><table>").arg(QString::fromStdString(n->name).toHtmlEscaped(),
                                                                                  id.toHtmlEscaped());
    auto row = [&](const QString& k, const QString& v) { html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>").arg(k, v); };
    row(tr("Kind"), QString::fromLatin1(inception::arch::toString(n->kind)));
    row(tr("Composition"), QString::fromLatin1(inception::arch::toString(n->composition)));
    row(tr("Output"), shapeText(n->output));
    const double params = double(desc->root.params), macs = double(desc->root.macs);
    row(tr("Parameters"), tr("%1 (%2 % of the network)").arg(QLocale().toString(qlonglong(n->params)),
                                                              QLocale().toString(100.0 * double(n->params) / params, 'f', 2)));
    row(tr("Multiply-adds"), tr("%1 (%2 % of the network)").arg(QLocale().toString(qlonglong(n->macs)),
                                                                 QLocale().toString(100.0 * double(n->macs) / macs, 'f', 2)));
    if (n->isLeaf()) {
        const auto& l = n->layer;
        row(tr("Operation"), QString::fromLatin1(inception::arch::toString(l.op)));
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
    if (!currentImage_.isEmpty())
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
    const QString path = QFileDialog::getSaveFileName(this, tr("Export diagram"), QStringLiteral("diagram.png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    const QRectF r = scene_->sceneRect();
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(r.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), r.size()));
        QPainter p(&svg);
        scene_->render(&p, QRectF(QPointF(0, 0), r.size()), r);
    } else {
        QImage img((r.size() * 2).toSize(), QImage::Format_ARGB32);
        img.fill(Qt::white);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        scene_->render(&p, QRectF(QPointF(0, 0), r.size() * 2), r);
        p.end();
        if (!img.save(path))
            onError(tr("Cannot write %1").arg(path));
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) {
            classifyFile(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
}

}  // namespace explorer
