// Tours in the window: open, play (the clicker's keys), record, save, and print as a handout.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QScreen>
#include <QToolBar>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QStatusBar>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "diagramscene.h"
#include "diagramview.h"
#include "explanationpanel.h"
#include "figures.h"
#include "mainwindow.h"
#include "placeholders.h"
#include "presenterwindow.h"
#include "tour.h"
#include "trainingpanel.h"

namespace explorer {

void MainWindow::setupTour()
{
    tourBar_ = new QFrame;
    tourBar_->setObjectName(QStringLiteral("tourbar"));
    tourBar_->setStyleSheet(QStringLiteral("#tourbar { background: #eef4ff; border-bottom: 1px solid #b8c8e8; }"));
    auto* layout = new QHBoxLayout(tourBar_);
    auto* previous = new QToolButton;
    previous->setText(QStringLiteral("◀"));
    previous->setToolTip(tr("Previous step (Page Up)"));
    auto* next = new QToolButton;
    next->setText(QStringLiteral("▶"));
    next->setToolTip(tr("Next step (Page Down)"));
    tourCounter_ = new QLabel;
    tourCounter_->setTextFormat(Qt::RichText);
    tourCaption_ = new QLabel;
    tourCaption_->setWordWrap(true);
    tourCaption_->setTextFormat(Qt::RichText);
    auto* close = new QToolButton;
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close the tour"));
    auto* left = new QVBoxLayout;
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(previous);
    buttons->addWidget(next);
    left->addLayout(buttons);
    left->addWidget(tourCounter_);
    left->addStretch(1);
    layout->addLayout(left);
    layout->addWidget(tourCaption_, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    tourBar_->hide();
    static_cast<QVBoxLayout*>(centralWidget()->layout())->insertWidget(1, tourBar_);
    connect(previous, &QToolButton::clicked, this, &MainWindow::previousStep);
    connect(next, &QToolButton::clicked, this, &MainWindow::nextStep);
    connect(close, &QToolButton::clicked, this, &MainWindow::closeTour);

    auto* menu = menuBar()->addMenu(tr("&Tour"));
    menu->addAction(tr("&Built-in tour: From GoogLeNet to Inception-ResNet"), this, [this] {
        if (openTour(QStringLiteral("builtin")))
            playStep(0);
    });
    menu->addAction(tr("&Open tour…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a tour"), QString(), tr("Tours (*.json)"));
        QString error;
        if (path.isEmpty())
            return;
        if (!openTour(path, &error))
            QMessageBox::warning(this, tr("Open a tour"), error);
        else if (!tour_->steps.isEmpty())
            playStep(0);
    });
    menu->addAction(tr("&New tour"), this, &MainWindow::newTour);
    menu->addSeparator();
    auto add = [&](const QString& text, const QList<QKeySequence>& keys, auto slot, bool needsTour = true) {
        auto* a = menu->addAction(text, this, slot);
        a->setShortcuts(keys);
        addAction(a);  // the keys work in lecture mode too, with the menu bar hidden
        if (needsTour) {
            a->setEnabled(false);
            tourActions_ << a;
        }
        return a;
    };
    add(tr("&Next step"), {QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Space)}, &MainWindow::nextStep);
    add(tr("&Previous step"), {QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_Backspace)}, &MainWindow::previousStep);
    add(tr("&First step"), {QKeySequence(Qt::Key_Home)}, [this] { playStep(0); });
    add(tr("&Last step"), {QKeySequence(Qt::Key_End)}, [this] { playStep(tour_ ? int(tour_->steps.size()) - 1 : 0); });
    menu->addSeparator();
    add(tr("&Add current view as step"), {QKeySequence(tr("Ctrl+Shift+A"))}, [this] { addCurrentViewAsStep(); }, false);
    add(tr("&Edit step…"), {}, &MainWindow::editStepAsked);
    add(tr("Move step &up"), {}, [this] { moveStep(tourStep_, tourStep_ - 1); });
    add(tr("Move step do&wn"), {}, [this] { moveStep(tourStep_, tourStep_ + 1); });
    add(tr("&Delete step"), {}, [this] { deleteStep(tourStep_); });
    add(tr("&Save tour as…"), {}, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the tour"), QStringLiteral("lecture.json"),
                                                          tr("Tours (*.json)"));
        QString error;
        if (!path.isEmpty() && !saveTour(path, &error))
            QMessageBox::warning(this, tr("Save the tour"), error);
    });
    add(tr("Presenter &view"), {QKeySequence(tr("Ctrl+Shift+P"))}, [this] { openPresenter(); });
    add(tr("Export &handout…"), {}, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the handout"), QStringLiteral("handout.pdf"),
                                                          tr("PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !exportHandout(path, QString(), QLocale().measurementSystem() != QLocale::MetricSystem,
                                              false, &error))
            QMessageBox::warning(this, tr("Export the handout"), error);
    });
}

