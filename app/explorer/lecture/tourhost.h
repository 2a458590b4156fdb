#pragma once
// What a tour asks of the window it plays in, beyond the network, the diagram and the figures it
// drives itself: the docks, the knockouts and Grad-CAM (the explanation's), the training runs
// shown, and the audience view while the presenter view is open. The window implements it; the
// tour never sees the window's parts.
#include <QStringList>

#include <map>
#include <string>

class QWidget;

namespace explorer {

class TourHost {
public:
    virtual ~TourHost() = default;
    virtual void showDocks(const QStringList& names) = 0;  // these docks shown, the others hidden
    virtual QStringList visibleDocks() const = 0;
    virtual void setKnockouts(const std::map<std::string, bool>& knockouts) = 0;  // id -> mean
    virtual std::map<std::string, bool> knockouts() const = 0;
    virtual void setGradCam(bool on) = 0;
    virtual bool gradCam() const = 0;
    virtual void openRun(const QString& dir) = 0;  // a training run's curves in the Training dock
    // The audience sees only the diagram, the tour bar and the step's docks (presenter view open).
    virtual void setPresenting(bool on) = 0;
    virtual QWidget* audienceWindow() = 0;  // the window the audience sees
    // The widget inside the dock `name` (the handout's pictures: predictions, activations, …);
    // null when there is none.
    virtual QWidget* dockContents(const QString& name) { return nullptr; }
};

}  // namespace explorer
