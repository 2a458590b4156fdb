#pragma once
// What a channel has learned, in the window: "What does this channel look for?" (feature
// visualisation through the disk cache), the dataset examples of an indexed folder (indexing with
// progress and Cancel; the folder remembered), and DeepDream at a node (a dialog). Each runs on a
// BackgroundJob of its own; the ChannelPanel beside the Activations dock's enlarged channel shows
// them.
#include <QObject>
#include <QString>

#include <memory>

class QMenu;

namespace inception::arch {
struct NetworkDesc;
}

namespace explorer {

class ActivationsPanel;
class BackgroundJob;
class ChannelPanel;
class DreamDialog;
class InferenceService;

class ChannelController : public QObject {
    Q_OBJECT
public:
    // `activations`: where the enlarged channel is chosen (the panel's widgets are placed there).
    ChannelController(InferenceService* service, ActivationsPanel* activations, QWidget* window);
    ChannelPanel* panel() const { return panel_; }

    // `images` > 1: that many pictures pushed apart by the diversity term, in one row.
    void runLookFor(const QString& node, int channel, int steps = 256, int images = 1);
    void cancelLookFor();
    // Indexes `dir` for the current network (progress and Cancel in the panel; remembered).
    void indexExamples(const QString& dir);
    void cancelIndexing();
    void showExamplesFor(const QString& node, int channel);
    QString examplesFolder() const { return examplesFolder_; }
    // DeepDream at `node` on the current image (a dialog). Null, with the reason in message(),
    // where it cannot run.
    DreamDialog* openDream(const QString& node);
    // "DeepDream here…" for the diagram's context menu (disabled with the reason where it cannot
    // apply); `drawn`: the network the diagram shows.
    void addNodeActions(QMenu& menu, const QString& node, const inception::arch::NetworkDesc& drawn);

signals:
    void lookForFinished(bool cancelled);
    void indexFinished(bool ok);
    void examplesShown();
    void message(const QString& text, int timeout);

private:
    void onChannelShown(int branch, int channel);

    InferenceService* service_;
    ActivationsPanel* activations_;
    QWidget* window_;
    ChannelPanel* panel_;
    BackgroundJob* look_;
    BackgroundJob* index_;
    BackgroundJob* examples_;
    QString examplesFolder_;
};

}  // namespace explorer
