#pragma once
// The toolbar's choices of what runs and where: the variant, CPU or CUDA, float32 or bfloat16
// (remembered), the label saying where the network runs and with which weights, and the
// progress bar of a network opening. They talk to the InferenceService only.
#include <QObject>

class QComboBox;
class QLabel;
class QProgressBar;
class QToolBar;

namespace inception::arch {
struct NetworkDesc;
}

namespace explorer {

class InferenceService;

class RunChoices : public QObject {
    Q_OBJECT
public:
    explicit RunChoices(InferenceService* service, QObject* parent = nullptr);

    void addVariantBoxTo(QToolBar* bar);
    void addRunBoxesTo(QToolBar* bar);  // device, precision
    QLabel* deviceLabel() const { return deviceLabel_; }
    QProgressBar* openProgress() const { return openProgress_; }

    // Shows `id` and opens it (default weights); false, with error(), for an unknown variant.
    bool setVariant(const QString& id);
    bool loadWeightsFile(const QString& id, const QString& path);
    // Class names (one per line) for the network shown, kept with its weights file (or with the
    // variant's own weights): when that file opens again, its names come with it. A file whose
    // count is not the classifier's width is refused with the reason; the names shown stay.
    void loadLabelsFile(const QString& path);
    // The names file kept for `weightsFile` (empty: the variant's own weights) of `id`.
    static QString keptLabels(const QString& id, const QString& weightsFile);
    QString variantName() const;  // the chosen variant's display name
    bool offers(const QString& id) const;  // a variant of the box
    // CPU, or CUDA when LibTorch has it: the network is rebuilt on that device.
    void setUseCuda(bool cuda);
    // bfloat16 where this machine has it (the choice is refused with the reason elsewhere).
    void setUseBf16(bool bf16);
    QString deviceText() const;

signals:
    void variantChosen(const QString& id);  // by the user, in the box
    void message(const QString& text, int timeout);
    void error(const QString& message);

private:
    bool choose(const QString& id);
    void sayReady(const QString& id);
    void followService();
    void keepLabels();  // what the network just opened with

    InferenceService* service_;
    QComboBox* variants_;
    QComboBox* device_;
    QComboBox* precision_;
    QLabel* deviceLabel_;
    QProgressBar* openProgress_;
    QString readyOnResult_;  // the variant whose first result will make it "ready"
};

}  // namespace explorer
