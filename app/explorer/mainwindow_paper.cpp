// The "Paper vs implementation" dock: for the variant shown, where the reference whose weights
// the project loads differs from the paper, with the source lines that show it; clicking an item
// opens, highlights and frames its nodes.
#include <QCoreApplication>
#include <QDockWidget>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "arch/archnode.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "mainwindow.h"
#include "paper_diffs.h"

namespace explorer {

void MainWindow::setupPaper()
{
    auto* box = new QSplitter(Qt::Vertical);
    paperList_ = new QListWidget;
    paperText_ = new QTextBrowser;
    paperText_->setOpenExternalLinks(false);
    box->addWidget(paperList_);
    box->addWidget(paperText_);
    box->setStretchFactor(1, 2);
    auto* dock = new QDockWidget(tr("Paper vs implementation"), this);
    dock->setObjectName(QStringLiteral("paper"));
    dock->setWidget(box);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    if (auto* details = findChild<QDockWidget*>(QStringLiteral("details")))
        tabifyDockWidget(details, dock);
    dock->hide();
    connect(this, &MainWindow::variantShown, this, &MainWindow::fillPaper);
    connect(paperList_, &QListWidget::currentRowChanged, this, &MainWindow::showPaperItem);
}

QString MainWindow::paperText() const { return paperText_->toPlainText(); }

void MainWindow::fillPaper()
{
    paperList_->clear();
    paperText_->clear();
    for (const auto& d : paperDiffs())
        if (QString::fromLatin1(d.variant) == shownVariant_) {
            auto* item = new QListWidgetItem(QCoreApplication::translate("Paper", d.title), paperList_);
            item->setData(Qt::UserRole, int(&d - paperDiffs().data()));
        }
    if (paperList_->count() == 0)
        paperText_->setHtml(tr("<p>No difference between the paper and the reference implementation of this variant "
                               "has been checked against a source here yet.</p>"));
}

void MainWindow::showPaperItem(int row)
{
    auto* item = paperList_->item(row);
    if (!item)
        return;
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
    paperText_->setHtml(QStringLiteral("<h3>%1</h3><p><b>%2</b> %3</p><p><b>%4</b> %5</p><p><b>%6</b> %7</p>"
                                       "<p><b>%8</b> %9</p><p><b>%10</b><br>%11</p>")
                            .arg(tr2(d.title), tr("The paper:"), tr2(d.paper), tr("The reference:"), tr2(d.reference),
                                 tr("This project:"), tr2(d.project), tr("Nodes:"), nodes.join(QStringLiteral(", ")))
                            .arg(tr("Verified in:"), sources.join(QStringLiteral("<br>"))));
    for (const char* id : d.nodes)
        scene_->reveal(id);
    scene_->setHeat(highlight);
    if (!d.nodes.empty()) {
        selectNode(QString::fromLatin1(d.nodes.front()));
        view_->frameNode(d.nodes.front());
    }
}

}  // namespace explorer
