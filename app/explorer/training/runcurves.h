#pragma once
// The curves of one training run, read from its metrics.csv (written by the trainer, by this
// window or by `inception-cli train`): the file is read incrementally, so a run still being
// written is followed as it grows. No LibTorch here.
#include <QColor>
#include <QPointF>
#include <QString>
#include <QVector>

namespace explorer {

struct RunCurves {
    QString name;   // shown in the legend
    QString dir;    // the run folder
    QColor colour;
    QVector<QPointF> stepLoss, stepAccuracy;    // x: step
    QVector<QPointF> epochLoss, epochAccuracy;  // train means, at the epoch's last step
    QVector<QPointF> valLoss, valAccuracy;
    qint64 readOffset = 0;  // bytes of metrics.csv consumed (whole lines only)
    int epochs = 0;
    qint64 lastStep = 0;

    // Reads the lines appended since the last call. A file that shrank (a resumed run drops
    // the rows after its checkpoint) is read again from the start. Returns the number of rows
    // read; a malformed row is skipped and counted in *skipped.
    int update(int* skipped = nullptr);
    // The first step whose validation accuracy reached `threshold` (0..1); -1 if none.
    qint64 stepsToReach(double threshold) const;
};

// Exponential moving average (bias-corrected like TensorBoard's): weight 0 returns the points.
QVector<QPointF> smoothed(const QVector<QPointF>& points, double weight);

}  // namespace explorer
