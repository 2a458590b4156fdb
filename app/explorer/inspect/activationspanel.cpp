#include "explorer/inspect/activationspanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <functional>

#include "explorer/inference/inferenceresult.h"
#include "explorer/inspect/channelfocus.h"
#include "vision/colormap.h"

namespace explorer {

namespace {

// A grid picture that reports which cell was clicked.
class GridLabel : public QLabel {
public:
    GridLabel(const BranchView& b, std::function<void(int)> onCell) : b_(b), onCell_(std::move(onCell))
    {
        setPixmap(QPixmap::fromImage(b.grid));
        setCursor(Qt::PointingHandCursor);
        setToolTip(ActivationsPanel::tr("Click a channel to enlarge it and lay it over the input"));
    }

protected:
    void mousePressEvent(QMouseEvent* event) override
    {
        const QPoint p = event->position().toPoint();
        const int step = b_.cell + b_.gap;
        const int col = (p.x() - b_.gap) / step, row = (p.y() - b_.gap) / step;
        const int inCellX = (p.x() - b_.gap) % step, inCellY = (p.y() - b_.gap) % step;
        const int index = row * b_.columns + col;
        if (p.x() >= b_.gap && p.y() >= b_.gap && col < b_.columns && inCellX < b_.cell && inCellY < b_.cell &&
            index < b_.maps.size())
            onCell_(index);
    }

private:
    BranchView b_;
    std::function<void(int)> onCell_;
};

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
    focus_->hide();
    setWidgetResizable(true);
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
    branches_ = 0;
    terms_ = 0;
    focusBranch_ = focusChannel_ = -1;
    emit moduleChanged();
}

QWidget* ActivationsPanel::branchColumn(int i)
{
    const auto& r = *result_;
    const auto& b = r.branches[i];
    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    const int shown = int(b.maps.size());
    const QString title = shown > 0 && shown < b.channels
                              ? tr("<b>%1</b><br>%2<br>the first %3 of %4 channels")
                                    .arg(b.name.toHtmlEscaped(), b.shape)
                                    .arg(shown)
                                    .arg(b.channels)
                              : tr("<b>%1</b><br>%2 · %n channel(s)", nullptr, b.channels).arg(b.name.toHtmlEscaped(), b.shape);
    layout->addWidget(new QLabel(title));
    auto* grid = new GridLabel(b, [this, i](int channel) { showChannel(i, channel); });
    grids_ << grid;
    // The branch's Grad-CAM term (when Grad-CAM is on) beside its channel grid.
    auto* gridRow = new QHBoxLayout;
    gridRow->addWidget(grid, 0, Qt::AlignTop);
    for (const auto& t : r.explain.terms)
        if (t.id == b.id)
            gridRow->addWidget(termLabel(t, r.explain), 0, Qt::AlignTop);
    layout->addLayout(gridRow);
    if (b.energyShare >= 0) {  // only a module's branches share its output
        auto* share =
            new QLabel(tr("%1 % of the module's output energy").arg(QLocale().toString(100 * b.energyShare, 'f', 1)));
        share->setWordWrap(true);
        share->setMaximumWidth(std::max(b.grid.width(), 160));
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
    auto* row = new QHBoxLayout(content);
    grids_.clear();
    for (int i = 0; i < r.branches.size(); ++i)
        row->addWidget(branchColumn(i));
    // Terms that are no branch: a residual block's identity path and its projection's bias.
    terms_ = 0;
    for (const auto& t : r.explain.terms) {
        ++terms_;
        bool isBranch = false;
        for (const auto& b : r.branches)
            isBranch = isBranch || b.id == t.id;
        if (isBranch)
            continue;
        auto* column = new QVBoxLayout;
        column->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(t.name.toHtmlEscaped())));
        column->addWidget(termLabel(t, r.explain));
        column->addStretch(1);
        row->addLayout(column);
    }
    // The enlarged channel, and the same map upsampled over the network's input.
    auto* focus = new QVBoxLayout;
    focus->addWidget(focus_);
    if (below_)
        focus->addWidget(below_);
    focus->addStretch(1);
    row->addLayout(focus);
    if (beside_)
        row->addWidget(beside_);
    row->addStretch(1);
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
