#include "explorer/lecture/tourcontroller.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <utility>

#include "arch/archnode.h"
#include "explorer/diagram/diagramscene.h"
#include "explorer/diagram/diagramview.h"
#include "explorer/inference/inferenceresult.h"
#include "explorer/inference/inferenceservice.h"
#include "explorer/inference/runchoices.h"
#include "explorer/lecture/figurecontroller.h"
#include "explorer/lecture/figures.h"
#include "explorer/lecture/placeholders.h"
#include "explorer/lecture/presenterwindow.h"
#include "explorer/lecture/tour.h"
#include "explorer/lecture/tourbar.h"
#include "explorer/lecture/tourhost.h"

namespace explorer {

TourController::TourController(InferenceService* service, RunChoices* choices, FigureController* figures,
                               DiagramScene* scene, DiagramView* view, TourHost* host, QObject* parent)
    : QObject(parent), service_(service), choices_(choices), figures_(figures), scene_(scene), view_(view),
      host_(host), bar_(new TourBar)
{
    bar_->hide();
    connect(bar_, &TourBar::previousRequested, this, &TourController::previousStep);
    connect(bar_, &TourBar::nextRequested, this, &TourController::nextStep);
    connect(bar_, &TourBar::closeRequested, this, &TourController::closeTour);
    connect(service_, &InferenceService::variantReady, this, [this] {
        if (waitVariant_ && tour_ && step_ >= 0) {
            waitVariant_ = false;
            applyStep();
        }
    });
    connect(service_, &InferenceService::variantFailed, this,
            [this](const QString&, const QString& message) { onFailure(message); });
    connect(service_, &InferenceService::imageFailed, this, [this](const QString& path, const QString& message) {
        if (path == waitImage_)
            onFailure(message);
    });
    connect(service_, &InferenceService::resultReady, this, &TourController::onResult);
}

TourController::~TourController() = default;

void TourController::onResult(const InferenceResult& r)
{
    if (!r.live && !waitImage_.isEmpty() && r.path == waitImage_) {
        waitImage_.clear();
        settleStep();
    }
}

void TourController::onFailure(const QString& message)
{
    if (!tour_ || step_ < 0 || (!waitVariant_ && waitImage_.isEmpty()))
        return;
    // The step cannot be shown whole: what went wrong is one of its problems, the rest stays.
    problems_ << message;
    const bool variantFailed = waitVariant_;
    waitVariant_ = false;
    waitImage_.clear();
    variantFailed ? applyStep() : settleStep();
}

void TourController::setOpen(std::unique_ptr<Tour> tour)
{
    tour_ = std::move(tour);
    step_ = -1;
    problems_.clear();
    figures_->hideCaption();
    figures_->setCaptionsShown(false);  // the tour bar shows the captions
    showBar();
    bar_->show();
    emit opened(true);
}

bool TourController::openTour(const QString& pathOrBuiltin, QString* error)
{
    Tour t;
    if (pathOrBuiltin == QLatin1String("builtin")) {
        t = builtinTour();
    } else {
        QList<TourProblem> problems;
        t = readTour(pathOrBuiltin, &problems);
        for (const auto& p : problems) {
            if (p.step == 0) {
                if (error)
                    *error = p.reason;
                emit message(p.reason, 10000);
                return false;
            }
        }
        // Step problems are shown when the step plays: the rest of the tour plays.
    }
    setOpen(std::make_unique<Tour>(std::move(t)));
    return true;
}

void TourController::newTour()
{
    auto t = std::make_unique<Tour>();
    t->title = tr("New tour");
    t->folder = QDir::currentPath();
    setOpen(std::move(t));
}

void TourController::closeTour()
{
    tour_.reset();
    step_ = -1;
    waitVariant_ = false;
    waitImage_.clear();
    problems_.clear();
    bar_->hide();
    figures_->setCaptionsShown(true);
    emit opened(false);
}

void TourController::nextStep()
{
    if (tour_ && step_ + 1 < tour_->steps.size())
        playStep(step_ + 1);
}

void TourController::previousStep()
{
    if (tour_ && step_ > 0)
        playStep(step_ - 1);
}

void TourController::playStep(int index)
{
    if (!tour_ || index < 0 || index >= tour_->steps.size())
        return;
    step_ = index;
    const TourStep& s = tour_->steps[index];
    problems_ = checkStep(s, tour_->folder);
    showBar();
    const QString variant = stepVariant(s);
    const bool known = !variant.isEmpty() && choices_->offers(variant);
    waitImage_.clear();
    figureAfterWeights_.clear();
    // A weights file of its own (or back to the default ones): the network reopens first.
    const QString weights = s.weights == QLatin1String("default") ? QString() : resolvePath(tour_->folder, s.weights);
    const bool weightsUsable = weights.isEmpty() || QFileInfo::exists(weights);
    if (weightsUsable && weights != service_->weightsFile() && known) {
        waitVariant_ = true;
        figureAfterWeights_ = s.figure;
        weights.isEmpty() ? choices_->setVariant(variant) : choices_->loadWeightsFile(variant, weights);
        return;
    }
    if (const Figure* f = s.figure.isEmpty() ? nullptr : findFigure(s.figure.toStdString())) {
        const bool switching = QString::fromStdString(f->variant) != service_->shownVariant();
        waitVariant_ = switching;
        figures_->showFigure(s.figure);  // opens the figure's variant first when needed
        if (!switching)
            applyStep();
        return;
    }
    if (!known) {
        applyStep();  // nothing to switch to: the rest of the step
        return;
    }
    if (variant != service_->shownVariant()) {
        waitVariant_ = true;
        choices_->setVariant(variant);
        return;
    }
    scene_->setNetwork(service_->desc());  // a fresh view: the stages open, nothing else
    applyStep();
}

void TourController::applyStep()
{
    if (!tour_ || step_ < 0)
        return;
    const TourStep& s = tour_->steps[step_];
    if (!figureAfterWeights_.isEmpty() && findFigure(figureAfterWeights_.toStdString()))
        figures_->applyFigure(std::exchange(figureAfterWeights_, QString()));
    const auto* desc = scene_->network();
    auto exists = [desc](const QString& id) { return desc && inception::arch::findNode(desc->root, id.toStdString()); };
    QStringList expand;
    for (const auto& id : s.expanded)
        if (exists(id))
            expand << id;
    if (!expand.isEmpty())
        scene_->expandNodes(expand);
    if (!s.docks.isEmpty() || presenting_)
        host_->showDocks(s.docks);  // presenting: only the docks the step asks for
    for (const auto& run : s.runs)
        host_->openRun(resolvePath(tour_->folder, run));
    // Knockouts and Grad-CAM as the step asks (the previous step's are removed).
    std::map<std::string, bool> knocked;
    for (const auto& k : s.knockouts) {
        const QString id = k.section(QLatin1Char('='), 0, 0);
        if (exists(id))
            knocked[id.toStdString()] = k.section(QLatin1Char('='), 1) == QLatin1String("mean");
    }
    if (knocked != host_->knockouts())
        host_->setKnockouts(knocked);
    host_->setGradCam(s.gradcam);
    if (exists(s.selected))
        view_->selectNode(s.selected);
    view_->settleLayout();
    if (exists(s.frame))
        view_->frameNode(s.frame.toStdString());
    else if (s.figure.isEmpty())
        view_->fitAll();
    // The step's image, else the one shown before (classified again: the variant may have changed).
    const QString image = s.image.isEmpty() ? service_->currentImage() : resolvePath(tour_->folder, s.image);
    if (!image.isEmpty() && QFileInfo::exists(image)) {
        waitImage_ = image;
        service_->classify(image);
        return;
    }
    settleStep();
}

void TourController::settleStep()
{
    showBar();
    // Let the docks and the view take their places before anyone looks.
    QTimer::singleShot(0, this, [this, step = step_] {
        if (tour_ && step_ == step)
            emit stepShown(step);
    });
}

QString TourController::captionText() const
{
    if (!tour_ || step_ < 0)
        return {};
    return fillPlaceholders(tour_->steps[step_].caption, QLocale());
}

void TourController::showBar()
{
    if (!tour_)
        return;
    const int n = int(tour_->steps.size());
    if (step_ < 0) {
        bar_->showTour(tour_->title, n);
        return;
    }
    const TourStep& s = tour_->steps[step_];
    bar_->showStep(step_, n, s.title, fillPlaceholders(s.caption, QLocale()), problems_);
}

PresenterWindow* TourController::openPresenter()
{
    if (!presenter_) {
        presenter_ = std::make_unique<PresenterWindow>(this);
        connect(this, &TourController::stepShown, presenter_.get(), &PresenterWindow::showStep);
        connect(presenter_.get(), &PresenterWindow::closed, this, [this] { setPresenting(false); });
    }
    // On another screen than the audience's when there is one.
    for (QScreen* s : QGuiApplication::screens()) {
        if (s != host_->audienceWindow()->screen()) {
            presenter_->move(s->availableGeometry().topLeft());
            presenter_->resize(s->availableGeometry().size() * 0.9);
            break;
        }
    }
    presenter_->show();
    presenter_->raise();
    setPresenting(true);
    if (step_ >= 0)
        presenter_->showStep(step_);
    return presenter_.get();
}

void TourController::closePresenter()
{
    if (presenter_)
        presenter_->close();
    setPresenting(false);
}

void TourController::setPresenting(bool on)
{
    if (presenting_ == on)
        return;
    presenting_ = on;
    // The audience sees the diagram, the tour bar and the step's docks; the menus and the
    // toolbar stay with the presenter (their shortcuts keep working).
    host_->setPresenting(on);
    if (on && tour_ && step_ >= 0 && tour_->steps[step_].docks.isEmpty())
        host_->showDocks({});
}

TourStep TourController::currentView() const
{
    TourStep s;
    s.variant = service_->shownVariant();
    if (!service_->weightsFile().isEmpty())
        s.weights = service_->weightsFile();  // absolute; written relative to the tour file
    for (const auto& id : scene_->expanded())
        s.expanded << QString::fromStdString(id);
    s.selected = QString::fromStdString(scene_->selectedId());
    s.frame = s.selected;
    s.image = service_->currentImage();  // absolute; written relative to the tour file
    for (const auto& [id, mean] : host_->knockouts())
        s.knockouts << QString::fromStdString(id) + (mean ? QStringLiteral("=mean") : QString());
    s.gradcam = host_->gradCam();
    s.docks = host_->visibleDocks();
    return s;
}

int TourController::addCurrentViewAsStep()
{
    if (!tour_)
        newTour();
    const int at = step_ < 0 ? int(tour_->steps.size()) : step_ + 1;
    tour_->steps.insert(at, currentView());
    step_ = at;
    problems_.clear();
    showBar();
    emit message(tr("Step %1 added. Tour ▸ Edit step… gives it a caption and notes.").arg(at + 1), 6000);
    return at;
}

void TourController::setStepText(int index, const QString& title, const QString& caption, const QString& notes)
{
    if (!tour_ || index < 0 || index >= tour_->steps.size())
        return;
    auto& s = tour_->steps[index];
    s.title = title;
    s.caption = caption;
    s.notes = notes;
    if (index == step_) {
        problems_ = checkStep(s, tour_->folder);
        showBar();
    }
}

void TourController::moveStep(int from, int to)
{
    if (!tour_ || from < 0 || to < 0 || from >= tour_->steps.size() || to >= tour_->steps.size())
        return;
    tour_->steps.move(from, to);
    if (step_ == from)
        step_ = to;
    showBar();
}

void TourController::deleteStep(int index)
{
    if (!tour_ || index < 0 || index >= tour_->steps.size())
        return;
    tour_->steps.removeAt(index);
    step_ = std::min(step_, int(tour_->steps.size()) - 1);
    problems_.clear();
    showBar();
}

bool TourController::saveTour(const QString& path, QString* error)
{
    if (!tour_) {
        if (error)
            *error = tr("No tour is open.");
        return false;
    }
    // Paths relative to the old folder become absolute before they are made relative to the new one.
    Tour t = *tour_;
    for (auto& s : t.steps) {
        s.image = resolvePath(t.folder, s.image);
        if (s.weights != QLatin1String("default"))
            s.weights = resolvePath(t.folder, s.weights);
        for (auto& r : s.runs)
            r = resolvePath(t.folder, r);
    }
    if (!writeTour(path, t, error))
        return false;
    tour_->folder = QFileInfo(path).absolutePath();
    const QDir folder(tour_->folder);
    for (auto& s : tour_->steps) {
        s.image = s.image.isEmpty() ? s.image : folder.relativeFilePath(resolvePath(t.folder, s.image));
        if (s.weights != QLatin1String("default"))
            s.weights = folder.relativeFilePath(resolvePath(t.folder, s.weights));
        for (auto& r : s.runs)
            r = folder.relativeFilePath(resolvePath(t.folder, r));
    }
    tour_->builtin = false;
    emit message(tr("Tour saved to %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

}  // namespace explorer
