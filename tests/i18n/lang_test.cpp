// The window in German and in Simplified Chinese: the built .qm files are installed as the
// application does, and a few strings of the window are checked, numbers in the locale's format.
#include <QtTest>

#include <QDockWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTranslator>

#include "mainwindow.h"

using namespace explorer;

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
        QCOMPARE(menus(*w), (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht"), QStringLiteral("Abb&ildungen")}));
        QCOMPARE(dockTitle(*w, QStringLiteral("predictions")), QStringLiteral("Vorhersagen"));
        QCOMPARE(dockTitle(*w, QStringLiteral("weights")), QStringLiteral("Gewichte"));
        w->selectNode(QStringLiteral("inception4a"));
        const QString details = w->detailsText();
        QVERIFY2(details.contains(QStringLiteral("364.512")), qPrintable(details));  // German digit grouping
        QVERIFY(details.contains(QStringLiteral("des Netzes")));
        QVERIFY(details.contains(QStringLiteral("Verkettung")));  // "concat", the ArchNode term
        QCoreApplication::removeTranslator(&t);
    }

    void chinese()
    {
        QTranslator t;
        auto w = open(QStringLiteral("zh_CN"), t);
        QVERIFY(w);
        QCOMPARE(menus(*w), (QStringList{QStringLiteral("文件(&F)"), QStringLiteral("视图(&V)"), QStringLiteral("论文插图(&I)")}));
        QCOMPARE(dockTitle(*w, QStringLiteral("activations")), QStringLiteral("激活"));
        w->selectNode(QStringLiteral("inception4a"));
        QVERIFY2(w->detailsText().contains(QStringLiteral("拼接")), qPrintable(w->detailsText()));
        QVERIFY(w->detailsText().contains(QStringLiteral("364,512")));
        QCoreApplication::removeTranslator(&t);
    }
};

QTEST_MAIN(LangTest)
#include "lang_test.moc"
