// LibTorch before Qt: Qt's `slots` macro would break its headers.
#include <torch/torch.h>

#include "explorer/training/trainingpanel.h"
#include "explorer/common/errortext.h"
#include "explorer/common/flowlayout.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScatterSeries>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

#include "data/dataset_spec.h"
#include "data/datasets.h"
#include "models/small_form.h"
#include "train/trainer.h"

namespace explorer {

namespace {

const QColor kRunColours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                              QColor(0xff, 0x7f, 0x0e), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b)};

}  // namespace

TrainingPanel::TrainingPanel(QWidget* parent)
    : QWidget(parent), job_(new BackgroundJob(QStringLiteral("training"), this))
{
    buildForm();
    poll_ = new QTimer(this);
    poll_->setInterval(500);  // followed runs: what they appended
    connect(poll_, &QTimer::timeout, this, &TrainingPanel::pollNow);
    updateButtons();
}

TrainingPanel::~TrainingPanel() = default;

void TrainingPanel::buildForm()
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFields());
    layout->addWidget(buildButtons());
    charts_ = new QWidget;
    auto* chartRow = new QHBoxLayout(charts_);
    chartRow->setContentsMargins(0, 0, 0, 0);
    lossView_ = makeChartView(tr("Loss"));
    accuracyView_ = makeChartView(tr("Accuracy (%)"));
    chartRow->addWidget(lossView_);
    chartRow->addWidget(accuracyView_);
    layout->addWidget(charts_, 1);
    layout->addWidget(buildOptions());
    layout->addWidget(status_);
    setRequest(TrainRequest{});
}

// Network, dataset, width; epochs, batch, learning rate; optimiser, images.
QWidget* TrainingPanel::buildFields()
{
    auto* fields = new QWidget;
    auto* form = new FlowLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    network_ = new QComboBox;
    for (const auto& id : inception::models::trainableIds())
        network_->addItem(QString::fromStdString(id), QString::fromStdString(id));
    dataset_ = new QComboBox;
    dataset_->addItem(tr("Fashion-MNIST (28×28 grey)"), QStringLiteral("fashion-mnist"));
    dataset_->addItem(tr("CIFAR-10 folder…"), QStringLiteral("cifar10:"));
    dataset_->addItem(tr("Image folder…"), QStringLiteral("folder:"));
    connect(dataset_, &QComboBox::activated, this, [this](int index) {
        const QString kind = dataset_->itemData(index).toString();
        if (!kind.endsWith(QLatin1Char(':')))
            return;
        const QString dir = QFileDialog::getExistingDirectory(this, dataset_->itemText(index));
        if (dir.isEmpty()) {
            dataset_->setCurrentIndex(0);
            return;
        }
        dataset_->addItem(QDir::toNativeSeparators(dir), kind + dir);
        dataset_->setCurrentIndex(dataset_->count() - 1);
    });
    width_ = new QDoubleSpinBox;
    width_->setRange(0.125, 1.0);
    width_->setSingleStep(0.125);
    width_->setDecimals(3);
    width_->setToolTip(tr("Multiplies every filter count (the five reference networks need 1, 0.5, 0.25 or 0.125)"));
    epochs_ = new QSpinBox;
    epochs_->setRange(1, 500);
    batch_ = new QSpinBox;
    batch_->setRange(1, 4096);
    lr_ = new QDoubleSpinBox;
    lr_->setDecimals(4);
    lr_->setRange(0.0001, 10.0);
    lr_->setSingleStep(0.01);
    optimizer_ = new QComboBox;
    for (const char* o : {"sgd", "adam", "adamw"})
        optimizer_->addItem(QString::fromLatin1(o), QString::fromLatin1(o));
    images_ = new QSpinBox;
    images_->setRange(0, 1000000);
    images_->setSingleStep(1000);
    images_->setSpecialValueText(tr("all"));
    images_->setToolTip(tr("Train on the first N images only (0: all)"));
    auto field = [&](const QString& label, QWidget* w) {  // a label and its field stay together
        auto* pair = new QWidget;
        auto* row = new QHBoxLayout(pair);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(new QLabel(label));
        row->addWidget(w);
        form->addWidget(pair);
    };
    field(tr("Network"), network_);
    field(tr("Dataset"), dataset_);
    field(tr("Width"), width_);
    field(tr("Epochs"), epochs_);
    field(tr("Batch"), batch_);
    field(tr("Learning rate"), lr_);
    field(tr("Optimiser"), optimizer_);
    field(tr("Images"), images_);
    return fields;
}

