#pragma once
// The Training dock: choose a network, a dataset and hyper-parameters; start, pause (a
// checkpoint is written; Resume continues the same curve), stop; live curves of loss and
// accuracy (train per step, smoothed; train per epoch; validation) for several runs overlaid,
// log scale, export as PNG or CSV; open any run folder, also one `inception-cli train` is still
// writing, and follow it. Every curve is read from the run's metrics.csv, so a run of this
// window and a run of the command line are drawn alike.
#include <QImage>
#include <QPointer>
#include <QString>
#include <QVector>
#include <QWidget>

#include <memory>

#include "explorer/common/backgroundjob.h"
#include "explorer/training/runcurves.h"

class QChart;
class QCheckBox;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTimer;

namespace explorer {

struct TrainRequest {
    QString network = QStringLiteral("mini_inception");
    QString dataset = QStringLiteral("fashion-mnist");  // fashion-mnist, cifar10:DIR, folder:DIR
    double width = 0.25;
    int epochs = 1;
    int batch = 128;
    double lr = 0.1;
    QString optimizer = QStringLiteral("sgd");
    int images = 0;          // training images used (0: all)
    int validateEvery = 50;  // steps
    int threads = 0;         // 0: all cores
    QString runDir;          // empty: a new folder under the application's data folder
    bool resume = false;
};

class TrainingPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPanel(QWidget* parent = nullptr);
    ~TrainingPanel() override;

    TrainRequest request() const;  // the form's values
    void setRequest(const TrainRequest& r);
    void startRun(const TrainRequest& r);
    // The teaching pair, one after the other, overlaid: mini_inception then mini_inception_nobn.
    void startBnComparison();
    void pause();   // the run stops at the next step with a checkpoint; resume() continues it
    void resume();
    void stop();    // also drops the runs still queued
    bool running() const;
    QString currentRunDir() const;  // the run in progress (empty when none)
    int queued() const { return int(queue_.size()); }  // runs waiting for the current one
    bool paused() const { return paused_; }

    // Adds a run folder's curves and follows the file while it grows. False (and an error
    // signal) when the folder has no metrics.csv.
    bool openRun(const QString& dir);
    void clearRuns();
    void pollNow();  // reads what the followed runs appended
    const QVector<RunCurves>& runs() const { return runs_; }

    void setSmoothing(double weight);  // 0..0.99
    void setLogScale(bool on);
    // The step axis spans the newest run only (older, longer runs are cut at its last step), so
    // a new run is not a dot on a preloaded run's 1,500 steps. On by default.
    void setFitNewest(bool on);
    double stepAxisMax() const;  // the loss chart's step axis, as drawn
    bool exportPng(const QString& path);  // both charts at 1600x640, with a key to the line styles
    QImage renderCharts(QSize size) const;
    bool exportCsv(const QString& path);
    QWidget* chartsWidget() const { return charts_; }
    int pointsDrawn() const;  // in every series of both charts (tests)

signals:
    void runStarted(const QString& dir);
    void runEnded(const QString& dir, bool finished, const QString& error);  // finished: all epochs
    void curvesUpdated();
    void errorOccurred(const QString& message);

private:
    // A chart view with the dock's title, margins and key placement (trainingpanel_charts.cpp).
    static QChartView* makeChartView(const QString& title);
    void buildForm();
    // Rows that wrap in a narrow dock (FlowLayout).
    QWidget* buildFields();
    QWidget* buildButtons();
    QWidget* buildOptions();
    void launch(const TrainRequest& r);
    bool train(const TrainRequest& r, BackgroundJob::Context& ctx);
    void onRunEnded(const QString& dir, bool stopped, const QString& error, const QString& detail);
    void redraw();
    void fillChart(QChart* chart, bool loss) const;
    void updateButtons();
    int runIndex(const QString& dir) const;

    QComboBox* network_;
    QComboBox* dataset_;
    QDoubleSpinBox* width_;
    QSpinBox* epochs_;
    QSpinBox* batch_;
    QDoubleSpinBox* lr_;
    QComboBox* optimizer_;
    QSpinBox* images_;
    QPushButton* start_;
    QPushButton* pause_;
    QPushButton* stop_;
    QPushButton* preset_;
    QProgressBar* progress_;
    QLabel* status_;
    QSlider* smoothing_;
    QCheckBox* fitNewest_ = nullptr;
    bool fitNewestOn_ = true;
    QCheckBox* logScale_;
    QWidget* charts_;
    QChartView* lossView_;
    QChartView* accuracyView_;
    QTimer* poll_;

    QVector<RunCurves> runs_;
    QVector<TrainRequest> queue_;
    TrainRequest current_;
    BackgroundJob* job_;
    bool training_ = false;  // from launch until the run's end is reported
    bool paused_ = false, stopping_ = false;
    double smoothingWeight_ = 0.6;
    int validateEvery_ = 50, threads_ = 0;
    bool log_ = false;
};

}  // namespace explorer
