#include "train/trainer.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <fcntl.h>
#include <unistd.h>

#include "common/atomic_write.h"
#include "common/error.h"
#include "weights/state_dict.h"
#include "train/distributed.h"
#include "train/run_folder.h"

namespace inception::train {

namespace fs = std::filesystem;

torch::Tensor toInput(const torch::Tensor& images)
{
    if (images.scalar_type() != torch::kUInt8)
        return images.to(torch::kFloat32);  // an image folder's: preprocessed already
    return (images.to(torch::kFloat32) / 255.0 - 0.5) / 0.5;
}

namespace {

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(models::InceptionNet& net, const TrainConfig& c)
{
    if (c.optimizer == "sgd")
        return std::make_unique<torch::optim::SGD>(
            net->parameters(), torch::optim::SGDOptions(c.lr).momentum(c.momentum).weight_decay(c.weightDecay));
    if (c.optimizer == "adam")
        return std::make_unique<torch::optim::Adam>(net->parameters(),
                                                    torch::optim::AdamOptions(c.lr).weight_decay(c.weightDecay));
    if (c.optimizer == "adamw")
        return std::make_unique<torch::optim::AdamW>(net->parameters(),
                                                     torch::optim::AdamWOptions(c.lr).weight_decay(c.weightDecay));
    throw Error(ErrorCode::BadArgument, "optimizer is sgd, adam or adamw, not " + c.optimizer);
}

double learningRate(const TrainConfig& c, int64_t step, int64_t total)
{
    if (c.warmupSteps > 0 && step <= c.warmupSteps)
        return c.lr * double(step) / double(c.warmupSteps);
    const double t = total > c.warmupSteps ? double(step - c.warmupSteps) / double(total - c.warmupSteps) : 1.0;
    if (c.schedule == "cosine")
        return 0.5 * c.lr * (1.0 + std::cos(M_PI * std::min(1.0, t)));
    if (c.schedule == "step")
        return c.lr * std::pow(0.1, std::floor(t * 3.0 - 1e-9));  // /10 at 1/3 and 2/3 of the run
    if (c.schedule == "constant")
        return c.lr;
    throw Error(ErrorCode::BadArgument, "schedule is constant, step or cosine, not " + c.schedule);
}

void setLr(torch::optim::Optimizer& opt, double lr)
{
    for (auto& group : opt.param_groups())
        group.options().set_lr(lr);
}

torch::Tensor augmentBatch(torch::Tensor x, torch::Generator& gen)
{
    // Random crop with 2 pixels of zero padding, and a random horizontal flip, per image.
    const int64_t n = x.size(0), h = x.size(2), w = x.size(3);
    auto padded = torch::constant_pad_nd(x, {2, 2, 2, 2}, -1.0);  // -1: black after normalisation
    auto offsets = torch::randint(0, 5, {n, 2}, gen, torch::kLong);
    auto flips = torch::randint(0, 2, {n}, gen, torch::kLong);
    std::vector<torch::Tensor> out;
    out.reserve(size_t(n));
    for (int64_t i = 0; i < n; ++i) {
        auto img = padded[i].narrow(1, offsets[i][0].item<int64_t>(), h).narrow(2, offsets[i][1].item<int64_t>(), w);
        out.push_back(flips[i].item<int64_t>() ? img.flip({2}) : img);
    }
    return torch::stack(out);
}

}  // namespace

void saveWeights(models::InceptionNet& net, const std::string& path, const weights::ModelFileInfo& given)
{
    weights::ModelFileInfo info = given;
    const auto& desc = net->desc();
    if (info.variant.empty())
        info.variant = desc.variant;
    if (info.input.empty())
        info.input = desc.input;
    if (info.numClasses <= 0)
        info.numClasses = info.classes.empty() ? int(desc.root.output.at(0)) : int(info.classes.size());
    info.auxHeads = !desc.aux.empty();
    weights::writeModelFile(path, weights::stateDict(*net), info);
}


Evaluation evaluate(models::InceptionNet& net, const data::Dataset& data, int batch,
                    const std::function<void(int64_t, int64_t)>& progress)
{
    torch::NoGradGuard noGrad;
    net->eval();
    const int64_t classes = net->desc().root.output.at(0);
    Evaluation e;
    e.confusion = torch::zeros({classes, classes}, torch::kInt64);
    double lossSum = 0;
    int64_t correct = 0;
    for (int64_t i = 0; i < data.size(); i += batch) {
        const int64_t n = std::min<int64_t>(batch, data.size() - i);
        auto logits = net->forward(toInput(data.images.narrow(0, i, n)));
        auto labels = data.labels.narrow(0, i, n);
        lossSum += torch::nn::functional::cross_entropy(logits, labels).item<double>() * double(n);
        auto predicted = logits.argmax(1);
        correct += (predicted == labels).sum().item<int64_t>();
        e.confusion.index_put_({labels, predicted}, torch::ones({n}, torch::kInt64), /*accumulate=*/true);
        if (progress)
            progress(i + n, data.size());
    }
    e.loss = data.size() ? lossSum / double(data.size()) : 0;
    e.accuracy = data.size() ? double(correct) / double(data.size()) : 0;
    return e;
}

namespace {

using Clock = std::chrono::steady_clock;

// One call of fit(): the run's state between steps, and a method per part of a step.
class Fitter {
public:
    Fitter(models::InceptionNet& net, const data::Dataset& train, const data::Dataset& validation,
           const TrainConfig& c, const TrainCallbacks& cb, const std::shared_ptr<Distributed>& dist)
        : net_(net), train_(train), validation_(validation), c_(c), cb_(cb), dist_(dist),
          rank_(dist ? dist->rank() : 0), world_(dist ? dist->worldSize() : 1)
    {
        if (train.size() == 0)
            throw Error(ErrorCode::BadArgument, "the training set is empty");
        if (c.batch < 1 || c.epochs < 1)
            throw Error(ErrorCode::BadArgument, "epochs and batch must be at least 1");
        if (c.batch < world_)
            throw Error(ErrorCode::BadArgument, "a global batch of " + std::to_string(c.batch) +
                                                    " cannot be shared by " + std::to_string(world_) + " processes");
        if (c.threads > 0)
            at::set_num_threads(c.threads);
        torch::manual_seed(c.seed);
        gen_ = at::make_generator<at::CPUGeneratorImpl>(c.seed);  // shuffles: the same on every rank
        augGen_ = at::make_generator<at::CPUGeneratorImpl>(c.seed * 1000003ULL + 17ULL + uint64_t(rank_));
        optimizer_ = makeOptimizer(net, c);
        perEpoch_ = (train.size() + c.batch - 1) / c.batch;
        total_ = perEpoch_ * c.epochs;
        writer_ = rank_ == 0 && !c.runDir.empty();
        runDir_ = c.runDir;
        hasAux_ = !net->desc().aux.empty();
    }

