#pragma once
// The tour's bar above the diagram: ◀ ▶, "Step N of M", the step's title and filled caption (and
// what in it could not be shown), × to close.
#include <QFrame>

class QLabel;

namespace explorer {

class TourBar : public QFrame {
    Q_OBJECT
public:
    explicit TourBar(QWidget* parent = nullptr);
    void showTour(const QString& title, int steps);  // before the first step
    void showStep(int index, int steps, const QString& title, const QString& caption, const QStringList& problems);
    QString captionText() const;  // as shown (rich text)

signals:
    void previousRequested();
    void nextRequested();
    void closeRequested();

private:
    QLabel* counter_;
    QLabel* caption_;
};

}  // namespace explorer
