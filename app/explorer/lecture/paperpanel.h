#pragma once
// The "Paper vs implementation" dock: for the variant shown, where the reference whose weights
// the project loads differs from the paper, with the source lines that show it; clicking an item
// opens, highlights and frames its nodes.
#include <QSplitter>

class QListWidget;
class QTextBrowser;

namespace explorer {

class DiagramScene;
class DiagramView;

class PaperPanel : public QSplitter {
    Q_OBJECT
public:
    PaperPanel(DiagramScene* scene, DiagramView* view, QWidget* parent = nullptr);
    void showVariant(const QString& id);
    void showItem(int row);  // 0-based row of the list
    int itemCount() const;
    QString text() const;    // the shown item, plain

private:
    DiagramScene* scene_;
    DiagramView* view_;
    QListWidget* list_;
    QTextBrowser* text_;
};

}  // namespace explorer
