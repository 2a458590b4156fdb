// LibTorch first: Qt's `slots` keyword macro must not reach its headers.
#include <torch/torch.h>

#include "explorer/explain/sweepdialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

#include "engine/model.h"
#include "explorer/common/backgroundjob.h"
#include "explorer/common/imagefiles.h"
#include "explorer/common/errortext.h"
#include "explain/knockout.h"
#include "vision/load_input.h"

namespace explorer {

using namespace inception;

struct SweepDialog::Rows {
    std::vector<explain::SweepRow> rows;
};

namespace {
QTableWidgetItem* number(double v, int decimals)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, QString::number(v, 'f', decimals).toDouble());  // sorts as a number
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
}  // namespace

SweepDialog::SweepDialog(std::shared_ptr<const engine::Model> model, const QString& module,
                         std::map<std::string, bool> knockouts, QWidget* parent)
    : QDialog(parent), model_(std::move(model)), module_(module), knockouts_(std::move(knockouts)),
      rows_(std::make_unique<Rows>()), job_(new BackgroundJob(QStringLiteral("sweep"), this))
{
    setWindowTitle(tr("Knockout sweep — %1").arg(module));
    resize(820, 560);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each branch of <b>%1</b> knocked out in turn. <i>Drop</i>: how much the original "
                                "top-1's probability falls; <i>top-1 kept</i>: whether it stays on top; <i>KL</i>: "
                                "the KL divergence of the whole distribution from the original (nats). Click a "
                                "column to sort.")
                                 .arg(module.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    // What the drops are measured against: the network as loaded, or with the window's knockouts.
    auto* baselineRow = new QHBoxLayout;
    baseline_ = new QLabel;
    baseline_->setWordWrap(true);
    restore_ = new QPushButton(tr("Restore knockouts first"));
    restore_->setToolTip(tr("Restore every knocked-out node in the window and sweep again against the whole network"));
    baselineRow->addWidget(baseline_, 1);
    baselineRow->addWidget(restore_, 0, Qt::AlignTop);
    layout->addLayout(baselineRow);
    connect(restore_, &QPushButton::clicked, this, &SweepDialog::restoreKnockouts);
    showBaseline();
    auto* mean = new QCheckBox(tr("Replace each channel by its spatial mean instead of zero"));
    layout->addWidget(mean);
    connect(mean, &QCheckBox::toggled, this, [this](bool on) { mean_ = on; });
    table_ = new QTableWidget(0, 5);
    table_->setHorizontalHeaderLabels({tr("Image"), tr("Branch"), tr("Drop"), tr("Top-1 kept"), tr("KL")});
    table_->setSortingEnabled(true);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Every number column as wide as its header or its widest value (German headers are long).
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table_->sortItems(1, Qt::AscendingOrder);
    layout->addWidget(table_, 3);
    layout->addWidget(new QLabel(tr("Mean per branch over the images:")));
    means_ = new QTableWidget(0, 5);
    means_->setHorizontalHeaderLabels({tr("Branch"), tr("Images"), tr("Mean drop"), tr("Top-1 kept"), tr("Mean KL")});
    means_->setSortingEnabled(true);
    means_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    means_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    means_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    means_->sortItems(0, Qt::AscendingOrder);
    layout->addWidget(means_, 2);
    progress_ = new QProgressBar;
    progress_->hide();
    layout->addWidget(progress_);
    status_ = new QLabel;
    status_->setWordWrap(true);
    layout->addWidget(status_);
    auto* buttons = new QHBoxLayout;
    folder_ = new QPushButton(tr("Add a folder of images…"));
    cancel_ = new QPushButton(tr("Cancel"));
    cancel_->setEnabled(false);
    export_ = new QPushButton(tr("Export CSV…"));
    export_->setEnabled(false);
    auto* close = new QPushButton(tr("Close"));
    buttons->addWidget(folder_);
    buttons->addWidget(cancel_);
    buttons->addStretch(1);
    buttons->addWidget(export_);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(folder_, &QPushButton::clicked, this, &SweepDialog::addFolder);
    connect(cancel_, &QPushButton::clicked, this, &SweepDialog::cancel);
    connect(export_, &QPushButton::clicked, this, &SweepDialog::exportAsked);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
}

SweepDialog::~SweepDialog() = default;

void SweepDialog::showBaseline()
{
    restore_->setVisible(!knockouts_.empty());
    restore_->setEnabled(!running_);
    if (knockouts_.empty()) {
        baseline_->setText(tr("Baseline: the whole network, as loaded."));
        return;
    }
    QStringList ids;
    for (const auto& [id, mean] : knockouts_)
        ids << QStringLiteral("<b>%1</b> (%2)").arg(QString::fromStdString(id).toHtmlEscaped(), mean ? tr("mean") : tr("zero"));
    baseline_->setText(tr("Baseline: the network with %1 knocked out, as in the window; they stay knocked out during "
                          "the sweep, and a branch already knocked out shows a drop of 0.")
                           .arg(ids.join(QStringLiteral(", "))));
}

void SweepDialog::restoreKnockouts()
{
    if (running_ || knockouts_.empty())
        return;
    knockouts_.clear();
    emit restoreKnockoutsAsked();
    rows_->rows.clear();  // measured against the other baseline
    refill();
    showBaseline();
    const QStringList again = images_;
    images_.clear();
    run(again);
}

