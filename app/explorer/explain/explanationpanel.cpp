#include "explorer/explain/explanationpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include "explorer/explain/faithfulnesschart.h"
#include "explorer/explain/sanitychart.h"
#include "explorer/inference/inferenceservice.h"
#include "vision/colormap.h"

namespace explorer {

namespace {
constexpr int kShown = 240;

QImage colourBar(int width)
{
    QImage bar(width, 10, QImage::Format_RGB32);
    for (int x = 0; x < width; ++x) {
        const auto c = inception::vision::divergingColour(2.0 * x / std::max(1, width - 1) - 1.0);
        for (int y = 0; y < bar.height(); ++y)
            bar.setPixel(x, y, qRgb(c[0], c[1], c[2]));
    }
    return bar;
}
}  // namespace

// The map the button computes and the settings each needs (shown by showMethodSettings).
void ExplanationPanel::addMapRows(QFormLayout* form)
{
    method_ = new QComboBox;
    method_->addItem(tr("Occlusion"), QStringLiteral("occlusion"));
    method_->addItem(tr("Gradient"), QStringLiteral("gradient"));
    method_->addItem(tr("Input × gradient"), QStringLiteral("input-x-gradient"));
    method_->addItem(tr("Integrated Gradients"), QStringLiteral("integrated-gradients"));
    method_->addItem(tr("SmoothGrad"), QStringLiteral("smoothgrad"));
    method_->addItem(tr("SmoothGrad-Squared"), QStringLiteral("smoothgrad-squared"));
    method_->addItem(tr("VarGrad"), QStringLiteral("vargrad"));
    method_->addItem(tr("Guided Backprop (see its sanity check)"), QStringLiteral("guided-backprop"));
    method_->setToolTip(tr("The map the button computes for the current image and class"));
    // The dock stays narrow: the combo box does not widen to its longest entry.
    method_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    method_->setMinimumContentsLength(14);
    form->addRow(tr("Map:"), method_);
    form->addRow(tr("Occlusion patch:"), patch_);
    steps_ = new QSpinBox;
    steps_->setRange(1, 1024);
    steps_->setValue(32);
    steps_->setToolTip(tr("Points on the straight path from the baseline to the image (each is a forward and a "
                          "backward); more steps, a smaller completeness gap"));
    form->addRow(tr("Steps:"), steps_);
    baseline_ = new QComboBox;
    baseline_->addItem(tr("black"), QStringLiteral("black"));
    baseline_->addItem(tr("blurred image"), QStringLiteral("blurred"));
    baseline_->addItem(tr("uniform noise"), QStringLiteral("noise"));
    form->addRow(tr("Baseline:"), baseline_);
    samples_ = new QSpinBox;
    samples_->setRange(1, 1024);
    samples_->setValue(25);
    samples_->setToolTip(tr("Noisy copies of the image (noise 15 % of its range), one gradient each"));
    form->addRow(tr("Samples:"), samples_);
    liveMap_ = new QCheckBox(tr("Lay it over the live view"));
    liveMap_->setObjectName(QStringLiteral("liveMap"));
    form->addRow(QString(), liveMap_);
    connect(liveMap_, &QCheckBox::toggled, this, [this] { emit settingsChanged(); });
}

// Under the buttons: the map over the image, its colour scale and text, then the checks' charts.
void ExplanationPanel::addResultWidgets(QVBoxLayout* layout)
{
    picture_ = new QLabel;
    picture_->setAlignment(Qt::AlignCenter);
    picture_->setMinimumSize(kShown, kShown);
    layout->addWidget(picture_);
    scale_ = new QLabel;
    scale_->setAlignment(Qt::AlignCenter);
    layout->addWidget(scale_);
    info_ = new QLabel(tr("Turn Grad-CAM on, or compute a map (occlusion, gradients, Integrated Gradients, …), then "
                          "drop an image."));
    info_->setWordWrap(true);
    layout->addWidget(info_);
    chart_ = new SanityChart;
    layout->addWidget(chart_);
    verdict_ = new QLabel;
    verdict_->setWordWrap(true);
    verdict_->hide();
    layout->addWidget(verdict_);
    faithfulnessChart_ = new FaithfulnessChart;
    layout->addWidget(faithfulnessChart_);
    faithfulnessText_ = new QLabel;
    faithfulnessText_->setWordWrap(true);
    faithfulnessText_->hide();
    layout->addWidget(faithfulnessText_);
}

ExplanationPanel::ExplanationPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* form = form_ = new QFormLayout;
    gradCam_ = new QCheckBox(tr("Grad-CAM (Ctrl+G)"));
    gradCam_->setToolTip(tr("Which places of the image raise the class's logit, seen from one module: the "
                            "module's channels weighted by the gradient's spatial mean, summed (before any ReLU)"));
    form->addRow(gradCam_);
    class_ = new QComboBox;
    form->addRow(tr("Class:"), class_);
    opacity_ = new QSlider(Qt::Horizontal);
    opacity_->setRange(0, 100);
    opacity_->setValue(60);
    form->addRow(tr("Opacity:"), opacity_);
    patch_ = new QSpinBox;
    patch_->setRange(0, 299);
    patch_->setSpecialValueText(tr("default"));
    patch_->setSuffix(tr(" px"));
    patch_->setToolTip(tr("The occlusion patch's side (default: a seventh of the image; the stride is half of it)"));
    addMapRows(form);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    occlude_ = new QPushButton(tr("Compute map"));
    occlude_->setToolTip(tr("Slide a grey patch over the image and measure how much the class's logit drops"));
    cancel_ = new QPushButton(tr("Cancel"));
    cancel_->setEnabled(false);
    sanity_ = new QPushButton(tr("Sanity check"));
    sanity_->setEnabled(false);
    buttons->addWidget(occlude_);
    buttons->addWidget(sanity_);
    buttons->addWidget(cancel_);
    layout->addLayout(buttons);
    auto* checks = new QHBoxLayout;
    faithfulness_ = new QPushButton(tr("Deletion curve"));
    faithfulness_->setEnabled(false);
    checks->addWidget(faithfulness_);
    checks->addStretch(1);
    layout->addLayout(checks);
    progress_ = new QProgressBar;
    progress_->hide();
    layout->addWidget(progress_);
    addResultWidgets(layout);
    layout->addStretch(1);

