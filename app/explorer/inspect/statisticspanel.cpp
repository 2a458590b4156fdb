#include "explorer/inspect/statisticspanel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QResizeEvent>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include "arch/archnode.h"
#include "models/registry.h"
#include "explorer/diagram/nodetext.h"
#include "weights/catalog.h"

namespace explorer {

using inception::arch::ArchNode;

namespace {

QTableWidgetItem* number(double v, const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, v);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// The modules a lecture talks about: the children of the stages (or top-level blocks).
std::vector<const ArchNode*> modulesOf(const ArchNode& root)
{
    std::vector<const ArchNode*> out;
    for (const auto& c : root.children) {
        if (c.kind == inception::arch::Kind::Stage && c.composition == inception::arch::Composition::Series)
            for (const auto& m : c.children)
                out.push_back(&m);
        else
            out.push_back(&c);
    }
    return out;
}

}  // namespace

void StatisticsPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    row_->setDirection(width() < 800 ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

StatisticsPanel::StatisticsPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    tabs_ = new QTabWidget;
    layout->addWidget(tabs_);

    auto* modulesTab = new QWidget;
    auto* row = row_ = new QHBoxLayout(modulesTab);
    modules_ = new QTableWidget(0, 5);
    modules_->setHorizontalHeaderLabels({tr("Module"), tr("Output"), tr("Parameters"), tr("MACs"), tr("Share of MACs")});
    modules_->verticalHeader()->hide();
    modules_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    modules_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    row->addWidget(modules_, 1);
    chartHolder_ = new QWidget;
    new QVBoxLayout(chartHolder_);
    row->addWidget(chartHolder_, 1);
    tabs_->addTab(modulesTab, tr("This network"));

    comparison_ = new QTableWidget(0, 7);
    comparison_->setHorizontalHeaderLabels({tr("Variant"), tr("Year"), tr("Input"), tr("Parameters"), tr("GMACs"),
                                            tr("Published top-1 (%)"), tr("Latency here (ms)")});
    comparison_->verticalHeader()->hide();
    comparison_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    comparison_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const QLocale locale;
    for (const auto& v : inception::models::variants()) {
        const auto d = inception::models::describe(v.id);
        const int r = comparison_->rowCount();
        comparison_->insertRow(r);
        comparison_->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(v.displayName)));
        comparison_->setItem(r, 1, number(v.paperYear, QString::number(v.paperYear)));
        comparison_->setItem(r, 2, number(v.inputSize, QStringLiteral("%1×%1").arg(v.inputSize)));
        comparison_->setItem(r, 3, number(double(d.root.params), locale.toString(qlonglong(d.root.params))));
        comparison_->setItem(r, 4, number(double(d.root.macs) / 1e9, locale.toString(double(d.root.macs) / 1e9, 'f', 2)));
        const auto published = inception::weights::catalogFor(v.id);
        const double top1 = published.empty() ? 0.0 : published.front()->top1;
        comparison_->setItem(r, 5, number(top1, locale.toString(top1, 'f', 2)));
        auto* latency = number(0, tr("not measured"));
        latency->setData(Qt::UserRole + 1, QString::fromStdString(v.id));
        comparison_->setItem(r, 6, latency);
    }
    auto* comparisonTab = new QWidget;
    auto* comparisonLayout = new QVBoxLayout(comparisonTab);
    comparisonLayout->setContentsMargins(0, 0, 0, 0);
    comparisonLayout->addWidget(comparison_, 1);
    auto* measureRow = new QHBoxLayout;
    measure_ = new QPushButton(tr("&Measure latency"));
    measure_->setToolTip(tr("Time one forward pass (batch 1, median of 3 after a warm-up) of every variant "
                            "on this machine"));
    latencyNote_ = new QLabel;
    latencyNote_->setWordWrap(true);
    measureRow->addWidget(measure_);
    measureRow->addWidget(latencyNote_, 1);
    comparisonLayout->addLayout(measureRow);
    connect(measure_, &QPushButton::clicked, this, [this] {
        measure_->setEnabled(false);
        measured_ = 0;
        latencyNote_->setText(tr("Measuring…"));
        emit latencyRequested();
    });
    tabs_->addTab(comparisonTab, tr("The five variants"));
}

void StatisticsPanel::setLatency(const QString& id, double ms, const QString& device)
{
    for (int r = 0; r < comparison_->rowCount(); ++r) {
        auto* item = comparison_->item(r, 6);
        if (item->data(Qt::UserRole + 1).toString() != id)
            continue;
        item->setText(QLocale().toString(ms, 'f', 1));
        item->setData(Qt::UserRole, ms);
        ++measured_;
    }
    latencyNote_->setText(tr("%1 of %2 measured on %3, batch 1, untrained weights (the time does not depend on "
                             "their values).")
                              .arg(measured_)
                              .arg(comparison_->rowCount())
                              .arg(device));
}

void StatisticsPanel::latencyDone() { measure_->setEnabled(true); }

double StatisticsPanel::latency(const QString& id) const
{
    for (int r = 0; r < comparison_->rowCount(); ++r)
        if (comparison_->item(r, 6)->data(Qt::UserRole + 1).toString() == id)
            return comparison_->item(r, 6)->data(Qt::UserRole).toDouble();
    return 0;
}

void StatisticsPanel::setNetwork(const inception::arch::NetworkDesc& desc)
{
    const QLocale locale;
    const auto modules = modulesOf(desc.root);
    modules_->setRowCount(0);
    auto* macs = new QBarSet(tr("Multiply-adds (millions)"));
    QStringList names;
    for (const ArchNode* m : modules) {
        const int r = modules_->rowCount();
        modules_->insertRow(r);
        modules_->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(m->id)));
        modules_->setItem(r, 1, new QTableWidgetItem(shapeText(m->output)));
        modules_->setItem(r, 2, number(double(m->params), locale.toString(qlonglong(m->params))));
        modules_->setItem(r, 3, number(double(m->macs), shortCount(m->macs)));
        const double share = desc.root.macs ? 100.0 * double(m->macs) / double(desc.root.macs) : 0.0;
        modules_->setItem(r, 4, number(share, QStringLiteral("%1 %").arg(locale.toString(share, 'f', 1))));
    }
    // The chart: one bar per stage (the table has every module).
    for (const auto& stage : desc.root.children) {
        *macs << double(stage.macs) / 1e6;
        names << QString::fromStdString(stage.name);
    }
    // Top to bottom in network order: a horizontal bar chart lists its categories bottom-up.
    std::reverse(names.begin(), names.end());
    auto* reversed = new QBarSet(macs->label());
    for (int i = macs->count() - 1; i >= 0; --i)
        *reversed << macs->at(i);
    delete macs;
    auto* series = new QHorizontalBarSeries;
    series->append(reversed);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Where %1 spends its multiply-adds, stage by stage").arg(QString::fromStdString(desc.root.name)));
    auto* axisY = new QBarCategoryAxis;
    axisY->append(names);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setTitleText(tr("millions"));
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->hide();
    QLayoutItem* old;
    while ((old = chartHolder_->layout()->takeAt(0))) {
        delete old->widget();
        delete old;
    }
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    chartHolder_->layout()->addWidget(view);
    tabs_->setCurrentIndex(0);
}

void StatisticsPanel::showComparison() { tabs_->setCurrentIndex(1); }

int StatisticsPanel::moduleRows() const { return modules_->rowCount(); }

}  // namespace explorer
