#pragma once
// Per variant: are its published weights found, missing or corrupt? Download them (progress,
// cancel; nothing enters the cache unless its SHA-256 matches), or load any local file.
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace inception::weights {
struct WeightsStatus;
}

namespace explorer {

class BackgroundJob;
class Downloader;

class WeightsPanel : public QWidget {
    Q_OBJECT
public:
    explicit WeightsPanel(QWidget* parent = nullptr);

    // Looks again at every variant's cache, off the GUI thread (hashing takes a moment).
    void refresh();
    void setCurrentVariant(const QString& id);
    QString stateText(const QString& id) const;
    QString message() const;
    Downloader* downloader() const { return downloader_; }

    void download(const QString& id);
    // Asks for a file of class names (one per line) for the network shown.
    void chooseLabels();
    void cancelDownload();

signals:
    void loadFileRequested(const QString& id, const QString& path);
    void loadLabelsRequested(const QString& path);
    void weightsArrived(const QString& id, const QString& path);
    void refreshed();
    void downloadFinished(bool ok, const QString& message);

private:
    int rowOf(const QString& id) const;
    QString selectedVariant() const;
    void setState(const QString& id, const QString& state, const QString& path, const QString& tip);
    void showCheck(const QString& id, const inception::weights::WeightsStatus& status);  // GUI thread
    void loadFile();
    void updateButtons();

    QTableWidget* table_;
    QPushButton* downloadButton_;
    QPushButton* loadButton_;
    QPushButton* labelsButton_;
    QPushButton* refreshButton_;
    QPushButton* cancelButton_;
    QProgressBar* progress_;
    QLabel* message_;
    Downloader* downloader_;
    BackgroundJob* checks_;
    QString downloading_;
    int pendingChecks_ = 0;
};

}  // namespace explorer
