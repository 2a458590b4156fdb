#include "explorer/lecture/figurecontroller.h"

#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QToolButton>

#include <utility>

#include "arch/archnode.h"
#include "explorer/diagram/diagramscene.h"
#include "explorer/diagram/diagramview.h"
#include "explorer/diagram/nodetext.h"
#include "explorer/inference/inferenceservice.h"
#include "explorer/inference/runchoices.h"
#include "explorer/lecture/figures.h"

namespace explorer {

using inception::arch::ArchNode;

FigureController::FigureController(InferenceService* service, RunChoices* choices, DiagramScene* scene,
                                   DiagramView* view, QObject* parent)
    : QObject(parent), service_(service), choices_(choices), scene_(scene), view_(view)
{
    // A figure's caption sits above the diagram, where a class reads it.
    bar_ = new QFrame;
    bar_->setObjectName(QStringLiteral("caption"));
    bar_->setStyleSheet(QStringLiteral("#caption { background: #fff8dc; border-bottom: 1px solid #d8cfa8; }"));
    auto* layout = new QHBoxLayout(bar_);
    caption_ = new QLabel;
    caption_->setWordWrap(true);
    caption_->setTextFormat(Qt::RichText);
    auto* close = new QToolButton;
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Hide the caption"));
    connect(close, &QToolButton::clicked, this, &FigureController::hideCaption);
    layout->addWidget(caption_, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    bar_->hide();
    connect(choices_, &RunChoices::variantChosen, this, &FigureController::hideCaption);
    connect(service_, &InferenceService::variantReady, this, [this] {
        if (!pending_.isEmpty())
            applyFigure(std::exchange(pending_, QString()));
    });
}

void FigureController::addMenuTo(QMenuBar* bar)
{
    auto* menu = bar->addMenu(tr("F&igures"));
    for (const auto& f : figures()) {
        const QString name = QString::fromStdString(f.name);
        menu->addAction(QCoreApplication::translate("Figures", f.title), this, [this, name] { showFigure(name); });
    }
}

void FigureController::showFigure(const QString& name)
{
    const Figure* f = findFigure(name.toStdString());
    if (!f) {
        emit error(tr("Unknown figure: %1").arg(name));
        return;
    }
    if (QString::fromStdString(f->variant) != service_->shownVariant()) {
        pending_ = name;
        choices_->setVariant(QString::fromStdString(f->variant));
        return;
    }
    applyFigure(name);
}

void FigureController::applyFigure(const QString& name)
{
    const Figure* f = findFigure(name.toStdString());
    if (!f)
        return;
    if (f->synthetic) {
        scene_->setNetwork(syntheticNetwork(*f));
    } else {
        const auto desc = service_->desc();
        if (!desc || desc->variant != f->variant)
            return;  // the variant changed meanwhile
        scene_->setNetwork(desc);  // its stages open, nothing else
    }
    QStringList expand;
    for (const auto& id : f->expand)
        expand << QString::fromStdString(id);
    scene_->expandNodes(expand);
    const auto* desc = scene_->network();
    const ArchNode* framed = f->frame.empty() ? &desc->root : inception::arch::findNode(desc->root, f->frame);
    QString text = QStringLiteral("<b>%1</b> — %2").arg(QCoreApplication::translate("Figures", f->title).toHtmlEscaped(),
                                                       QCoreApplication::translate("Figures", f->caption).toHtmlEscaped());
    if (framed)
        text += QStringLiteral("<br><i>%1</i>").arg(tr("%1: %2 parameters, %3 multiply-adds, output %4")
                                                        .arg(QString::fromStdString(framed->name).toHtmlEscaped(),
                                                             QLocale().toString(qlonglong(framed->params)),
                                                             QLocale().toString(qlonglong(framed->macs)),
                                                             shapeText(framed->output)));
    caption_->setText(text);
    if (captionsShown_)
        bar_->show();
    view_->settleLayout();  // the view takes its final size before it is framed
    if (f->frame.empty()) {
        view_->fitAll();
    } else {
        scene_->select(f->frame);
        view_->frameNode(f->frame);
    }
    emit figureShown(name);
}

QString FigureController::captionText() const { return bar_->isHidden() ? QString() : caption_->text(); }

void FigureController::hideCaption()
{
    bar_->hide();
    caption_->clear();
}

}  // namespace explorer
