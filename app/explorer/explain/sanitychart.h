#pragma once
// The sanity check's curves as Adebayo et al. (2018) draw them: one point per cascade step
// (the classifier re-initialised first, then down the tree), the Spearman rank correlation of
// |map| with the trained network's map (solid) and the SSIM (dashed), the verdict's threshold
// (0.5, dotted), and the data randomisation test (the shuffled-label twin) as two marks on the
// right. Painted by hand: the dock stays light and renders the same offscreen.
#include <QStringList>
#include <QVector>
#include <QWidget>

class QFontMetrics;
class QPainter;

namespace explorer {

struct SanityFrame;

struct SanityView {
    QString method;          // as the dock names it, translated
    QStringList steps;       // the unit re-initialised at each step
    QVector<double> rank;    // NaN: the map went flat
    QVector<double> ssim;
    double shuffledRank = 0, shuffledSsim = 0;
    bool hasShuffled = false;
    bool depends = false;    // the verdict
    double threshold = 0.5;
    bool cached = false;
};

class SanityChart : public QWidget {
    Q_OBJECT
public:
    explicit SanityChart(QWidget* parent = nullptr);
    void setView(const SanityView& view);
    void clear();
    bool empty() const { return view_.steps.isEmpty(); }
    // Tall enough for the plot and the step names at the current font (lecture mode enlarges it).
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void drawAxes(QPainter& p, const SanityFrame& f, const QFontMetrics& fm) const;
    void drawLegend(QPainter& p, const SanityFrame& f, const QFontMetrics& fm) const;

    SanityView view_;
};

}  // namespace explorer