    connect(gradCam_, &QCheckBox::toggled, this, [this] {
        occlusionShown_ = false;
        emit settingsChanged();
    });
    connect(class_, &QComboBox::activated, this, [this] { emit settingsChanged(); });
    connect(method_, &QComboBox::currentIndexChanged, this, [this] {
        showMethodSettings();
        if (liveMap_->isChecked())
            emit settingsChanged();  // the live view's map follows the choice
    });
    showMethodSettings();
    connect(opacity_, &QSlider::valueChanged, this, [this] { redraw(); });
    connect(occlude_, &QPushButton::clicked, this, [this] {
        startLongRun(LongRun::Map);
        emit occlusionRequested();
    });
    connect(sanity_, &QPushButton::clicked, this, [this] { emit sanityRequested(); });
    connect(faithfulness_, &QPushButton::clicked, this, [this] { emit faithfulnessRequested(); });
    connect(cancel_, &QPushButton::clicked, this, [this] {
        cancel_->setEnabled(false);
        emit occlusionCancelled();
    });
}

void ExplanationPanel::setClasses(const QStringList& labels)
{
    class_->clear();
    class_->addItem(tr("the top-1"), -1);
    for (int i = 0; i < labels.size(); ++i)
        class_->addItem(QStringLiteral("%1 · %2").arg(i).arg(labels[i]), i);
}

bool ExplanationPanel::gradCamOn() const { return gradCam_->isChecked(); }
void ExplanationPanel::setGradCamOn(bool on) { gradCam_->setChecked(on); }
int ExplanationPanel::chosenClass() const { return class_->currentData().isValid() ? class_->currentData().toInt() : -1; }

void ExplanationPanel::setChosenClass(int index)
{
    const int at = class_->findData(index);
    if (at >= 0) {
        class_->setCurrentIndex(at);
        emit settingsChanged();
    }
}

double ExplanationPanel::opacity() const { return opacity_->value() / 100.0; }
void ExplanationPanel::setOpacity(double opacity) { opacity_->setValue(int(std::lround(100 * opacity))); }
int ExplanationPanel::patch() const { return patch_->value(); }
QString ExplanationPanel::method() const { return method_->currentData().toString(); }
QString ExplanationPanel::methodName() const { return methodTitle(method(), method_->currentText()); }

QString ExplanationPanel::methodTitle(const QString& id, const QString& fallback) const
{
    if (id == QLatin1String("guided-backprop"))
        return tr("Guided Backprop");  // the list adds "(see its sanity check)"; captions do not
    const int at = method_->findData(id);
    return at >= 0 ? method_->itemText(at) : fallback;
}
int ExplanationPanel::steps() const { return steps_->value(); }
QString ExplanationPanel::baseline() const { return baseline_->currentData().toString(); }
int ExplanationPanel::samples() const { return samples_->value(); }

