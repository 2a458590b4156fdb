#include "activationspanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "inferenceworker.h"

namespace explorer {

ActivationsPanel::ActivationsPanel(QWidget* parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    showHint(tr("Select a module, then drop an image: each branch's output appears here."));
}

void ActivationsPanel::showHint(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    setWidget(label);
    content_ = label;
    branches_ = 0;
}

void ActivationsPanel::showResult(const InferenceResult& r)
{
    if (r.branches.isEmpty()) {
        showHint(tr("Select a module to see what its branches computed."));
        return;
    }
    auto* content = new QWidget;
    auto* row = new QHBoxLayout(content);
    for (const auto& b : r.branches) {
        auto* column = new QVBoxLayout;
        auto* title = new QLabel(tr("<b>%1</b><br>%2 · %n channel(s)", nullptr, b.channels).arg(b.name.toHtmlEscaped(), b.shape));
        column->addWidget(title);
        auto* grid = new QLabel;
        grid->setPixmap(QPixmap::fromImage(b.grid));
        column->addWidget(grid);
        auto* share = new QLabel(tr("%1 % of the module's output energy").arg(QLocale().toString(100 * b.energyShare, 'f', 1)));
        share->setWordWrap(true);
        share->setMaximumWidth(std::max(b.grid.width(), 160));
        column->addWidget(share);
        column->addStretch(1);
        row->addLayout(column);
    }
    row->addStretch(1);
    setWidget(content);
    content_ = content;
    branches_ = r.branches.size();
}

}  // namespace explorer
