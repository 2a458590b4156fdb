#pragma once
// The Details dock: what the diagram's selected node is — kind, composition, output, parameters
// and multiply-adds (with their share of the network), a layer's operation and settings, a
// residual scale, the receptive field of one cell.
#include <QTextBrowser>

#include <map>
#include <string>

#include "arch/receptive.h"

namespace inception::arch {
struct NetworkDesc;
}

namespace explorer {

class DetailsPanel : public QTextBrowser {
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget* parent = nullptr);
    void showHelp();  // what to do, before a node is selected
    // False (and nothing shown) when `id` is not in `desc`.
    bool showNode(const inception::arch::NetworkDesc& desc, const QString& id,
                  const std::map<std::string, inception::arch::ReceptiveField>& fields);
    QString text() const { return toPlainText(); }
};

}  // namespace explorer
