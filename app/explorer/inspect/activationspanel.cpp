#include "explorer/inspect/activationspanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

#include "explorer/common/flowlayout.h"
#include "explorer/inference/inferenceresult.h"
#include "explorer/inspect/channelfocus.h"
#include "explorer/inspect/channelpage.h"
#include "explorer/inspect/conductancebars.h"
#include "vision/colormap.h"

namespace explorer {

// A page of a branch's channel grid that reports which channel was clicked.
class ChannelGridLabel : public QLabel {
public:
    ChannelGridLabel(const BranchView& b, std::function<void(int)> onChannel) : b_(b), onChannel_(std::move(onChannel))
    {
        setCursor(Qt::PointingHandCursor);
        setToolTip(ActivationsPanel::tr("Click a channel to enlarge it and lay it over the input"));
    }
    void showPage(int first)
    {
        first_ = first;
        setPixmap(QPixmap::fromImage(channelPage(b_, first)));
    }
    int first() const { return first_; }

protected:
    void mousePressEvent(QMouseEvent* event) override
    {
        const QPoint p = event->position().toPoint();
        const int step = b_.cell + b_.gap;
        const int col = (p.x() - b_.gap) / step, row = (p.y() - b_.gap) / step;
        const int inCellX = (p.x() - b_.gap) % step, inCellY = (p.y() - b_.gap) % step;
        const int index = row * b_.columns + col;
        if (p.x() >= b_.gap && p.y() >= b_.gap && col < b_.columns && inCellX < b_.cell && inCellY < b_.cell &&
            index < kChannelsPerPage && first_ + index < b_.maps.size())
            onChannel_(first_ + index);
    }

private:
    BranchView b_;
    int first_ = 0;
    std::function<void(int)> onChannel_;
};

namespace {

// A branch's Grad-CAM term on the scale shared by all terms, with its colour bar and sum.
QWidget* termLabel(const TermView& t, const ExplainView& e)
{
    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 4, 0, 0);
    auto* picture = new QLabel;
    QImage bar(110, 8, QImage::Format_RGB32);
    for (int x = 0; x < bar.width(); ++x) {
        const auto c = inception::vision::divergingColour(2.0 * x / (bar.width() - 1) - 1.0);
        for (int y = 0; y < bar.height(); ++y)
            bar.setPixel(x, y, qRgb(c[0], c[1], c[2]));
    }
    picture->setPixmap(QPixmap::fromImage(t.map.scaled(110, 110, Qt::KeepAspectRatio, Qt::FastTransformation)));
    picture->setToolTip(ActivationsPanel::tr("This branch's term of the Grad-CAM map at %1 (class %2): "
                                             "sum over its channels of weight × activation, before any ReLU")
                            .arg(e.mapId, e.label));
    v->addWidget(picture);
    auto* scale = new QLabel;
    scale->setPixmap(QPixmap::fromImage(bar));
    v->addWidget(scale);
    auto* text = new QLabel(ActivationsPanel::tr("Grad-CAM term<br>sum %1<br>scale ±%2<br>(shared)")
                                .arg(QLocale().toString(t.sum, 'g', 3), QLocale().toString(e.termLimit, 'g', 3)));
    v->addWidget(text);
    return box;
}

}  // namespace

ActivationsPanel::ActivationsPanel(QWidget* parent) : QScrollArea(parent), focus_(new ChannelFocus(this))
{
    conductance_ = std::make_unique<ConductanceView>();
    focus_->hide();
    setWidgetResizable(true);
    showIdle();
}

void ActivationsPanel::showIdle()
{
    showHint(tr("Select a module, then drop an image: each branch's output appears here."));
}

ActivationsPanel::~ActivationsPanel() = default;

void ActivationsPanel::setChannelWidgets(QWidget* below, QWidget* beside)
{
    below_ = below;
    beside_ = beside;
    keepChannelWidgets();
}

// The kept widgets leave the content before it is replaced (which deletes what it holds).
void ActivationsPanel::keepChannelWidgets()
{
    for (QWidget* w : {static_cast<QWidget*>(focus_), below_.data(), beside_.data()})
        if (w) {
            w->hide();
            w->setParent(this);
        }
}

void ActivationsPanel::showHint(const QString& text)
{
    keepChannelWidgets();
    focus_->reset();
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    setWidget(label);
    grids_.clear();
    pages_.clear();
    firstChannel_.clear();
    branches_ = 0;
    terms_ = 0;
    conductanceShown_ = 0;
    focusBranch_ = focusChannel_ = -1;
    emit moduleChanged();
}

