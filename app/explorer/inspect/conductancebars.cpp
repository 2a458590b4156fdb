#include "explorer/inspect/conductancebars.h"

#include <QApplication>
#include <QFontMetrics>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "explorer/inference/inferenceresult.h"
#include "explorer/inspect/activationspanel.h"
#include "vision/colormap.h"

namespace explorer {

namespace {

// Sizes follow the application's font (lecture mode enlarges it).
int barWidth() { return QFontMetrics(QApplication::font()).averageCharWidth() * 20; }

QString number(double v) { return QLocale().toString(v, 'g', 3); }

QImage barPicture(double value, double limit)
{
    QImage bar(barWidth(), std::max(10, QFontMetrics(QApplication::font()).height() * 4 / 5), QImage::Format_RGB32);
    bar.fill(QColor(236, 236, 236));
    QPainter p(&bar);
    const int mid = bar.width() / 2;
    const double t = std::clamp(value / limit, -1.0, 1.0);
    // The length is the value on the shared scale; the colour only its sign (full strength, so a
    // short bar still reads on a projector).
    const auto c = inception::vision::divergingColour(t >= 0 ? 0.85 : -0.85);
    const int end = mid + int(std::lround(t * (mid - 1)));
    p.fillRect(QRect(QPoint(std::min(mid, end), 1), QPoint(std::max(mid, end), bar.height() - 2)),
               QColor(c[0], c[1], c[2]));
    p.setPen(QColor(60, 60, 60));
    p.drawLine(mid, 0, mid, bar.height() - 1);
    return bar;
}

}  // namespace

double conductanceLimit(const ConductanceView& v)
{
    double limit = 0;
    for (const auto& t : v.terms)
        limit = std::max(limit, std::abs(t.value));
    return limit > 0 ? limit : 1.0;
}

QWidget* conductanceBar(const ConductanceTermView& t, const ConductanceView& v)
{
    auto* box = new QWidget;
    box->setObjectName(QStringLiteral("conductance"));
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 2, 0, 0);
    column->setSpacing(1);
    auto* picture = new QLabel;
    picture->setPixmap(QPixmap::fromImage(barPicture(t.value, conductanceLimit(v))));
    column->addWidget(picture);
    auto* text = new QLabel(ActivationsPanel::tr("IG conductance %1").arg(number(t.value)));
    column->addWidget(text);
    box->setToolTip(ActivationsPanel::tr("Integrated Gradients' conductance of %1 for class %2 (%3): the part of "
                                         "f(image) − f(baseline) that flows through it, summed over its channels. "
                                         "Every bar of this module is on one scale, ±%4.")
                        .arg(t.name, QString::number(v.classIndex), v.label, number(conductanceLimit(v))));
    return box;
}

QWidget* conductanceSummary(const ConductanceView& v, const QStringList& branchIds)
{
    auto* box = new QWidget;
    box->setObjectName(QStringLiteral("conductanceSummary"));
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(ActivationsPanel::tr("Conductance")));
    column->addWidget(title);
    auto* text = new QLabel(ActivationsPanel::tr("Integrated Gradients (steps: %1) split at %2 for <b>%3</b>: "
                                                 "the terms add up to %4; the input attribution to %5; "
                                                 "f(image) − f(baseline) = %6. The bars share one scale, ±%7.")
                                .arg(QString::number(v.steps), v.node.toHtmlEscaped(), v.label.toHtmlEscaped(),
                                     number(v.total), number(v.inputTotal), number(v.delta),
                                     number(conductanceLimit(v))));
    text->setWordWrap(true);
    text->setFixedWidth(barWidth() * 13 / 10);
    column->addWidget(text);
    // Terms that are no branch (a residual block's identity path) get their bar here.
    for (const auto& t : v.terms)
        if (!branchIds.contains(t.id)) {
            column->addWidget(new QLabel(t.name.toHtmlEscaped()));
            column->addWidget(conductanceBar(t, v));
        }
    column->addStretch(1);
    return box;
}

}  // namespace explorer
