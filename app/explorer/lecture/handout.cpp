#include "explorer/lecture/handout.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QTextDocument>
#include <QWidget>

#include <algorithm>
#include <memory>

#include "arch/archnode.h"
#include "explorer/diagram/diagramscene.h"
#include "explorer/diagram/diagramview.h"
#include "explorer/diagram/nodetext.h"
#include "explorer/lecture/placeholders.h"
#include "explorer/lecture/tour.h"
#include "explorer/lecture/tourcontroller.h"
#include "explorer/lecture/tourhost.h"

namespace explorer {

namespace {

class HandoutText {
    Q_DECLARE_TR_FUNCTIONS(Handout)
};

// Pages are laid out at 96 dpi, the screen's: the diagram's fonts are sized in points and its
// boxes in pixels, and only at the screen's resolution do the names fit their boxes. The PDF stays
// vector; the PNGs are drawn at twice that (192 dpi).
constexpr int kDpi = 96;
constexpr int kPngScale = 2;
const QStringList kPictureDocks{QStringLiteral("predictions"), QStringLiteral("activations"),
                                QStringLiteral("explanation"), QStringLiteral("channels"), QStringLiteral("training")};

// What one page shows, gathered while its step is on screen.
struct StepView {
    QRectF region;           // of the scene
    QStringList names;       // boxes drawn whole in it
    QList<QImage> pictures;  // the step's docks with a picture
};

QRectF toQt(const Rect& r) { return QRectF(r.x, r.y, r.w, r.h); }

// A dock's picture without the empty space below its content.
QImage trimmed(const QImage& image)
{
    if (image.isNull())
        return image;
    const QRgb background = image.pixel(image.width() - 1, image.height() - 1);
    int bottom = image.height();
    while (bottom > 1) {
        const QRgb* row = reinterpret_cast<const QRgb*>(image.constScanLine(bottom - 1));
        if (!std::all_of(row, row + image.width(), [background](QRgb c) { return c == background; }))
            break;
        --bottom;
    }
    return image.copy(0, 0, image.width(), std::min(image.height(), bottom + 8));
}

// The part of the diagram the view shows (what the step framed): widened to the boxes it cuts,
// and lengthened to the boxes more than half in it, so that no box is cut at the side.
StepView gather(TourController& tours, const TourStep& step)
{
    StepView v;
    const DiagramView& view = *tours.view();
    const DiagramScene& scene = *tours.scene();
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    v.region = visible;
    for (const LayoutBox& box : scene.layout().boxes) {
        const QRectF r = toQt(box.rect).adjusted(-4, box.kind == BoxKind::Frame ? -18 : -4, 4, 4);
        const QRectF in = r.intersected(visible);
        if (in.isEmpty())
            continue;
        v.region.setLeft(std::min(v.region.left(), r.left()));
        v.region.setRight(std::max(v.region.right(), r.right()));
        if (box.kind != BoxKind::Frame && in.height() > r.height() / 2) {
            v.region.setTop(std::min(v.region.top(), r.top()));
            v.region.setBottom(std::max(v.region.bottom(), r.bottom()));
        }
    }
    v.region = v.region.intersected(scene.itemsBoundingRect().adjusted(-4, -4, 4, 4));
    if (v.region.isEmpty())
        v.region = scene.itemsBoundingRect();
    for (const LayoutBox& box : scene.layout().boxes)
        if (box.node && (box.kind == BoxKind::Node || box.kind == BoxKind::Frame) &&
            v.region.contains(toQt(box.rect))) {
            const QString name = displayName(*box.node);
            if (!v.names.contains(name))
                v.names << name;
        }
    for (const QString& dock : step.docks)
        if (kPictureDocks.contains(dock))
            if (QWidget* w = tours.host()->dockContents(dock); w && w->isVisible())
                v.pictures << trimmed(w->grab().toImage());
    return v;
}

QTextDocument* textOf(QTextDocument& doc, const QString& html, double points, double width)
{
    doc.setDefaultFont(QFont(QApplication::font().family(), int(points)));
    doc.setDocumentMargin(0);
    doc.setTextWidth(width);
    doc.setHtml(html);
    return &doc;
}

// One step's page, top to bottom: the tour and the step, the diagram, the pictures, the caption
// and the notes. The diagram takes the height the rest leaves.
void drawPage(QPainter& painter, const QRectF& page, const Tour& tour, int index, DiagramScene& scene,
              const StepView& view, bool notes)
{
    const TourStep& s = tour.steps[index];
    const double gap = page.height() / 60;
    QTextDocument heading, body;
    textOf(heading,
           QStringLiteral("<p style='color:#555'>%1 · %2</p>")
                   .arg(tour.title.toHtmlEscaped(), HandoutText::tr("Step %1 of %2").arg(index + 1).arg(tour.steps.size())) +
               (s.title.isEmpty() ? QString() : QStringLiteral("<h2>%1</h2>").arg(s.title.toHtmlEscaped())),
           12, page.width());
    QString html = QStringLiteral("<p>%1</p>").arg(fillPlaceholders(s.caption, QLocale()));
    if (notes && !s.notes.isEmpty())
        html += QStringLiteral("<p><i>%1</i> %2</p>").arg(HandoutText::tr("Notes:"), fillPlaceholders(s.notes, QLocale()));
    textOf(body, html, 11, page.width());

    double y = page.top();
    painter.save();
    painter.translate(page.left(), y);
    heading.drawContents(&painter);
    painter.restore();
    y += heading.size().height() + gap;

    const double pictureHeight = view.pictures.isEmpty() ? 0 : page.height() * 0.25;
    const double room = page.bottom() - y - body.size().height() - pictureHeight - 3 * gap;
    QSizeF fitted = view.region.size().scaled(QSizeF(page.width(), std::max(room, page.height() * 0.2)), Qt::KeepAspectRatio);
    const QRectF target(page.left() + (page.width() - fitted.width()) / 2, y, fitted.width(), fitted.height());
    scene.render(&painter, target, view.region, Qt::KeepAspectRatio);  // vector: paths and text
    y += fitted.height() + gap;

    if (!view.pictures.isEmpty()) {
        const double width = (page.width() - gap * (view.pictures.size() - 1)) / view.pictures.size();
        double x = page.left();
        for (const QImage& picture : view.pictures) {
            const QSizeF size = QSizeF(picture.size()).scaled(QSizeF(width, pictureHeight), Qt::KeepAspectRatio);
            painter.drawImage(QRectF(x + (width - size.width()) / 2, y, size.width(), size.height()), picture);
            x += width + gap;
        }
        y += pictureHeight + gap;
    }
    painter.save();
    painter.translate(page.left(), y);
    body.drawContents(&painter, QRectF(0, 0, page.width(), page.bottom() - y));
    painter.restore();
}

// The step played and its view settled.
void play(TourController& tours, int index)
{
    QEventLoop settled;
    QObject::connect(&tours, &TourController::stepShown, &settled, &QEventLoop::quit);
    tours.playStep(index);
    settled.exec();
    QApplication::processEvents();
}

bool fail(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return false;
}

// A page of the paper size at kDpi logical, kPngScale times as many pixels, for the PNGs.
QImage blankPage(bool letter)
{
    const QSizeF mm = QPageSize(letter ? QPageSize::Letter : QPageSize::A4).size(QPageSize::Millimeter);
    QImage image(QSize(int(mm.width() / 25.4 * kDpi), int(mm.height() / 25.4 * kDpi)) * kPngScale, QImage::Format_RGB32);
    image.setDotsPerMeterX(int(kDpi / 0.0254));
    image.setDotsPerMeterY(int(kDpi / 0.0254));
    image.fill(Qt::white);
    return image;
}

// The window as it was, laid over itself while the steps play; it stays on top when a step
// raises a dock (each raise of a sibling raises the picture again, before anything is painted).
class CoverPicture : public QLabel {
public:
    explicit CoverPicture(QWidget* window) : QLabel(window)
    {
        setObjectName(QStringLiteral("handoutCover"));
        setPixmap(window->grab());
        setGeometry(window->rect());
        for (QWidget* sibling : window->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            if (sibling != this)
                sibling->installEventFilter(this);
        show();
        raise();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ZOrderChange && watched != this)
            raise();
        return QLabel::eventFilter(watched, event);
    }
};

class Cover {
public:
    explicit Cover(QWidget* window)
    {
        if (window && window->isVisible())
            picture_ = new CoverPicture(window);
    }
    ~Cover() { delete picture_; }
    Cover(const Cover&) = delete;
    Cover& operator=(const Cover&) = delete;

private:
    QPointer<CoverPicture> picture_;
};

}  // namespace

bool exportHandout(TourController& tours, const HandoutOptions& o, QString* error, QList<QStringList>* shownNames)
{
    const Tour* tour = tours.tour();
    if (!tour || tour->steps.isEmpty())
        return fail(error, HandoutText::tr("No tour with steps is open."));
    std::unique_ptr<QPdfWriter> writer;
    QPainter painter;
    if (!o.pdf.isEmpty()) {
        writer = std::make_unique<QPdfWriter>(o.pdf);
        writer->setPageSize(QPageSize(o.letter ? QPageSize::Letter : QPageSize::A4));
        writer->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer->setResolution(kDpi);
        writer->setTitle(tour->title);
        writer->setCreator(QStringLiteral("Inception Explorer"));
        if (!painter.begin(writer.get()))
            return fail(error, HandoutText::tr("Cannot write %1.").arg(QDir::toNativeSeparators(o.pdf)));
    }
    if (!o.pngFolder.isEmpty() && !QDir().mkpath(o.pngFolder))
        return fail(error, HandoutText::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(o.pngFolder)));
    const int before = tours.step();
    const int steps = int(tour->steps.size());
    const Cover cover(o.cover);
    bool ok = true;
    for (int i = 0; i < steps && ok; ++i) {
        if (o.progress && !o.progress(i, steps)) {
            ok = fail(error, HandoutText::tr("The handout was cancelled."));
            break;
        }
        play(tours, i);
        const StepView view = gather(tours, tour->steps[i]);
        if (shownNames)
            shownNames->append(view.names);
        if (!o.pngFolder.isEmpty()) {
            QImage page = blankPage(o.letter);
            QPainter p(&page);
            p.setRenderHint(QPainter::Antialiasing);
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            p.scale(kPngScale, kPngScale);
            const double margin = 15 / 25.4 * kDpi;
            const QRectF logical(QPointF(0, 0), QSizeF(page.size()) / kPngScale);
            drawPage(p, logical.adjusted(margin, margin, -margin, -margin), *tour, i, *tours.scene(), view, o.notes);
            p.end();
            const QString png = QDir(o.pngFolder).filePath(QStringLiteral("step-%1.png").arg(i + 1, 2, 10, QLatin1Char('0')));
            if (!page.save(png))
                ok = fail(error, HandoutText::tr("Cannot write into %1.").arg(QDir::toNativeSeparators(o.pngFolder)));
        }
        if (writer && ok) {
            if (i > 0)
                writer->newPage();
            drawPage(painter, QRectF(painter.viewport()), *tour, i, *tours.scene(), view, o.notes);
        }
    }
    if (writer && !painter.end() && ok)
        ok = fail(error, HandoutText::tr("Cannot write %1.").arg(QDir::toNativeSeparators(o.pdf)));
    if (before >= 0 && before < steps)
        play(tours, before);  // back where the lecturer was
    return ok;
}

}  // namespace explorer