bool MainWindow::openTour(const QString& pathOrBuiltin, QString* error)
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
                statusBar()->showMessage(p.reason, 10000);
                return false;
            }
        }
        // Step problems are shown when the step plays: the rest of the tour plays.
    }
    tour_ = std::make_unique<Tour>(std::move(t));
    tourStep_ = -1;
    for (auto* a : tourActions_)
        a->setEnabled(true);
    hideCaption();
    showTourBar();
    tourBar_->show();
    return true;
}

PresenterWindow* MainWindow::openPresenter()
{
    if (!presenter_) {
        presenter_ = std::make_unique<PresenterWindow>(this);
        connect(this, &MainWindow::tourStepShown, presenter_.get(), &PresenterWindow::showStep);
        connect(presenter_.get(), &PresenterWindow::closed, this, [this] { setPresenting(false); });
    }
    // On another screen than the audience's when there is one.
    for (QScreen* s : QGuiApplication::screens()) {
        if (s != screen()) {
            presenter_->move(s->availableGeometry().topLeft());
            presenter_->resize(s->availableGeometry().size() * 0.9);
            break;
        }
    }
    presenter_->show();
    presenter_->raise();
    setPresenting(true);
    if (tourStep_ >= 0)
        presenter_->showStep(tourStep_);
    return presenter_.get();
}

void MainWindow::closePresenter()
{
    if (presenter_)
        presenter_->close();
    setPresenting(false);
}

void MainWindow::setPresenting(bool on)
{
    if (presenting_ == on)
        return;
    presenting_ = on;
    // The audience sees the diagram, the tour bar and the step's docks; the menus and the
    // toolbar stay with the presenter (their shortcuts keep working).
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    for (auto* bar : findChildren<QToolBar*>())
        bar->setVisible(!on);
    if (on && tour_ && tourStep_ >= 0 && tour_->steps[tourStep_].docks.isEmpty())
        showDocks({});
}

void MainWindow::closeTour()
{
    tour_.reset();
    tourStep_ = -1;
    tourWaitVariant_ = false;
    tourWaitImage_.clear();
    stepProblems_.clear();
    tourBar_->hide();
    for (auto* a : tourActions_)
        a->setEnabled(false);
}

void MainWindow::newTour()
{
    Tour t;
    t.title = tr("New tour");
    t.folder = QDir::currentPath();
    tour_ = std::make_unique<Tour>(std::move(t));
    tourStep_ = -1;
    for (auto* a : tourActions_)
        a->setEnabled(true);
    showTourBar();
    tourBar_->show();
}

void MainWindow::nextStep()
{
    if (tour_ && tourStep_ + 1 < tour_->steps.size())
        playStep(tourStep_ + 1);
}

void MainWindow::previousStep()
{
    if (tour_ && tourStep_ > 0)
        playStep(tourStep_ - 1);
}

