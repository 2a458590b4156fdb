// LibTorch first: Qt's `slots` keyword macro must not reach its headers.
#include <torch/torch.h>

#include "explorer/lecture/sidebyside.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <map>

#include "arch/archnode.h"
#include "explorer/common/imagefiles.h"
#include "explorer/diagram/diagramscene.h"
#include "explorer/diagram/diagramview.h"
#include "explorer/inference/inferenceservice.h"
#include "models/registry.h"
#include "explorer/inspect/predictionspanel.h"

namespace explorer {

using inception::arch::ArchNode;

namespace {

QString shapeText(const std::vector<int64_t>& s)
{
    QStringList parts;
    for (int64_t d : s)
        parts << QString::number(d);
    return parts.join(QChar(0x00D7));
}

}  // namespace

SideBySideWindow::SideBySideWindow(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setWindowTitle(tr("Side by side — Inception Explorer"));
    resize(1400, 900);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* openImage = new QPushButton(tr("Open &image…"));
    imageLabel_ = new QLabel(tr("Open an image: both networks classify it."));
    top->addWidget(openImage);
    top->addWidget(imageLabel_, 1);
    layout->addLayout(top);
    connect(openImage, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open image"), QString(),
                                                          tr("Images (%1)").arg(imageFilePatterns()));
        if (!path.isEmpty())
            setImage(path);
    });
    auto* split = new QSplitter(Qt::Horizontal);
    for (int i = 0; i < 2; ++i)
        split->addWidget(buildSide(i));
    layout->addWidget(split, 4);
    auto* tables = new QHBoxLayout;
    cost_ = new QTableWidget(4, 3);
    cost_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    cost_->setVerticalHeaderLabels({tr("Parameters"), tr("Multiply-adds"), tr("Input"), tr("Forward time, this image")});
    cost_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    align_ = new QTableWidget(0, 3);
    align_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    align_->setSelectionBehavior(QAbstractItemView::SelectRows);
    align_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    align_->setToolTip(tr("Stages lined up by how far each network has reduced its input; click a row to frame both"));
    connect(align_, &QTableWidget::cellClicked, this, [this](int row, int) { frameRow(row); });
    tables->addWidget(cost_, 1);
    tables->addWidget(align_, 1);
    layout->addLayout(tables, 1);
    setVariants(QStringLiteral("googlenet"), QStringLiteral("inception_v3"));
}

SideBySideWindow::~SideBySideWindow() = default;

// One side: its variant box and title, its diagram, its predictions, its own InferenceService.
QWidget* SideBySideWindow::buildSide(int i)
{
    Side& s = sides_[i];
    auto* column = new QWidget;
    auto* c = new QVBoxLayout(column);
    c->setContentsMargins(0, 0, 0, 0);
    s.box = new QComboBox;
    for (const auto& v : inception::models::variants())
        s.box->addItem(QString::fromStdString(v.displayName), QString::fromStdString(v.id));
    for (const auto& v : inception::models::teachingVariants())
        s.box->addItem(QString::fromStdString(v.displayName), QString::fromStdString(v.id));
    connect(s.box, &QComboBox::activated, this, [this, i](int index) { open(i, sides_[i].box->itemData(index).toString()); });
    s.title = new QLabel;
    s.title->setWordWrap(true);
    s.scene = new DiagramScene(this);
    s.view = new DiagramView(s.scene);
    s.predictions = new PredictionsPanel;
    auto* row = new QHBoxLayout;
    row->addWidget(s.box);
    row->addWidget(s.title, 1);
    c->addLayout(row);
    c->addWidget(s.view, 3);
    c->addWidget(s.predictions, 2);
    s.service = new InferenceService(this);
    connect(s.service, &InferenceService::variantReady, this,
            [this, i](const QString&, std::shared_ptr<const inception::arch::NetworkDesc> desc, const QString& device,
                      bool untrained) {
                Side& side = sides_[i];
                side.ready = true;
                side.untrained = untrained;
                side.desc = desc;
                side.title->setText(untrained ? tr("%1 · random weights (calibrated): the classes mean nothing").arg(device)
                                              : tr("%1 · pretrained weights").arg(device));
                refillTables();
                classify(i);
            });
    connect(s.service, &InferenceService::resultReady, this, [this, i](const InferenceResult& r) { onResult(i, r); });
    const auto showError = [this, i](const QString& message, const QString& detail) {
        sides_[i].predictions->showError(message, detail);
    };
    connect(s.service, &InferenceService::failed, this, showError);
    connect(s.service, &InferenceService::variantFailed, this,
            [showError](const QString&, const QString& message, const QString& detail) { showError(message, detail); });
    connect(s.service, &InferenceService::imageFailed, this,
            [showError](const QString&, const QString& message, const QString& detail) { showError(message, detail); });
    return column;
}

void SideBySideWindow::setVariants(const QString& left, const QString& right)
{
    open(0, left);
    open(1, right);
}

QString SideBySideWindow::variant(int side) const { return sides_[side].box->currentData().toString(); }

