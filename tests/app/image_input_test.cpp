// Drops and pastes take what the user gave: a local file first, then the picture itself, then an
// http(s) address (fetched from a server of the test's own on 127.0.0.1), then an HTML <img>;
// hostile answers (2 GiB, endless, text called PNG, a redirect loop, a server that never
// answers) are refused with the reason, and nothing is classified.
#include <QtTest>

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QWidget>

#include "explorer/inference/folderrun.h"
#include "explorer/inference/imagedownload.h"
#include "explorer/inference/imageinput.h"
#include "explorer/inference/inferenceservice.h"
#include "image_server.h"

using namespace explorer;

namespace {

const QString kImages = QStringLiteral(INCEPTION_FIXTURES "/images/");

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class ImageInputTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QSignalSpy ready(&service_, &InferenceService::variantReady);
        service_.open(QStringLiteral("mini_inception"));
        QVERIFY(ready.wait(120000));
        input_.downloadBar()->setParent(&window_);  // as the status bar holds it
    }

    // What a drop (or the clipboard) classifies: the path handed to the service.
    void eachKindIsTakenInTheBrowsersOrder()
    {
        const QString photo = kImages + QStringLiteral("chelsea.jpg");
        QMimeData all;  // a browser's drag: everything at once
        all.setUrls({QUrl::fromLocalFile(photo), server_.url(QStringLiteral("photo.jpg"))});
        all.setImageData(QImage(kImages + QStringLiteral("coffee_small.png")));
        all.setHtml(QStringLiteral("<img src=\"%1\">").arg(server_.url(QStringLiteral("photo.png")).toString()));
        QCOMPARE(taken(all), photo);

        QMimeData picture;  // the picture itself beats its address
        picture.setImageData(QImage(kImages + QStringLiteral("coffee_small.png")));
        picture.setUrls({server_.url(QStringLiteral("photo.jpg"))});
        const QString kept = taken(picture);
        QVERIFY2(kept.endsWith(QStringLiteral(".png")) && QImage(kept).size() == QImage(kImages + "coffee_small.png").size(),
                 qPrintable(kept));
        QVERIFY(!input_.download()->busy());

        QMimeData address;  // fetched, then classified from the bytes served
        address.setUrls({server_.url(QStringLiteral("photo.jpg"))});
        address.setHtml(QStringLiteral("<img src=\"%1\">").arg(server_.url(QStringLiteral("photo.png")).toString()));
        QSignalSpy progress(input_.download(), &ImageDownload::progress);
        const QString fetched = taken(address);
        QCOMPARE(fileBytes(fetched), fileBytes(photo));
        QVERIFY(fetched.endsWith(QStringLiteral("photo.jpg")));
        QVERIFY(progress.count() > 0);

        QMimeData html;  // a fragment of a web page
        html.setHtml(QStringLiteral("<p>A cup</p><IMG alt='x' SRC='%1' width=10>").arg(server_.url(QStringLiteral("photo.png")).toString()));
        QCOMPARE(fileBytes(taken(html)), fileBytes(kImages + QStringLiteral("coffee_small.png")));

        QMimeData inline_;  // a picture inside the HTML
        inline_.setHtml(QStringLiteral("<img src=\"data:image/png;base64,%1\">")
                            .arg(QString::fromLatin1(fileBytes(kImages + QStringLiteral("coffee_small.png")).toBase64())));
        QCOMPARE(fileBytes(taken(inline_)), fileBytes(kImages + QStringLiteral("coffee_small.png")));

        QMimeData text;  // an address copied from a browser's address bar
        text.setText(server_.url(QStringLiteral("photo.jpg")).toString() + QLatin1Char('\n'));
        QCOMPARE(fileBytes(taken(text)), fileBytes(photo));
    }

    void pasteReadsTheClipboard()
    {
        auto* mime = new QMimeData;
        mime->setUrls({server_.url(QStringLiteral("photo.png"))});
        QGuiApplication::clipboard()->setMimeData(mime);
        QSignalSpy classifying(&service_, &InferenceService::classifying);
        input_.paste();
        QVERIFY(classifying.wait(60000));
        QCOMPARE(fileBytes(classifying.at(0).at(0).toString()), fileBytes(kImages + QStringLiteral("coffee_small.png")));
    }

    void hostileAnswersAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("2 GiB said") << "huge.png" << "huge.png is 2048 MB; pictures above 64 MB are not fetched.";
        QTest::newRow("endless") << "endless.png" << "endless.png sends more than 64 MB; pictures above that are not fetched.";
        QTest::newRow("text called PNG") << "text.png" << "text.png is not a picture (image/png, it begins “this is text";
        QTest::newRow("redirect loop") << "loop" << "loop redirects more than 5 times (a loop?); not fetched.";
        QTest::newRow("missing") << "gone.jpg" << "Cannot fetch gone.jpg: ";
    }

    void hostileAnswersAreRefusedWithTheReason()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        QMimeData mime;
        mime.setUrls({server_.url(path)});
        const QString refused = refusal(mime);
        QVERIFY2(refused.contains(reason), qPrintable(refused));
    }

    void aFetchCanBeCancelled()
    {
        QMimeData mime;
        mime.setUrls({server_.url(QStringLiteral("hold"))});
        QSignalSpy error(&input_, &ImageInput::error);
        QSignalSpy classifying(&service_, &InferenceService::classifying);
        input_.drop(&mime);
        QVERIFY(input_.download()->busy());
        QVERIFY(!input_.downloadBar()->isHidden());
        input_.download()->cancel();
        QVERIFY(error.count() == 1 || error.wait(10000));
        QVERIFY2(error.at(0).at(0).toString().contains(QStringLiteral("cancelled; nothing was kept")),
                 qPrintable(error.at(0).at(0).toString()));
        QVERIFY(input_.downloadBar()->isHidden());
        QCOMPARE(classifying.count(), 0);
    }

    void otherAddressesAndEmptyDropsAreRefused()
    {
        QMimeData ftp;
        ftp.setUrls({QUrl(QStringLiteral("ftp://example.org/cat.jpg"))});
        QVERIFY(input_.accepts(&ftp));
        QCOMPARE(refusal(ftp), QStringLiteral("Only http and https addresses are fetched, not ftp://example.org/cat.jpg."));
        QMimeData words;
        words.setText(QStringLiteral("a cat"));
        QVERIFY(!input_.accepts(&words));
        QCOMPARE(refusal(words), QStringLiteral("The drop holds no file, picture or picture address to classify."));
        QMimeData badData;
        badData.setHtml(QStringLiteral("<img src=\"data:image/png;base64,%1\">").arg(QString::fromLatin1(QByteArray("plain text").toBase64())));
        QVERIFY(refusal(badData).contains(QStringLiteral("no format this program reads")));
    }