// Start, Pause, Stop, the BN pair, Open run…, and the run's progress.
QWidget* TrainingPanel::buildButtons()
{
    auto* row = new QWidget;
    auto* buttons = new FlowLayout(row, 6);
    buttons->setContentsMargins(0, 0, 0, 0);
    start_ = new QPushButton(tr("Start"));
    pause_ = new QPushButton(tr("Pause"));
    stop_ = new QPushButton(tr("Stop"));
    preset_ = new QPushButton(tr("BN vs no BN"));
    preset_->setToolTip(tr("Trains the teaching pair (with and without batch norm) one after the other and "
                           "overlays their curves"));
    auto* open = new QPushButton(tr("Open run…"));
    open->setToolTip(tr("Add the curves of a run folder (also one still being written, followed live)"));
    for (auto* b : {start_, pause_, stop_, preset_, open})
        buttons->addWidget(b);
    progress_ = new QProgressBar;
    progress_->setFormat(QStringLiteral("%v / %m"));
    progress_->setMinimumWidth(200);
    buttons->addWidget(progress_);
    connect(start_, &QPushButton::clicked, this, [this] { startRun(request()); });
    connect(pause_, &QPushButton::clicked, this, [this] { paused_ ? resume() : pause(); });
    connect(stop_, &QPushButton::clicked, this, &TrainingPanel::stop);
    connect(preset_, &QPushButton::clicked, this, &TrainingPanel::startBnComparison);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open run folder"));
        if (!dir.isEmpty())
            openRun(dir);
    });
    return row;
}

// Smoothing, log scale, exports, Clear, and the status line.
QWidget* TrainingPanel::buildOptions()
{
    auto* row = new QWidget;
    auto* options = new FlowLayout(row, 6);
    options->setContentsMargins(0, 0, 0, 0);
    auto* smoothingLabel = new QLabel(tr("Smoothing"));
    options->addWidget(smoothingLabel);
    smoothing_ = new QSlider(Qt::Horizontal);
    smoothing_->setRange(0, 99);
    smoothing_->setValue(int(smoothingWeight_ * 100));
    smoothing_->setMinimumWidth(120);
    smoothing_->setToolTip(tr("Exponential moving average of the per-step curves"));
    connect(smoothing_, &QSlider::valueChanged, this, [this](int v) { setSmoothing(v / 100.0); });
    options->addWidget(smoothing_);
    logScale_ = new QCheckBox(tr("Log scale"));
    connect(logScale_, &QCheckBox::toggled, this, &TrainingPanel::setLogScale);
    options->addWidget(logScale_);
    fitNewest_ = new QCheckBox(tr("Fit the newest run"));
    fitNewest_->setChecked(fitNewestOn_);
    fitNewest_->setToolTip(tr("The step axis spans the newest run; longer runs are cut at its last step"));
    connect(fitNewest_, &QCheckBox::toggled, this, &TrainingPanel::setFitNewest);
    options->addWidget(fitNewest_);
    auto* png = new QPushButton(tr("Export PNG…"));
    auto* csv = new QPushButton(tr("Export CSV…"));
    auto* clear = new QPushButton(tr("Clear"));
    options->addWidget(png);
    options->addWidget(csv);
    options->addWidget(clear);
    status_ = new QLabel;  // a row of its own, below
    status_->setWordWrap(true);
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export curves"), QStringLiteral("curves.png"),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty())
            exportPng(path);
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export curves"), QStringLiteral("curves.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(clear, &QPushButton::clicked, this, &TrainingPanel::clearRuns);
    return row;
}

TrainRequest TrainingPanel::request() const
{
    TrainRequest r;
    r.network = network_->currentData().toString();
    r.dataset = dataset_->currentData().toString();
    r.width = width_->value();
    r.epochs = epochs_->value();
    r.batch = batch_->value();
    r.lr = lr_->value();
    r.optimizer = optimizer_->currentData().toString();
    r.images = images_->value();
    r.validateEvery = validateEvery_;
    r.threads = threads_;
    return r;
}

