#include "explorer/inference/runchoices.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QToolBar>

#include "arch/archnode.h"
#include "explorer/inference/inferenceresult.h"
#include "explorer/inference/inferenceservice.h"
#include "models/registry.h"

namespace explorer {

RunChoices::RunChoices(InferenceService* service, QObject* parent) : QObject(parent), service_(service)
{
    variants_ = new QComboBox;
    variants_->setObjectName(QStringLiteral("variant"));
    variants_->setToolTip(tr("Network variant"));
    for (const auto& v : inception::models::variants())
        variants_->addItem(QString::fromStdString(v.displayName), QString::fromStdString(v.id));
    variants_->insertSeparator(variants_->count());
    for (const auto& v : inception::models::teachingVariants())  // this project's Fashion-MNIST networks
        variants_->addItem(QString::fromStdString(v.displayName), QString::fromStdString(v.id));
    connect(variants_, &QComboBox::activated, this, [this](int index) {
        const QString id = variants_->itemData(index).toString();
        emit variantChosen(id);
        setVariant(id);
    });
    device_ = new QComboBox;
    device_->setObjectName(QStringLiteral("device"));
    device_->setToolTip(tr("Run the network on the CPU or on the GPU"));
    device_->addItem(tr("CPU"));
    device_->addItem(tr("CUDA"));
    if (!InferenceService::cudaAvailable()) {
        auto* model = qobject_cast<QStandardItemModel*>(device_->model());
        model->item(1)->setEnabled(false);
        model->item(1)->setToolTip(tr("This LibTorch has no CUDA device"));
    }
    device_->setCurrentIndex(InferenceService::cudaAvailable() ? 1 : 0);
    connect(device_, &QComboBox::activated, this, [this](int index) { setUseCuda(index == 1); });
    precision_ = new QComboBox;
    precision_->setObjectName(QStringLiteral("precision"));
    precision_->setToolTip(tr("Number format of the forward pass: float32 gives the reference's numbers; "
                              "bfloat16 is faster where the processor has it and moves probabilities slightly"));
    precision_->addItem(tr("float32"));
    precision_->addItem(tr("bfloat16"));
    QString noBf16;
    if (!InferenceService::bf16Available(&noBf16)) {
        auto* model = qobject_cast<QStandardItemModel*>(precision_->model());
        model->item(1)->setEnabled(false);
        model->item(1)->setToolTip(noBf16);
    }
    connect(precision_, &QComboBox::activated, this, [this](int index) { setUseBf16(index == 1); });
    if (QSettings().value(QStringLiteral("run/bf16"), InferenceService::bf16ByDefault()).toBool() &&
        InferenceService::bf16Available()) {
        precision_->setCurrentIndex(1);
        RunSettings run = service_->runSettings();
        run.bf16 = true;
        service_->setRunSettings(run);
    }
    deviceLabel_ = new QLabel;
    deviceLabel_->setToolTip(tr("Where the network runs, and with which weights"));
    deviceLabel_->setContentsMargins(6, 0, 6, 0);
    openProgress_ = new QProgressBar;
    openProgress_->setMaximumWidth(160);
    openProgress_->setRange(0, 100);
    openProgress_->setToolTip(tr("Opening the network: weights, and for random weights their calibration"));
    openProgress_->hide();
    followService();
}

// The progress bar, the device label and the status messages follow what the service does.
void RunChoices::followService()
{
    connect(service_, &InferenceService::openProgress, this, [this](const QString& id, double fraction, const QString& what) {
        if (variants_->itemData(variants_->currentIndex()).toString() != id)
            return;  // an older request
        openProgress_->setValue(int(100 * fraction));
        openProgress_->setVisible(fraction < 1.0);
        emit message(tr("Opening %1: %2").arg(variants_->currentText(), what), 0);
    });
    connect(service_, &InferenceService::variantReady, this,
            [this](const QString&, const std::shared_ptr<const inception::arch::NetworkDesc>&, const QString& device,
                   bool untrained) {
                openProgress_->hide();
                keepLabels();
                deviceLabel_->setText(untrained ? tr("%1 · untrained (random weights)").arg(device)
                                                : tr("%1 · pretrained weights").arg(device));
                sayReady(service_->shownVariant());
            });
    // With an image, "ready" waits for the new network's result on it.
    connect(service_, &InferenceService::resultReady, this, [this](const explorer::InferenceResult& r) {
        if (!r.live && r.variant == readyOnResult_) {
            readyOnResult_.clear();
            emit message(tr("%1 ready").arg(variants_->currentText()), 4000);
        }
    });
    connect(service_, &InferenceService::imageFailed, this, [this] { readyOnResult_.clear(); });
    connect(service_, &InferenceService::variantFailed, this, [this] {
        openProgress_->hide();
        const QString shown = service_->shownVariant();
        if (!shown.isEmpty())
            variants_->setCurrentIndex(variants_->findData(shown));  // the network shown did not change
    });
}

void RunChoices::addVariantBoxTo(QToolBar* bar) { bar->addWidget(variants_); }

void RunChoices::addRunBoxesTo(QToolBar* bar)
{
    bar->addWidget(device_);
    bar->addWidget(precision_);
}

void RunChoices::sayReady(const QString& id)
{
    if (service_->runsCurrentImage()) {
        readyOnResult_ = id;
        emit message(tr("%1 open; computing the image…").arg(variants_->currentText()), 0);
    } else {
        readyOnResult_.clear();
        emit message(tr("%1 ready").arg(variants_->currentText()), 4000);
    }
}

QString RunChoices::variantName() const { return variants_->currentText(); }

bool RunChoices::offers(const QString& id) const { return variants_->findData(id) >= 0; }

QString RunChoices::deviceText() const { return deviceLabel_->text(); }

bool RunChoices::choose(const QString& id)
{
    const int index = variants_->findData(id);
    if (index < 0) {
        emit error(tr("Unknown variant: %1").arg(id));
        return false;
    }
    variants_->setCurrentIndex(index);
    return true;
}

bool RunChoices::setVariant(const QString& id)
{
    if (!choose(id))
        return false;
    openProgress_->setValue(0);
    openProgress_->show();
    emit message(tr("Opening %1…").arg(variants_->currentText()), 0);
    const QString labels = keptLabels(id, QString());
    service_->openWeightsFile(id, QString(), labels, true);
    return true;
}

namespace {

const QString kLabelsKey = QStringLiteral("weights/labels");

QString labelsKey(const QString& id, const QString& weightsFile)
{
    return weightsFile.isEmpty() ? QStringLiteral("default:") + id : QFileInfo(weightsFile).absoluteFilePath();
}

}  // namespace

QString RunChoices::keptLabels(const QString& id, const QString& weightsFile)
{
    return QSettings().value(kLabelsKey).toMap().value(labelsKey(id, weightsFile)).toString();
}

void RunChoices::keepLabels()
{
    QSettings settings;
    QVariantMap kept = settings.value(kLabelsKey).toMap();
    const QString key = labelsKey(service_->shownVariant(), service_->weightsFile());
    const QString labels = service_->labelsFile();
    if (labels.isEmpty() == !kept.contains(key) && kept.value(key).toString() == labels)
        return;
    if (labels.isEmpty())
        kept.remove(key);
    else
        kept.insert(key, QFileInfo(labels).absoluteFilePath());
    settings.setValue(kLabelsKey, kept);
}

void RunChoices::loadLabelsFile(const QString& path)
{
    const QString id = service_->shownVariant();
    if (id.isEmpty() || path.isEmpty())
        return;
    // Counted here first for a message in the user's language; the engine checks again as it opens
    // (the same rule: one name per line, blank lines skipped).
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        emit error(tr("Cannot read the class names in %1: %2").arg(path, file.errorString()));
        return;
    }
    int names = 0;
    while (!file.atEnd())
        names += file.readLine().trimmed().isEmpty() ? 0 : 1;
    const auto desc = service_->desc();
    const int classes = desc && !desc->root.output.empty() ? int(desc->root.output.back()) : 0;
    if (classes > 0 && names != classes) {
        emit error(tr("%1 holds %2 class names, but the classifier of %3 has %4 outputs: one name per line, "
                      "in the order of the outputs.")
                       .arg(path)
                       .arg(names)
                       .arg(variants_->currentText())
                       .arg(classes));
        return;
    }
    emit message(tr("Loading the class names of %1 from %2…").arg(variants_->currentText(), path), 0);
    service_->openWeightsFile(id, service_->weightsFile(), path, false);
}