    FitResult run()
    {
        begin();
        for (; p_.epoch <= c_.epochs; ++p_.epoch, p_.batch = 0) {
            net_->train();
            const auto start = Clock::now();
            for (; p_.batch < perEpoch_; ++p_.batch)
                if (!trainBatch())
                    return result_;
            endEpoch(start);
        }
        result_.lastStep = p_.step;
        return result_;
    }

private:
    // Resumed from the folder's checkpoint, or every rank from rank 0's weights; metrics.csv opened.
    void begin()
    {
        if (c_.resume && !c_.runDir.empty() && fs::exists(runDir_ / kCheckpoint)) {
            p_ = loadCheckpoint(net_, *optimizer_, gen_, augGen_, runDir_ / kCheckpoint);
            result_.resumedAt = p_.step;
        } else if (dist_) {
            std::vector<torch::Tensor> state;
            for (const auto& t : net_->parameters())
                state.push_back(t);
            for (const auto& t : net_->buffers())
                state.push_back(t);
            dist_->broadcast(state);
        }
        if (!writer_)
            return;
        fs::create_directories(runDir_);
        if (result_.resumedAt > 0 && fs::exists(runDir_ / "metrics.csv")) {
            truncateMetrics(runDir_ / "metrics.csv", p_.step);
            metrics_.open(runDir_ / "metrics.csv", std::ios::app);
        } else {
            writeConfig(c_, net_, runDir_);
            metrics_.open(runDir_ / "metrics.csv");
            metrics_ << "kind,epoch,step,loss,accuracy,lr,images_per_s\n" << std::flush;
        }
    }

