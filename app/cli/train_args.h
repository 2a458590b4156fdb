#pragma once
// What `train` is asked for, and what a run folder's config.json keeps of it: `--resume` takes
// the run's options from there, and refuses options given again with other values.
#include <set>
#include <string>

#include "train/trainer.h"

namespace inception::cli {

struct TrainArgs {
    std::string variant = "mini_inception", dataset = "fashion-mnist", runDir, weights, split = "test";
    double width = 0, dropout = -1;
    bool aux = false, force = false;
    bool shuffleLabels = false;  // the data randomisation test (Adebayo et al. 2018): labels permuted
    int64_t subset = 0, valSplit = 0;
    train::TrainConfig config;
    std::set<std::string> given;  // the options on the command line (e.g. "--lr")
};

// The run's options as a JSON object, by option name ({"--lr": 0.05, ...}), for config.json.
std::string commandJson(const TrainArgs& a);

// --resume: the options of DIR/config.json into `a`; those given again must agree. Throws
// inception::Error naming each contradiction ("--lr 0.1 (the run has 0.05)"), or the missing file.
void takeRunOptions(TrainArgs& a);

}  // namespace inception::cli
