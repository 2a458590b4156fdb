#pragma once
// A network built from its ArchNode tree: the modules are registered under the reference
// state_dict's names, and forward walks the same tree, so the diagram, the counts and the
// computation can never disagree.
#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "arch/archnode.h"
#include "models/intervention.h"
#include "models/options.h"

namespace inception::models {

// Keeps the outputs of the nodes it was asked for, and nothing else; replaces the outputs of
// the nodes it was told to (knockout). Ids are node ids or tap ids (arch/taps.h: ":preact",
// ":sum", ":identity"). A kept output is the value after its replacement: what the rest of the
// network saw.
// Thrown by a Recorder told to stop once it has every output it wants: the rest of the network
// does not run (feature visualisation needs only the part up to its target).
struct ForwardStopped {};

class Recorder {
public:
    explicit Recorder(std::set<std::string> ids, std::map<std::string, Intervention> replace = {},
                      bool stopWhenComplete = false)
        : wanted_(std::move(ids)), replace_(std::move(replace)), stop_(stopWhenComplete)
    {
    }
    bool wants(const std::string& id) const { return wanted_.count(id) > 0 || replace_.count(id) > 0; }
    // The tensor the network goes on with: `t`, or its replacement.
    torch::Tensor offer(const std::string& id, torch::Tensor t);
    const std::map<std::string, torch::Tensor>& outputs() const { return outputs_; }
    const std::set<std::string>& wanted() const { return wanted_; }
    // Guided Backprop (Springenberg et al. 2015): every ReLU also passes back only positive
    // gradients. The forward values are unchanged.
    void setGuidedRelu(bool guided) { guided_ = guided; }
    bool guidedRelu() const { return guided_; }

private:
    std::set<std::string> wanted_;
    std::map<std::string, Intervention> replace_;
    std::map<std::string, torch::Tensor> outputs_;
    bool stop_ = false;
    bool guided_ = false;
};

struct NetOutput {
    torch::Tensor logits;
    std::vector<torch::Tensor> aux;  // training mode with aux heads only, in tree order
};

namespace detail {
struct ExecNode {
    const arch::ArchNode* node = nullptr;
    torch::nn::Conv2d conv{nullptr};
    torch::nn::BatchNorm2d bn{nullptr};
    torch::nn::Linear linear{nullptr};
    std::vector<ExecNode> children;
    std::vector<size_t> auxHeads;  // indices into the aux list that branch off after this node
};
}  // namespace detail

class InceptionNetImpl : public torch::nn::Module {
public:
    explicit InceptionNetImpl(arch::NetworkDesc desc);

    // Eval or train; in training mode the aux heads (if built) run too, see forwardAll.
    torch::Tensor forward(torch::Tensor x, Recorder* recorder = nullptr);
    NetOutput forwardAll(torch::Tensor x, Recorder* recorder = nullptr);

    const arch::NetworkDesc& desc() const { return desc_; }

    // One leaf of the tree on its own (the compiled plan's fallback). Throws UnknownNode.
    torch::Tensor forwardNode(const std::string& id, const torch::Tensor& x);

private:
    struct Context {
        Recorder* recorder;
        std::vector<torch::Tensor>* aux;
    };
    detail::ExecNode build(const arch::ArchNode& node);
    torch::nn::Module& containerFor(const std::string& path, std::string& leafName);
    torch::Tensor run(detail::ExecNode& e, const torch::Tensor& x, Context& ctx);
    torch::Tensor runLeaf(detail::ExecNode& e, const torch::Tensor& x, Context* ctx = nullptr);
    torch::Tensor activate(detail::ExecNode& e, torch::Tensor y, Context* ctx);

    arch::NetworkDesc desc_;
    detail::ExecNode root_;
    std::vector<detail::ExecNode> aux_;
    std::map<std::string, std::shared_ptr<torch::nn::Module>> containers_;
    std::map<std::string, detail::ExecNode*> leaves_;
};
TORCH_MODULE(InceptionNet);

// A network of a registered variant, annotated at its input size.
InceptionNet createNetwork(const std::string& variant, const ModelOptions& options = {});

}  // namespace inception::models
