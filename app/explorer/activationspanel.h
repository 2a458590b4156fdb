#pragma once
#include <QScrollArea>

namespace explorer {

struct InferenceResult;

// The selected module's branches side by side: channel grids, shapes, energy shares.
class ActivationsPanel : public QScrollArea {
    Q_OBJECT
public:
    explicit ActivationsPanel(QWidget* parent = nullptr);
    void showResult(const InferenceResult& result);
    void showHint(const QString& text);
    int branchCount() const { return branches_; }

private:
    QWidget* content_ = nullptr;
    int branches_ = 0;
};

}  // namespace explorer
