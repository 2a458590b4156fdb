#pragma once
// What a channel has learned, beside the enlarged channel in the Activations dock: under it
// "What does this channel look for?" (progress, a preview that sharpens, the result, Diverse,
// Export PNG), and in a column of its own "Index a folder…" (progress, Cancel), the picture
// optimised for the channel and the dataset's images it responds to most. A new channel clears
// the last one's picture and examples. The work runs in the ChannelController; this panel shows
// it and holds the choices.
#include <QImage>
#include <QObject>
#include <QPointer>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace explorer {

class ChannelPanel : public QObject {
    Q_OBJECT
public:
    explicit ChannelPanel(QObject* parent = nullptr);
    ~ChannelPanel() override;

    QWidget* controls() const { return controls_; }  // under the enlarged channel
    QWidget* column() const { return column_; }      // beside it (both owned by whoever shows them)

    // The channel enlarged: `node`, `channel`; its title and its map over the input (the sheet's).
    void setChannel(const QString& node, int channel, const QString& title, const QImage& overlay);
    void clearChannel();  // none enlarged (another module)
    QString node() const { return node_; }
    int channel() const { return channel_; }

    void showLookForProgress(int step, int total, const QImage& preview);
    void showLookFor(const QImage& picture, const QString& what);
    QImage lookForPicture() const { return lookFor_; }
    // The map over the input, the picture and the dataset examples on one sheet (what Export PNG writes).
    QImage lookForSheet() const;
    bool exportLookFor(const QString& path) const;
    bool diverse() const { return diverse_; }
    // Dataset examples of the enlarged channel (a grid of crops; null: only the caption).
    void showExamples(const QImage& grid, const QString& caption);
    QImage examplesPicture() const { return examples_; }
    QString examplesCaption() const { return examplesCaption_; }
    void showIndexProgress(int done, int total);
    void showIndexFinished(const QString& text);

signals:
    void lookForRequested(const QString& node, int channel);
    void lookForCancelled();
    void indexRequested(const QString& dir);
    void indexCancelled();

private:
    void buildControls();
    void buildColumn();

    QPointer<QWidget> controls_;
    QPointer<QWidget> column_;
    QPushButton* lookButton_ = nullptr;
    QPushButton* lookCancel_ = nullptr;
    QPushButton* lookExport_ = nullptr;
    QCheckBox* lookDiverse_ = nullptr;
    QProgressBar* lookProgress_ = nullptr;
    QLabel* lookText_ = nullptr;
    QLabel* lookPicture_ = nullptr;
    QLabel* examplesPicture_ = nullptr;
    QLabel* examplesText_ = nullptr;
    QPushButton* indexButton_ = nullptr;
    QPushButton* indexCancel_ = nullptr;
    QProgressBar* indexProgress_ = nullptr;
    QImage lookFor_, examples_, overlay_;
    QString examplesCaption_, title_, node_;
    int channel_ = -1;
    bool diverse_ = false;
};

}  // namespace explorer
