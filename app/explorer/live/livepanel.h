#pragma once
// The live view: the current frame (mirrored if asked), frozen with Space, saved as a
// snapshot, with an overlay of capture fps, inference fps and forward time.
#include <QImage>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace explorer {

class LiveView : public QWidget {
    Q_OBJECT
public:
    explicit LiveView(QWidget* parent = nullptr);
    void setFrame(const QImage& frame) { frame_ = frame; update(); }
    void setOverlay(const QString& text) { overlay_ = text; update(); }
    void setMirrored(bool on) { mirrored_ = on; update(); }
    // An explanation map over the part of the frame the network saw: a centred square of
    // `fraction` times the frame's shorter side (the preset's crop over its resize). Null: none.
    void setExplanation(const QImage& colours, double fraction, double opacity)
    {
        explanation_ = colours;
        fraction_ = fraction;
        opacity_ = opacity;
        update();
    }
    bool explanationShown() const { return !explanation_.isNull(); }
    QImage shown() const;  // what the view shows (mirrored when mirrored)
    QSize sizeHint() const override { return {480, 360}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage frame_;
    QString overlay_;
    bool mirrored_ = false;
    QImage explanation_;
    double fraction_ = 1.0, opacity_ = 0.6;
};

class LivePanel : public QWidget {
    Q_OBJECT
public:
    explicit LivePanel(QWidget* parent = nullptr);

    void showFrame(const QImage& frame);  // ignored while frozen
    void setStats(double captureFps, double inferenceFps, double forwardMs, qint64 dropped);
    void setRunning(bool running, const QString& description = QString());
    bool frozen() const { return frozen_; }
    void setFrozen(bool on);
    // Writes what the view shows as PNG; false (and a message) when it cannot.
    bool saveSnapshot(const QString& path);
    QString overlayText() const { return overlayText_; }
    LiveView* view() const { return view_; }

signals:
    void cameraRequested();
    void videoRequested();
    void folderRequested();
    void stopRequested();
    void message(const QString& text);

private:
    LiveView* view_;
    QLabel* source_;
    QCheckBox* mirror_;
    QPushButton* freeze_;
    QPushButton* stop_;
    QString overlayText_;
    bool frozen_ = false;
};

}  // namespace explorer
