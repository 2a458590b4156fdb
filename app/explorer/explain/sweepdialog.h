#pragma once
// Knock out each branch of a module in turn: for every image, the drop of the original top-1's
// probability, whether the top-1 stays, and the KL divergence of the whole distribution; then
// the mean of each column per branch. Sortable, runs off the GUI thread (progress, Cancel),
// exportable as CSV.
#include <QDialog>
#include <QStringList>

#include <map>
#include <memory>
#include <string>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace inception::engine {
class Model;
}

namespace explorer {

class BackgroundJob;

class SweepDialog : public QDialog {
    Q_OBJECT
public:
    // `knockouts`: those already applied (id -> mean), kept during the sweep.
    SweepDialog(std::shared_ptr<const inception::engine::Model> model, const QString& module,
                std::map<std::string, bool> knockouts, QWidget* parent = nullptr);
    ~SweepDialog() override;

    // Adds the images to the sweep (runs them; the table grows as each image is done).
    void run(const QStringList& images);
    void cancel();
    bool running() const { return running_; }
    void setMeanKnockout(bool mean);  // knock out with each channel's mean instead of zero
    QString csv() const;              // what "Export CSV…" writes
    int rowCount() const;
    bool exportCsv(const QString& path, QString* error = nullptr);

    // Forgets the window's knockouts for this sweep (asking the window to restore them too) and
    // sweeps the images again against the whole network. Not while a sweep runs.
    void restoreKnockouts();
    QString baselineText() const;

signals:
    void finished(int images, bool cancelled);
    void restoreKnockoutsAsked();

private:
    void addFolder();
    void exportAsked();
    void refill();
    void showBaseline();
    QString branchText(const std::string& branch) const;
    void swept(int done, int failed, const QString& lastError, bool cancelled);

    struct Rows;
    std::shared_ptr<const inception::engine::Model> model_;
    QString module_;
    std::map<std::string, bool> knockouts_;
    bool mean_ = false;
    std::unique_ptr<Rows> rows_;
    QTableWidget* table_;
    QTableWidget* means_;
    QProgressBar* progress_;
    QLabel* status_;
    QLabel* baseline_;
    QPushButton* restore_;
    QStringList images_;  // every image swept, in order
    QPushButton* folder_;
    QPushButton* cancel_;
    QPushButton* export_;
    BackgroundJob* job_;
    bool running_ = false;
};

}  // namespace explorer