void SweepDialog::setMeanKnockout(bool mean) { mean_ = mean; }

void SweepDialog::cancel()
{
    job_->cancel();
    cancel_->setEnabled(false);
}

void SweepDialog::addFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of images"));
    if (dir.isEmpty())
        return;
    const QStringList images = imageFilesIn(QDir(dir).absolutePath());
    if (images.isEmpty()) {
        status_->setText(tr("%1 holds no images.").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    run(images);
}

void SweepDialog::run(const QStringList& images)
{
    if (running_ || images.isEmpty())
        return;
    running_ = true;
    images_ += images;
    restore_->setEnabled(false);
    status_->setText(tr("Sweeping %n image(s)…", nullptr, int(images.size())));
    folder_->setEnabled(false);
    cancel_->setEnabled(true);
    progress_->setRange(0, int(images.size()));
    progress_->setValue(0);
    progress_->show();
    std::map<std::string, models::Intervention> base;
    for (const auto& [id, mean] : knockouts_)
        base[id] = mean ? models::Intervention::Mean : models::Intervention::Zero;
    const auto kind = mean_ ? models::Intervention::Mean : models::Intervention::Zero;
    job_->start([this, images, base, kind, model = model_, module = module_.toStdString()](BackgroundJob::Context& ctx) {
        int done = 0, failed = 0;
        QString lastError;
        for (const auto& path : images) {
            if (ctx.cancelled())
                break;
            std::vector<explain::SweepRow> rows;
            try {
                const auto x = vision::loadInput(path.toStdString(), *model);
                rows = explain::sweepBranches(model, x, {QFileInfo(path).fileName().toStdString()}, module, kind, base, 1);
            } catch (const std::exception& e) {
                ++failed;
                lastError = ErrorText::from(e, path).message;
            }
            ++done;
            ctx.post([this, rows, done] {
                rows_->rows.insert(rows_->rows.end(), rows.begin(), rows.end());
                progress_->setValue(done);
                refill();
            });
        }
        const bool cancelled = ctx.cancelled();
        ctx.post([this, done, failed, lastError, cancelled] { swept(done, failed, lastError, cancelled); });
    });
}

void SweepDialog::swept(int done, int failed, const QString& lastError, bool cancelled)
{
    running_ = false;
    restore_->setEnabled(true);
    progress_->hide();
    folder_->setEnabled(true);
    cancel_->setEnabled(false);
    const auto means = explain::sweepMeans(rows_->rows);
    const int total = means.empty() ? 0 : means.front().images;
    QString text = cancelled ? tr("Cancelled after %n image(s) of this batch.", nullptr, done) + QLatin1Char(' ') : QString();
    text += tr("%n image(s) swept in all.", nullptr, total);
    if (failed)
        text += QLatin1Char(' ') + tr("%n could not be read; the last: %1", nullptr, failed).arg(lastError);
    status_->setText(text);
    emit finished(done, cancelled);
}

// A branch id, marked where the baseline already has it knocked out (its drop is 0 by construction).
QString SweepDialog::branchText(const std::string& branch) const
{
    const QString id = QString::fromStdString(branch);
    return knockouts_.count(branch) ? tr("%1 (knocked out in the baseline)").arg(id) : id;
}

void SweepDialog::refill()
{
    const auto& rows = rows_->rows;
    table_->setSortingEnabled(false);
    table_->setRowCount(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        const auto& r = rows[size_t(i)];
        table_->setItem(i, 0, new QTableWidgetItem(QString::fromStdString(r.image)));
        table_->setItem(i, 1, new QTableWidgetItem(branchText(r.branch)));
        table_->setItem(i, 2, number(r.drop, 4));
        table_->setItem(i, 3, new QTableWidgetItem(r.top1Kept ? tr("yes") : tr("no")));
        table_->setItem(i, 4, number(r.kl, 4));
    }
    table_->setSortingEnabled(true);
    const auto means = explain::sweepMeans(rows);
    means_->setSortingEnabled(false);
    means_->setRowCount(int(means.size()));
    for (int i = 0; i < int(means.size()); ++i) {
        const auto& m = means[size_t(i)];
        means_->setItem(i, 0, new QTableWidgetItem(branchText(m.branch)));
        means_->setItem(i, 1, number(m.images, 0));
        means_->setItem(i, 2, number(m.drop, 4));
        means_->setItem(i, 3, number(m.kept, 2));
        means_->setItem(i, 4, number(m.kl, 4));
    }
    means_->setSortingEnabled(true);
    export_->setEnabled(!rows.empty());
}

QString SweepDialog::baselineText() const { return baseline_->text(); }

int SweepDialog::rowCount() const { return int(rows_->rows.size()); }

QString SweepDialog::csv() const { return QString::fromStdString(explain::sweepCsv(rows_->rows)); }

bool SweepDialog::exportCsv(const QString& path, QString* error)
{
    QSaveFile f(path);
    const QByteArray bytes = csv().toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

void SweepDialog::exportAsked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the sweep"),
                                                      module_ + QStringLiteral("-sweep.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), tr("Cannot write %1: %2").arg(path, error));
    else
        status_->setText(tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
}

}  // namespace explorer
