// Lecture mode for the back row, measured: at 1366×768 and 1920×1080, in English and German,
// every built-in tour step that frames a module (a block; the v4 stem is a stage, drawn smaller)
// draws the module's name and its branches' names
// at 22 px or more (lower-case glyph boxes 16 px or more) inside the visible diagram; every
// diagram name fits its box or frame; no visible label, button or combo box is cut; Ctrl +/-
// change the lecture zoom and it is remembered; the presenter view opens at 1366×768. Run again at
// a device pixel ratio of 2 (lecture_window_test_dpr2): the same apparent sizes.
#include <QtTest>

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTranslator>

#include "explorer/diagram/diagramitems.h"
#include "explorer/diagram/diagramscene.h"
#include "explorer/diagram/diagramview.h"
#include "explorer/lecture/figures.h"
#include "explorer/lecture/presenterwindow.h"
#include "explorer/lecture/tour.h"
#include "explorer/shell/lecturemode.h"
#include "explorer/shell/mainwindow.h"
#include "window_parts.h"

#include "arch/archnode.h"

using namespace explorer;
using explorer::test::P;

namespace {

// The node a step frames (its own, else its figure's); empty: the whole network.
std::string framed(const TourStep& s)
{
    if (!s.frame.isEmpty())
        return s.frame.toStdString();
    const Figure* f = s.figure.isEmpty() ? nullptr : findFigure(s.figure.toStdString());
    return f ? f->frame : std::string();
}

// Texts a widget shows that do not fit it (a label without wrapping, a button, a combo box).
QStringList cutTexts(QWidget& window)
{
    QStringList cut;
    for (QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisible() || w->visibleRegion().isEmpty())
            continue;
        if (auto* label = qobject_cast<QLabel*>(w); label && !label->wordWrap() && !label->text().isEmpty() &&
                                                    label->pixmap().isNull() && label->textFormat() != Qt::RichText) {
            if (label->fontMetrics().horizontalAdvance(label->text()) > label->contentsRect().width() + 1)
                cut << QStringLiteral("label “%1”").arg(label->text());
        } else if (auto* button = qobject_cast<QAbstractButton*>(w); button && !button->text().isEmpty()) {
            if (button->width() < button->minimumSizeHint().width())
                cut << QStringLiteral("button “%1”").arg(button->text());
        } else if (auto* box = qobject_cast<QComboBox*>(w)) {
            if (box->fontMetrics().horizontalAdvance(box->currentText()) + 24 > box->width())
                cut << QStringLiteral("combo box “%1”").arg(box->currentText());
        }
    }
    return cut;
}

}  // namespace

class LectureWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QSettings().clear(); }

    void theBackRowReadsEveryFramedModule_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char* language : {"en", "de"})
            for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)})
                QTest::addRow("%s %dx%d", language, size.width(), size.height()) << QString::fromLatin1(language) << size;
    }

    void theBackRowReadsEveryFramedModule()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QTranslator translator;
        if (language != QLatin1String("en")) {
            QVERIFY(translator.load(QLocale(language), QStringLiteral("inception_explorer"), QStringLiteral("_"),
                                    QStringLiteral(INCEPTION_TRANSLATIONS)));
            QApplication::installTranslator(&translator);
        }
        QLocale::setDefault(QLocale(language));
        QSettings().remove(QStringLiteral("window"));
        {
            MainWindow w;
            w.resize(size);
            QSignalSpy ready(&w, &MainWindow::variantShown);
            w.setVariant(QStringLiteral("googlenet"));
            QVERIFY(ready.wait(300000));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            // The run under QT_SCALE_FACTOR=2 (a high-DPI screen) measures the same logical pixels.
            if (qEnvironmentVariableIsSet("INCEPTION_EXPECT_DPR"))
                QCOMPARE(w.devicePixelRatio(), qEnvironmentVariable("INCEPTION_EXPECT_DPR").toDouble());
            w.lectureMode()->set(true, /*fullScreen=*/false);
            struct Off {  // the application's font back, also when a check fails
                MainWindow& w;
                ~Off() { w.lectureMode()->set(false); }
            } off{w};
            QVERIFY(P(w).tours->openTour(QStringLiteral("builtin")));
            const Tour& tour = *P(w).tours->tour();
            QSignalSpy shown(P(w).tours, &TourController::stepShown);
            int measured = 0;
            for (int i = 0; i < tour.steps.size(); ++i) {
                P(w).tours->playStep(i);
                QVERIFY2(shown.wait(300000), qPrintable(QStringLiteral("step %1 never settled").arg(i + 1)));
                QApplication::processEvents();
                const QString at = QStringLiteral("%1 %2x%3 step %4").arg(language).arg(size.width()).arg(size.height()).arg(i + 1);
                checkDiagramNames(w, at);
                if (QTest::currentTestFailed())
                    return;
                const QStringList cut = cutTexts(w);
                QVERIFY2(cut.isEmpty(), qPrintable(at + QStringLiteral(": ") + cut.join(QStringLiteral(", "))));
                const std::string frame = framed(tour.steps[i]);
                // Names below lecture size (a whole network, a tall stage) are said to be so.
                QVERIFY2(P(w).view->smallNamesNoted() == (P(w).view->namePixels() < DiagramView::kLectureNamePx),
                         qPrintable(at + QStringLiteral(": names at %1 px, noted: %2")
                                             .arg(P(w).view->namePixels()).arg(P(w).view->smallNamesNoted())));
                if (frame.empty())
                    continue;  // the whole network: a smaller size is allowed, and said
                if (frame == "stem")  // Inception-v4's stem is folded into columns to reach lecture size
                    QVERIFY2(P(w).scene->columns(frame) > 1, qPrintable(at));
                measured += checkHeadings(w, frame, at);
                if (QTest::currentTestFailed()) {
                    const QString picture = QDir::temp().filePath(QStringLiteral("lecture-fail-%1.png").arg(language));
                    w.grab().save(picture);  // what the lecturer would have seen
                    qWarning("the window: %s", qPrintable(picture));
                    return;
                }
            }
            QVERIFY2(measured >= 40, qPrintable(QString::number(measured)));
            // The tour ends on Inception-ResNet-v2: the fold stayed with Inception-v4's stem.
            QCOMPARE(P(w).scene->columns("stem"), 1);  // names of 13 framed modules
            P(w).tours->closeTour();
        }
        QApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English));
    }

    // Ctrl +/- in lecture mode change the lecture zoom (and the diagram's names with it); a new
    // window starts at the zoom the last one was left at.
    void ctrlPlusAndMinusChangeTheLectureZoom()
    {
        QSettings().remove(QStringLiteral("lecture"));
        double scaleBefore = 0;
        {
            MainWindow w;
            w.resize(1366, 768);
            QSignalSpy ready(&w, &MainWindow::variantShown);
            w.setVariant(QStringLiteral("googlenet"));
            QVERIFY(ready.wait(300000));
            w.show();
            w.lectureMode()->set(true, false);
            QCOMPARE(w.lectureMode()->zoom(), LectureMode::kDefaultZoom);
            scaleBefore = P(w).scene->textScale();
            QVERIFY(scaleBefore > 1);
            zoomIn(w)->trigger();
            QCOMPARE(w.lectureMode()->zoom(), LectureMode::kDefaultZoom + LectureMode::kZoomStep);
            QVERIFY(P(w).scene->textScale() > scaleBefore);
            w.lectureMode()->set(false);
            QCOMPARE(P(w).scene->textScale(), 1.0);  // normal text again
        }
        MainWindow again;
        QCOMPARE(again.lectureMode()->zoom(), LectureMode::kDefaultZoom + LectureMode::kZoomStep);
        again.lectureMode()->adjust(-1);
        QCOMPARE(again.lectureMode()->zoom(), LectureMode::kDefaultZoom);
    }

    // The presenter view at 1366×768 in lecture mode: it opens, with the step's notes.
    void thePresenterViewOpensAt1366x768()
    {
        MainWindow w;
        w.resize(1366, 768);
        QSignalSpy ready(&w, &MainWindow::variantShown);
        w.setVariant(QStringLiteral("googlenet"));
        QVERIFY(ready.wait(300000));
        w.show();
        w.lectureMode()->set(true, false);
        QVERIFY(P(w).tours->openTour(QStringLiteral("builtin")));
        QSignalSpy shown(P(w).tours, &TourController::stepShown);
        P(w).tours->openPresenter();
        P(w).tours->playStep(2);
        QVERIFY(shown.wait(300000));
        auto* presenter = P(w).tours->presenter();
        QVERIFY(presenter && presenter->isVisible());
        presenter->resize(1366, 768);
        QApplication::processEvents();
        const QStringList cut = cutTexts(*presenter);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(", "))));
        P(w).tours->closeTour();
    }

