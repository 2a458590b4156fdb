#pragma once
// The ArchNode tree: the one description of a network's structure.
// Models are built from it, the diagram draws it, the CLI prints it.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace inception::arch {

enum class Kind { Network, Stage, Block, Branch, Layer, Pool, Classifier };
enum class Composition { None, Series, Concat, Residual };
enum class Op { None, Conv, MaxPool, AvgPool, AdaptiveAvgPool, Dropout, Linear, TransformInput };

const char* toString(Kind kind);
const char* toString(Composition composition);
const char* toString(Op op);

struct Hw {
    int h = 1;
    int w = 1;
    Hw() = default;
    Hw(int both) : h(both), w(both) {}  // NOLINT: 3 means 3x3
    Hw(int h_, int w_) : h(h_), w(w_) {}
};

// Hyper-parameters of a leaf. Which fields matter depends on `op`.
struct Layer {
    Op op = Op::None;
    int inChannels = 0;
    int outChannels = 0;  // conv filters, linear outputs
    Hw kernel;
    Hw stride;
    Hw padding{0, 0};
    bool bias = false;       // conv / linear bias
    bool batchNorm = false;  // conv followed by BatchNorm2d
    double bnEps = 1e-5;
    bool relu = false;       // ReLU after the op (after BN for convs)
    bool ceilMode = false;   // pools
    bool countIncludePad = true;  // avg pools
    int adaptiveSize = 0;    // AdaptiveAvgPool output size
    double dropout = 0.0;
    // Dropout / Linear: flatten the input [N,C,H,W] to [N,C*H*W] before the op.
    // AdaptiveAvgPool: flatten its output (timm's pool-and-flatten head).
    bool flatten = false;
    std::string weightPath;  // module path of the conv / linear (state_dict prefix)
    std::string bnPath;      // module path of the batch norm
};

struct ArchNode {
    std::string id;    // stable; equals the module path where a module exists
    std::string name;  // short display name
    Kind kind = Kind::Layer;
    Composition composition = Composition::None;
    Layer layer;                  // leaves only
    double residualScale = 1.0;   // Residual: out = act(x + scale * path(x))
    bool residualRelu = true;
    std::vector<ArchNode> children;

    // Filled by annotate().
    std::vector<int64_t> output;  // shape without the batch dimension
    int64_t params = 0;           // trainable parameters (BN affine included)
    int64_t macs = 0;             // conv + linear multiply-adds only
    int64_t otherOps = 0;         // pooling window reads, BN affine, residual adds

    bool isLeaf() const { return children.empty() && composition == Composition::None; }
};

// An auxiliary classifier that branches off after node `after` (training only).
struct AuxHead {
    std::string after;
    ArchNode head;
};

struct NetworkDesc {
    std::string variant;
    std::vector<int64_t> input;  // C, H, W
    ArchNode root;
    std::vector<AuxHead> aux;
};

// Shapes, parameters and multiply-adds of every node, for desc.input.
// Throws std::invalid_argument when a layer does not fit its input.
void annotate(NetworkDesc& desc);

// Depth-first visits.
void forEachNode(const ArchNode& root, const std::function<void(const ArchNode&, int depth)>& fn);
const ArchNode* findNode(const ArchNode& root, const std::string& id);
std::vector<const ArchNode*> leaves(const ArchNode& root);

// ---- builders used by the network descriptions ------------------------------------

// How a network names and configures its "BasicConv2d" (conv + BN + ReLU).
struct ConvStyle {
    bool bias = false;
    bool batchNorm = true;
    double bnEps = 1e-3;
    bool flatNames = false;  // Cadene: conv at `id`, BN at `id_bn`; else `id.conv`, `id.bn`
};

ArchNode conv(const ConvStyle& style, const std::string& id, int in, int out, Hw kernel,
              Hw stride = 1, Hw padding = 0);
// A bare convolution with bias, no BN, no activation (IRv2's residual projection).
ArchNode plainConv(const std::string& id, int in, int out, Hw kernel);
ArchNode maxPool(const std::string& id, Hw kernel, Hw stride, Hw padding = 0, bool ceilMode = false);
ArchNode avgPool(const std::string& id, Hw kernel, Hw stride, Hw padding, bool countIncludePad,
                 bool ceilMode = false);
ArchNode adaptiveAvgPool(const std::string& id, int size, bool flatten = false);
ArchNode dropout(const std::string& id, double p, bool flatten = false);
ArchNode linear(const std::string& id, int in, int out, bool flatten = false, bool relu = false);
ArchNode transformInput(const std::string& id);

ArchNode series(const std::string& id, const std::string& name, Kind kind, std::vector<ArchNode> children);
ArchNode concat(const std::string& id, const std::string& name, Kind kind, std::vector<ArchNode> children);
ArchNode residual(const std::string& id, const std::string& name, double scale, bool relu,
                  std::vector<ArchNode> children);

}  // namespace inception::arch