bool RunChoices::loadWeightsFile(const QString& id, const QString& path)
{
    if (!choose(id))
        return false;
    emit message(tr("Loading %1 from %2…").arg(variants_->currentText(), path), 0);
    service_->openWeightsFile(id, path, keptLabels(id, path), true);
    return true;
}

void RunChoices::setUseCuda(bool cuda)
{
    device_->setCurrentIndex(cuda && InferenceService::cudaAvailable() ? 1 : 0);
    if (cuda && !InferenceService::cudaAvailable()) {
        emit error(tr("This LibTorch has no CUDA device; the network stays on the CPU."));
        return;
    }
    RunSettings settings = service_->runSettings();
    settings.cuda = cuda;
    service_->setRunSettings(settings);
    emit message(tr("The network now runs on %1").arg(device_->currentText()), 4000);
}

void RunChoices::setUseBf16(bool bf16)
{
    QString why;
    const bool available = InferenceService::bf16Available(&why);
    precision_->setCurrentIndex(bf16 && available ? 1 : 0);
    if (bf16 && !available) {
        emit error(why);
        return;
    }
    RunSettings settings = service_->runSettings();
    settings.bf16 = bf16;
    service_->setRunSettings(settings);
    QSettings().setValue(QStringLiteral("run/bf16"), bf16);
    emit message(bf16 ? tr("Forward passes in bfloat16: faster, probabilities move slightly")
                      : tr("Forward passes in float32: the reference implementation's numbers"),
                 5000);
}

}  // namespace explorer