void MainWindow::playStep(int index)
{
    if (!tour_ || index < 0 || index >= tour_->steps.size())
        return;
    tourStep_ = index;
    const TourStep& s = tour_->steps[index];
    stepProblems_ = checkStep(s, tour_->folder);
    showTourBar();
    const QString variant = stepVariant(s);
    tourWaitImage_.clear();
    tourFigureAfterWeights_.clear();
    // A weights file of its own (or back to the default ones): the network reopens first.
    const QString weights = s.weights == QLatin1String("default") ? QString() : resolvePath(tour_->folder, s.weights);
    const bool weightsUsable = weights.isEmpty() || QFileInfo::exists(weights);
    if (weightsUsable && weights != loadedWeights_ && variantBox_->findData(variant) >= 0) {
        tourWaitVariant_ = true;
        tourFigureAfterWeights_ = s.figure;
        if (weights.isEmpty())
            setVariant(variant);
        else
            loadWeightsFile(variant, weights);
        return;
    }
    if (!s.figure.isEmpty() && findFigure(s.figure.toStdString())) {
        const bool switching = QString::fromStdString(findFigure(s.figure.toStdString())->variant) != shownVariant_;
        tourWaitVariant_ = switching;
        showFigure(s.figure);  // opens the figure's variant first when needed
        if (!switching)
            applyTourStep();
        return;
    }
    if (variant.isEmpty() || variantBox_->findData(variant) < 0) {
        applyTourStep();  // nothing to switch to: the rest of the step
        return;
    }
    if (variant != shownVariant_) {
        tourWaitVariant_ = true;
        setVariant(variant);
        return;
    }
    scene_->setNetwork(desc_);  // a fresh view: the stages open, nothing else
    applyTourStep();
}

void MainWindow::applyTourStep()
{
    if (!tour_ || tourStep_ < 0)
        return;
    const TourStep& s = tour_->steps[tourStep_];
    if (!tourFigureAfterWeights_.isEmpty() && findFigure(tourFigureAfterWeights_.toStdString()))
        applyFigure(std::exchange(tourFigureAfterWeights_, QString()));
    const auto* desc = scene_->network();
    auto exists = [desc](const QString& id) { return desc && inception::arch::findNode(desc->root, id.toStdString()); };
    QStringList expand;
    for (const auto& id : s.expanded)
        if (exists(id))
            expand << id;
    if (!expand.isEmpty())
        expandNodes(expand);
    if (!s.docks.isEmpty() || presenting_)
        showDocks(s.docks);  // presenting: only the docks the step asks for
    for (const auto& run : s.runs)
        training_->openRun(resolvePath(tour_->folder, run));
    // Knockouts and Grad-CAM as the step asks (the previous step's are removed).
    std::map<std::string, bool> knocked;
    for (const auto& k : s.knockouts) {
        const QString id = k.section(QLatin1Char('='), 0, 0);
        if (exists(id))
            knocked[id.toStdString()] = k.section(QLatin1Char('='), 1) == QLatin1String("mean");
    }
    if (knocked != scene_->knockouts()) {
        scene_->setKnockouts(knocked);
    }
    explanation_->setGradCamOn(s.gradcam);
    if (exists(s.selected))
        selectNode(s.selected);
    centralWidget()->layout()->activate();
    if (exists(s.frame))
        view_->frameNode(s.frame.toStdString());
    else if (s.figure.isEmpty())
        view_->fitAll();
    // The step's image, else the one shown before (classified again: the variant may have changed).
    const QString image = s.image.isEmpty() ? currentImage_ : resolvePath(tour_->folder, s.image);
    if (!image.isEmpty() && QFileInfo::exists(image)) {
        tourWaitImage_ = image;
        classifyFile(image);
        return;
    }
    settleTourStep();
}

void MainWindow::settleTourStep()
{
    showTourBar();
    // Let the docks and the view take their places before anyone looks.
    QTimer::singleShot(0, this, [this, step = tourStep_] {
        if (tour_ && tourStep_ == step)
            emit tourStepShown(step);
    });
}

QString MainWindow::tourCaptionText() const
{
    if (!tour_ || tourStep_ < 0)
        return {};
    return fillPlaceholders(tour_->steps[tourStep_].caption, QLocale());
}