private:
    // Drops `mime`; the path the service is asked to classify.
    QString taken(const QMimeData& mime)
    {
        QSignalSpy classifying(&service_, &InferenceService::classifying);
        QSignalSpy error(&input_, &ImageInput::error);
        input_.drop(&mime);
        if (classifying.isEmpty() && !classifying.wait(60000))
            return QStringLiteral("nothing classified: ") + (error.isEmpty() ? QString() : error.at(0).at(0).toString());
        return classifying.at(0).at(0).toString();
    }
    // Drops `mime`, which must be refused: the message, with the server's address cut to the path.
    QString refusal(const QMimeData& mime)
    {
        QSignalSpy classifying(&service_, &InferenceService::classifying);
        QSignalSpy error(&input_, &ImageInput::error);
        input_.drop(&mime);
        if (error.isEmpty() && !error.wait(60000))
            return QStringLiteral("no refusal");
        if (!classifying.isEmpty())
            return QStringLiteral("classified: ") + classifying.at(0).at(0).toString();
        if (input_.download()->busy())
            return QStringLiteral("still fetching");
        return error.at(0).at(0).toString().replace(server_.url(QString()).toString(), QString());
    }

    InferenceService service_;
    FolderRun folders_{&service_};
    QWidget window_;
    ImageInput input_{&service_, &folders_, &window_};
    ImageServer server_{{{"/photo.jpg", fileBytes(kImages + QStringLiteral("chelsea.jpg"))},
                         {"/photo.png", fileBytes(kImages + QStringLiteral("coffee_small.png"))}}};
};

QTEST_MAIN(ImageInputTest)
#include "image_input_test.moc"
