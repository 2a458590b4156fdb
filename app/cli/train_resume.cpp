#include "train_args.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <vector>

#include "common/error.h"

namespace inception::cli {

namespace {

struct Field {
    const char* option;
    std::function<nlohmann::json(const TrainArgs&)> get;
    std::function<void(TrainArgs&, const nlohmann::json&)> set;
};

#define INCEPTION_FIELD(option, member)                                                                                 \
    Field                                                                                                               \
    {                                                                                                                   \
        option, [](const TrainArgs& a) { return nlohmann::json(a.member); },                                            \
            [](TrainArgs& a, const nlohmann::json& j) { j.get_to(a.member); }                                           \
    }

// Every option that makes the run what it is (not --threads, --run, --resume, --force).
const std::vector<Field>& fields()
{
    static const std::vector<Field> all{
        INCEPTION_FIELD("--variant", variant),
        INCEPTION_FIELD("--dataset", dataset),
        INCEPTION_FIELD("--width", width),
        INCEPTION_FIELD("--dropout", dropout),
        INCEPTION_FIELD("--aux", aux),
        INCEPTION_FIELD("--aux-weight", config.auxWeight),
        INCEPTION_FIELD("--subset", subset),
        INCEPTION_FIELD("--val-split", valSplit),
        INCEPTION_FIELD("--val-every", config.validateEvery),
        INCEPTION_FIELD("--epochs", config.epochs),
        INCEPTION_FIELD("--batch", config.batch),
        INCEPTION_FIELD("--lr", config.lr),
        INCEPTION_FIELD("--optimizer", config.optimizer),
        INCEPTION_FIELD("--momentum", config.momentum),
        INCEPTION_FIELD("--weight-decay", config.weightDecay),
        INCEPTION_FIELD("--label-smoothing", config.labelSmoothing),
        INCEPTION_FIELD("--schedule", config.schedule),
        INCEPTION_FIELD("--warmup", config.warmupSteps),
        INCEPTION_FIELD("--clip", config.gradClip),
        INCEPTION_FIELD("--augment", config.augment),
        INCEPTION_FIELD("--seed", config.seed),
        INCEPTION_FIELD("--shuffle-labels", shuffleLabels),
    };
    return all;
}

#undef INCEPTION_FIELD

std::string text(const nlohmann::json& j) { return j.is_string() ? j.get<std::string>() : j.dump(); }

}  // namespace

std::string commandJson(const TrainArgs& a)
{
    nlohmann::json j = nlohmann::json::object();
    for (const auto& f : fields())
        j[f.option] = f.get(a);
    return j.dump();
}

void takeRunOptions(TrainArgs& a)
{
    const auto path = std::filesystem::path(a.runDir) / "config.json";
    std::ifstream in(path);
    if (!in)
        throw Error(ErrorCode::FileNotFound, "--resume: " + path.string() +
                                                 " does not exist (the run stopped before it began; start it again "
                                                 "without --resume)");
    nlohmann::json config;
    try {
        config = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception&) {
        throw Error(ErrorCode::CorruptFile, "--resume: " + path.string() + " is not valid JSON");
    }
    if (!config.contains("command") || !config["command"].is_object())
        throw Error(ErrorCode::CorruptFile, "--resume: " + path.string() +
                                                " does not say how the run was asked for (written by an older "
                                                "inception-cli); give its options again with --force");
    const auto& command = config["command"];
    std::string contradictions;
    for (const auto& f : fields()) {
        if (!command.contains(f.option))
            continue;
        const nlohmann::json kept = command[f.option];
        if (a.given.count(f.option)) {
            const nlohmann::json now = f.get(a);
            const bool same = now.is_number() && kept.is_number()
                                  ? std::abs(now.get<double>() - kept.get<double>()) <= 1e-12 * std::abs(kept.get<double>())
                                  : now == kept;
            if (!same)
                contradictions += (contradictions.empty() ? "" : ", ") + std::string(f.option) + " " + text(now) +
                                  " (the run has " + text(kept) + ")";
            continue;
        }
        try {
            f.set(a, kept);
        } catch (const nlohmann::json::exception&) {
            throw Error(ErrorCode::CorruptFile, "--resume: " + path.string() + ": " + f.option + " is " + text(kept));
        }
    }
    if (!contradictions.empty())
        throw Error(ErrorCode::BadArgument, "--resume continues the run in " + a.runDir + " as it was asked for: " +
                                                contradictions + "; leave them out, or start again with --force");
}

}  // namespace inception::cli
