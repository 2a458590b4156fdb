#pragma once
// Where images come into the window: File ▸ Open image or folder, a drop, a paste. What a drop
// or the clipboard carries is taken in this order (a browser's drag carries several at once):
// a local file or folder, then the picture itself, then an http(s) address of a picture
// (fetched: ImageDownload), then the first <img src> of an HTML fragment. A file is classified,
// a folder runs (FolderRun); a picture given as data or fetched is kept in a temporary folder
// for as long as the window lives.
#include <QObject>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QMimeData;
class QProgressBar;
class QTemporaryDir;
class QToolButton;
class QUrl;

namespace explorer {

class FolderRun;
class ImageDownload;
class InferenceService;

class ImageInput : public QObject {
    Q_OBJECT
public:
    // `window`: the parent of the file dialogs.
    ImageInput(InferenceService* service, FolderRun* folders, QWidget* window);
    ~ImageInput() override;

    void openImageDialog();
    void openFolderDialog();
    void open(const QString& path);  // a file, or a folder
    void paste();                    // what the clipboard holds, as a drop
    bool accepts(const QMimeData* mime) const;
    void drop(const QMimeData* mime);
    // A fetch on its way: its progress and a Cancel button, hidden when none (for the status bar).
    QWidget* downloadBar() const { return bar_; }
    ImageDownload* download() const { return download_; }

signals:
    void error(const QString& message);
    void fetching(const QString& url);  // a picture's address is being fetched

private:
    void take(const QMimeData* mime, const QString& where);
    void fetch(const QUrl& url);
    bool takeHtml(const QString& html);
    void keep(const QByteArray& bytes, const QString& format, const QString& name);
    void keepPicture(const QMimeData* mime);
    QString keptPath(const QString& name, const QString& suffix);

    InferenceService* service_;
    FolderRun* folders_;
    QWidget* window_;
    ImageDownload* download_;
    QPointer<QWidget> bar_;  // the status bar owns it once placed there
    QLabel* barText_;
    QProgressBar* barProgress_;
    QToolButton* barCancel_;
    std::unique_ptr<QTemporaryDir> kept_;
    int keptCount_ = 0;
};

}  // namespace explorer
