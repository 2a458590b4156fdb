// Two processes of `inception-cli train` joined by c10d's Gloo backend on 127.0.0.1 reach the
// parameters of one process on the same global batch: the no-BN teaching network, SGD, dropout
// 0, no augmentation (BatchNorm's statistics are per rank, which makes BN runs differ
// legitimately; the README says so).
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>
#include <fcntl.h>
#include <thread>

#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

#include "models/small_form.h"
#include "train/trainer.h"
#include "load_trained.h"

namespace fs = std::filesystem;
using namespace inception;
using inception::test::loadModel;

namespace {

// Rank 0 binds any free port (MASTER_PORT=0) and writes it to `file`: the port is read back once
// the file is there (it is renamed into place whole), so no other process can take it between.
int portFrom(const fs::path& file, pid_t rank0)
{
    for (;;) {
        std::ifstream in(file);
        int port = 0;
        if (in >> port && port > 0)
            return port;
        int status = 0;
        if (::waitpid(rank0, &status, WNOHANG) == rank0)
            return -1;  // rank 0 died before it listened
        std::this_thread::yield();
    }
}

pid_t spawnCli(const std::vector<std::string>& args, const std::vector<std::string>& env, const fs::path& log)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        for (const auto& e : env)
            ::putenv(const_cast<char*>(e.c_str()));
        const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(fd, 1);
        ::dup2(fd, 2);
        std::vector<char*> argv{const_cast<char*>(INCEPTION_CLI)};
        for (const auto& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(INCEPTION_CLI, argv.data());
        ::_exit(127);
    }
    return pid;
}

int waitFor(pid_t pid)
{
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::vector<std::string> trainArgs(const fs::path& run, int subset)
{
    return {"train", "--variant", "mini_inception_nobn", "--width", "0.25", "--dropout", "0", "--subset",
            std::to_string(subset), "--batch", "32", "--epochs", "1", "--lr", "0.05", "--optimizer", "sgd",
            "--schedule", "constant", "--seed", "3", "--threads", "1", "--run", run.string()};
}

models::InceptionNet trained(const fs::path& run)
{
    models::SmallForm f;
    f.width = 0.25;
    models::InceptionNet net(models::describeTrainable("mini_inception_nobn", f, 0.0));
    loadModel(net, (run / "model.safetensors").string());
    return net;
}

// The largest max|a - b| / max|b| over the tensors.
double relativeDifference(models::InceptionNet& a, models::InceptionNet& b)
{
    double worst = 0;
    const auto pa = a->parameters(), pb = b->parameters();
    for (size_t i = 0; i < pa.size(); ++i) {
        const auto& x = pa[i];
        const auto& y = pb[i];
        worst = std::max(worst, (x - y).abs().max().item<double>() / y.abs().max().item<double>());
    }
    return worst;
}

}  // namespace

TEST(Distributed, twoGlooProcessesMatchOneProcessOnTheSameGlobalBatch)
{
    const fs::path dir = fs::temp_directory_path() / ("ddp_test_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    // 160 images, global batch 32: 5 steps.
    const pid_t single = spawnCli(trainArgs(dir / "one", 160), {}, dir / "one.log");
    ASSERT_EQ(waitFor(single), 0) << "see " << dir / "one.log";

    std::vector<pid_t> ranks;
    ranks.push_back(spawnCli(trainArgs(dir / "two0", 160),
                             {"MASTER_ADDR=127.0.0.1", "MASTER_PORT=0", "INCEPTION_MASTER_PORT_FILE=" + (dir / "port").string(),
                              "WORLD_SIZE=2", "RANK=0"},
                             dir / "rank0.log"));
    const int port = portFrom(dir / "port", ranks[0]);
    ASSERT_GT(port, 0) << "rank 0 wrote no port; see " << dir / "rank0.log";
    ranks.push_back(spawnCli(trainArgs(dir / "two1", 160),
                             {"MASTER_ADDR=127.0.0.1", "MASTER_PORT=" + std::to_string(port), "WORLD_SIZE=2", "RANK=1"},
                             dir / "rank1.log"));
    for (int r = 0; r < 2; ++r)
        ASSERT_EQ(waitFor(ranks[size_t(r)]), 0) << "see " << dir / ("rank" + std::to_string(r) + ".log");
    EXPECT_TRUE(fs::exists(dir / "two0" / "model.safetensors"));
    EXPECT_FALSE(fs::exists(dir / "two1" / "model.safetensors"));  // rank 0 writes

    auto one = trained(dir / "one");
    auto two = trained(dir / "two0");
    const double d = relativeDifference(two, one);
    std::cout << "two processes vs one after 5 steps: max relative difference " << d << "\n";
    EXPECT_LT(d, 1e-5);

    // The tolerance means something: one step fewer is far off.
    const pid_t fewer = spawnCli(trainArgs(dir / "four", 128), {}, dir / "four.log");
    ASSERT_EQ(waitFor(fewer), 0);
    auto four = trained(dir / "four");
    EXPECT_GT(relativeDifference(four, one), 1e-3);
}

TEST(Distributed, aMissingVariableIsNamed)
{
    const fs::path dir = fs::temp_directory_path() / ("ddp_test_env_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const pid_t p = spawnCli(trainArgs(dir / "run", 64), {"WORLD_SIZE=2", "RANK=0"}, dir / "log");
    EXPECT_NE(waitFor(p), 0);
    std::ifstream log(dir / "log");
    const std::string text((std::istreambuf_iterator<char>(log)), {});
    EXPECT_NE(text.find("MASTER_ADDR"), std::string::npos) << text;
}