void ExplanationPanel::setMethod(const QString& id)
{
    if (const int at = method_->findData(id); at >= 0)
        method_->setCurrentIndex(at);
}

void ExplanationPanel::showMethodSettings()
{
    const QString m = method();
    const bool noise = m == QLatin1String("smoothgrad") || m == QLatin1String("smoothgrad-squared") ||
                       m == QLatin1String("vargrad");
    form_->setRowVisible(patch_, m == QLatin1String("occlusion"));
    form_->setRowVisible(steps_, m == QLatin1String("integrated-gradients"));
    form_->setRowVisible(baseline_, m == QLatin1String("integrated-gradients"));
    form_->setRowVisible(samples_, noise);
    // The live view keeps up with one backward pass per frame: the methods that take one.
    const bool onePass = m == QLatin1String("gradient") || m == QLatin1String("input-x-gradient") ||
                         m == QLatin1String("guided-backprop");
    liveMap_->setEnabled(onePass);
    liveMap_->setToolTip(onePass ? tr("Compute this map of the top-1 on every live frame and lay it over the live view "
                                      "(Grad-CAM, when on, is shown instead); the live view's frames per second "
                                      "include it")
                                 : tr("Only the one-pass maps (gradient, input × gradient, Guided Backprop) keep up "
                                      "with the live view; this one takes many gradients per frame"));
    if (m == QLatin1String("occlusion"))
        occlude_->setToolTip(tr("Slide a grey patch over the image and measure how much the class's logit drops"));
    else
        occlude_->setToolTip(tr("How much each pixel moves the class's logit: %1").arg(method_->currentText()));
    showCheckButtons(m != QLatin1String("occlusion"));
}

void ExplanationPanel::showComputing(const QString& what)
{
    showPicturePending(what);
    computing_ = true;
    if (!cancel_->isEnabled()) {  // the bar is the occlusion's while one runs
        progress_->setRange(0, 0);
        progress_->show();
    }
}

void ExplanationPanel::stopComputing()
{
    if (!computing_)
        return;
    computing_ = false;
    if (!cancel_->isEnabled())
        progress_->hide();
    redraw();
}

void ExplanationPanel::showResult(const InferenceResult& r)
{
    stopComputing();
    if (occlusionShown_ && !r.explain.shown)
        return;  // the occlusion map stays until Grad-CAM is asked for or another occlusion runs
    if (!r.explain.shown) {
        input_ = colours_ = QImage();
        redraw();
        return;
    }
    occlusionShown_ = false;
    const auto& e = r.explain;
    input_ = r.input;
    colours_ = e.colours;
    limit_ = e.limit;
    if (!e.method.isEmpty()) {  // the live view's input attribution
        what_ = tr("%1 of <b>%2</b> (class %3) on each live frame, laid over the live view. Colours end at the "
                   "99.5th percentile of |map|: %4.")
                    .arg(methodTitle(e.method, e.methodName), e.label.toHtmlEscaped())
                    .arg(e.classIndex)
                    .arg(QLocale().toString(e.limit, 'g', 3));
        if (r.untrained)
            what_ += QStringLiteral("<br><span style='color:#a03000'>") +
                     tr("Random weights: the map shows what this untrained network responds to, not an ImageNet "
                        "class.") +
                     QStringLiteral("</span>");
        redraw();
        return;
    }
    QString what = tr("Grad-CAM of <b>%1</b> (class %2) at <b>%3</b>, map %4×%5, raw values %6 … %7.")
                       .arg(e.label.toHtmlEscaped())
                       .arg(e.classIndex)
                       .arg(e.mapId.toHtmlEscaped())
                       .arg(e.mapSize.width())
                       .arg(e.mapSize.height())
                       .arg(QLocale().toString(e.min, 'g', 3), QLocale().toString(e.max, 'g', 3));
    if (!e.note.isEmpty())
        what += QStringLiteral("<br>") + e.note.toHtmlEscaped();
    if (!e.terms.isEmpty())
        what += QStringLiteral("<br>") + tr("Each branch's term is in the Activations dock, on one shared scale.");
    if (r.untrained)
        what += QStringLiteral("<br><span style='color:#a03000'>") +
                tr("Random weights: the map shows what this untrained network responds to, not an ImageNet class.") +
                QStringLiteral("</span>");
    if (!r.knockout.knocked.isEmpty())
        what += QStringLiteral("<br>") + tr("With %1 knocked out.").arg(r.knockout.knocked.join(QStringLiteral(", ")));
    what_ = what;
    redraw();
}

void ExplanationPanel::showIdle()
{
    showPending(QString());
    redraw();
}

void ExplanationPanel::showPending(const QString& what)
{
    clearSanity();
    clearFaithfulness();
    showPicturePending(what);
}

