#pragma once
// The live view: a camera, a video or a folder played as a slide show through the network
// (LiveCapture), its dock (LivePanel) with the rates of the last second, the toolbar's source
// chooser, and the top-5 smoothed over frames so that the bars do not flicker.
#include <QObject>

#include <map>

class QComboBox;
class QTimer;
class QToolBar;
class QWidget;

namespace explorer {

class InferenceService;
class LiveCapture;
class LivePanel;
struct InferenceResult;
struct LiveStats;

class LiveController : public QObject {
    Q_OBJECT
public:
    // `window`: the parent of the file dialogs.
    LiveController(InferenceService* service, QWidget* window);
    ~LiveController() override;

    LivePanel* panel() const { return panel_; }
    void addSourceBoxTo(QToolBar* bar);

    // "cam:N", a video file or a folder.
    void start(const QString& spec);
    void stop();
    void startCamera();  // the first camera that opens, or an error
    bool running() const;
    LiveStats stats() const;
    void setNode(const QString& id);  // the node whose branches each frame shows

    // A live result arrived: false when the view stopped meanwhile (the result is dropped).
    bool accept(const InferenceResult& r);
    // The result as the Predictions dock shows it live: an exponential average over frames.
    InferenceResult smoothed(const InferenceResult& r);
    // The Grad-CAM map over the part of the frame the network saw.
    void showExplanation(const InferenceResult& r, double opacity);

signals:
    void started(const QString& description);
    void stopped();
    void frameShown();
    void resultReady(const explorer::InferenceResult& result);  // a frame's
    void message(const QString& text, int timeout);
    void error(const QString& message, const QString& detail);

private:
    void updateStats();

    InferenceService* service_;
    QWidget* window_;
    LiveCapture* capture_;
    LivePanel* panel_;
    QTimer* timer_;
    QComboBox* source_;
    qint64 results_ = 0, lastResults_ = 0, lastDecoded_ = 0;
    double lastForwardMs_ = 0;
    std::map<QString, double> smoothed_;
};

}  // namespace explorer