void SideBySideWindow::open(int i, const QString& id)
{
    Side& s = sides_[i];
    const int index = s.box->findData(id);
    if (index < 0)
        return;
    s.box->setCurrentIndex(index);
    s.ready = false;
    s.runs = 0;
    s.forwardMs = 0;
    s.desc = std::make_shared<const inception::arch::NetworkDesc>(inception::models::describe(id.toStdString()));
    s.scene->setNetwork(s.desc);
    s.scene->collapseAll();  // the stages, whole, so the two line up at a glance
    s.view->fitAll();
    s.title->setText(tr("Opening…"));
    refillTables();
    s.service->open(id);
}

void SideBySideWindow::setImage(const QString& path)
{
    image_ = path;
    imageLabel_->setText(QFileInfo(path).fileName());
    for (int i = 0; i < 2; ++i) {
        sides_[i].runs = 0;
        sides_[i].forwardMs = 0;
        classify(i);
    }
}

void SideBySideWindow::classify(int i)
{
    if (image_.isEmpty() || !sides_[i].ready)
        return;
    sides_[i].predictions->showBusy(tr("Classifying %1…").arg(QFileInfo(image_).fileName()));
    sides_[i].service->classify(image_);
}

void SideBySideWindow::onResult(int i, const InferenceResult& r)
{
    Side& s = sides_[i];
    if (r.path != image_ || r.variant != variant(i))
        return;  // an earlier request
    s.predictions->showResult(r);
    ++s.runs;
    if (s.runs == 1) {
        // The first run pays for building the plan: the forward time is the second's.
        s.service->classify(image_);
        return;
    }
    if (s.runs == 2) {
        s.forwardMs = r.forwardMs;
        refillTables();
        if (sides_[0].runs >= 2 && sides_[1].runs >= 2)
            emit resultsShown();
    }
}

void SideBySideWindow::refillTables()
{
    const QLocale loc;
    cost_->setHorizontalHeaderLabels({sides_[0].box->currentText(), sides_[1].box->currentText(),
                                      tr("right ÷ left")});
    auto set = [&](int row, int col, const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        cost_->setItem(row, col, item);
    };
    double values[2][4] = {};
    for (int i = 0; i < 2; ++i) {
        const auto& d = sides_[i].desc;
        if (!d)
            continue;
        values[i][0] = double(d->root.params);
        values[i][1] = double(d->root.macs);
        values[i][3] = sides_[i].forwardMs;
        set(0, i, loc.toString(qlonglong(d->root.params)));
        set(1, i, loc.toString(qlonglong(d->root.macs)));
        set(2, i, shapeText(d->input));
        set(3, i, sides_[i].forwardMs > 0 ? tr("%1 ms").arg(loc.toString(sides_[i].forwardMs, 'f', 1)) : tr("…"));
    }
    for (int row : {0, 1, 3})
        set(row, 2, values[0][row] > 0 && values[1][row] > 0 ? loc.toString(values[1][row] / values[0][row], 'f', 2) : QString());
    set(2, 2, QString());

    // Stages by stride: the input side over the stage's grid side.
    std::map<int, std::array<QStringList, 2>> byStride;
    std::array<std::map<int, QString>, 2> firstId;
    for (int i = 0; i < 2; ++i) {
        const auto& d = sides_[i].desc;
        if (!d || d->input.size() < 3)
            continue;
        for (const ArchNode& stage : d->root.children) {
            // The reduction as a power of two (299 / 35 is 8.5, 224 / 28 is 8); 0 after global pooling.
            const int stride = stage.output.size() == 3 && stage.output[1] > 1
                                   ? 1 << int(std::lround(std::log2(double(d->input[1]) / double(stage.output[1]))))
                                   : 0;
            byStride[stride][i] << QStringLiteral("%1 (%2)").arg(QString::fromStdString(stage.name), shapeText(stage.output));
            if (!firstId[i].count(stride))
                firstId[i][stride] = QString::fromStdString(stage.id);
        }
    }
    align_->setRowCount(int(byStride.size()));
    align_->setHorizontalHeaderLabels({tr("Reduced"), sides_[0].box->currentText(), sides_[1].box->currentText()});
    // By growing stride, the pooled row (stride 0) last.
    std::vector<int> order;
    for (const auto& [stride, names] : byStride)
        if (stride > 0)
            order.push_back(stride);
    if (byStride.count(0))
        order.push_back(0);
    int row = 0;
    for (int stride : order) {
        auto* key = new QTableWidgetItem(stride ? tr("÷%1").arg(stride) : tr("pooled"));
        align_->setItem(row, 0, key);
        for (int i = 0; i < 2; ++i) {
            auto* item = new QTableWidgetItem(byStride[stride][i].join(QStringLiteral(", ")));
            item->setData(Qt::UserRole, firstId[i].count(stride) ? firstId[i][stride] : QString());
            align_->setItem(row, i + 1, item);
        }
        ++row;
    }
}

void SideBySideWindow::frameRow(int row)
{
    for (int i = 0; i < 2; ++i) {
        const auto* item = align_->item(row, i + 1);
        const QString id = item ? item->data(Qt::UserRole).toString() : QString();
        if (id.isEmpty())
            continue;
        sides_[i].scene->select(id.toStdString());
        sides_[i].view->frameNode(id.toStdString());
    }
}

}  // namespace explorer
