#include "explorer/lecture/tourmenu.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTextEdit>
#include <QWidget>

#include "explorer/lecture/handout.h"
#include "explorer/lecture/placeholders.h"
#include "explorer/lecture/tour.h"
#include "explorer/lecture/tourcontroller.h"

namespace explorer {

TourMenu::TourMenu(TourController* tours, QMenuBar* bar, QWidget* window)
    : QObject(window), tours_(tours), window_(window)
{
    auto* menu = bar->addMenu(tr("&Tour"));
    menu->addAction(tr("&Built-in tour: From GoogLeNet to Inception-ResNet"), this, [this] {
        if (tours_->openTour(QStringLiteral("builtin")))
            tours_->playStep(0);
    });
    menu->addAction(tr("&Open tour…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(window_, tr("Open a tour"), QString(), tr("Tours (*.json)"));
        QString error;
        if (path.isEmpty())
            return;
        if (!tours_->openTour(path, &error))
            QMessageBox::warning(window_, tr("Open a tour"), error);
        else if (!tours_->tour()->steps.isEmpty())
            tours_->playStep(0);
    });
    menu->addAction(tr("&New tour"), tours_, &TourController::newTour);
    menu->addSeparator();
    auto add = [&](const QString& text, const QList<QKeySequence>& keys, auto slot, bool needsTour = true) {
        auto* a = menu->addAction(text, this, slot);
        a->setShortcuts(keys);
        window_->addAction(a);  // the keys work in lecture mode too, with the menu bar hidden
        if (needsTour) {
            a->setEnabled(false);
            needTour_ << a;
        }
        return a;
    };
    add(tr("&Next step"), {QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Space)}, [this] { tours_->nextStep(); });
    add(tr("&Previous step"), {QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_Backspace)},
        [this] { tours_->previousStep(); });
    add(tr("&First step"), {QKeySequence(Qt::Key_Home)}, [this] { tours_->playStep(0); });
    add(tr("&Last step"), {QKeySequence(Qt::Key_End)},
        [this] { tours_->playStep(tours_->tour() ? int(tours_->tour()->steps.size()) - 1 : 0); });
    menu->addSeparator();
    add(tr("&Add current view as step"), {QKeySequence(tr("Ctrl+Shift+A"))}, [this] { tours_->addCurrentViewAsStep(); },
        false);
    add(tr("&Edit step…"), {}, [this] { editStep(); });
    add(tr("Move step &up"), {}, [this] { tours_->moveStep(tours_->step(), tours_->step() - 1); });
    add(tr("Move step do&wn"), {}, [this] { tours_->moveStep(tours_->step(), tours_->step() + 1); });
    add(tr("&Delete step"), {}, [this] { tours_->deleteStep(tours_->step()); });
    add(tr("&Save tour as…"), {}, [this] {
        const QString path = QFileDialog::getSaveFileName(window_, tr("Save the tour"), QStringLiteral("lecture.json"),
                                                          tr("Tours (*.json)"));
        QString error;
        if (!path.isEmpty() && !tours_->saveTour(path, &error))
            QMessageBox::warning(window_, tr("Save the tour"), error);
    });
    add(tr("Presenter &view"), {QKeySequence(tr("Ctrl+Shift+P"))}, [this] { tours_->openPresenter(); });
    add(tr("Export &handout…"), {}, [this] { exportHandoutAsked(); });
    connect(tours_, &TourController::opened, this, [this](bool open) {
        for (auto* a : needTour_)
            a->setEnabled(open);
    });
}

void TourMenu::exportHandoutAsked()
{
    const QString path = QFileDialog::getSaveFileName(window_, tr("Export the handout"), QStringLiteral("handout.pdf"),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    HandoutOptions options;
    options.pdf = path;
    options.letter = QLocale().measurementSystem() != QLocale::MetricSystem;
    QProgressDialog progress(tr("Writing the handout…"), tr("Cancel"), 0, int(tours_->tour()->steps.size()), window_);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    options.progress = [&progress](int step, int steps) {
        progress.setLabelText(tr("Writing the handout: step %1 of %2…").arg(step + 1).arg(steps));
        progress.setValue(step);
        return !progress.wasCanceled();
    };
    options.cover = window_;  // no visible stepping behind the progress
    QString error;
    const bool ok = exportHandout(*tours_, options, &error);
    progress.reset();
    if (!ok)
        QMessageBox::warning(window_, tr("Export the handout"), error);
}

void TourMenu::editStep()
{
    const int index = tours_->step();
    if (!tours_->tour() || index < 0)
        return;
    const TourStep& s = tours_->tour()->steps[index];
    QDialog dialog(window_);
    dialog.setWindowTitle(tr("Step %1").arg(index + 1));
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
        tours_->setStepText(index, title->text(), caption->toPlainText(), notes->toPlainText());
}

}  // namespace explorer
