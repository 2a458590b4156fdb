#pragma once
// DeepDream at one node on the current image: octaves, steps and strength; the original and
// the dreamt picture side by side; the node's mean activation at each octave; progress, Cancel,
// the disk cache (explain/visual_cache.h) and Save PNG. Runs off the GUI thread.
#include <QDialog>
#include <QImage>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QDoubleSpinBox;

namespace inception::engine {
class Model;
}

namespace explorer {

class BackgroundJob;

class DreamDialog : public QDialog {
    Q_OBJECT
public:
    DreamDialog(std::shared_ptr<const inception::engine::Model> model, const QString& node, const QString& image,
                QWidget* parent = nullptr);
    ~DreamDialog() override;

    void setSettings(int octaves, int steps, double strength);
    void run();
    void cancel();
    bool running() const { return running_; }
    QImage result() const { return result_; }
    QString report() const;  // the text under the pictures
    bool fromCache() const { return fromCache_; }
    bool savePng(const QString& path, QString* error = nullptr) const;

signals:
    void finished(bool ok);

private:
    void showPicture(QLabel* label, const QImage& picture);
    void showOutcome(const QImage& picture, const QString& text, bool fromCache, bool ok, bool keep);

    std::shared_ptr<const inception::engine::Model> model_;
    QString node_, image_;
    QImage original_, result_;
    bool fromCache_ = false;
    QSpinBox* octaves_;
    QSpinBox* steps_;
    QDoubleSpinBox* strength_;
    QLabel* before_;
    QLabel* after_;
    QLabel* text_;
    QProgressBar* progress_;
    QPushButton* go_;
    QPushButton* cancel_;
    QPushButton* save_;
    BackgroundJob* job_;
    bool running_ = false;
};

}  // namespace explorer
