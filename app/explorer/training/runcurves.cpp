#include "explorer/training/runcurves.h"

#include <QFile>

#include <cmath>

namespace explorer {

int RunCurves::update(int* skipped)
{
    QFile f(dir + QStringLiteral("/metrics.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    if (f.size() < readOffset) {  // rewritten: start over
        RunCurves fresh;
        fresh.name = name;
        fresh.dir = dir;
        fresh.colour = colour;
        *this = fresh;
    }
    f.seek(readOffset);
    const QByteArray bytes = f.readAll();
    const qsizetype end = bytes.lastIndexOf('\n');
    if (end < 0)
        return 0;
    int rows = 0;
    for (const QByteArray& line : bytes.left(end).split('\n')) {
        const QList<QByteArray> c = line.trimmed().split(',');
        if (c.size() < 5 || c[0] == "kind")
            continue;
        bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
        const int epoch = c[1].toInt(&ok1);
        const qint64 step = c[2].toLongLong(&ok2);
        const double loss = c[3].toDouble(&ok3), accuracy = c[4].toDouble(&ok4);
        if (!(ok1 && ok2 && ok3 && ok4)) {
            if (skipped)
                ++*skipped;
            continue;
        }
        const QPointF l(double(step), loss), a(double(step), 100.0 * accuracy);
        if (c[0] == "step") {
            stepLoss << l;
            stepAccuracy << a;
            lastStep = std::max(lastStep, step);
        } else if (c[0] == "epoch") {
            epochLoss << l;
            epochAccuracy << a;
            epochs = std::max(epochs, epoch);
        } else if (c[0] == "validation") {
            valLoss << l;
            valAccuracy << a;
        } else {
            if (skipped)
                ++*skipped;
            continue;
        }
        ++rows;
    }
    readOffset += end + 1;
    return rows;
}

qint64 RunCurves::stepsToReach(double threshold) const
{
    for (const auto& p : valAccuracy)
        if (p.y() >= 100.0 * threshold)
            return qint64(p.x());
    return -1;
}

QVector<QPointF> smoothed(const QVector<QPointF>& points, double weight)
{
    if (weight <= 0)
        return points;
    QVector<QPointF> out;
    out.reserve(points.size());
    double ema = 0;
    int n = 0;
    for (const auto& p : points) {
        ema = weight * ema + (1 - weight) * p.y();
        ++n;
        out << QPointF(p.x(), ema / (1 - std::pow(weight, n)));
    }
    return out;
}

}  // namespace explorer
