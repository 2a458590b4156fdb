#pragma once
// The Figures menu: each classic figure of the papers opened from the live model — its variant
// (opened first when another is shown), its modules opened, its node framed — with a caption bar
// above the diagram saying the idea it teaches and the framed node's numbers.
#include <QObject>
#include <QString>

class QLabel;
class QMenuBar;
class QWidget;

namespace explorer {

class DiagramScene;
class DiagramView;
class InferenceService;
class RunChoices;

class FigureController : public QObject {
    Q_OBJECT
public:
    FigureController(InferenceService* service, RunChoices* choices, DiagramScene* scene, DiagramView* view,
                     QObject* parent = nullptr);

    QWidget* captionBar() const { return bar_; }  // for the window to place above the diagram
    void addMenuTo(QMenuBar* bar);

    // Switches variant first when needed (the figure appears when the network is open).
    void showFigure(const QString& name);
    // The figure on the network shown now (its variant must be open, unless it is synthetic).
    void applyFigure(const QString& name);
    QString captionText() const;  // empty while hidden
    void hideCaption();
    // While a tour is open its bar shows the captions: figures keep theirs hidden.
    void setCaptionsShown(bool on) { captionsShown_ = on; }

signals:
    void figureShown(const QString& name);
    void error(const QString& message);

private:
    InferenceService* service_;
    RunChoices* choices_;
    DiagramScene* scene_;
    DiagramView* view_;
    QWidget* bar_;
    QLabel* caption_;
    QString pending_;
    bool captionsShown_ = true;
};

}  // namespace explorer
