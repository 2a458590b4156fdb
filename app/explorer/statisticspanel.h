#pragma once
// Parameters and multiply-adds per module of the shown network, as a table and a bar chart,
// and the five variants side by side. The chart library stays inside this class.
#include <QWidget>

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

private:
    QTabWidget* tabs_;
    QTableWidget* modules_;
    QWidget* chartHolder_;
    QTableWidget* comparison_;
};

}  // namespace explorer
