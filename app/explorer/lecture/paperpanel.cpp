#include "explorer/lecture/paperpanel.h"

#include <QCoreApplication>
#include <QListWidget>
#include <QTextBrowser>

#include <map>
#include <string>

#include "explorer/diagram/diagramscene.h"
#include "explorer/diagram/diagramview.h"
#include "explorer/lecture/paper_diffs.h"
#include "models/registry.h"

namespace explorer {

PaperPanel::PaperPanel(DiagramScene* scene, DiagramView* view, QWidget* parent)
    : QSplitter(Qt::Vertical, parent), scene_(scene), view_(view)
{
    list_ = new QListWidget;
    text_ = new QTextBrowser;
    text_->setOpenExternalLinks(false);
    addWidget(list_);
    addWidget(text_);
    setStretchFactor(1, 2);
    connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showItem(row);
    });
}

int PaperPanel::itemCount() const { return list_->count(); }

QString PaperPanel::text() const { return text_->toPlainText(); }

void PaperPanel::showVariant(const QString& id)
{
    list_->clear();
    text_->clear();
    for (const auto& d : paperDiffs())
        if (QString::fromLatin1(d.variant) == id) {
            auto* item = new QListWidgetItem(QCoreApplication::translate("Paper", d.title), list_);
            item->setData(Qt::UserRole, int(&d - paperDiffs().data()));
        }
    if (list_->count() > 0)
        return;
    // An item is listed only once its lines are checked against the reference (torchvision's
    // installed source, timm's recorded names and shapes); Cadene's BN-Inception is neither.
    QString reference;
    for (const auto& v : inception::models::variants())
        if (QString::fromStdString(v.id) == id)
            reference = QString::fromStdString(v.reference);
    if (!reference.isEmpty() && !reference.startsWith(QLatin1String("torchvision")) &&
        !reference.startsWith(QLatin1String("timm")))
        text_->setHtml(tr("<p>Nothing is listed for this variant: its reference implementation (%1) is not installed "
                          "on this machine, and a difference is listed only once the lines of the reference's source "
                          "that show it have been checked here.</p>")
                           .arg(reference));
    else
        text_->setHtml(tr("<p>No difference between the paper and the reference implementation of this variant "
                          "has been checked against a source here yet.</p>"));
}

void PaperPanel::showItem(int row)
{
    auto* item = list_->item(row);
    if (!item)
        return;
    if (list_->currentRow() != row) {
        list_->setCurrentRow(row);  // shows it through currentRowChanged
        return;
    }
    const PaperDiff& d = paperDiffs()[size_t(item->data(Qt::UserRole).toInt())];
    QStringList nodes, sources;
    std::map<std::string, double> highlight;
    for (const char* id : d.nodes) {
        nodes << QStringLiteral("<code>%1</code>").arg(QString::fromLatin1(id));
        highlight[id] = 1.0;
    }
    for (const auto& s : d.sources)
        sources << QStringLiteral("<code>%1</code>, %2 %3: “%4”")
                       .arg(QString::fromLatin1(s.module), tr("line"))
                       .arg(s.line)
                       .arg(QString::fromUtf8(s.excerpt).toHtmlEscaped());
    auto tr2 = [](const char* t) { return QCoreApplication::translate("Paper", t).toHtmlEscaped(); };
    text_->setHtml(QStringLiteral("<h3>%1</h3><p><b>%2</b> %3</p><p><b>%4</b> %5</p><p><b>%6</b> %7</p>"
                                  "<p><b>%8</b> %9</p><p><b>%10</b><br>%11</p>")
                       .arg(tr2(d.title), tr("The paper:"), tr2(d.paper), tr("The reference:"), tr2(d.reference),
                            tr("This project:"), tr2(d.project), tr("Nodes:"), nodes.join(QStringLiteral(", ")))
                       .arg(tr("Verified in:"), sources.join(QStringLiteral("<br>"))));
    for (const char* id : d.nodes)
        scene_->reveal(id);
    scene_->setHeat(highlight);
    if (!d.nodes.empty()) {
        view_->selectNode(QString::fromLatin1(d.nodes.front()));
        view_->frameNode(d.nodes.front());
    }
}

}  // namespace explorer
