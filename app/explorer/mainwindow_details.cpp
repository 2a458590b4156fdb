// The Details dock and the search: what the window says about the selected node.
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QPainter>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <utility>
#include <QToolBar>

#include "activationspanel.h"
#include "explanationpanel.h"
#include "arch/archnode.h"
#include "diagramscene.h"
#include "diagramlegend.h"
#include "errortext.h"
#include "diagramview.h"
#include "figures.h"
#include "inferenceworker.h"
#include "livecapture.h"
#include "livepanel.h"
#include "models/registry.h"
#include "vision/frame_source.h"
#include "nodetext.h"
#include "predictionspanel.h"
#include "statisticspanel.h"
#include "trainingpanel.h"
#include "weightspanel.h"

namespace explorer {

using inception::arch::ArchNode;

namespace {

// The architecture tree's terms (kinds, compositions, operations), for lupdate.
[[maybe_unused]] const char* const kArchTerms[] = {
    QT_TRANSLATE_NOOP("ArchNode", "network"),   QT_TRANSLATE_NOOP("ArchNode", "stage"),
    QT_TRANSLATE_NOOP("ArchNode", "block"),     QT_TRANSLATE_NOOP("ArchNode", "branch"),
    QT_TRANSLATE_NOOP("ArchNode", "layer"),     QT_TRANSLATE_NOOP("ArchNode", "pool"),
    QT_TRANSLATE_NOOP("ArchNode", "classifier"), QT_TRANSLATE_NOOP("ArchNode", "none"),
    QT_TRANSLATE_NOOP("ArchNode", "series"),    QT_TRANSLATE_NOOP("ArchNode", "concat"),
    QT_TRANSLATE_NOOP("ArchNode", "residual"),  QT_TRANSLATE_NOOP("ArchNode", "conv"),
    QT_TRANSLATE_NOOP("ArchNode", "maxpool"),   QT_TRANSLATE_NOOP("ArchNode", "avgpool"),
    QT_TRANSLATE_NOOP("ArchNode", "adaptive_avgpool"), QT_TRANSLATE_NOOP("ArchNode", "dropout"),
    QT_TRANSLATE_NOOP("ArchNode", "linear"),    QT_TRANSLATE_NOOP("ArchNode", "transform_input"),
};

QString archTerm(const char* term) { return QCoreApplication::translate("ArchNode", term); }

}  // namespace

void MainWindow::onNodeSelected(const QString& id)
{
    capture_->setNode(id);
    const auto* desc = scene_->network();
    const ArchNode* n = desc ? inception::arch::findNode(desc->root, id.toStdString()) : nullptr;
    if (!n)
        return;
    QString html = QStringLiteral("<h3>%1</h3><p><code>%2</code></p><table>").arg(QString::fromStdString(n->name).toHtmlEscaped(),
                                                                                  id.toHtmlEscaped());
    auto row = [&](const QString& k, const QString& v) { html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>").arg(k, v); };
    row(tr("Kind"), archTerm(inception::arch::toString(n->kind)));
    row(tr("Composition"), archTerm(inception::arch::toString(n->composition)));
    row(tr("Output"), shapeText(n->output));
    const double params = double(desc->root.params), macs = double(desc->root.macs);
    row(tr("Parameters"), tr("%1 (%2 % of the network)").arg(QLocale().toString(qlonglong(n->params)),
                                                              QLocale().toString(100.0 * double(n->params) / params, 'f', 2)));
    row(tr("Multiply-adds"), tr("%1 (%2 % of the network)").arg(QLocale().toString(qlonglong(n->macs)),
                                                                 QLocale().toString(100.0 * double(n->macs) / macs, 'f', 2)));
    if (n->isLeaf()) {
        const auto& l = n->layer;
        row(tr("Operation"), archTerm(inception::arch::toString(l.op)));
        if (l.op == inception::arch::Op::Conv) {
            row(tr("Filters"), QString::number(l.outChannels));
            row(tr("Kernel"), QStringLiteral("%1×%2").arg(l.kernel.h).arg(l.kernel.w));
            row(tr("Stride"), QStringLiteral("%1×%2").arg(l.stride.h).arg(l.stride.w));
            row(tr("Padding"), QStringLiteral("%1×%2").arg(l.padding.h).arg(l.padding.w));
            row(tr("Batch norm"), l.batchNorm ? tr("yes (eps %1)").arg(l.bnEps) : tr("no"));
        } else if (l.op == inception::arch::Op::MaxPool || l.op == inception::arch::Op::AvgPool) {
            row(tr("Kernel"), QStringLiteral("%1×%2").arg(l.kernel.h).arg(l.kernel.w));
            row(tr("Stride"), QStringLiteral("%1×%2").arg(l.stride.h).arg(l.stride.w));
            row(tr("Padding"), QStringLiteral("%1×%2").arg(l.padding.h).arg(l.padding.w));
            row(tr("Ceil mode"), l.ceilMode ? tr("yes") : tr("no"));
        }
    }
    if (n->composition == inception::arch::Composition::Residual)
        row(tr("Residual scale"), QLocale().toString(n->residualScale));
    if (auto f = scene_->fields().find(n->id); f != scene_->fields().end())
        row(tr("Receptive field"), fieldText(f->second));
    html += QStringLiteral("</table>");
    details_->setHtml(html);
    if (!currentImage_.isEmpty() && !liveRunning())
        worker_->requestClassify(currentImage_, id);
}

QString MainWindow::detailsText() const { return details_->toPlainText(); }

void MainWindow::runSearch()
{
    const auto hits = scene_->search(search_->text());
    if (hits.empty()) {
        statusBar()->showMessage(tr("No node matches “%1”").arg(search_->text()), 4000);
        return;
    }
    selectNode(QString::fromStdString(hits.front()));
    statusBar()->showMessage(tr("%n match(es)", nullptr, int(hits.size())), 4000);
}

}  // namespace explorer