private:
    static QAction* zoomIn(MainWindow& w)
    {
        for (QAction* a : w.findChildren<QAction*>())
            if (a->shortcut() == QKeySequence(QKeySequence::ZoomIn))
                return a;
        qFatal("no Zoom in");
    }

    // Every name drawn in the diagram inside its box or frame.
    static void checkDiagramNames(MainWindow& w, const QString& at)
    {
        for (const auto& b : P(w).scene->layout().boxes) {
            if (b.kind != BoxKind::Node && b.kind != BoxKind::Frame)
                continue;
            const QRectF box(b.rect.x, b.rect.y, b.rect.w, b.rect.h);
            const QRectF title = P(w).scene->titleRect(b.id);
            QVERIFY2(box.adjusted(-0.5, -0.5, 0.5, 0.5).contains(title),
                     qPrintable(QStringLiteral("%1: the name of %2 is cut").arg(at, QString::fromStdString(b.id))));
            if (b.kind != BoxKind::Frame)
                continue;
            // A line into the frame's branches (the split's) passes behind its name, not over it.
            for (QGraphicsItem* item : P(w).scene->items(title.center(), Qt::IntersectsItemBoundingRect, Qt::DescendingOrder)) {
                QVERIFY2(item->type() != explorer::EdgeItem::Type,
                         qPrintable(QStringLiteral("%1: a line over the name of %2").arg(at, QString::fromStdString(b.id))));
                if (item->data(0).toString() == QString::fromStdString(b.id))
                    break;  // the name is on top of every line there
            }
        }
    }

    // The framed module's name and its branches' names: 22 px or more, inside the view. A framed
    // stage (the Inception-v4 stem: three layers and three mixed modules, folded into columns in
    // lecture mode) is measured by its name, its modules' and theirs branches' names. Returns
    // how many names were measured.
    static int checkHeadings(MainWindow& w, const std::string& frame, const QString& at)
    {
        using inception::arch::Composition;
        const auto* desc = P(w).scene->network();
        const auto* part = inception::arch::findNode(desc->root, frame);
        if (!part)
            return 0;
        std::vector<const inception::arch::ArchNode*> modules;
        if (part->kind == inception::arch::Kind::Block)
            modules.push_back(part);
        else
            for (const auto& c : part->children)
                if (c.kind == inception::arch::Kind::Block)
                    modules.push_back(&c);
        std::vector<std::string> ids{frame};
        for (const auto* m : modules) {
            if (m != part)
                ids.push_back(m->id);
            if (m->composition == Composition::Concat || m->composition == Composition::Residual)
                for (const auto& c : m->children)
                    ids.push_back(c.id);
        }
        DiagramView* view = P(w).view;
        const double scale = view->transform().m11();
        const QFont font = P(w).scene->titleFont();
        const double px = font.pointSizeF() * view->viewport()->logicalDpiY() / 72.0 * scale;
        const double glyph = QFontMetricsF(font, view->viewport()).tightBoundingRect(QStringLiteral("b")).height() * scale;
        int measured = 0;
        for (const auto& id : ids) {
            const QRectF title = P(w).scene->titleRect(id);
            if (title.isEmpty())
                continue;  // not drawn (a branch inside a closed module)
            ++measured;
            const QString what = QStringLiteral("%1: %2").arg(at, QString::fromStdString(id));
            [&] {
                QVERIFY2(px >= 22 && glyph >= 16,
                         qPrintable(QStringLiteral("%1 at %2 px (lower-case %3 px)").arg(what).arg(px).arg(glyph)));
                const QRect onScreen = view->mapFromScene(title).boundingRect();
                QVERIFY2(view->viewport()->rect().contains(onScreen), qPrintable(what + QStringLiteral(" outside the view")));
            }();
            if (QTest::currentTestFailed())
                return measured;
        }
        return measured;
    }
};

QTEST_MAIN(LectureWindowTest)
#include "lecture_window_test.moc"
