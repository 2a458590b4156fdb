#include "explorer/lecture/handout.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QWidget>

#include <memory>

#include "explorer/lecture/placeholders.h"
#include "explorer/lecture/tour.h"
#include "explorer/lecture/tourcontroller.h"
#include "explorer/lecture/tourhost.h"

namespace explorer {

namespace {

class HandoutText {
    Q_DECLARE_TR_FUNCTIONS(Handout)
};

// One step's page: the tour's title and the step's number, the step's title, the view, the
// caption (and the notes).
void drawPage(QPainter& painter, const Tour& tour, int index, const QImage& view, bool notes)
{
    const TourStep& s = tour.steps[index];
    const QRect page = painter.viewport();
    QTextDocument heading;
    heading.setDefaultFont(QFont(QApplication::font().family(), 16));
    heading.setTextWidth(page.width());
    heading.setHtml(QStringLiteral("<p><b>%1</b> · %2</p>")
                        .arg(tour.title.toHtmlEscaped(),
                             HandoutText::tr("Step %1 of %2").arg(index + 1).arg(tour.steps.size())) +
                    (s.title.isEmpty() ? QString() : QStringLiteral("<h2>%1</h2>").arg(s.title.toHtmlEscaped())));
    heading.drawContents(&painter);
    int y = int(heading.size().height()) + 10;
    const QImage fitted = view.scaled(page.width(), page.height() / 2, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    painter.drawImage(QPoint(0, y), fitted);
    y += fitted.height() + 20;
    QTextDocument body;
    body.setDefaultFont(QFont(QApplication::font().family(), 14));
    body.setTextWidth(page.width());
    QString html = QStringLiteral("<p>%1</p>").arg(fillPlaceholders(s.caption, QLocale()));
    if (notes && !s.notes.isEmpty())
        html += QStringLiteral("<p><i>%1</i> %2</p>").arg(HandoutText::tr("Notes:"), fillPlaceholders(s.notes, QLocale()));
    body.setHtml(html);
    painter.save();
    painter.translate(0, y);
    body.drawContents(&painter, QRectF(0, 0, page.width(), page.height() - y));
    painter.restore();
}

// The step played and its view settled.
QImage playAndGrab(TourController& tours, int index)
{
    QEventLoop settled;
    QObject::connect(&tours, &TourController::stepShown, &settled, &QEventLoop::quit);
    tours.playStep(index);
    settled.exec();
    QApplication::processEvents();
    return tours.host()->audienceWindow()->grab().toImage();
}

bool fail(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return false;
}

}  // namespace

bool exportHandout(TourController& tours, const QString& pdf, const QString& pngFolder, bool letter, bool notes,
                   QString* error)
{
    const Tour* tour = tours.tour();
    if (!tour || tour->steps.isEmpty())
        return fail(error, HandoutText::tr("No tour with steps is open."));
    std::unique_ptr<QPdfWriter> writer;
    QPainter painter;
    if (!pdf.isEmpty()) {
        writer = std::make_unique<QPdfWriter>(pdf);
        writer->setPageSize(QPageSize(letter ? QPageSize::Letter : QPageSize::A4));
        writer->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer->setResolution(150);
        writer->setTitle(tour->title);
        writer->setCreator(QStringLiteral("Inception Explorer"));
        if (!painter.begin(writer.get()))
            return fail(error, HandoutText::tr("Cannot write %1.").arg(QDir::toNativeSeparators(pdf)));
    }
    if (!pngFolder.isEmpty() && !QDir().mkpath(pngFolder))
        return fail(error, HandoutText::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(pngFolder)));
    for (int i = 0; i < int(tour->steps.size()); ++i) {
        const QImage view = playAndGrab(tours, i);
        const QString png = QDir(pngFolder).filePath(QStringLiteral("step-%1.png").arg(i + 1, 2, 10, QLatin1Char('0')));
        if (!pngFolder.isEmpty() && !view.save(png))
            return fail(error, HandoutText::tr("Cannot write into %1.").arg(QDir::toNativeSeparators(pngFolder)));
        if (!writer)
            continue;
        if (i > 0)
            writer->newPage();
        drawPage(painter, *tour, i, view, notes);
    }
    if (writer && !painter.end())
        return fail(error, HandoutText::tr("Cannot write %1.").arg(QDir::toNativeSeparators(pdf)));
    return true;
}

}  // namespace explorer
