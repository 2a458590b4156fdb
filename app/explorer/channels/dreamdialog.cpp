// LibTorch first: Qt's `slots` keyword macro must not reach its headers.
#include <torch/torch.h>

#include "explorer/channels/dreamdialog.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>

#include "engine/model.h"
#include "explorer/common/backgroundjob.h"
#include "explorer/common/errortext.h"
#include "explain/visual_cache.h"
#include "explorer/common/tensorimage.h"
#include "vision/load_input.h"

namespace explorer {

using namespace inception;

namespace {

constexpr int kPictureSize = 300;

}  // namespace

DreamDialog::DreamDialog(std::shared_ptr<const engine::Model> model, const QString& node, const QString& image,
                         QWidget* parent)
    : QDialog(parent), model_(std::move(model)), node_(node), image_(image),
      job_(new BackgroundJob(QStringLiteral("deepdream"), this))
{
    setWindowTitle(tr("DeepDream — %1").arg(node));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The picture itself is changed, octave by octave from small to full size, so that "
                                "<b>%1</b> responds more: whatever the node sees a little of, it is shown more of.")
                                 .arg(node.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    octaves_ = new QSpinBox;
    octaves_->setRange(1, 8);
    octaves_->setValue(4);
    steps_ = new QSpinBox;
    steps_->setRange(1, 200);
    steps_->setValue(20);
    strength_ = new QDoubleSpinBox;
    strength_->setRange(0.005, 0.5);
    strength_->setDecimals(3);
    strength_->setSingleStep(0.01);
    strength_->setValue(0.05);
    form->addRow(tr("&Octaves:"), octaves_);
    form->addRow(tr("&Steps per octave:"), steps_);
    form->addRow(tr("S&trength:"), strength_);
    layout->addLayout(form);
    auto* pictures = new QGridLayout;
    pictures->addWidget(new QLabel(tr("<b>What the network sees</b>")), 0, 0);
    pictures->addWidget(new QLabel(tr("<b>Dreamt</b>")), 0, 1);
    before_ = new QLabel;
    after_ = new QLabel;
    int column = 0;
    for (auto* l : {before_, after_}) {
        l->setMinimumSize(kPictureSize, kPictureSize);
        l->setAlignment(Qt::AlignCenter);
        l->setStyleSheet(QStringLiteral("background:#202020"));
        pictures->addWidget(l, 1, column++);
    }
    layout->addLayout(pictures);
    progress_ = new QProgressBar;
    progress_->hide();
    layout->addWidget(progress_);
    text_ = new QLabel;
    text_->setWordWrap(true);
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text_);
    auto* buttons = new QHBoxLayout;
    go_ = new QPushButton(tr("&Dream"));
    go_->setDefault(true);
    cancel_ = new QPushButton(tr("Cancel"));
    cancel_->setEnabled(false);
    save_ = new QPushButton(tr("Save PNG…"));
    save_->setEnabled(false);
    auto* close = new QPushButton(tr("Close"));
    buttons->addWidget(go_);
    buttons->addWidget(cancel_);
    buttons->addStretch(1);
    buttons->addWidget(save_);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(go_, &QPushButton::clicked, this, &DreamDialog::run);
    connect(cancel_, &QPushButton::clicked, this, &DreamDialog::cancel);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(save_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the dreamt picture"),
                                                          QFileInfo(image_).completeBaseName() + QStringLiteral("-dream.png"),
                                                          tr("PNG images (*.png)"));
        QString error;
        if (!path.isEmpty() && !savePng(path, &error))
            text_->setText(error);
    });
}

DreamDialog::~DreamDialog() = default;

void DreamDialog::setSettings(int octaves, int steps, double strength)
{
    octaves_->setValue(octaves);
    steps_->setValue(steps);
    strength_->setValue(strength);
}

void DreamDialog::cancel()
{
    job_->cancel();
    cancel_->setEnabled(false);
}

QString DreamDialog::report() const { return text_->text(); }

