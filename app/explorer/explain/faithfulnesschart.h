#pragma once
// Deletion and insertion curves of one explanation method against a random ordering of the
// same pixels (core/explain/faithfulness.h), in Qt Charts: the true class's mean probability
// as the garment's pixels are deleted (solid) or inserted (dashed) in the method's order.
#include <QChartView>
#include <QString>
#include <QVector>

namespace explorer {

struct FaithfulnessView {
    QString method;  // as the dock names it, translated
    QVector<double> fractions, deletion, insertion, randomDeletion, randomInsertion;
};

class FaithfulnessChart : public QChartView {
    Q_OBJECT
public:
    explicit FaithfulnessChart(QWidget* parent = nullptr);
    void setView(const FaithfulnessView& view);
    void clear();
    bool empty() const { return empty_; }
    int seriesCount() const;

private:
    bool empty_ = true;
};

}  // namespace explorer
