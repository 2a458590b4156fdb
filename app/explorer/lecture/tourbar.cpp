#include "explorer/lecture/tourbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace explorer {

TourBar::TourBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("tourbar"));
    setStyleSheet(QStringLiteral("#tourbar { background: #eef4ff; border-bottom: 1px solid #b8c8e8; }"));
    auto* layout = new QHBoxLayout(this);
    auto* previous = new QToolButton;
    previous->setText(QStringLiteral("◀"));
    previous->setToolTip(tr("Previous step (Page Up)"));
    auto* next = new QToolButton;
    next->setText(QStringLiteral("▶"));
    next->setToolTip(tr("Next step (Page Down)"));
    counter_ = new QLabel;
    counter_->setTextFormat(Qt::RichText);
    caption_ = new QLabel;
    caption_->setWordWrap(true);
    caption_->setTextFormat(Qt::RichText);
    auto* close = new QToolButton;
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close the tour"));
    auto* left = new QVBoxLayout;
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(previous);
    buttons->addWidget(next);
    left->addLayout(buttons);
    left->addWidget(counter_);
    left->addStretch(1);
    layout->addLayout(left);
    layout->addWidget(caption_, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(previous, &QToolButton::clicked, this, &TourBar::previousRequested);
    connect(next, &QToolButton::clicked, this, &TourBar::nextRequested);
    connect(close, &QToolButton::clicked, this, &TourBar::closeRequested);
}

void TourBar::showTour(const QString& title, int n)
{
    counter_->setText(tr("<b>%1</b><br>%n step(s)", nullptr, n).arg(title.toHtmlEscaped()));
    caption_->setText(n ? tr("Page Down (or Space) starts the tour.")
                        : tr("Set up a view and choose Tour ▸ Add current view as step (Ctrl+Shift+A)."));
}

void TourBar::showStep(int index, int n, const QString& title, const QString& caption, const QStringList& problems)
{
    counter_->setText(tr("Step %1 of %2").arg(index + 1).arg(n));
    QString text;
    if (!title.isEmpty())
        text += QStringLiteral("<b>%1</b> — ").arg(title.toHtmlEscaped());
    text += caption;
    for (const auto& p : problems)
        text += QStringLiteral("<br><span style='color:#a03000'>%1</span>")
                    .arg(tr("Step %1: %2").arg(index + 1).arg(p.toHtmlEscaped()));
    caption_->setText(text);
}

QString TourBar::captionText() const { return caption_->text(); }

}  // namespace explorer
