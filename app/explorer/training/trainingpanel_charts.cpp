// The Training dock's curves: loss and accuracy charts from the runs' metrics, smoothing and
// log scale, and their export as PNG and CSV. (Forms, runs and polling: trainingpanel.cpp.)
#include "explorer/training/trainingpanel.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>
#include <QFileInfo>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QSaveFile>
#include <QScatterSeries>
#include <QTextStream>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace explorer {

QChartView* TrainingPanel::makeChartView(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 200);
    return view;
}

void TrainingPanel::setSmoothing(double weight)
{
    smoothingWeight_ = std::clamp(weight, 0.0, 0.99);
    if (smoothing_->value() != int(std::lround(smoothingWeight_ * 100)))
        smoothing_->setValue(int(std::lround(smoothingWeight_ * 100)));
    redraw();
}

void TrainingPanel::setLogScale(bool on)
{
    log_ = on;
    if (logScale_->isChecked() != on)
        logScale_->setChecked(on);
    redraw();
}

void TrainingPanel::setFitNewest(bool on)
{
    fitNewestOn_ = on;
    if (fitNewest_ && fitNewest_->isChecked() != on)
        fitNewest_->setChecked(on);
    redraw();
}

double TrainingPanel::stepAxisMax() const
{
    for (auto* a : lossView_->chart()->axes(Qt::Horizontal))
        if (auto* v = qobject_cast<QValueAxis*>(a))
            return v->max();
    return 0;
}

// The last step the axis shows: the newest run's (at least 10) when fitting it, else every run's.
static double stepLimit(const QVector<RunCurves>& runs, bool fitNewest)
{
    double last = 0;
    auto lastOf = [](const RunCurves& r) {
        double m = 0;
        for (const auto* points : {&r.stepLoss, &r.valLoss, &r.epochLoss})
            for (const auto& p : *points)
                m = std::max(m, p.x());
        return m;
    };
    if (fitNewest && runs.size() > 1)
        return std::max(10.0, lastOf(runs.last()));
    for (const auto& r : runs)
        last = std::max(last, lastOf(r));
    return std::max(1.0, last);
}

void TrainingPanel::fillChart(QChart* chart, bool loss) const
{
    chart->removeAllSeries();
    for (auto* a : chart->axes())
        chart->removeAxis(a);
    const double maxStep = stepLimit(runs_, fitNewestOn_);
    double lo = 1e300, hi = -1e300;
    QVector<QXYSeries*> all;
    for (const auto& r : runs_) {
        auto* train = new QLineSeries;
        train->setName(tr("%1 train").arg(r.name));
        train->setPen(QPen(r.colour.lighter(130), 1.5));
        train->replace(smoothed(loss ? r.stepLoss : r.stepAccuracy, smoothingWeight_));
        auto* epoch = new QLineSeries;
        epoch->setName(tr("%1 epoch mean").arg(r.name));
        epoch->setPen(QPen(r.colour.darker(120), 1.5, Qt::DotLine));
        epoch->replace(loss ? r.epochLoss : r.epochAccuracy);
        auto* val = new QLineSeries;
        val->setName(r.name);  // the run's one legend entry
        val->setPen(QPen(r.colour, 2.5, Qt::DashLine));
        val->setPointsVisible(true);
        val->replace(loss ? r.valLoss : r.valAccuracy);
        for (auto* s : {static_cast<QXYSeries*>(train), static_cast<QXYSeries*>(epoch), static_cast<QXYSeries*>(val)}) {
            chart->addSeries(s);
            all << s;
            for (const auto& p : s->points()) {
                if (!std::isfinite(p.y()) || (log_ && loss && p.y() <= 0) || p.x() > maxStep)
                    continue;  // the y range of what the step axis shows
                lo = std::min(lo, p.y());
                hi = std::max(hi, p.y());
            }
        }
        for (auto* hidden : {static_cast<QXYSeries*>(train), static_cast<QXYSeries*>(epoch)})
            chart->legend()->markers(hidden).value(0)->setVisible(false);
    }
    auto* x = new QValueAxis;
    x->setTitleText(tr("step"));
    x->setRange(0, maxStep);
    x->setLabelFormat(QStringLiteral("%d"));
    x->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    QAbstractAxis* y = nullptr;
    if (lo > hi) {
        lo = 0;
        hi = loss ? 2.5 : 100;
    }
    if (loss && log_) {
        auto* l = new QLogValueAxis;
        l->setBase(10);
        l->setRange(std::max(lo, 1e-4) * 0.9, hi * 1.1);
        l->setLabelFormat(QStringLiteral("%.2g"));
        y = l;
    } else {
        auto* v = new QValueAxis;
        if (loss) {
            v->setRange(0, hi * 1.05);
            v->applyNiceNumbers();
        } else {
            v->setRange(0, 100);
            v->setTickCount(6);  // every 20 %
        }
        y = v;
    }
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* s : all) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void TrainingPanel::redraw()
{
    fillChart(lossView_->chart(), true);
    fillChart(accuracyView_->chart(), false);
    emit curvesUpdated();
}

