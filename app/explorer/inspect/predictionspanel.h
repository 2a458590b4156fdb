#pragma once
#include <QWidget>

class QLabel;
class QProgressBar;

namespace explorer {

struct InferenceResult;

// The image, its top-5 classes as bars, the model, device and forward time.
class PredictionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit PredictionsPanel(QWidget* parent = nullptr);
    void showResult(const InferenceResult& result);
    // `detail` (the core's technical text) opens under the message with "Details".
    void showError(const QString& message, const QString& detail = QString());
    void showBusy(const QString& what);
    // Another network is opening: the previous one's classes and numbers go, `what` says so.
    void showPending(const QString& what);  // empty: nothing pending (no image yet)
    QString text() const;  // what the panel says, for tests
    // The shown top-5: class indices, probabilities, and (with knockouts) the probabilities
    // before; empty `before` without knockouts.
    QVector<int> shownClasses() const { return classes_; }
    QVector<float> shownProbabilities() const { return after_; }
    QVector<float> shownBefore() const { return before_; }

private:
    QLabel* thumbnail_;
    QLabel* status_;
    QLabel* warning_;
    QLabel* detail_;
    QList<QLabel*> labels_;
    QList<QProgressBar*> bars_;
    QList<QProgressBar*> beforeBars_;
    QLabel* knockout_;
    QVector<int> classes_;
    QVector<float> after_, before_;
};

}  // namespace explorer
