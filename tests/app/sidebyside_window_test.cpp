// Side by side: googlenet | inception_v3 on one image. Both prediction lists equal what
// `inception-cli classify` gives for each variant alone; the parameter and multiply-add columns
// equal `inception-cli summary --json`; the alignment table lines the stages up by stride.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTableWidget>

#include "explorer/inspect/predictionspanel.h"
#include "explorer/lecture/sidebyside.h"

using namespace explorer;

namespace {
const QString kImage = QStringLiteral(INCEPTION_FIXTURES "/images/chelsea.jpg");

QByteArray cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(INCEPTION_CLI), args);
    p.waitForFinished(300000);
    return p.readAllStandardOutput();
}
}  // namespace

class SideBySideTest : public QObject {
    Q_OBJECT
private slots:
    void bothListsAndCostsEqualTheSingleVariantNumbers()
    {
        SideBySideWindow window;
        window.show();
        QSignalSpy shown(&window, &SideBySideWindow::resultsShown);
        window.setVariants(QStringLiteral("googlenet"), QStringLiteral("inception_v3"));
        window.setImage(kImage);
        QVERIFY(shown.wait(600000));
        const QLocale loc;
        for (int side = 0; side < 2; ++side) {
            const QString v = window.variant(side);
            const auto top = QJsonDocument::fromJson(cli({QStringLiteral("classify"), kImage, QStringLiteral("--variant"), v,
                                                          QStringLiteral("--untrained"), QStringLiteral("--json")}))
                                 .array()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("top"))
                                 .toArray();
            const auto classes = window.predictions(side)->shownClasses();
            const auto probabilities = window.predictions(side)->shownProbabilities();
            QCOMPARE(classes.size(), 5);
            for (int k = 0; k < 5; ++k) {
                const auto t = top.at(k).toObject();
                QCOMPARE(classes[k], t.value(QStringLiteral("index")).toInt());
                QVERIFY2(std::abs(probabilities[k] - t.value(QStringLiteral("probability")).toDouble()) < 1e-5,
                         qPrintable(QStringLiteral("%1 rank %2").arg(v).arg(k)));
            }
            const auto summary = QJsonDocument::fromJson(cli({QStringLiteral("summary"), v, QStringLiteral("--json")})).object();
            const auto* cost = window.costTable();
            QCOMPARE(loc.toLongLong(cost->item(0, side)->text()), summary.value(QStringLiteral("params")).toInteger());
            QCOMPARE(loc.toLongLong(cost->item(1, side)->text()), summary.value(QStringLiteral("macs")).toInteger());
            QVERIFY(cost->item(3, side)->text().contains(QStringLiteral("ms")));
        }
        // Stages lined up by stride: ÷8, ÷16, ÷32 and the pooled classifier, both sides filled.
        const auto* align = window.alignmentTable();
        QCOMPARE(align->rowCount(), 4);
        for (int row = 0; row < 4; ++row)
            for (int col = 1; col < 3; ++col)
                QVERIFY2(!align->item(row, col)->text().isEmpty(), qPrintable(QStringLiteral("row %1").arg(row)));
        QVERIFY(align->item(1, 1)->text().contains(QStringLiteral("inception 3")));
        QVERIFY(align->item(1, 2)->text().contains(QStringLiteral("17")));
    }
};

QTEST_MAIN(SideBySideTest)
#include "sidebyside_window_test.moc"