void MainWindow::showTourBar()
{
    if (!tour_)
        return;
    const int n = int(tour_->steps.size());
    if (tourStep_ < 0) {
        tourCounter_->setText(tr("<b>%1</b><br>%n step(s)", nullptr, n).arg(tour_->title.toHtmlEscaped()));
        tourCaption_->setText(n ? tr("Page Down (or Space) starts the tour.")
                                : tr("Set up a view and choose Tour ▸ Add current view as step (Ctrl+Shift+A)."));
        return;
    }
    const TourStep& s = tour_->steps[tourStep_];
    tourCounter_->setText(tr("Step %1 of %2").arg(tourStep_ + 1).arg(n));
    QString text;
    if (!s.title.isEmpty())
        text += QStringLiteral("<b>%1</b> — ").arg(s.title.toHtmlEscaped());
    text += fillPlaceholders(s.caption, QLocale());
    for (const auto& p : stepProblems_)
        text += QStringLiteral("<br><span style='color:#a03000'>%1</span>")
                    .arg(tr("Step %1: %2").arg(tourStep_ + 1).arg(p.toHtmlEscaped()));
    tourCaption_->setText(text);
}

TourStep MainWindow::currentView() const
{
    TourStep s;
    s.variant = shownVariant_;
    if (!loadedWeights_.isEmpty())
        s.weights = loadedWeights_;  // absolute; written relative to the tour file
    for (const auto& id : scene_->expanded())
        s.expanded << QString::fromStdString(id);
    s.selected = QString::fromStdString(scene_->selectedId());
    s.frame = s.selected;
    s.image = currentImage_;  // absolute; written relative to the tour file
    for (const auto& [id, mean] : scene_->knockouts())
        s.knockouts << QString::fromStdString(id) + (mean ? QStringLiteral("=mean") : QString());
    s.gradcam = explanation_->gradCamOn();
    for (auto* d : findChildren<QDockWidget*>())
        if (d->isVisible())
            s.docks << d->objectName();
    return s;
}

int MainWindow::addCurrentViewAsStep()
{
    if (!tour_)
        newTour();
    const int at = tourStep_ < 0 ? int(tour_->steps.size()) : tourStep_ + 1;
    tour_->steps.insert(at, currentView());
    tourStep_ = at;
    stepProblems_.clear();
    showTourBar();
    statusBar()->showMessage(tr("Step %1 added. Tour ▸ Edit step… gives it a caption and notes.").arg(at + 1), 6000);
    return at;
}

void MainWindow::setStepText(int index, const QString& title, const QString& caption, const QString& notes)
{
    if (!tour_ || index < 0 || index >= tour_->steps.size())
        return;
    auto& s = tour_->steps[index];
    s.title = title;
    s.caption = caption;
    s.notes = notes;
    if (index == tourStep_) {
        stepProblems_ = checkStep(s, tour_->folder);
        showTourBar();
    }
}