void TrainingPanel::setRequest(const TrainRequest& r)
{
    network_->setCurrentIndex(std::max(0, network_->findData(r.network)));
    const int d = dataset_->findData(r.dataset);
    if (d >= 0) {
        dataset_->setCurrentIndex(d);
    } else {
        dataset_->addItem(r.dataset, r.dataset);
        dataset_->setCurrentIndex(dataset_->count() - 1);
    }
    width_->setValue(r.width);
    epochs_->setValue(r.epochs);
    batch_->setValue(r.batch);
    lr_->setValue(r.lr);
    optimizer_->setCurrentIndex(std::max(0, optimizer_->findData(r.optimizer)));
    images_->setValue(r.images);
    validateEvery_ = r.validateEvery;
    threads_ = r.threads;
}

bool TrainingPanel::running() const { return training_; }

QString TrainingPanel::currentRunDir() const { return training_ ? current_.runDir : QString(); }

int TrainingPanel::runIndex(const QString& dir) const
{
    for (int i = 0; i < runs_.size(); ++i)
        if (QFileInfo(runs_[i].dir) == QFileInfo(dir))
            return i;
    return -1;
}

void TrainingPanel::startRun(const TrainRequest& r)
{
    if (training_) {
        queue_ << r;  // after the current one
        status_->setText(tr("Queued: %1").arg(r.network));
        return;
    }
    launch(r);
}

void TrainingPanel::startBnComparison()
{
    TrainRequest a = request();
    a.network = QStringLiteral("mini_inception");
    TrainRequest b = a;
    b.network = QStringLiteral("mini_inception_nobn");
    startRun(a);
    startRun(b);
}

void TrainingPanel::launch(const TrainRequest& given)
{
    TrainRequest r = given;
    if (r.runDir.isEmpty()) {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/runs/");
        r.runDir = base + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss-")) + r.network +
                   QStringLiteral("-lr") + QString::number(r.lr);
        for (int k = 2; QFileInfo::exists(r.runDir); ++k)
            r.runDir += QStringLiteral("-%1").arg(k);
    }
    if (!QDir().mkpath(r.runDir)) {
        emit errorOccurred(tr("Cannot create the run folder %1").arg(r.runDir));
        return;
    }
    if (runIndex(r.runDir) < 0) {
        RunCurves c;
        c.dir = r.runDir;
        c.name = QStringLiteral("%1, lr %2").arg(r.network).arg(r.lr);
        c.colour = kRunColours[runs_.size() % std::size(kRunColours)];
        runs_ << c;
    }
    current_ = r;
    paused_ = false;
    stopping_ = false;
    training_ = true;
    progress_->setRange(0, 0);  // busy until the data is loaded
    status_->setText(tr("Loading the data…"));
    job_->start([this, r](BackgroundJob::Context& ctx) {
        QString error, detail;
        bool stopped = false;
        try {
            stopped = train(r, ctx);
        } catch (const std::exception& e) {
            const UserError u = ErrorText::from(e, r.runDir);
            error = u.message;
            detail = u.detail;
        }
        const QString dir = r.runDir;
        ctx.post([this, dir, stopped, error, detail] { onRunEnded(dir, stopped, error, detail); });
    });
    poll_->start();
    updateButtons();
    emit runStarted(r.runDir);
}

