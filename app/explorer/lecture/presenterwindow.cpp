#include "explorer/lecture/presenterwindow.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTextDocument>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

#include "explorer/lecture/placeholders.h"
#include "explorer/lecture/tour.h"
#include "explorer/lecture/tourcontroller.h"

namespace explorer {

namespace {
QString plain(const QString& html)
{
    QTextDocument d;
    d.setHtml(html);
    return d.toPlainText();
}
}  // namespace

PresenterWindow::PresenterWindow(TourController* tours) : QWidget(nullptr, Qt::Window), tours_(tours)
{
    setWindowTitle(tr("Presenter view — Inception Explorer"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    counter_ = new QLabel;
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    counter_->setFont(big);
    clock_ = new QLabel;
    elapsed_ = new QLabel;
    QFont clockFont = font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 2.2);
    clock_->setFont(clockFont);
    elapsed_->setFont(clockFont);
    elapsed_->setToolTip(tr("Time since the tour started (click Reset to start again)"));
    auto* reset = new QPushButton(tr("&Reset"));
    top->addWidget(counter_);
    top->addStretch(1);
    top->addWidget(elapsed_);
    top->addWidget(reset);
    top->addSpacing(24);
    top->addWidget(clock_);
    layout->addLayout(top);
    title_ = new QLabel;
    title_->setFont(big);
    title_->setWordWrap(true);
    layout->addWidget(title_);
    auto* notesHead = new QLabel(tr("<b>Notes</b>"));
    layout->addWidget(notesHead);
    notes_ = new QLabel;
    notes_->setWordWrap(true);
    notes_->setTextFormat(Qt::RichText);
    notes_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont notesFont = font();
    notesFont.setPointSizeF(notesFont.pointSizeF() * 1.4);
    notes_->setFont(notesFont);
    notes_->setStyleSheet(QStringLiteral("QLabel { background: #fffdf0; padding: 8px; }"));
    layout->addWidget(notes_, 3);
    layout->addWidget(new QLabel(tr("<b>Next</b>")));
    next_ = new QLabel;
    next_->setWordWrap(true);
    next_->setTextFormat(Qt::RichText);
    next_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    next_->setStyleSheet(QStringLiteral("QLabel { color: #404040; background: #f0f4fa; padding: 8px; }"));
    layout->addWidget(next_, 2);
    auto* buttons = new QHBoxLayout;
    auto* previous = new QPushButton(tr("◀ Previous"));
    auto* nextButton = new QPushButton(tr("Next ▶"));
    buttons->addWidget(previous);
    buttons->addStretch(1);
    buttons->addWidget(nextButton);
    layout->addLayout(buttons);
    connect(previous, &QPushButton::clicked, tours_, &TourController::previousStep);
    connect(nextButton, &QPushButton::clicked, tours_, &TourController::nextStep);
    connect(reset, &QPushButton::clicked, this, &PresenterWindow::resetTimer);
    for (auto key : {Qt::Key_PageDown, Qt::Key_Space})
        connect(new QShortcut(QKeySequence(key), this), &QShortcut::activated, tours_, &TourController::nextStep);
    for (auto key : {Qt::Key_PageUp, Qt::Key_Backspace})
        connect(new QShortcut(QKeySequence(key), this), &QShortcut::activated, tours_, &TourController::previousStep);
    connect(new QShortcut(QKeySequence(Qt::Key_Home), this), &QShortcut::activated, tours_, [this] { tours_->playStep(0); });
    connect(new QShortcut(QKeySequence(Qt::Key_End), this), &QShortcut::activated, tours_, [this] {
        if (tours_->tour())
            tours_->playStep(int(tours_->tour()->steps.size()) - 1);
    });
    timer_ = new QTimer(this);
    timer_->setInterval(1000);
    connect(timer_, &QTimer::timeout, this, &PresenterWindow::tick);
    timer_->start();
    since_.start();
    tick();
    resize(900, 600);
}

void PresenterWindow::resetTimer()
{
    since_.restart();
    tick();
}

void PresenterWindow::tick()
{
    clock_->setText(clockText());
    elapsed_->setText(elapsedText());
}

QString PresenterWindow::clockText() const { return QLocale().toString(QTime::currentTime(), QLocale::ShortFormat); }

QString PresenterWindow::elapsedText() const
{
    const qint64 s = since_.elapsed() / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

void PresenterWindow::showStep(int index)
{
    const Tour* t = tours_->tour();
    if (!t || index < 0 || index >= t->steps.size())
        return;
    const TourStep& s = t->steps[index];
    counter_->setText(tr("Step %1 of %2").arg(index + 1).arg(t->steps.size()));
    title_->setText(s.title.isEmpty() ? tr("(untitled step)") : s.title);
    notes_->setText(s.notes.isEmpty() ? tr("<i>No notes for this step.</i>") : fillPlaceholders(s.notes, QLocale()));
    if (index + 1 < t->steps.size()) {
        const TourStep& n = t->steps[index + 1];
        next_->setText((n.title.isEmpty() ? QString() : QStringLiteral("<b>%1</b><br>").arg(n.title.toHtmlEscaped())) +
                       fillPlaceholders(n.caption, QLocale()));
    } else {
        next_->setText(tr("<i>This is the last step.</i>"));
    }
}

void PresenterWindow::closeEvent(QCloseEvent* event)
{
    emit closed();
    QWidget::closeEvent(event);
}

QString PresenterWindow::counterText() const { return counter_->text(); }
QString PresenterWindow::notesText() const { return plain(notes_->text()); }
QString PresenterWindow::nextCaptionText() const { return plain(next_->text()); }

}  // namespace explorer
