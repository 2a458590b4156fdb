#include "explorer/weights/weightspanel.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "explorer/common/backgroundjob.h"
#include "explorer/weights/downloader.h"
#include "models/registry.h"
#include "weights/catalog.h"

namespace explorer {

namespace weights = inception::weights;

WeightsPanel::WeightsPanel(QWidget* parent)
    : QWidget(parent), downloader_(new Downloader(this)), checks_(new BackgroundJob(QStringLiteral("weights-check"), this))
{
    auto* layout = new QVBoxLayout(this);
    table_ = new QTableWidget(0, 3);
    table_->setHorizontalHeaderLabels({tr("Variant"), tr("Weights"), tr("File")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (const auto& v : inception::models::variants()) {
        const int row = table_->rowCount();
        table_->insertRow(row);
        auto* name = new QTableWidgetItem(QString::fromStdString(v.displayName));
        name->setData(Qt::UserRole, QString::fromStdString(v.id));
        table_->setItem(row, 0, name);
        table_->setItem(row, 1, new QTableWidgetItem(tr("checking…")));
        table_->setItem(row, 2, new QTableWidgetItem);
    }
    layout->addWidget(table_, 1);

    auto* buttons = new QHBoxLayout;
    downloadButton_ = new QPushButton(tr("&Download"));
    downloadButton_->setToolTip(tr("Fetch the published file into the cache; it is kept only if its SHA-256 matches"));
    loadButton_ = new QPushButton(tr("&Load file…"));
    loadButton_->setToolTip(tr("Use any local weight file (.pth, .pt, .bin, .safetensors) for the selected variant"));
    labelsButton_ = new QPushButton(tr("Class &names…"));
    labelsButton_->setToolTip(tr("Names for the classes of the network shown, one per line in the classifier's "
                                 "order; kept with its weight file"));
    refreshButton_ = new QPushButton(tr("Check &again"));
    for (auto* b : {downloadButton_, loadButton_, labelsButton_, refreshButton_})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto* progressRow = new QHBoxLayout;
    progress_ = new QProgressBar;
    progress_->setVisible(false);
    cancelButton_ = new QPushButton(tr("Cancel"));
    cancelButton_->setVisible(false);
    progressRow->addWidget(progress_, 1);
    progressRow->addWidget(cancelButton_);
    layout->addLayout(progressRow);
    message_ = new QLabel;
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(message_);
    message_->setText(tr("Weights are looked for in %1 and the HuggingFace cache. Without them a variant runs "
                         "untrained (random weights), and says so.")
                          .arg(QString::fromStdString(weights::torchHubDir())));

    connect(downloadButton_, &QPushButton::clicked, this, [this] { download(selectedVariant()); });
    connect(loadButton_, &QPushButton::clicked, this, &WeightsPanel::loadFile);
    connect(labelsButton_, &QPushButton::clicked, this, &WeightsPanel::chooseLabels);
    connect(refreshButton_, &QPushButton::clicked, this, &WeightsPanel::refresh);
    connect(cancelButton_, &QPushButton::clicked, this, &WeightsPanel::cancelDownload);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &WeightsPanel::updateButtons);
    connect(downloader_, &Downloader::progress, this, [this](qint64 received, qint64 total) {
        progress_->setMaximum(total > 0 ? int(total / 1024) : 0);  // 0: busy indicator
        progress_->setValue(int(received / 1024));
        progress_->setFormat(tr("%1 of %2 MB").arg(QString::number(double(received) / 1e6, 'f', 1),
                                                   total > 0 ? QString::number(double(total) / 1e6, 'f', 1) : tr("?")));
    });
    connect(downloader_, &Downloader::finished, this, [this](bool ok, const QString& text) {
        const QString id = downloading_;
        downloading_.clear();
        progress_->setVisible(false);
        cancelButton_->setVisible(false);
        message_->setText(ok ? tr("Downloaded and verified: %1").arg(text) : text);
        updateButtons();
        refresh();
        if (ok)
            emit weightsArrived(id, text);
        emit downloadFinished(ok, text);
    });
    refresh();
}

int WeightsPanel::rowOf(const QString& id) const
{
    for (int r = 0; r < table_->rowCount(); ++r)
        if (table_->item(r, 0)->data(Qt::UserRole).toString() == id)
            return r;
    return -1;
}

QString WeightsPanel::selectedVariant() const
{
    const auto rows = table_->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : table_->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

void WeightsPanel::setCurrentVariant(const QString& id)
{
    const int row = rowOf(id);
    if (row >= 0)
        table_->selectRow(row);
}

QString WeightsPanel::stateText(const QString& id) const
{
    const int row = rowOf(id);
    return row < 0 ? QString() : table_->item(row, 1)->text();
}

QString WeightsPanel::message() const { return message_->text(); }

void WeightsPanel::setState(const QString& id, const QString& state, const QString& path, const QString& tip)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    table_->item(row, 1)->setText(state);
    table_->item(row, 1)->setToolTip(tip);
    table_->item(row, 2)->setText(path);
    table_->item(row, 2)->setToolTip(path);
}

void WeightsPanel::refresh()
{
    // Off the GUI thread: hashing a file of 100 MB or more takes a while. A refresh while one is
    // going replaces it.
    QStringList ids;
    for (const auto& v : inception::models::variants()) {
        const QString id = QString::fromStdString(v.id);
        setState(id, tr("checking…"), QString(), QString());
        ids << id;
    }
    pendingChecks_ = int(ids.size());
    checks_->start([this, ids](BackgroundJob::Context& ctx) {
        for (const QString& id : ids) {
            if (ctx.cancelled())
                return;
            const auto s = weights::findPretrained(id.toStdString(), /*verify=*/true);
            ctx.post([this, id, s] { showCheck(id, s); });
        }
    });
}

void WeightsPanel::showCheck(const QString& id, const inception::weights::WeightsStatus& s)
{
    const QString path = QString::fromStdString(s.path);
    const QString detail = QString::fromStdString(s.detail);
    switch (s.state) {
    case weights::WeightsState::Found:
        setState(id, s.verified ? tr("found, verified") : tr("found (no hash to check)"), path, detail);
        break;
    case weights::WeightsState::Corrupt:
        setState(id, tr("corrupt"), path, detail);
        break;
    case weights::WeightsState::NotFound:
        setState(id, s.entry ? tr("missing — untrained until downloaded") : tr("none published"),
                 s.entry ? QString::fromStdString(weights::cacheTarget(*s.entry)) : QString(), detail);
        break;
    }
    if (--pendingChecks_ == 0) {
        updateButtons();
        emit refreshed();
    }
}

void WeightsPanel::download(const QString& id)
{
    const auto entries = weights::catalogFor(id.toStdString());
    if (entries.empty()) {
        message_->setText(tr("No published weights are known for %1.").arg(id));
        emit downloadFinished(false, message_->text());
        return;
    }
    const auto& e = *entries.front();
    downloading_ = id;
    const QUrl url(QString::fromStdString(weights::downloadUrl(e)));
    progress_->setRange(0, 0);
    progress_->setVisible(true);
    cancelButton_->setVisible(true);
    message_->setText(tr("Downloading %1 …").arg(url.toDisplayString()));
    updateButtons();
    downloader_->start(url, QString::fromStdString(weights::cacheTarget(e)), QString::fromStdString(e.sha256Prefix));
}

void WeightsPanel::cancelDownload() { downloader_->cancel(); }

void WeightsPanel::loadFile()
{
    const QString id = selectedVariant();
    if (id.isEmpty())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Weights for %1").arg(id), QString(),
                                                      tr("Weight files (*.pth *.pt *.bin *.safetensors);;All files (*)"));
    if (!path.isEmpty())
        emit loadFileRequested(id, path);
}

void WeightsPanel::chooseLabels()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Class names, one per line"), QString(),
                                                      tr("Text files (*.txt *.csv *.names);;All files (*)"));
    if (!path.isEmpty())
        emit loadLabelsRequested(path);
}

void WeightsPanel::updateButtons()
{
    const bool haveRow = !selectedVariant().isEmpty();
    const bool busy = downloader_->busy();
    downloadButton_->setEnabled(haveRow && !busy && !weights::catalogFor(selectedVariant().toStdString()).empty());
    loadButton_->setEnabled(haveRow);
    refreshButton_->setEnabled(!busy && pendingChecks_ == 0);
}

}  // namespace explorer
