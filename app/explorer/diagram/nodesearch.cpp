#include "explorer/diagram/nodesearch.h"

#include <algorithm>

#include "explorer/diagram/diagramscene.h"
#include "explorer/diagram/diagramview.h"

namespace explorer {

NodeSearch::NodeSearch(DiagramView* view, QWidget* parent) : QLineEdit(parent), view_(view)
{
    setPlaceholderText(tr("Find node (Ctrl+F)"));
    setClearButtonEnabled(true);
    // Wide enough for the placeholder in every language (with the clear button and the frame).
    const int placeholder = fontMetrics().horizontalAdvance(placeholderText());
    setMinimumWidth(placeholder + fontMetrics().height() + 24);
    setMaximumWidth(std::max(220, minimumWidth()));
    connect(this, &QLineEdit::returnPressed, this, &NodeSearch::run);
}

void NodeSearch::run()
{
    const auto hits = static_cast<DiagramScene*>(view_->scene())->search(text());
    if (hits.empty()) {
        emit message(tr("No node matches “%1”").arg(text()), 4000);
        return;
    }
    view_->selectNode(QString::fromStdString(hits.front()));
    emit message(tr("%n match(es)", nullptr, int(hits.size())), 4000);
}

}  // namespace explorer