// "the first 36 of 192 channels" in a title, with buttons to page through the rest.
QString ActivationsPanel::pageTitle(int branch) const
{
    const auto& b = result_->branches[branch];
    const int shown = int(b.maps.size());
    if (shown <= kChannelsPerPage)
        return tr("<b>%1</b><br>%2 · %n channel(s)", nullptr, b.channels).arg(b.name.toHtmlEscaped(), b.shape);
    const int first = pageFirst(branch), last = std::min(shown, first + kChannelsPerPage);
    return tr("<b>%1</b><br>%2<br>channels %3–%4 of %5 shown")
        .arg(b.name.toHtmlEscaped(), b.shape)
        .arg(first + 1)
        .arg(last)
        .arg(b.channels);
}

int ActivationsPanel::pageFirst(int branch) const
{
    return branch >= 0 && branch < pages_.size() ? pages_[branch].grid->first() : 0;
}

void ActivationsPanel::showPage(int branch, int first)
{
    if (!result_ || branch < 0 || branch >= pages_.size())
        return;
    const int shown = int(result_->branches[branch].maps.size());
    first = std::clamp(first - first % kChannelsPerPage, 0, std::max(0, (shown - 1) / kChannelsPerPage * kChannelsPerPage));
    Page& page = pages_[branch];
    page.grid->showPage(first);
    firstChannel_[result_->branches[branch].id] = first;
    page.title->setText(pageTitle(branch));
    if (page.previous) {
        page.previous->setEnabled(first > 0);
        page.next->setEnabled(first + kChannelsPerPage < shown);
    }
}

QWidget* ActivationsPanel::branchColumn(int i)
{
    const auto& r = *result_;
    const auto& b = r.branches[i];
    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    Page page;
    page.title = new QLabel;
    layout->addWidget(page.title);
    if (b.knockedOut) {  // the maps are dark (zero) or flat (mean) because of the knockout, not the image
        auto* knocked = new QLabel(b.knockedOut == 2 ? QObject::tr("knocked out: each channel set to its mean")
                                                     : QObject::tr("knocked out: set to zero"));
        knocked->setWordWrap(true);  // no wider than the maps under it
        knocked->setMaximumWidth(std::max(160, b.columns * (b.cell + b.gap) + b.gap));
        knocked->setObjectName(QStringLiteral("knockedOut"));
        knocked->setStyleSheet(QStringLiteral("color: #802090; font-weight: bold;"));
        layout->addWidget(knocked);
    }
    if (b.maps.size() > kChannelsPerPage) {  // more channels than a page: buttons through them
        auto* buttons = new QHBoxLayout;
        page.previous = new QToolButton;
        page.previous->setArrowType(Qt::LeftArrow);
        page.previous->setObjectName(QStringLiteral("previousChannels"));
        page.previous->setToolTip(tr("The previous %1 channels").arg(kChannelsPerPage));
        page.next = new QToolButton;
        page.next->setArrowType(Qt::RightArrow);
        page.next->setObjectName(QStringLiteral("nextChannels"));
        page.next->setToolTip(tr("The next %1 channels").arg(kChannelsPerPage));
        connect(page.previous, &QToolButton::clicked, this, [this, i] { showPage(i, pageFirst(i) - kChannelsPerPage); });
        connect(page.next, &QToolButton::clicked, this, [this, i] { showPage(i, pageFirst(i) + kChannelsPerPage); });
        buttons->addWidget(page.previous);
        buttons->addWidget(page.next);
        buttons->addStretch(1);
        layout->addLayout(buttons);
    }
    auto* grid = new ChannelGridLabel(b, [this, i](int channel) { showChannel(i, channel); });
    page.grid = grid;
    grids_ << grid;
    pages_ << page;
    const auto kept = firstChannel_.find(b.id);
    showPage(i, kept != firstChannel_.end() ? kept->second : 0);
    // The branch's Grad-CAM term (when Grad-CAM is on) beside its channel grid.
    auto* gridRow = new QHBoxLayout;
    gridRow->addWidget(grid, 0, Qt::AlignTop);
    for (const auto& t : r.explain.terms)
        if (t.id == b.id)
            gridRow->addWidget(termLabel(t, r.explain), 0, Qt::AlignTop);
    layout->addLayout(gridRow);
    if (conductanceApplies())
        for (const auto& t : conductance_->terms)
            if (t.id == b.id) {
                layout->addWidget(conductanceBar(t, *conductance_));
                ++conductanceShown_;
            }
    if (b.energyShare >= 0) {  // only a module's branches share its output
        auto* share =
            new QLabel(tr("%1 % of the module's output energy").arg(QLocale().toString(100 * b.energyShare, 'f', 1)));
        share->setWordWrap(true);
        share->setMaximumWidth(std::max(grid->pixmap().width(), 160));
        layout->addWidget(share);
    }
    layout->addStretch(1);
    return column;
}

