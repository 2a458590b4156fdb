#pragma once
// Every image of a folder classified in turn, in name order, through the InferenceService: a
// progress bar with Cancel (for the status bar), and what came of it at the end. An image that
// cannot be read is counted and the run goes on.
#include <QObject>
#include <QStringList>

class QProgressBar;
class QToolButton;
class QWidget;

namespace explorer {

class InferenceService;
struct InferenceResult;

class FolderRun : public QObject {
    Q_OBJECT
public:
    FolderRun(InferenceService* service, QObject* parent = nullptr);

    QWidget* progressWidget() const { return widget_; }  // hidden while no folder runs
    void start(const QString& dir);  // a run still going is cancelled first
    void cancel();
    bool running() const { return !queue_.isEmpty(); }

signals:
    void message(const QString& text, int timeout);
    void error(const QString& message);
    void finished(int classified, int failed, bool cancelled);

private:
    void onResult(const InferenceResult& r);
    void onImageFailed(const QString& path);
    void step();
    void setRunning(bool on);

    InferenceService* service_;
    QWidget* widget_;
    QProgressBar* progress_;
    QToolButton* cancel_;
    QStringList queue_;
    QString dir_;
    int total_ = 0, done_ = 0, failed_ = 0;
};

}  // namespace explorer