bool DreamDialog::savePng(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (result_.isNull() || !file.open(QIODevice::WriteOnly) || !result_.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = result_.isNull() ? tr("Nothing to save yet.")
                                      : tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void DreamDialog::showPicture(QLabel* label, const QImage& picture)
{
    label->setPixmap(QPixmap::fromImage(picture.scaled(kPictureSize, kPictureSize, Qt::KeepAspectRatio,
                                                       picture.width() < 100 ? Qt::FastTransformation
                                                                             : Qt::SmoothTransformation)));
}

namespace {

QString dreamReport(const explain::DreamResult& res, const explain::CacheReport& cache, bool trained)
{
    QString text;
    if (res.cancelled) {
        text = DreamDialog::tr("Cancelled.");
    } else {
        QStringList lines;
        for (size_t o = 0; o < res.sizes.size(); ++o)
            lines << DreamDialog::tr("Octave %1 (%2 px): mean activation %3 → %4")
                         .arg(o + 1)
                         .arg(res.sizes[o])
                         .arg(QLocale().toString(res.before[o], 'f', 3), QLocale().toString(res.after[o], 'f', 3));
        text = lines.join(QStringLiteral("<br>"));
        if (cache.hit)
            text += QStringLiteral("<br>") +
                    DreamDialog::tr("(From the cache: computed before for these weights and settings.)");
    }
    if (!cache.problem.empty())
        text += QStringLiteral("<br>") + QString::fromStdString(cache.problem).toHtmlEscaped();
    if (!trained)
        text += QStringLiteral("<br><span style='color:#a03000'>") +
                DreamDialog::tr("Random weights: the patterns are those of an untrained network, not of ImageNet "
                                "classes.") +
                QStringLiteral("</span>");
    return text;
}

}  // namespace

void DreamDialog::run()
{
    if (running_)
        return;
    running_ = true;
    go_->setEnabled(false);
    cancel_->setEnabled(true);
    save_->setEnabled(false);
    const int total = octaves_->value() * steps_->value();
    progress_->setRange(0, total);
    progress_->setValue(0);
    progress_->setFormat(tr("step %v of %m"));
    progress_->show();
    text_->clear();
    explain::DreamRequest r;
    r.node = node_.toStdString();
    r.octaves = octaves_->value();
    r.steps = steps_->value();
    r.strength = strength_->value();
    r.threads = 1;
    job_->start([this, r, model = model_, path = image_](BackgroundJob::Context& ctx) {
        try {
            const auto input = vision::loadInput(path.toStdString(), *model);
            const QImage original = networkInputImage(input, model->preset());
            ctx.post([this, original] {
                original_ = original;
                showPicture(before_, original);
            });
            explain::CacheReport cache;
            const auto res = explain::dreamCached(
                model, input, r,
                [this, &ctx](int step, int total) {
                    ctx.post([this, step, total] {
                        progress_->setRange(0, total);
                        progress_->setValue(step);
                    });
                    return !ctx.cancelled();
                },
                &cache);
            const QImage picture = res.cancelled ? QImage() : pixelsToImage(res.pixels);
            const QString text = dreamReport(res, cache, model->provenance().trained);
            const bool hit = cache.hit, ok = !res.cancelled;
            ctx.post([this, picture, text, hit, ok] { showOutcome(picture, text, hit, ok, /*keep=*/false); });
        } catch (const std::exception& e) {
            const UserError u = ErrorText::from(e, path);
            ctx.post([this, u] { showOutcome({}, u.message, false, false, /*keep=*/true); });
        }
    });
}

void DreamDialog::showOutcome(const QImage& picture, const QString& text, bool fromCache, bool ok, bool keep)
{
    running_ = false;
    progress_->hide();
    go_->setEnabled(true);
    cancel_->setEnabled(false);
    if (!keep) {  // an error keeps the last picture
        result_ = picture;
        fromCache_ = fromCache;
        save_->setEnabled(!picture.isNull());
        if (!picture.isNull())
            showPicture(after_, picture);
    }
    text_->setText(text);
    emit finished(ok);
}

}  // namespace explorer