    torch::Tensor crossEntropy(const torch::Tensor& logits, const torch::Tensor& y) const
    {
        return torch::nn::functional::cross_entropy(
            logits, y, torch::nn::functional::CrossEntropyFuncOptions().label_smoothing(c_.labelSmoothing));
    }

    // One batch; false when the run ends here (stopped, or a callback said so).
    bool trainBatch()
    {
        if (!dist_ && cb_.stopRequested && cb_.stopRequested()) {
            if (writer_)
                saveCheckpoint(net_, *optimizer_, p_, gen_, augGen_, runDir_ / kCheckpoint);
            result_.stopped = true;
            result_.lastStep = p_.step;
            return false;
        }
        if (!p_.order.defined())
            p_.order = torch::randperm(train_.size(), gen_, torch::kLong);
        const auto t0 = Clock::now();
        const int64_t from = p_.batch * c_.batch, n = std::min<int64_t>(c_.batch, train_.size() - from);
        // This rank's share of the global batch (all of it in one process).
        const int64_t lo = n * rank_ / world_, hi = n * (rank_ + 1) / world_, mine = hi - lo;
        auto idx = p_.order.narrow(0, from + lo, mine);
        auto x = toInput(train_.images.index_select(0, idx));
        if (c_.augment)
            x = augmentBatch(x, augGen_);
        auto y = train_.labels.index_select(0, idx);
        const int64_t step = ++p_.step;
        const double lr = learningRate(c_, step, total_);
        setLr(*optimizer_, lr);
        optimizer_->zero_grad();
        const auto logits = forwardBackward(x, y, double(mine) * double(world_) / double(n));
        double lossValue = lastLoss_ * double(mine);
        int64_t hits = (logits.argmax(1) == y).sum().item<int64_t>();
        if (dist_)
            averageAcrossRanks(lossValue, hits);
        lossValue /= double(n);
        if (cb_.beforeStep && !cb_.beforeStep(*net_, step)) {
            result_.lastStep = step;
            return false;
        }
        requireFinite(lossValue, step, lr);
        if (c_.gradClip > 0)
            torch::nn::utils::clip_grad_norm_(net_->parameters(), c_.gradClip);
        optimizer_->step();
        p_.lossSum += lossValue * double(n);
        p_.correct += hits;
        p_.seen += n;
        report(step, lossValue, double(hits) / double(n), lr,
               double(n) / std::chrono::duration<double>(Clock::now() - t0).count());
        return true;
    }

    // The loss (the aux heads' weighted in), its gradients scaled by `weight` so that the ranks'
    // averaged gradient is the gradient of the global batch's mean; the main logits.
    torch::Tensor forwardBackward(const torch::Tensor& x, const torch::Tensor& y, double weight)
    {
        torch::Tensor logits, loss;
        if (hasAux_) {
            auto out = net_->forwardAll(x);
            logits = out.logits;
            loss = crossEntropy(logits, y);
            for (const auto& a : out.aux)
                loss = loss + c_.auxWeight * crossEntropy(a, y);
        } else {
            logits = net_->forward(x);
            loss = crossEntropy(logits, y);
        }
        (loss * weight).backward();
        lastLoss_ = loss.item<double>();
        return logits;
    }

    void averageAcrossRanks(double& lossValue, int64_t& hits)
    {
        std::vector<torch::Tensor> grads;
        for (const auto& q : net_->parameters())
            if (q.grad().defined())
                grads.push_back(q.grad());
        grads.push_back(torch::tensor({lossValue, double(hits)}, torch::kFloat64));
        dist_->allReduceSum(grads);
        const auto sums = grads.back();
        lossValue = sums[0].item<double>();
        hits = int64_t(std::llround(sums[1].item<double>()));
        grads.pop_back();
        for (auto& g : grads)
            g.div_(double(world_));
    }