// On the job's thread: the data, the network and the run; true when stopped (paused) early.
bool TrainingPanel::train(const TrainRequest& r, BackgroundJob::Context& ctx)
{
    auto trainSet = inception::data::datasetFromSpec(r.dataset.toStdString(), "train");
    if (r.images > 0)
        trainSet = trainSet.head(r.images);
    const auto val = inception::data::datasetFromSpec(r.dataset.toStdString(), "test").head(2000);
    inception::models::SmallForm f;
    f.channels = int(trainSet.images.size(1));
    f.size = int(trainSet.images.size(2));
    f.classes = int(std::max<size_t>(trainSet.classes.size(), 2));
    f.width = r.width;
    torch::manual_seed(1);
    inception::models::InceptionNet net(inception::models::describeTrainable(r.network.toStdString(), f));
    inception::train::TrainConfig c;
    c.epochs = r.epochs;
    c.batch = r.batch;
    c.lr = r.lr;
    c.optimizer = r.optimizer.toStdString();
    c.schedule = "constant";
    c.validateEvery = r.validateEvery;
    c.seed = 1;
    c.threads = r.threads > 0 ? r.threads : QThread::idealThreadCount();
    c.runDir = r.runDir.toStdString();
    c.resume = r.resume;
    const int total = int((trainSet.size() + r.batch - 1) / r.batch) * r.epochs;
    const QString name = r.network;
    ctx.post([this, total, name] {
        progress_->setRange(0, total);
        status_->setText(tr("Training %1…").arg(name));
    });
    inception::train::TrainCallbacks cb;
    cb.stopRequested = [&ctx] { return ctx.cancelled(); };
    cb.step = [this, &ctx](const inception::train::StepReport&) { ctx.post([this] { pollNow(); }); };
    return inception::train::fit(net, trainSet, val, c, cb).stopped;
}

void TrainingPanel::onRunEnded(const QString& dir, bool stopped, const QString& error, const QString& detail)
{
    training_ = false;
    pollNow();
    if (!error.isEmpty()) {
        status_->setText(QStringLiteral("<span style='color:#b00000'>%1</span>").arg(error.toHtmlEscaped()));
        status_->setToolTip(detail);  // the core's technical text
        queue_.clear();
        emit errorOccurred(error);
    } else if (stopped && !stopping_) {
        paused_ = true;
        status_->setText(tr("Paused at step %1: Resume continues the same curve").arg(progress_->value()));
    } else {
        status_->setText(stopped ? tr("Stopped") : tr("Finished"));
    }
    const bool finished = error.isEmpty() && !stopped;
    updateButtons();
    if (finished && !queue_.isEmpty())
        launch(queue_.takeFirst());  // before the signal: running() tells a listener more is coming
    emit runEnded(dir, finished, error);
}

void TrainingPanel::pause()
{
    if (training_)
        job_->cancel();
}

void TrainingPanel::resume()
{
    if (!paused_ || training_)
        return;
    TrainRequest r = current_;
    r.resume = true;
    launch(r);
}

void TrainingPanel::stop()
{
    queue_.clear();
    stopping_ = true;
    if (training_) {
        job_->cancel();
    } else if (paused_) {
        paused_ = false;
        status_->setText(tr("Stopped"));
        updateButtons();
    }
}

void TrainingPanel::updateButtons()
{
    start_->setEnabled(!training_ && !paused_);
    preset_->setEnabled(!training_ && !paused_);
    pause_->setEnabled(training_ || paused_);
    pause_->setText(paused_ ? tr("Resume") : tr("Pause"));
    stop_->setEnabled(training_ || paused_);
}

bool TrainingPanel::openRun(const QString& dir)
{
    if (!QFileInfo::exists(dir + QStringLiteral("/metrics.csv"))) {
        emit errorOccurred(tr("%1 has no metrics.csv: not a run folder").arg(dir));
        status_->setText(tr("%1 has no metrics.csv: not a run folder").arg(dir));
        return false;
    }
    if (runIndex(dir) >= 0)
        return true;
    RunCurves c;
    c.dir = dir;
    c.name = QFileInfo(dir).fileName();
    c.colour = kRunColours[runs_.size() % std::size(kRunColours)];
    runs_ << c;
    poll_->start();
    pollNow();
    return true;
}

void TrainingPanel::clearRuns()
{
    QVector<RunCurves> kept;
    if (training_)  // the run in progress stays
        for (const auto& r : runs_)
            if (QFileInfo(r.dir) == QFileInfo(current_.runDir))
                kept << r;
    runs_ = kept;
    redraw();
}

void TrainingPanel::pollNow()
{
    int rows = 0;
    for (auto& r : runs_)
        rows += r.update();
    if (training_) {
        const int i = runIndex(current_.runDir);
        if (i >= 0 && progress_->maximum() > 0)
            progress_->setValue(int(std::min<qint64>(runs_[i].lastStep, progress_->maximum())));
    }
    if (rows > 0 || runs_.isEmpty())
        redraw();
}

}  // namespace explorer
