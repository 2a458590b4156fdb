#pragma once
// Where images come into the window: File ▸ Open image or folder, a drop, a paste. A file is
// classified, a folder runs (FolderRun); a pasted picture is kept in a temporary folder for as
// long as the window lives.
#include <QObject>

#include <memory>

class QMimeData;
class QTemporaryDir;
class QWidget;

namespace explorer {

class FolderRun;
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
    void paste();                    // the clipboard's file, folder or picture
    bool accepts(const QMimeData* mime) const;
    void drop(const QMimeData* mime);

signals:
    void error(const QString& message);

private:
    void openPicture(const QMimeData* mime);

    InferenceService* service_;
    FolderRun* folders_;
    QWidget* window_;
    std::unique_ptr<QTemporaryDir> pasted_;
    int pastedCount_ = 0;
};

}  // namespace explorer
