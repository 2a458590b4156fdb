#pragma once
// Find node (Ctrl+F): ids and names containing the text; the first match is revealed, selected
// and centred, and the status says how many matched.
#include <QLineEdit>

namespace explorer {

class DiagramView;

class NodeSearch : public QLineEdit {
    Q_OBJECT
public:
    explicit NodeSearch(DiagramView* view, QWidget* parent = nullptr);
    void run();

signals:
    void message(const QString& text, int timeout);

private:
    DiagramView* view_;
};

}  // namespace explorer
