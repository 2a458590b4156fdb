#include "explorer/explain/faithfulnesschart.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace explorer {

namespace {

QLineSeries* series(const QString& name, const QVector<double>& x, const QVector<double>& y, const QColor& colour,
                    Qt::PenStyle style)
{
    auto* s = new QLineSeries;
    s->setName(name);
    for (int i = 0; i < x.size() && i < y.size(); ++i)
        s->append(x[i], y[i]);
    s->setPen(QPen(colour, 2, style));
    return s;
}

}  // namespace

FaithfulnessChart::FaithfulnessChart(QWidget* parent) : QChartView(new QChart, parent)
{
    chart()->legend()->hide();  // the dock's text says which line is which (the dock is narrow)
    chart()->setMargins(QMargins(2, 2, 2, 2));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(240, 260);
    hide();
}

void FaithfulnessChart::clear()
{
    chart()->removeAllSeries();
    for (auto* a : chart()->axes())
        chart()->removeAxis(a);
    empty_ = true;
    hide();
}

int FaithfulnessChart::seriesCount() const { return int(chart()->series().size()); }

void FaithfulnessChart::setView(const FaithfulnessView& v)
{
    clear();
    const QColor method(30, 90, 200), random(130, 130, 130);
    const QList<QLineSeries*> all{
        series(tr("%1, deletion").arg(v.method), v.fractions, v.deletion, method, Qt::SolidLine),
        series(tr("%1, insertion").arg(v.method), v.fractions, v.insertion, method, Qt::DashLine),
        series(tr("random, deletion"), v.fractions, v.randomDeletion, random, Qt::SolidLine),
        series(tr("random, insertion"), v.fractions, v.randomInsertion, random, Qt::DashLine)};
    auto* x = new QValueAxis;
    x->setRange(0, 1);
    x->setTitleText(tr("pixels deleted / inserted"));
    x->setLabelFormat(QStringLiteral("%.1f"));
    x->setTickCount(6);
    auto* y = new QValueAxis;
    y->setRange(0, 1);
    y->setTitleText(tr("p(true class)"));
    y->setLabelFormat(QStringLiteral("%.1f"));
    y->setTickCount(6);
    QFont title = font();
    title.setPointSizeF(std::max(6.5, font().pointSizeF() * 0.85));
    for (auto* axis : {x, y}) {
        axis->setTitleFont(title);
        axis->setLabelsFont(title);
    }
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    for (auto* s : all) {
        chart()->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    empty_ = false;
    show();
}

}  // namespace explorer
