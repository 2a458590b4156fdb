#pragma once
// Parameters and multiply-adds per module of the shown network, as a table and a bar chart,
// and the five variants side by side. The chart library stays inside this class.
#include <QWidget>

class QBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace inception::arch {
struct NetworkDesc;
}

namespace explorer {

class StatisticsPanel : public QWidget {
    Q_OBJECT
public:
    explicit StatisticsPanel(QWidget* parent = nullptr);
    void setNetwork(const inception::arch::NetworkDesc& desc);
    void showComparison();  // bring the variant comparison to the front
    int moduleRows() const;
    // The comparison's latency column, filled as the worker measures.
    void setLatency(const QString& id, double ms, const QString& device);
    void latencyDone();
    double latency(const QString& id) const;  // 0: not measured

signals:
    void latencyRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;  // narrow: the chart below the table

private:
    QTabWidget* tabs_;
    QBoxLayout* row_;
    QTableWidget* modules_;
    QWidget* chartHolder_;
    QTableWidget* comparison_;
    QPushButton* measure_;
    QLabel* latencyNote_;
    int measured_ = 0;
};

}  // namespace explorer
