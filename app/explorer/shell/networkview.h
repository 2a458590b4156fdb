#pragma once
// The diagram follows the network: a variant's tree is drawn as soon as it starts to open with
// its default weights (the tree needs no weights; a weights file's, once the file has opened);
// when the network is open, its own tree replaces the drawing only if the weights changed it
// (transform_input, aux heads of a file that has them); when opening fails, the drawing goes
// back to the network still shown.
#include <QObject>

#include <memory>

namespace inception::arch {
struct NetworkDesc;
}

namespace explorer {

class DiagramScene;
class DiagramView;
class InferenceService;

class NetworkView : public QObject {
    Q_OBJECT
public:
    NetworkView(InferenceService* service, DiagramScene* scene, DiagramView* view, QObject* parent = nullptr);

signals:
    void diagramShown(const QString& id);  // the tree drawn, before the network has opened
    void error(const QString& message, const QString& detail);

private:
    void draw(const QString& id);
    void shown(std::shared_ptr<const inception::arch::NetworkDesc> desc);
    void failed(const QString& id);

    InferenceService* service_;
    DiagramScene* scene_;
    DiagramView* view_;
};

}  // namespace explorer