int TrainingPanel::pointsDrawn() const
{
    int n = 0;
    for (auto* view : {lossView_, accuracyView_})
        for (auto* s : view->chart()->series())
            n += int(static_cast<QXYSeries*>(s)->count());
    return n;
}

QImage TrainingPanel::renderCharts(QSize size) const
{
    // Drawn afresh at a size of its own: the dock may be short, or hidden behind another.
    QWidget page;
    page.setAttribute(Qt::WA_DontShowOnScreen);
    page.setAutoFillBackground(true);
    auto* column = new QVBoxLayout(&page);
    auto* row = new QHBoxLayout;
    for (bool loss : {true, false}) {
        auto* view = makeChartView(loss ? tr("Loss") : tr("Accuracy (%)"));
        fillChart(view->chart(), loss);
        row->addWidget(view);
    }
    column->addLayout(row, 1);
    auto* key = new QLabel(tr("solid: train, per step (smoothed) · dotted: train, mean per epoch · "
                              "dashed with points: validation"));
    key->setAlignment(Qt::AlignCenter);
    column->addWidget(key);
    page.resize(size);
    page.show();
    column->activate();
    return page.grab().toImage();
}

bool TrainingPanel::exportPng(const QString& path)
{
    const QImage image = renderCharts(QSize(1600, 640));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !image.save(&f, "PNG") || !f.commit()) {
        emit errorOccurred(tr("Cannot write %1: %2").arg(path, f.errorString()));
        return false;
    }
    status_->setText(tr("Saved %1").arg(path));
    return true;
}

bool TrainingPanel::exportCsv(const QString& path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text)) {
        emit errorOccurred(tr("Cannot write %1: %2").arg(path, f.errorString()));
        return false;
    }
    QTextStream out(&f);
    out << "run,kind,step,loss,accuracy_percent\n";
    for (const auto& r : runs_) {
        auto rows = [&](const char* kind, const QVector<QPointF>& loss, const QVector<QPointF>& accuracy) {
            for (int i = 0; i < loss.size() && i < accuracy.size(); ++i)
                out << '"' << r.name << "\"," << kind << ',' << qint64(loss[i].x()) << ',' << loss[i].y() << ','
                    << accuracy[i].y() << '\n';
        };
        rows("step", r.stepLoss, r.stepAccuracy);
        rows("epoch", r.epochLoss, r.epochAccuracy);
        rows("validation", r.valLoss, r.valAccuracy);
    }
    out.flush();
    if (!f.commit()) {
        emit errorOccurred(tr("Cannot write %1: %2").arg(path, f.errorString()));
        return false;
    }
    status_->setText(tr("Saved %1").arg(path));
    return true;
}

}  // namespace explorer
