#pragma once
// Knockouts: nodes set to zero (or each channel to its spatial mean) in every analysis, file or
// live, until restored; drawn struck through in the diagram. Restoring them one by one or all at
// once (Ctrl+Shift+R); a new network starts whole. The knockout sweep of a module's branches (a
// dialog) starts here too.
#include <QObject>

#include <map>
#include <string>

class QAction;
class QMenu;
class QWidget;

namespace inception::arch {
struct NetworkDesc;
}

namespace explorer {

class DiagramScene;
class DiagramView;
class InferenceService;
class SweepDialog;

class KnockoutController : public QObject {
    Q_OBJECT
public:
    KnockoutController(InferenceService* service, DiagramScene* scene, DiagramView* view, QWidget* window);

    void knockOut(const QString& id, bool mean);
    void restore(const QString& id);
    void restoreAll();
    void setKnockouts(const std::map<std::string, bool>& knockouts);  // id -> mean instead of zero
    const std::map<std::string, bool>& knockouts() const { return knockouts_; }
    // The sweep of `module`'s branches on the current image (more images and folders can be added
    // there). Null, with the reason in message(), where it cannot run.
    SweepDialog* openSweep(const QString& module);
    // Knock out (zero / mean), Restore, Restore all, Sweep its branches… for the diagram's context
    // menu (disabled with the reason where they cannot apply).
    // `drawn`: the network the diagram shows.
    void addNodeActions(QMenu& menu, const QString& id, const inception::arch::NetworkDesc& drawn);

signals:
    void changed();  // the knockouts to apply changed
    void message(const QString& text, int timeout);

private:
    void show();  // the diagram and its legend

    InferenceService* service_;
    DiagramScene* scene_;
    DiagramView* view_;
    QWidget* window_;
    std::map<std::string, bool> knockouts_;
};

}  // namespace explorer