void MainWindow::editStepAsked()
{
    if (!tour_ || tourStep_ < 0)
        return;
    const TourStep& s = tour_->steps[tourStep_];
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Step %1").arg(tourStep_ + 1));
    auto* form = new QFormLayout(&dialog);
    auto* title = new QLineEdit(s.title);
    auto* caption = new QTextEdit;
    caption->setAcceptRichText(false);
    caption->setPlainText(s.caption);
    auto* notes = new QTextEdit;
    notes->setAcceptRichText(false);
    notes->setPlainText(s.notes);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Caption:"), caption);
    auto* hint = new QLabel(tr("Numbers come from the tree: {params:googlenet/inception4a}, "
                               "{macs:inception_v3/Mixed_6b}, {shape:…}, {scale:…}, {saving:%1}.")
                                .arg(derivedQuantities().join(QStringLiteral("|"))));
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    form->addRow(tr("Speaker &notes:"), notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        setStepText(tourStep_, title->text(), caption->toPlainText(), notes->toPlainText());
}

void MainWindow::moveStep(int from, int to)
{
    if (!tour_ || from < 0 || to < 0 || from >= tour_->steps.size() || to >= tour_->steps.size())
        return;
    tour_->steps.move(from, to);
    if (tourStep_ == from)
        tourStep_ = to;
    showTourBar();
}

void MainWindow::deleteStep(int index)
{
    if (!tour_ || index < 0 || index >= tour_->steps.size())
        return;
    tour_->steps.removeAt(index);
    tourStep_ = std::min(tourStep_, int(tour_->steps.size()) - 1);
    stepProblems_.clear();
    showTourBar();
}

bool MainWindow::saveTour(const QString& path, QString* error)
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
    for (auto& s : tour_->steps) {
        s.image = s.image.isEmpty() ? s.image : QDir(tour_->folder).relativeFilePath(resolvePath(t.folder, s.image));
        if (s.weights != QLatin1String("default"))
            s.weights = QDir(tour_->folder).relativeFilePath(resolvePath(t.folder, s.weights));
        for (auto& r : s.runs)
            r = QDir(tour_->folder).relativeFilePath(resolvePath(t.folder, r));
    }
    tour_->builtin = false;
    statusBar()->showMessage(tr("Tour saved to %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::exportHandout(const QString& pdf, const QString& pngFolder, bool letter, bool notes, QString* error)
{
    if (!tour_ || tour_->steps.isEmpty()) {
        if (error)
            *error = tr("No tour with steps is open.");
        return false;
    }
    std::unique_ptr<QPdfWriter> writer;
    std::unique_ptr<QPainter> painter;
    if (!pdf.isEmpty()) {
        writer = std::make_unique<QPdfWriter>(pdf);
        writer->setPageSize(QPageSize(letter ? QPageSize::Letter : QPageSize::A4));
        writer->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer->setResolution(150);
        writer->setTitle(tour_->title);
        writer->setCreator(QStringLiteral("Inception Explorer"));
        painter = std::make_unique<QPainter>();
        if (!painter->begin(writer.get())) {
            if (error)
                *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(pdf));
            return false;
        }
    }
    if (!pngFolder.isEmpty() && !QDir().mkpath(pngFolder)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(pngFolder));
        return false;
    }
    const int n = int(tour_->steps.size());
    for (int i = 0; i < n; ++i) {
        QEventLoop settled;
        connect(this, &MainWindow::tourStepShown, &settled, &QEventLoop::quit);
        playStep(i);
        settled.exec();
        QApplication::processEvents();
        const QImage view = grab().toImage();
        if (!pngFolder.isEmpty() &&
            !view.save(QDir(pngFolder).filePath(QStringLiteral("step-%1.png").arg(i + 1, 2, 10, QLatin1Char('0'))))) {
            if (error)
                *error = tr("Cannot write into %1.").arg(QDir::toNativeSeparators(pngFolder));
            return false;
        }
        if (!painter)
            continue;
        if (i > 0)
            writer->newPage();
        const TourStep& s = tour_->steps[i];
        const QRect page = painter->viewport();
        QTextDocument heading;
        heading.setDefaultFont(QFont(QApplication::font().family(), 16));
        heading.setTextWidth(page.width());
        heading.setHtml(QStringLiteral("<p><b>%1</b> · %2</p>")
                            .arg(tour_->title.toHtmlEscaped(), tr("Step %1 of %2").arg(i + 1).arg(n)) +
                        (s.title.isEmpty() ? QString() : QStringLiteral("<h2>%1</h2>").arg(s.title.toHtmlEscaped())));
        heading.drawContents(painter.get());
        int y = int(heading.size().height()) + 10;
        const QImage fitted = view.scaled(page.width(), page.height() / 2, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        painter->drawImage(QPoint(0, y), fitted);
        y += fitted.height() + 20;
        QTextDocument body;
        body.setDefaultFont(QFont(QApplication::font().family(), 14));
        body.setTextWidth(page.width());
        QString html = QStringLiteral("<p>%1</p>").arg(fillPlaceholders(s.caption, QLocale()));
        if (notes && !s.notes.isEmpty())
            html += QStringLiteral("<p><i>%1</i> %2</p>").arg(tr("Notes:"), fillPlaceholders(s.notes, QLocale()));
        body.setHtml(html);
        painter->save();
        painter->translate(0, y);
        body.drawContents(painter.get(), QRectF(0, 0, page.width(), page.height() - y));
        painter->restore();
    }
    if (painter && !painter->end()) {
        if (error)
            *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(pdf));
        return false;
    }
    return true;
}

}  // namespace explorer
