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

namespace inception::train {

namespace fs = std::filesystem;

torch::Tensor toInput(const torch::Tensor& images)
{
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

void writeConfig(const TrainConfig& c, const models::InceptionNet& net, const fs::path& dir)
{
    std::ofstream f(dir / "config.json");
    f << "{\n  \"network\": \"" << net->desc().variant << "\",\n  \"epochs\": " << c.epochs << ",\n  \"batch\": "
      << c.batch << ",\n  \"lr\": " << c.lr << ",\n  \"optimizer\": \"" << c.optimizer << "\",\n  \"momentum\": "
      << c.momentum << ",\n  \"weight_decay\": " << c.weightDecay << ",\n  \"label_smoothing\": " << c.labelSmoothing
      << ",\n  \"schedule\": \"" << c.schedule << "\",\n  \"warmup_steps\": " << c.warmupSteps
      << ",\n  \"grad_clip\": " << c.gradClip << ",\n  \"augment\": " << (c.augment ? "true" : "false")
      << ",\n  \"validate_every\": " << c.validateEvery << ",\n  \"seed\": " << c.seed << "\n}\n";
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

namespace {

std::vector<std::pair<std::string, std::vector<int64_t>>> shapes(models::InceptionNet& net)
{
    std::vector<std::pair<std::string, std::vector<int64_t>>> out;
    for (const auto& p : net->named_parameters())
        out.emplace_back(p.key(), p.value().sizes().vec());
    for (const auto& b : net->named_buffers())
        out.emplace_back(b.key(), b.value().sizes().vec());
    return out;
}

// LibTorch's loader replaces a tensor of another shape without a word: a file of another width
// would "load". Refuse it, naming the first tensor that differs.
void requireSameShapes(models::InceptionNet& net,
                       const std::vector<std::pair<std::string, std::vector<int64_t>>>& before, const std::string& path)
{
    const auto after = shapes(net);
    for (size_t i = 0; i < before.size() && i < after.size(); ++i)
        if (before[i] != after[i])
            throw Error(ErrorCode::WeightsMismatch,
                        path + " does not fit " + net->desc().variant + ": " + before[i].first + " is " +
                            c10::str(c10::IntArrayRef(before[i].second)) + " here, " +
                            c10::str(c10::IntArrayRef(after[i].second)) + " in the file (another width or network?)");
}

}  // namespace


Evaluation evaluate(models::InceptionNet& net, const data::Dataset& data, int batch)
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
    }
    e.loss = data.size() ? lossSum / double(data.size()) : 0;
    e.accuracy = data.size() ? double(correct) / double(data.size()) : 0;
    return e;
}

namespace {

// The state a run resumes from: everything fit() keeps between two steps.
struct Progress {
    int epoch = 1;            // the epoch in progress
    int64_t batch = 0;        // the next batch of that epoch
    int64_t step = 0;         // steps taken
    torch::Tensor order;      // the epoch's shuffle (undefined before its first batch)
    double lossSum = 0;
    int64_t correct = 0, seen = 0;
};

const char* kCheckpoint = "checkpoint.pt";

void saveCheckpoint(models::InceptionNet& net, torch::optim::Optimizer& optimizer, const Progress& p,
                    torch::Generator& gen, torch::Generator& augGen, const fs::path& path)
{
    torch::serialize::OutputArchive archive;
    torch::serialize::OutputArchive model, optim;
    net->save(model);
    optimizer.save(optim);
    archive.write("model", model);
    archive.write("optimizer", optim);
    archive.write("progress", torch::tensor({int64_t(p.epoch), p.batch, p.step, p.correct, p.seen}, torch::kInt64));
    archive.write("loss_sum", torch::tensor({p.lossSum}, torch::kFloat64));
    archive.write("order", p.order.defined() ? p.order : torch::empty({0}, torch::kInt64));
    archive.write("gen", gen.get_state());
    archive.write("aug_gen", augGen.get_state());
    archive.write("torch_gen", at::detail::getDefaultCPUGenerator().get_state());
    std::ostringstream buffer;
    archive.save_to(buffer);
    writeAtomically(path.string(), buffer.str());
}

Progress loadCheckpoint(models::InceptionNet& net, torch::optim::Optimizer& optimizer, torch::Generator& gen,
                        torch::Generator& augGen, const fs::path& path)
{
    Progress p;
    try {
        torch::serialize::InputArchive archive, model, optim;
        archive.load_from(path.string());
        archive.read("model", model);
        archive.read("optimizer", optim);
        const auto before = shapes(net);
        net->load(model);
        requireSameShapes(net, before, path.string());
        optimizer.load(optim);
        torch::Tensor progress, lossSum, order, g, ag, tg;
        archive.read("progress", progress);
        archive.read("loss_sum", lossSum);
        archive.read("order", order);
        archive.read("gen", g);
        archive.read("aug_gen", ag);
        archive.read("torch_gen", tg);
        p.epoch = int(progress[0].item<int64_t>());
        p.batch = progress[1].item<int64_t>();
        p.step = progress[2].item<int64_t>();
        p.correct = progress[3].item<int64_t>();
        p.seen = progress[4].item<int64_t>();
        p.lossSum = lossSum[0].item<double>();
        if (order.numel() > 0)
            p.order = order;
        gen.set_state(g);
        augGen.set_state(ag);
        at::Generator global = at::detail::getDefaultCPUGenerator();  // a handle on the same generator
        global.set_state(tg);
    } catch (const c10::Error& e) {
        std::string msg = e.what_without_backtrace();
        throw Error(ErrorCode::WeightsMismatch, "cannot resume from " + path.string() + ": " +
                                                    msg.substr(0, msg.find('\n')));
    }
    return p;
}

// metrics.csv without the rows after `step` (a run that stopped without a checkpoint at its
// last step wrote some), so the resumed run appends to the curve where it goes on.
void truncateMetrics(const fs::path& path, int64_t step)
{
    std::ifstream in(path);
    std::string line, kept;
    bool header = true;
    while (std::getline(in, line)) {
        if (!header) {
            std::istringstream fields(line);
            std::string kind, epoch, stepField;
            std::getline(fields, kind, ',');
            std::getline(fields, epoch, ',');
            std::getline(fields, stepField, ',');
            if (std::strtoll(stepField.c_str(), nullptr, 10) > step)
                continue;
        }
        header = false;
        kept += line + '\n';
    }
    in.close();
    writeAtomically(path.string(), kept);
}

}  // namespace

FitResult fit(models::InceptionNet& net, const data::Dataset& train, const data::Dataset& validation,
              const TrainConfig& c, const TrainCallbacks& cb, const std::shared_ptr<Distributed>& dist)
{
    if (train.size() == 0)
        throw Error(ErrorCode::BadArgument, "the training set is empty");
    if (c.batch < 1 || c.epochs < 1)
        throw Error(ErrorCode::BadArgument, "epochs and batch must be at least 1");
    const int rank = dist ? dist->rank() : 0, world = dist ? dist->worldSize() : 1;
    if (c.batch < world)
        throw Error(ErrorCode::BadArgument, "a global batch of " + std::to_string(c.batch) + " cannot be shared by " +
                                                std::to_string(world) + " processes");
    if (c.threads > 0)
        at::set_num_threads(c.threads);
    torch::manual_seed(c.seed);
    auto gen = at::make_generator<at::CPUGeneratorImpl>(c.seed);  // shuffles: the same on every rank
    auto augGen = at::make_generator<at::CPUGeneratorImpl>(c.seed * 1000003ULL + 17ULL + uint64_t(rank));
    auto optimizer = makeOptimizer(net, c);
    const int64_t perEpoch = (train.size() + c.batch - 1) / c.batch;
    const int64_t total = perEpoch * c.epochs;
    const bool writer = rank == 0 && !c.runDir.empty();
    const fs::path runDir(c.runDir);

    FitResult result;
    Progress p;
    if (c.resume && !c.runDir.empty() && fs::exists(runDir / kCheckpoint)) {
        p = loadCheckpoint(net, *optimizer, gen, augGen, runDir / kCheckpoint);
        result.resumedAt = p.step;
    } else if (dist) {
        std::vector<torch::Tensor> state;
        for (const auto& t : net->parameters())
            state.push_back(t);
        for (const auto& t : net->buffers())
            state.push_back(t);
        dist->broadcast(state);  // every rank starts from rank 0's weights
    }
    std::ofstream metrics;
    if (writer) {
        fs::create_directories(runDir);
        if (result.resumedAt > 0 && fs::exists(runDir / "metrics.csv")) {
            truncateMetrics(runDir / "metrics.csv", p.step);
            metrics.open(runDir / "metrics.csv", std::ios::app);
        } else {
            writeConfig(c, net, runDir);
            metrics.open(runDir / "metrics.csv");
            metrics << "kind,epoch,step,loss,accuracy,lr,images_per_s\n" << std::flush;
        }
    }
    const bool hasAux = !net->desc().aux.empty();
    auto ce = [&](const torch::Tensor& logits, const torch::Tensor& y) {
        return torch::nn::functional::cross_entropy(
            logits, y, torch::nn::functional::CrossEntropyFuncOptions().label_smoothing(c.labelSmoothing));
    };

    for (; p.epoch <= c.epochs; ++p.epoch, p.batch = 0) {
        net->train();
        const auto start = std::chrono::steady_clock::now();
        for (; p.batch < perEpoch; ++p.batch) {
            if (!dist && cb.stopRequested && cb.stopRequested()) {
                if (writer)
                    saveCheckpoint(net, *optimizer, p, gen, augGen, runDir / kCheckpoint);
                result.stopped = true;
                result.lastStep = p.step;
                return result;
            }
            if (!p.order.defined())
                p.order = torch::randperm(train.size(), gen, torch::kLong);
            const auto t0 = std::chrono::steady_clock::now();
            const int64_t from = p.batch * c.batch, n = std::min<int64_t>(c.batch, train.size() - from);
            // This rank's share of the global batch (all of it in one process).
            const int64_t lo = n * rank / world, hi = n * (rank + 1) / world, mine = hi - lo;
            auto idx = p.order.narrow(0, from + lo, mine);
            auto x = toInput(train.images.index_select(0, idx));
            if (c.augment)
                x = augmentBatch(x, augGen);
            auto y = train.labels.index_select(0, idx);
            const int64_t step = ++p.step;
            const double lr = learningRate(c, step, total);
            setLr(*optimizer, lr);
            optimizer->zero_grad();
            torch::Tensor logits, loss;
            if (hasAux) {
                auto out = net->forwardAll(x);
                logits = out.logits;
                loss = ce(logits, y);
                for (const auto& a : out.aux)
                    loss = loss + c.auxWeight * ce(a, y);
            } else {
                logits = net->forward(x);
                loss = ce(logits, y);
            }
            // Weighted so that the ranks' averaged gradient is the gradient of the global batch's mean.
            (loss * (double(mine) * double(world) / double(n))).backward();
            double lossValue = loss.item<double>() * double(mine);
            int64_t hits = (logits.argmax(1) == y).sum().item<int64_t>();
            if (dist) {
                std::vector<torch::Tensor> grads;
                for (const auto& q : net->parameters())
                    if (q.grad().defined())
                        grads.push_back(q.grad());
                grads.push_back(torch::tensor({lossValue, double(hits)}, torch::kFloat64));
                dist->allReduceSum(grads);
                const auto sums = grads.back();
                lossValue = sums[0].item<double>();
                hits = int64_t(std::llround(sums[1].item<double>()));
                grads.pop_back();
                for (auto& g : grads)
                    g.div_(double(world));
            }
            lossValue /= double(n);
            if (cb.beforeStep && !cb.beforeStep(*net, step)) {
                result.lastStep = step;
                return result;
            }
            bool finite = std::isfinite(lossValue);
            if (finite)
                for (const auto& q : net->parameters())
                    if (q.grad().defined() && !torch::isfinite(q.grad()).all().item<bool>()) {
                        finite = false;
                        break;
                    }
            if (!finite)
                throw Error(ErrorCode::Internal,
                            "training diverged: the loss or a gradient is not finite at step " + std::to_string(step) +
                                " (epoch " + std::to_string(p.epoch) + ", learning rate " + std::to_string(lr) +
                                "); stopped before the weights were spoiled: lower the learning rate or clip gradients");
            if (c.gradClip > 0)
                torch::nn::utils::clip_grad_norm_(net->parameters(), c.gradClip);
            optimizer->step();
            p.lossSum += lossValue * double(n);
            p.correct += hits;
            p.seen += n;
            StepReport r;
            r.epoch = p.epoch;
            r.step = step;
            r.loss = lossValue;
            r.accuracy = double(hits) / double(n);
            r.lr = lr;
            r.imagesPerSecond = double(n) / std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            if (metrics)
                metrics << "step," << p.epoch << ',' << step << ',' << r.loss << ',' << r.accuracy << ',' << lr << ','
                        << r.imagesPerSecond << '\n' << std::flush;  // a window following the run reads it now
            if (cb.step)
                cb.step(r);
            if (c.validateEvery > 0 && step % c.validateEvery == 0 && validation.size() && p.batch + 1 < perEpoch &&
                rank == 0) {
                const auto v = evaluate(net, validation);
                net->train();
                if (metrics)
                    metrics << "validation," << p.epoch << ',' << step << ',' << v.loss << ',' << v.accuracy << ",,\n"
                            << std::flush;
                if (cb.validation)
                    cb.validation(ValidationReport{p.epoch, step, v.loss, v.accuracy});
            }
        }
        EpochReport e;
        e.epoch = p.epoch;
        e.step = p.step;
        e.trainLoss = p.seen ? p.lossSum / double(p.seen) : 0;
        e.trainAccuracy = p.seen ? double(p.correct) / double(p.seen) : 0;
        if (validation.size() && rank == 0) {
            const auto v = evaluate(net, validation);
            e.valLoss = v.loss;
            e.valAccuracy = v.accuracy;
        }
        e.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        p.order = torch::Tensor();
        p.lossSum = 0;
        p.correct = p.seen = 0;
        if (metrics) {
            metrics << "epoch," << e.epoch << ',' << e.step << ',' << e.trainLoss << ',' << e.trainAccuracy << ",,\n";
            if (validation.size())
                metrics << "validation," << e.epoch << ',' << e.step << ',' << e.valLoss << ',' << e.valAccuracy
                        << ",,\n";
            metrics.flush();
        }
        if (writer) {
            saveWeights(net, (runDir / "model.safetensors").string(), c.modelInfo);
            Progress next = p;
            ++next.epoch;
            next.batch = 0;
            saveCheckpoint(net, *optimizer, next, gen, augGen, runDir / kCheckpoint);
        }
        result.epochs.push_back(e);
        if (cb.epoch)
            cb.epoch(e);
        if (cb.validation && validation.size() && rank == 0)
            cb.validation(ValidationReport{e.epoch, e.step, e.valLoss, e.valAccuracy});
    }
    result.lastStep = p.step;
    return result;
}

}  // namespace inception::train