    void requireFinite(double lossValue, int64_t step, double lr) const
    {
        bool finite = std::isfinite(lossValue);
        if (finite)
            for (const auto& q : net_->parameters())
                if (q.grad().defined() && !torch::isfinite(q.grad()).all().item<bool>()) {
                    finite = false;
                    break;
                }
        if (!finite)
            throw Error(ErrorCode::Internal,
                        "training diverged: the loss or a gradient is not finite at step " + std::to_string(step) +
                            " (epoch " + std::to_string(p_.epoch) + ", learning rate " + std::to_string(lr) +
                            "); stopped before the weights were spoiled: lower the learning rate or clip gradients");
    }

    // The step's row (and, every validateEvery steps, a validation) to metrics.csv and the callbacks.
    void report(int64_t step, double loss, double accuracy, double lr, double imagesPerSecond)
    {
        StepReport r{p_.epoch, step, loss, accuracy, lr, imagesPerSecond};
        if (metrics_)
            metrics_ << "step," << p_.epoch << ',' << step << ',' << r.loss << ',' << r.accuracy << ',' << lr << ','
                     << r.imagesPerSecond << '\n' << std::flush;  // a window following the run reads it now
        if (cb_.step)
            cb_.step(r);
        if (c_.validateEvery > 0 && step % c_.validateEvery == 0 && validation_.size() && p_.batch + 1 < perEpoch_ &&
            rank_ == 0) {
            const auto v = evaluate(net_, validation_, 500, cb_.validating);
            net_->train();
            if (metrics_)
                metrics_ << "validation," << p_.epoch << ',' << step << ',' << v.loss << ',' << v.accuracy << ",,\n"
                         << std::flush;
            if (cb_.validation)
                cb_.validation(ValidationReport{p_.epoch, step, v.loss, v.accuracy});
        }
    }

    void endEpoch(Clock::time_point start)
    {
        EpochReport e;
        e.epoch = p_.epoch;
        e.step = p_.step;
        e.trainLoss = p_.seen ? p_.lossSum / double(p_.seen) : 0;
        e.trainAccuracy = p_.seen ? double(p_.correct) / double(p_.seen) : 0;
        if (validation_.size() && rank_ == 0) {
            const auto v = evaluate(net_, validation_, 500, cb_.validating);
            e.valLoss = v.loss;
            e.valAccuracy = v.accuracy;
        }
        e.seconds = std::chrono::duration<double>(Clock::now() - start).count();
        p_.order = torch::Tensor();
        p_.lossSum = 0;
        p_.correct = p_.seen = 0;
        if (metrics_) {
            metrics_ << "epoch," << e.epoch << ',' << e.step << ',' << e.trainLoss << ',' << e.trainAccuracy << ",,\n";
            if (validation_.size())
                metrics_ << "validation," << e.epoch << ',' << e.step << ',' << e.valLoss << ',' << e.valAccuracy
                         << ",,\n";
            metrics_.flush();
        }
        if (writer_) {
            saveWeights(net_, (runDir_ / "model.safetensors").string(), c_.modelInfo);
            Progress next = p_;
            ++next.epoch;
            next.batch = 0;
            saveCheckpoint(net_, *optimizer_, next, gen_, augGen_, runDir_ / kCheckpoint);
        }
        result_.epochs.push_back(e);
        if (cb_.epoch)
            cb_.epoch(e);
        if (cb_.validation && validation_.size() && rank_ == 0)
            cb_.validation(ValidationReport{e.epoch, e.step, e.valLoss, e.valAccuracy});
    }

    models::InceptionNet& net_;
    const data::Dataset& train_;
    const data::Dataset& validation_;
    const TrainConfig& c_;
    const TrainCallbacks& cb_;
    std::shared_ptr<Distributed> dist_;
    int rank_ = 0, world_ = 1;
    torch::Generator gen_, augGen_;
    std::unique_ptr<torch::optim::Optimizer> optimizer_;
    int64_t perEpoch_ = 0, total_ = 0;
    bool writer_ = false, hasAux_ = false;
    fs::path runDir_;
    FitResult result_;
    Progress p_;
    std::ofstream metrics_;
    double lastLoss_ = 0;
};

}  // namespace

FitResult fit(models::InceptionNet& net, const data::Dataset& train, const data::Dataset& validation,
              const TrainConfig& c, const TrainCallbacks& cb, const std::shared_ptr<Distributed>& dist)
{
    return Fitter(net, train, validation, c, cb, dist).run();
}

}  // namespace inception::train