void ActivationsPanel::showResult(const InferenceResult& r)
{
    if (r.branches.isEmpty()) {
        showHint(tr("Select a module to see what its branches computed."));
        return;
    }
    const int keepBranch = focusBranch_, keepChannel = focusChannel_;
    const bool sameModule = result_ && result_->nodeId == r.nodeId && result_->branches.size() == r.branches.size();
    keepChannelWidgets();
    focus_->reset();
    result_ = std::make_unique<InferenceResult>(r);
    auto* content = new QWidget;
    auto* row = new FlowLayout(content);  // wraps in a narrow dock: no horizontal scrolling
    grids_.clear();
    pages_.clear();
    if (!sameModule)  // another module starts at its first channels; the same one keeps its pages
        firstChannel_.clear();
    conductanceShown_ = 0;
    QStringList branchIds;
    for (int i = 0; i < r.branches.size(); ++i) {
        row->addWidget(branchColumn(i));
        branchIds << r.branches[i].id;
    }
    if (conductanceApplies()) {  // what the bars add up to, and a residual block's identity
        row->addWidget(conductanceSummary(*conductance_, branchIds));
        for (const auto& t : conductance_->terms)
            conductanceShown_ += branchIds.contains(t.id) ? 0 : 1;
    }
    // Terms that are no branch: a residual block's identity path and its projection's bias.
    terms_ = 0;
    for (const auto& t : r.explain.terms) {
        ++terms_;
        bool isBranch = false;
        for (const auto& b : r.branches)
            isBranch = isBranch || b.id == t.id;
        if (isBranch)
            continue;
        auto* term = new QWidget;
        auto* column = new QVBoxLayout(term);
        column->setContentsMargins(0, 0, 0, 0);
        column->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(t.name.toHtmlEscaped())));
        column->addWidget(termLabel(t, r.explain));
        column->addStretch(1);
        row->addWidget(term);
    }
    // The enlarged channel, and the same map upsampled over the network's input.
    auto* focusColumn = new QWidget;
    auto* focus = new QVBoxLayout(focusColumn);
    focus->setContentsMargins(0, 0, 0, 0);
    focus->addWidget(focus_);
    if (below_)
        focus->addWidget(below_);
    focus->addStretch(1);
    row->addWidget(focusColumn);
    if (beside_)
        row->addWidget(beside_);
    setWidget(content);
    for (QWidget* w : {static_cast<QWidget*>(focus_), below_.data(), beside_.data()})
        if (w)
            w->show();
    branches_ = r.branches.size();
    focusBranch_ = focusChannel_ = -1;
    if (sameModule && keepBranch >= 0)
        showChannel(keepBranch, keepChannel);  // live updates keep the enlarged channel
    else
        emit moduleChanged();
}

bool ActivationsPanel::conductanceApplies() const
{
    return result_ && !result_->live && !conductance_->empty() && conductance_->node == result_->nodeId &&
           conductance_->path == result_->path && conductance_->variant == result_->variant;
}

void ActivationsPanel::showConductance(const ConductanceView& view)
{
    *conductance_ = view;
    if (result_ && !result_->branches.isEmpty()) {
        const InferenceResult shown = *result_;  // showResult replaces result_
        showResult(shown);
    }
}

void ActivationsPanel::clearConductance()
{
    if (conductance_->empty())
        return;
    *conductance_ = ConductanceView();
    if (result_ && !result_->branches.isEmpty() && conductanceShown_ > 0) {
        const InferenceResult shown = *result_;
        showResult(shown);
    }
}

void ActivationsPanel::showChannel(int branch, int channel)
{
    if (!result_ || branch < 0 || branch >= result_->branches.size())
        return;
    const auto& b = result_->branches[branch];
    if (channel < 0 || channel >= b.maps.size())
        return;
    focusBranch_ = branch;
    focusChannel_ = channel;
    focus_->show(b, channel, result_->input);
    emit channelShown(branch, channel);
}

QString ActivationsPanel::branchId(int branch) const
{
    return result_ && branch >= 0 && branch < result_->branches.size() ? result_->branches[branch].id : QString();
}

QImage ActivationsPanel::focusedMap() const { return focusBranch_ >= 0 ? focus_->map() : QImage(); }

QImage ActivationsPanel::focusedOverlay() const { return focusBranch_ >= 0 ? focus_->overlay() : QImage(); }

QString ActivationsPanel::focusedTitle() const { return focus_->titleText(); }

QRect ActivationsPanel::fieldRect(int branch, int y, int x) const
{
    if (!result_ || branch < 0 || branch >= result_->branches.size())
        return {};
    return ChannelFocus::fieldRect(result_->branches[branch], result_->input, y, x);
}

void ActivationsPanel::showField(QPointF at)
{
    if (focusBranch_ >= 0)
        focus_->showField(at);
}

QRect ActivationsPanel::lastField() const { return focus_->lastField(); }

QLabel* ActivationsPanel::gridLabel(int branch) const
{
    return branch >= 0 && branch < grids_.size() ? grids_[branch] : nullptr;
}

}  // namespace explorer
