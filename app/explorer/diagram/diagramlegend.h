#pragma once
// What the node colours mean, drawn in a corner of the diagram.
#include <QColor>
#include <QWidget>

namespace explorer {

class DiagramLegend : public QWidget {
    Q_OBJECT
public:
    explicit DiagramLegend(QWidget* parent = nullptr);
    void setHeatShown(bool shown);
    void setKnockoutShown(bool shown);  // the "struck through: knocked out" entry
    QSize sizeHint() const override;
    static QString heatTitle();
    static QString heatNote();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Entry {
        QColor colour;
        QString text;
    };
    QList<Entry> entries_;
    bool heat_ = false;
    bool knockout_ = false;
};

}  // namespace explorer
