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

#include "common/error.h"

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
      << ",\n  \"seed\": " << c.seed << "\n}\n";
}

}  // namespace

void saveWeights(models::InceptionNet& net, const std::string& path)
{
    // Serialised in memory, written to PATH.partial, fsynced, renamed over PATH: a write cut
    // short (a crash, a full disk) leaves the previous file as it was. INCEPTION_FAULT_WRITE_BYTES
    // (tests) aborts the write after that many bytes.
    std::ostringstream buffer;
    torch::save(net, buffer);
    const std::string bytes = buffer.str();
    const std::string tmp = path + ".partial";
    size_t limit = bytes.size();
    if (const char* fault = std::getenv("INCEPTION_FAULT_WRITE_BYTES"))
        limit = std::min<size_t>(limit, size_t(std::strtoull(fault, nullptr, 10)));
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        throw Error(ErrorCode::FileUnreadable, "cannot write " + tmp + ": " + std::strerror(errno));
    size_t done = 0;
    while (done < limit) {
        const ssize_t n = ::write(fd, bytes.data() + done, limit - done);
        if (n <= 0) {
            const std::string why = std::strerror(errno);
            ::close(fd);
            throw Error(ErrorCode::FileUnreadable, "cannot write " + tmp + " (disk full?): " + why +
                                                       "; " + path + " is unchanged");
        }
        done += size_t(n);
    }
    if (done < bytes.size()) {
        ::close(fd);
        throw Error(ErrorCode::FileUnreadable, "writing " + tmp + " stopped after " + std::to_string(done) + " of " +
                                                   std::to_string(bytes.size()) + " bytes (INCEPTION_FAULT_WRITE_BYTES); " +
                                                   path + " is unchanged");
    }
    ::fsync(fd);
    ::close(fd);
    std::error_code ec;
    fs::rename(tmp, path, ec);
    if (ec)
        throw Error(ErrorCode::FileUnreadable, "cannot move " + tmp + " to " + path + ": " + ec.message());
}

void loadWeights(models::InceptionNet& net, const std::string& path)
{
    if (!fs::exists(path))
        throw Error(ErrorCode::FileNotFound, "no weight file " + path);
    try {
        torch::load(net, path);
    } catch (const c10::Error& e) {
        std::string msg = e.what_without_backtrace();
        throw Error(ErrorCode::WeightsMismatch, path + " does not fit " + net->desc().variant + ": " +
                                                    msg.substr(0, msg.find('\n')));
    }
}

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

std::vector<EpochReport> fit(models::InceptionNet& net, const data::Dataset& train, const data::Dataset& validation,
                             const TrainConfig& c, const TrainCallbacks& cb)
{
    if (train.size() == 0)
        throw Error(ErrorCode::BadArgument, "the training set is empty");
    if (c.threads > 0)
        at::set_num_threads(c.threads);
    torch::manual_seed(c.seed);
    auto gen = at::make_generator<at::CPUGeneratorImpl>(c.seed);
    auto optimizer = makeOptimizer(net, c);
    const int64_t perEpoch = (train.size() + c.batch - 1) / c.batch;
    const int64_t total = perEpoch * c.epochs;

    std::ofstream metrics;
    if (!c.runDir.empty()) {
        fs::create_directories(c.runDir);
        writeConfig(c, net, c.runDir);
        metrics.open(fs::path(c.runDir) / "metrics.csv");
        metrics << "kind,epoch,step,loss,accuracy,lr,images_per_s\n";
    }
    std::vector<EpochReport> epochs;
    int64_t step = 0;
    for (int epoch = 1; epoch <= c.epochs; ++epoch) {
        net->train();
        const auto start = std::chrono::steady_clock::now();
        auto order = torch::randperm(train.size(), gen, torch::kLong);
        double lossSum = 0;
        int64_t correct = 0, seen = 0;
        for (int64_t b = 0; b < perEpoch; ++b) {
            const auto t0 = std::chrono::steady_clock::now();
            const int64_t from = b * c.batch, n = std::min<int64_t>(c.batch, train.size() - from);
            auto idx = order.narrow(0, from, n);
            auto x = toInput(train.images.index_select(0, idx));
            if (c.augment)
                x = augmentBatch(x, gen);
            auto y = train.labels.index_select(0, idx);
            ++step;
            const double lr = learningRate(c, step, total);
            setLr(*optimizer, lr);
            optimizer->zero_grad();
            auto logits = net->forward(x);
            auto loss = torch::nn::functional::cross_entropy(
                logits, y, torch::nn::functional::CrossEntropyFuncOptions().label_smoothing(c.labelSmoothing));
            loss.backward();
            if (cb.beforeStep && !cb.beforeStep(*net, step))
                return epochs;
            const double lossValue = loss.item<double>();
            bool finite = std::isfinite(lossValue);
            if (finite)
                for (const auto& p : net->parameters())
                    if (p.grad().defined() && !torch::isfinite(p.grad()).all().item<bool>()) {
                        finite = false;
                        break;
                    }
            if (!finite)
                throw Error(ErrorCode::Internal,
                            "training diverged: the loss or a gradient is not finite at step " + std::to_string(step) +
                                " (epoch " + std::to_string(epoch) + ", learning rate " + std::to_string(lr) +
                                "); stopped before the weights were spoiled: lower the learning rate or clip gradients");
            if (c.gradClip > 0)
                torch::nn::utils::clip_grad_norm_(net->parameters(), c.gradClip);
            optimizer->step();
            const int64_t hits = (logits.argmax(1) == y).sum().item<int64_t>();
            lossSum += lossValue * double(n);
            correct += hits;
            seen += n;
            StepReport r;
            r.epoch = epoch;
            r.step = step;
            r.loss = lossValue;
            r.accuracy = double(hits) / double(n);
            r.lr = lr;
            r.imagesPerSecond = double(n) / std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            if (metrics)
                metrics << "step," << epoch << ',' << step << ',' << r.loss << ',' << r.accuracy << ',' << lr << ','
                        << r.imagesPerSecond << '\n';
            if (cb.step)
                cb.step(r);
        }
        EpochReport e;
        e.epoch = epoch;
        e.step = step;
        e.trainLoss = lossSum / double(seen);
        e.trainAccuracy = double(correct) / double(seen);
        if (validation.size()) {
            const auto v = evaluate(net, validation);
            e.valLoss = v.loss;
            e.valAccuracy = v.accuracy;
        }
        e.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (metrics) {
            metrics << "epoch," << epoch << ',' << step << ',' << e.trainLoss << ',' << e.trainAccuracy << ",,\n";
            metrics << "validation," << epoch << ',' << step << ',' << e.valLoss << ',' << e.valAccuracy << ",,\n";
            metrics.flush();
            saveWeights(net, (fs::path(c.runDir) / "model.pt").string());
        }
        epochs.push_back(e);
        if (cb.epoch)
            cb.epoch(e);
    }
    return epochs;
}

}  // namespace inception::train
