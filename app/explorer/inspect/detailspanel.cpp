#include "explorer/inspect/detailspanel.h"

#include <QCoreApplication>
#include <QLocale>

#include <functional>

#include "arch/archnode.h"
#include "explorer/diagram/diagramscene.h"
#include "explorer/diagram/nodetext.h"

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

// A layer's operation and its settings, as table rows.
void layerRows(const inception::arch::Layer& l, const std::function<void(const QString&, const QString&)>& row)
{
    row(DetailsPanel::tr("Operation"), archTerm(inception::arch::toString(l.op)));
    const auto hw = [](inception::arch::Hw v) { return QStringLiteral("%1×%2").arg(v.h).arg(v.w); };
    if (l.op == inception::arch::Op::Conv) {
        row(DetailsPanel::tr("Filters"), QString::number(l.outChannels));
        row(DetailsPanel::tr("Kernel"), hw(l.kernel));
        row(DetailsPanel::tr("Stride"), hw(l.stride));
        row(DetailsPanel::tr("Padding"), hw(l.padding));
        row(DetailsPanel::tr("Batch norm"), l.batchNorm ? DetailsPanel::tr("yes (eps %1)").arg(l.bnEps)
                                                        : DetailsPanel::tr("no"));
    } else if (l.op == inception::arch::Op::MaxPool || l.op == inception::arch::Op::AvgPool) {
        row(DetailsPanel::tr("Kernel"), hw(l.kernel));
        row(DetailsPanel::tr("Stride"), hw(l.stride));
        row(DetailsPanel::tr("Padding"), hw(l.padding));
        row(DetailsPanel::tr("Ceil mode"), l.ceilMode ? DetailsPanel::tr("yes") : DetailsPanel::tr("no"));
    }
}

}  // namespace

DetailsPanel::DetailsPanel(QWidget* parent) : QTextBrowser(parent)
{
    // Lines break between words (and after a hyphen), never inside one: the German
    // "Multiplikationen-Additionen" and "Composition" in a narrow dock were cut mid-word.
    setWordWrapMode(QTextOption::WordWrap);
}

void DetailsPanel::showHelp()
{
    setHtml(tr("<p>Click a block to see its details; double-click (or Enter) opens and closes a module. "
               "Right-click a block to knock it out or explain at it.</p>"));
}

bool DetailsPanel::showNode(const inception::arch::NetworkDesc& desc, const QString& id,
                            const std::map<std::string, inception::arch::ReceptiveField>& fields)
{
    const ArchNode* n = inception::arch::findNode(desc.root, id.toStdString());
    if (!n)
        return false;
    QString html = QStringLiteral("<h3>%1</h3><p><code>%2</code></p><table>")
                       .arg(displayName(*n).toHtmlEscaped(), id.toHtmlEscaped());
    auto row = [&](const QString& k, const QString& v) {
        html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>").arg(k, v);
    };
    row(tr("Kind"), archTerm(inception::arch::toString(n->kind)));
    row(tr("Composition"), archTerm(inception::arch::toString(n->composition)));
    row(tr("Output"), shapeText(n->output));
    const double params = double(desc.root.params), macs = double(desc.root.macs);
    row(tr("Parameters"), tr("%1 (%2 % of the network)")
                              .arg(QLocale().toString(qlonglong(n->params)),
                                   QLocale().toString(100.0 * double(n->params) / params, 'f', 2)));
    row(tr("Multiply-adds"), tr("%1 (%2 % of the network)")
                                 .arg(QLocale().toString(qlonglong(n->macs)),
                                      QLocale().toString(100.0 * double(n->macs) / macs, 'f', 2)));
    if (n->isLeaf())
        layerRows(n->layer, row);
    if (n->composition == inception::arch::Composition::Residual)
        row(tr("Residual scale"), QLocale().toString(n->residualScale));
    if (auto f = fields.find(n->id); f != fields.end())
        row(tr("Receptive field"), fieldText(f->second));
    html += QStringLiteral("</table>");
    setHtml(html);
    return true;
}

}  // namespace explorer
