#include "train/run_folder.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "common/atomic_write.h"
#include "common/error.h"

namespace inception::train {

namespace fs = std::filesystem;

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

void writeConfig(const TrainConfig& c, const models::InceptionNet& net, const fs::path& dir)
{
    std::ostringstream f;
    f << "{\n  \"network\": \"" << net->desc().variant << "\",\n  \"epochs\": " << c.epochs << ",\n  \"batch\": "
      << c.batch << ",\n  \"lr\": " << c.lr << ",\n  \"optimizer\": \"" << c.optimizer << "\",\n  \"momentum\": "
      << c.momentum << ",\n  \"weight_decay\": " << c.weightDecay << ",\n  \"label_smoothing\": " << c.labelSmoothing
      << ",\n  \"schedule\": \"" << c.schedule << "\",\n  \"warmup_steps\": " << c.warmupSteps
      << ",\n  \"grad_clip\": " << c.gradClip << ",\n  \"augment\": " << (c.augment ? "true" : "false")
      << ",\n  \"validate_every\": " << c.validateEvery << ",\n  \"seed\": " << c.seed;
    if (!c.command.empty())
        f << ",\n  \"command\": " << c.command;
    f << "\n}\n";
    writeAtomically((dir / "config.json").string(), f.str());  // what --resume reads: never half of it
}

}  // namespace inception::train