void ExplanationPanel::showPicturePending(const QString& what)
{
    occlusionShown_ = false;
    input_ = colours_ = QImage();
    what_.clear();
    redraw();
    picture_->setText(what);
    info_->clear();
}

void ExplanationPanel::showOcclusionProgress(int done, int total)
{
    progress_->setRange(0, total);
    progress_->setValue(done);
    progress_->setFormat(longRun_ == LongRun::Sanity           ? tr("%1 of %2 maps").arg(done).arg(total)
                         : longRun_ == LongRun::Faithfulness   ? tr("%1 of %2 images").arg(done).arg(total)
                         : method() == QLatin1String("occlusion") ? tr("%1 of %2 patches").arg(done).arg(total)
                                                                  : tr("%1 of %2 gradients").arg(done).arg(total));
}

void ExplanationPanel::showOcclusion(const QImage& input, const QImage& colours, float limit, const QString& what)
{
    finishLongRun();
    if (colours.isNull()) {  // cancelled
        info_->setText(what);
        return;
    }
    occlusionShown_ = true;
    input_ = input;
    colours_ = colours;
    limit_ = limit;
    what_ = what;
    redraw();
}

void ExplanationPanel::showOcclusionFailed(const QString& message)
{
    finishLongRun();
    info_->setText(QStringLiteral("<span style='color:#b00000'>%1</span>").arg(message.toHtmlEscaped()));
}

void ExplanationPanel::setOcclusionAvailable(bool available, const QString& why)
{
    // A new image makes a map possible again, but not while a map or a check is still running:
    // a click would replace it (the job cancels it) and leave it unreported.
    occlude_->setEnabled(available && longRun_ == LongRun::None);
    if (!available) {
        sanity_->setEnabled(false);
        sanity_->setToolTip(why);
    }
    if (available)
        showMethodSettings();
    else
        occlude_->setToolTip(why);
}

bool ExplanationPanel::mapAllowed() const { return occlude_->isEnabled(); }

QString ExplanationPanel::liveMap() const
{
    return liveMap_->isChecked() && liveMap_->isEnabled() ? method() : QString();
}

void ExplanationPanel::setLiveMapOn(bool on) { liveMap_->setChecked(on); }

void ExplanationPanel::redraw()
{
    if (input_.isNull() || colours_.isNull()) {
        picture_->setPixmap(QPixmap());
        scale_->setPixmap(QPixmap());
        picture_->setText(tr("No explanation yet."));
        return;
    }
    // The input drawn large (square pixels for small inputs), the map blended over it.
    const int side = kShown;
    QImage shown = input_.convertToFormat(QImage::Format_RGB32)
                       .scaled(side, side, Qt::KeepAspectRatio,
                               input_.width() < 100 ? Qt::FastTransformation : Qt::SmoothTransformation);
    QPainter p(&shown);
    p.setOpacity(opacity());
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(shown.rect(), colours_);
    p.end();
    picture_->setPixmap(QPixmap::fromImage(shown));
    QImage bar = colourBar(side);
    QImage withText(side, 26, QImage::Format_RGB32);
    withText.fill(palette().color(QPalette::Window));
    QPainter q(&withText);
    q.drawImage(0, 0, bar);
    q.setPen(palette().color(QPalette::WindowText));
    QFont f = q.font();
    f.setPointSizeF(8);
    q.setFont(f);
    q.drawText(QRect(0, 11, side, 15), Qt::AlignLeft, QLocale().toString(-limit_, 'g', 3));
    q.drawText(QRect(0, 11, side, 15), Qt::AlignHCenter, QStringLiteral("0"));
    q.drawText(QRect(0, 11, side, 15), Qt::AlignRight, QStringLiteral("+") + QLocale().toString(limit_, 'g', 3));
    q.end();
    scale_->setPixmap(QPixmap::fromImage(withText));
    info_->setText(what_);
}

QString ExplanationPanel::text() const
{
    // The picture's place says what is pending (or that nothing is shown); the line under it, the rest.
    QString verdict = verdict_->isVisibleTo(this) ? QLatin1Char('\n') + verdict_->text() : QString();
    if (faithfulnessText_->isVisibleTo(this))
        verdict += QLatin1Char('\n') + faithfulnessText_->text();
    return (picture_->text().isEmpty() ? info_->text() : picture_->text() + QLatin1Char('\n') + info_->text()) +
           verdict;
}

QImage ExplanationPanel::shownPicture() const
{
    return picture_->pixmap().isNull() ? QImage() : picture_->pixmap().toImage();
}

}  // namespace explorer
