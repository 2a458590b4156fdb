#include "explorer/diagram/diagramexport.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include "explorer/diagram/diagramview.h"

namespace explorer {

namespace {

class ExportText {
    Q_DECLARE_TR_FUNCTIONS(DiagramExport)
};

bool fail(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return false;
}

bool writeSvg(DiagramView* view, const QString& path, const QRectF& r, const QString& title, QString* error)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(r.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), r.size()));
    svg.setTitle(title);
    QPainter p;
    if (!p.begin(&svg))
        return fail(error, ExportText::tr("Cannot write %1").arg(path));
    view->scene()->render(&p, QRectF(QPointF(0, 0), r.size()), r);
    return p.end();
}

}  // namespace

bool exportDiagram(DiagramView* view, const QString& path, bool wholeDiagram, double scale, const QString& title,
                   QString* error)
{
    auto* scene = view->scene();
    const QRectF r = wholeDiagram ? scene->sceneRect()
                                  : view->mapToScene(view->viewport()->rect()).boundingRect().intersected(scene->sceneRect());
    if (r.isEmpty())
        return fail(error, ExportText::tr("Nothing to export."));
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return writeSvg(view, path, r, title, error);
    const QSizeF size = r.size() * scale;
    if (size.width() * size.height() > 400e6)
        return fail(error, ExportText::tr("%1 × %2 pixels is too large; choose a smaller scale.")
                               .arg(int(size.width()))
                               .arg(int(size.height())));
    QImage img(size.toSize(), QImage::Format_ARGB32);
    if (img.isNull())
        return fail(error, ExportText::tr("Not enough memory for a %1 × %2 image.")
                               .arg(int(size.width()))
                               .arg(int(size.height())));
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    scene->render(&p, QRectF(QPointF(0, 0), size), r);
    p.end();
    QSaveFile out(path);  // a full disk leaves the previous file as it was
    if (!out.open(QIODevice::WriteOnly) || !img.save(&out, "PNG") || !out.commit())
        return fail(error, ExportText::tr("Cannot write %1: %2").arg(path, out.errorString()));
    return true;
}

QString exportDiagramAsked(DiagramView* view, QWidget* parent, const QString& title, QString* error)
{
    // What to export and how large, then where.
    QDialog ask(parent);
    ask.setWindowTitle(ExportText::tr("Export diagram"));
    auto* form = new QFormLayout(&ask);
    auto* scope = new QComboBox;
    scope->addItem(ExportText::tr("The whole diagram"));
    scope->addItem(ExportText::tr("The current view"));
    auto* scale = new QComboBox;
    for (int k : {1, 2, 3, 4})
        scale->addItem(ExportText::tr("%1×").arg(k), k);
    scale->setCurrentIndex(1);
    form->addRow(ExportText::tr("Export"), scope);
    form->addRow(ExportText::tr("PNG scale"), scale);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    form->addRow(buttons);
    if (ask.exec() != QDialog::Accepted)
        return {};
    const QString path = QFileDialog::getSaveFileName(parent, ExportText::tr("Export diagram"),
                                                      QStringLiteral("diagram.png"),
                                                      ExportText::tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return {};
    return exportDiagram(view, path, scope->currentIndex() == 0, scale->currentData().toDouble(), title, error) ? path
                                                                                                                : QString();
}

}  // namespace explorer
