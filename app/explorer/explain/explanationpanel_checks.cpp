// The Explanation dock's checks of a map: the sanity check's chart and verdict, and the
// deletion and insertion curves.
#include "explorer/explain/explanationpanel.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include "explorer/explain/faithfulnesschart.h"
#include "explorer/explain/sanitychart.h"

namespace explorer {

void ExplanationPanel::setSanityAvailable(bool available, const QString& why)
{
    sanityAvailable_ = available;
    sanityWhy_ = why;
    showMethodSettings();
}

void ExplanationPanel::showSanityStarted()
{
    startLongRun(LongRun::Sanity);
}

void ExplanationPanel::showSanity(const SanityView& view, const QString& what)
{
    finishLongRun();
    chart_->setView(view);
    QStringList tips;
    for (int i = 0; i < view.steps.size(); ++i)
        tips << QStringLiteral("%1: %2 / %3")
                    .arg(view.steps[i], QLocale().toString(view.rank.value(i), 'f', 3),
                         QLocale().toString(view.ssim.value(i), 'f', 3));
    chart_->setToolTip(tips.join(QLatin1Char('\n')));
    verdict_->setText(what);
    verdict_->show();
}

void ExplanationPanel::showSanityCancelled(const QString& what)
{
    finishLongRun();
    verdict_->setText(what);
    verdict_->show();
}

void ExplanationPanel::clearSanity()
{
    chart_->clear();
    verdict_->clear();
    verdict_->hide();
}

bool ExplanationPanel::sanityShown() const { return !chart_->empty() && chart_->isVisibleTo(this); }

void ExplanationPanel::setFaithfulnessAvailable(bool available, const QString& why, int images)
{
    faithfulnessAvailable_ = available;
    faithfulnessImages_ = images;
    faithfulnessWhy_ = why;
    showMethodSettings();
}

void ExplanationPanel::showFaithfulnessStarted()
{
    startLongRun(LongRun::Faithfulness);
}

void ExplanationPanel::showFaithfulness(const FaithfulnessView& view, const QString& what)
{
    finishLongRun();
    faithfulnessChart_->setView(view);
    faithfulnessText_->setText(what);
    faithfulnessText_->show();
}

void ExplanationPanel::showFaithfulnessCancelled(const QString& what)
{
    finishLongRun();
    faithfulnessText_->setText(what);
    faithfulnessText_->show();
}

void ExplanationPanel::clearFaithfulness()
{
    faithfulnessChart_->clear();
    faithfulnessText_->clear();
    faithfulnessText_->hide();
}

bool ExplanationPanel::faithfulnessShown() const
{
    return !faithfulnessChart_->empty() && faithfulnessChart_->isVisibleTo(this);
}

// A map or a check starts: its bar and Cancel, and no other run until it ends.
void ExplanationPanel::startLongRun(LongRun kind)
{
    longRun_ = kind;
    occlude_->setEnabled(false);
    sanity_->setEnabled(false);
    faithfulness_->setEnabled(false);
    cancel_->setEnabled(true);
    progress_->setRange(0, 0);
    progress_->show();
}

void ExplanationPanel::finishLongRun()
{
    longRun_ = LongRun::None;
    progress_->hide();
    cancel_->setEnabled(false);
    occlude_->setEnabled(true);
    showMethodSettings();
}

// The buttons the chosen map allows (called whenever the map, the network or a run changes).
void ExplanationPanel::showCheckButtons(bool gradientMap)
{
    const bool idle = !cancel_->isEnabled();
    sanity_->setEnabled(sanityAvailable_ && gradientMap && idle);
    sanity_->setToolTip(!sanityAvailable_ ? sanityWhy_
                        : gradientMap
                            ? tr("Re-initialise the network from the classifier down, one module at a time, and "
                                 "measure how much this map changes (Adebayo et al. 2018): a map that stays the same "
                                 "shows the image more than the network")
                            : tr("The sanity check compares the gradient maps; pick one under Map"));
    faithfulness_->setEnabled(faithfulnessAvailable_ && gradientMap && idle);
    faithfulness_->setToolTip(!faithfulnessAvailable_ ? faithfulnessWhy_
                              : gradientMap
                                  ? tr("Delete each garment's pixels in this map's order on %1 Fashion-MNIST test "
                                       "images and watch the true class's probability fall, against a random order")
                                        .arg(faithfulnessImages_)
                                  : tr("The deletion curve ranks pixels by a gradient map; pick one under Map"));
}

}  // namespace explorer
