#pragma once
// The presenter view of a tour: a second window (on the second screen when there is one) with
// the current step's speaker notes, the next step's caption, a clock and the time since the
// tour started. The audience window meanwhile shows only the diagram and the docks the step
// asks for. Page Down / Page Up, Space / Backspace and Home / End work here too.
#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QTimer;

namespace explorer {

class TourController;

class PresenterWindow : public QWidget {
    Q_OBJECT
public:
    explicit PresenterWindow(TourController* tours);
    void showStep(int index);
    void resetTimer();
    QString counterText() const;
    QString notesText() const;        // plain text of the current step's notes (filled)
    QString nextCaptionText() const;  // plain text of the next step's title and caption (filled)
    QString clockText() const;
    QString elapsedText() const;

signals:
    void closed();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void tick();

    TourController* tours_;
    QLabel* counter_;
    QLabel* title_;
    QLabel* notes_;
    QLabel* next_;
    QLabel* clock_;
    QLabel* elapsed_;
    QTimer* timer_;
    QElapsedTimer since_;
};

}  // namespace explorer
