// The window in German and in Simplified Chinese: the built .qm files are installed as the
// application does, and a few strings of the window are checked, numbers in the locale's format.
// LibTorch first: Qt's `slots` keyword macro must not reach its headers.
#include "vision/decode.h"
#include "vision/frame_source.h"
#include "weights/weights_file.h"

#include <QtTest>

#include <QDockWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTranslator>

#include "explorer/common/errortext.h"
#include "explorer/shell/mainwindow.h"
#include "../app/window_parts.h"
#include "explorer/explain/explanationpanel.h"
#include "explorer/inference/inferenceresult.h"
#include "explorer/inspect/predictionspanel.h"

using namespace explorer;
using explorer::test::P;

namespace {

// The code of the error `f` throws (the test asks the core, so that it follows the core).
template <class F>
inception::ErrorCode codeOf(F f)
{
    try {
        f();
    } catch (const inception::Error& e) {
        return e.code();
    }
    return inception::ErrorCode::Internal;
}

}  // namespace

class LangTest : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> open(const QString& lang, QTranslator& t)
    {
        QLocale::setDefault(QLocale(lang));
        if (!t.load(QStringLiteral(INCEPTION_QM_DIR "/inception_explorer_%1.qm").arg(lang)))
            return nullptr;
        QCoreApplication::installTranslator(&t);
        auto w = std::make_unique<MainWindow>();
        QSignalSpy ready(w.get(), &MainWindow::variantShown);
        w->setVariant(QStringLiteral("googlenet"));
        if (!ready.wait(120000))
            return nullptr;
        return w;
    }
    static QStringList menus(const MainWindow& w)
    {
        QStringList titles;
        for (auto* a : w.menuBar()->actions())
            titles << a->text();
        return titles;
    }
    static QString dockTitle(const MainWindow& w, const QString& name)
    {
        for (auto* d : w.findChildren<QDockWidget*>())
            if (d->objectName() == name)
                return d->windowTitle();
        return {};
    }

