#pragma once
// A layout that places its items left to right and wraps to a new row where the width ends, so a
// narrow dock grows downwards (and scrolls vertically) instead of needing a horizontal scrollbar.
// Items keep their size hints; rows are aligned to the top.
#include <QLayout>
#include <QList>

namespace explorer {

class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = 12);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(items_.size()); }
    QLayoutItem* itemAt(int index) const override { return items_.value(index); }
    QLayoutItem* takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;  // the widest item: never wider
    QSize sizeHint() const override;     // everything in one row
    void setGeometry(const QRect& rect) override;

private:
    int arrange(const QRect& rect, bool place) const;  // the height used

    QList<QLayoutItem*> items_;
    int spacing_;
};

}  // namespace explorer