private slots:
    void german()
    {
        QTranslator t;
        auto w = open(QStringLiteral("de"), t);
        QVERIFY(w);
        QCOMPARE(menus(*w), (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht"), QStringLiteral("Abb&ildungen"), QStringLiteral("&Tour")}));
        QCOMPARE(dockTitle(*w, QStringLiteral("predictions")), QStringLiteral("Vorhersagen"));
        QCOMPARE(dockTitle(*w, QStringLiteral("weights")), QStringLiteral("Gewichte"));
        P(w).view->selectNode(QStringLiteral("inception4a"));
        const QString details = P(w).details->text();
        QVERIFY2(details.contains(QStringLiteral("364.512")), qPrintable(details));  // German digit grouping
        QVERIFY(details.contains(QStringLiteral("des Netzes")));
        QVERIFY(details.contains(QStringLiteral("Verkettung")));  // "concat", the ArchNode term
        // The live view's map is named as the dock's list names it, not by the core's English name.
        auto* explanation = w->findChild<ExplanationPanel*>();
        QVERIFY(explanation);
        InferenceResult live;
        live.live = true;
        live.input = QImage(8, 8, QImage::Format_RGB888);
        live.explain.shown = true;
        live.explain.method = QStringLiteral("input-x-gradient");
        live.explain.methodName = QStringLiteral("Input × gradient");
        live.explain.colours = live.input;
        live.explain.limit = 1;
        explanation->showResult(live);
        QVERIFY2(explanation->text().contains(QStringLiteral("Eingabe × Gradient von")), qPrintable(explanation->text()));
        QVERIFY(!explanation->text().contains(QStringLiteral("Input × gradient")));
        QCoreApplication::removeTranslator(&t);
    }

    void chinese()
    {
        QTranslator t;
        auto w = open(QStringLiteral("zh_CN"), t);
        QVERIFY(w);
        QCOMPARE(menus(*w), (QStringList{QStringLiteral("文件(&F)"), QStringLiteral("视图(&V)"), QStringLiteral("论文插图(&I)"), QStringLiteral("导览(&T)")}));
        QCOMPARE(dockTitle(*w, QStringLiteral("activations")), QStringLiteral("激活"));
        P(w).view->selectNode(QStringLiteral("inception4a"));
        QVERIFY2(P(w).details->text().contains(QStringLiteral("拼接")), qPrintable(P(w).details->text()));
        QVERIFY(P(w).details->text().contains(QStringLiteral("364,512")));
        QCoreApplication::removeTranslator(&t);
    }

    // Every error code of the core has its own sentence in German and in Chinese.
    void everyErrorCodeIsTranslated()
    {
        const QString file = QStringLiteral("/tmp/some file.bin");
        for (const char* lang : {"de", "zh_CN"}) {
            QTranslator t;
            QVERIFY(t.load(QStringLiteral(INCEPTION_QM_DIR "/inception_explorer_%1.qm").arg(QLatin1String(lang))));
            QStringList translated;
            QCoreApplication::installTranslator(&t);
            for (auto code : inception::kAllErrorCodes)
                translated << ErrorText::sentence(code, file);
            QCoreApplication::removeTranslator(&t);
            QStringList seen;
            for (size_t i = 0; i < std::size(inception::kAllErrorCodes); ++i) {
                const QString english = ErrorText::sentence(inception::kAllErrorCodes[i], file);
                QVERIFY2(translated[int(i)] != english, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(lang), english)));
                QVERIFY(translated[int(i)].contains(file));
                QVERIFY2(!seen.contains(translated[int(i)]), qPrintable(translated[int(i)]));  // one sentence per code
                seen << translated[int(i)];
            }
        }
    }

    // Three failures a user meets, in the German window: the German sentence for the core's
    // error code, about the file; the core's English text only behind "Details".
    void errorsShowInGermanWithTheDetailBehindAClick()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("words.png"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("words, not pixels");
        }
        const QString checkpoint = dir.filePath(QStringLiteral("cut.pth"));
        {
            QFile f(checkpoint);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("PK\x03\x04 cut short");
        }
        const QString video = dir.filePath(QStringLiteral("words.avi"));
        {
            QFile f(video);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("words, not frames");
        }
        const auto imageCode = codeOf([&] { inception::vision::decodeImageFile(text.toStdString()); });
        const auto weightsCode = codeOf([&] { inception::weights::readWeightsFile(checkpoint.toStdString()); });
        const auto videoCode = codeOf([&] { inception::vision::openSource(video.toStdString()); });

        QTranslator t;
        auto w = open(QStringLiteral("de"), t);
        QVERIFY(w);
        auto check = [&](QSignalSpy& spy, inception::ErrorCode code, const QString& subject) {
            QVERIFY(spy.count() >= 1 || spy.wait(60000));
            const QString shown = spy.at(0).at(0).toString();
            const QString german = ErrorText::sentence(code, subject);
            QVERIFY2(shown.contains(german), qPrintable(shown + QStringLiteral(" / ") + german));
            for (const char* english : {"no such", "damaged", "truncated", "not an image", "cannot"})
                QVERIFY2(!shown.contains(QLatin1String(english)), qPrintable(shown));
            const QString panel = P(w).predictions->text();
            QVERIFY2(panel.contains(QStringLiteral("Details")), qPrintable(panel));
        };
        {
            QSignalSpy error(w.get(), &MainWindow::errorShown);
            P(w).service->classify(text);
            check(error, imageCode, text);
        }
        {
            QSignalSpy error(w.get(), &MainWindow::errorShown);
            P(w).choices->loadWeightsFile(QStringLiteral("googlenet"), checkpoint);
            check(error, weightsCode, checkpoint);
        }
        {
            QSignalSpy error(w.get(), &MainWindow::errorShown);
            P(w).live->start(video);
            check(error, videoCode, video);
            P(w).live->stop();
        }
        QCoreApplication::removeTranslator(&t);
    }
};

QTEST_MAIN(LangTest)
#include "lang_test.moc"
