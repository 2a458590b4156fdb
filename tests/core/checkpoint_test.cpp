// The checkpoint reader against files written by PyTorch (make_checkpoints.py).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "common/error.h"
#include "models/network.h"
#include "weights/checkpoint.h"
#include "weights/state_dict.h"

using namespace inception;
namespace fs = std::filesystem;

namespace {

std::string fixture(const std::string& name) { return std::string(INCEPTION_FIXTURES) + "/checkpoints/" + name; }

std::string dtypeName(torch::ScalarType t)
{
    switch (t) {
    case torch::kFloat32: return "float32";
    case torch::kFloat64: return "float64";
    case torch::kFloat16: return "float16";
    case torch::kBFloat16: return "bfloat16";
    case torch::kInt64: return "int64";
    case torch::kInt32: return "int32";
    case torch::kUInt8: return "uint8";
    case torch::kBool: return "bool";
    default: return "other";
    }
}

void expectMatchesPython(const weights::TensorMap& got)
{
    std::ifstream in(fixture("roundtrip.json"));
    ASSERT_TRUE(in) << "fixture missing";
    const auto expected = nlohmann::json::parse(in);
    ASSERT_EQ(got.size(), expected.size());
    for (const auto& [name, t] : got) {
        ASSERT_TRUE(expected.contains(name)) << name;
        const auto& e = expected[name];
        EXPECT_EQ(dtypeName(t.scalar_type()), e["dtype"].get<std::string>()) << name;
        EXPECT_EQ(t.sizes().vec(), e["shape"].get<std::vector<int64_t>>()) << name;
        const auto values = e["values"].get<std::vector<double>>();
        auto flat = t.to(torch::kFloat64).contiguous().flatten();
        ASSERT_EQ(flat.numel(), int64_t(values.size())) << name;
        for (int64_t i = 0; i < flat.numel(); ++i)
            EXPECT_DOUBLE_EQ(flat[i].item<double>(), values[size_t(i)]) << name << "[" << i << "]";
    }
}

ErrorCode errorOf(const std::string& path, std::string* message = nullptr)
{
    try {
        weights::readCheckpoint(path);
    } catch (const Error& e) {
        if (message)
            *message = e.what();
        return e.code();
    }
    return ErrorCode::Internal;  // i.e. "no error"
}

std::vector<char> bytesOf(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST(Checkpoint, zipFormatRoundTripsEveryDtypeAndView)
{
    EXPECT_EQ(weights::detectFormat(fixture("roundtrip.pth")), weights::CheckpointFormat::Zip);
    expectMatchesPython(weights::readCheckpoint(fixture("roundtrip.pth")));
}

TEST(Checkpoint, legacyFormatRoundTripsEveryDtypeAndView)
{
    EXPECT_EQ(weights::detectFormat(fixture("roundtrip_legacy.pth")), weights::CheckpointFormat::Legacy);
    expectMatchesPython(weights::readCheckpoint(fixture("roundtrip_legacy.pth")));
}

TEST(Checkpoint, wrappedStateDictIsUnwrapped)
{
    expectMatchesPython(weights::readCheckpoint(fixture("wrapped.pth")));
}

TEST(Checkpoint, forbiddenGlobalIsRefusedByName)
{
    for (const char* file : {"evil.pth", "evil_legacy.pth"}) {
        std::string msg;
        EXPECT_EQ(errorOf(fixture(file), &msg), ErrorCode::ForbiddenGlobal) << file;
        EXPECT_NE(msg.find("system'"), std::string::npos) << msg;  // posix.system, i.e. os.system
        EXPECT_NE(msg.find(file), std::string::npos) << msg;
    }
}

TEST(Checkpoint, truncatedFilesAreReportedWithTheirPath)
{
    for (const char* file : {"roundtrip_truncated.pth", "roundtrip_legacy_truncated.pth"}) {
        std::string msg;
        EXPECT_EQ(errorOf(fixture(file), &msg), ErrorCode::CorruptFile) << file << ": " << msg;
        EXPECT_NE(msg.find(file), std::string::npos) << msg;
    }
}

// Archives that declare more than they hold (made by make_checkpoints.py from real torch.save
// files): refused from their directory or their storage reference, before anything that large is
// allocated or read.
TEST(Checkpoint, hostileArchivesAreRefusedBeforeAllocating)
{
    const struct {
        const char* file;
        ErrorCode code;
        const char* says;
    } cases[] = {{"zip_huge_record.pth", ErrorCode::CorruptFile, "claims 2147483647 bytes"},
                 {"zip_deflated.pth", ErrorCode::UnsupportedFormat, "is compressed"},
                 {"zip_huge_storage.pth", ErrorCode::CorruptFile, "claims 1073741823 elements"},
                 {"legacy_huge_storage.pth", ErrorCode::CorruptFile, "claims 1073741823 elements"}};
    for (const auto& c : cases) {
        std::string msg;
        EXPECT_EQ(errorOf(fixture(c.file), &msg), c.code) << c.file << ": " << msg;
        EXPECT_NE(msg.find(c.says), std::string::npos) << msg;
        EXPECT_NE(msg.find(c.file), std::string::npos) << msg;
    }
    // The untouched originals read.
    EXPECT_EQ(weights::readCheckpoint(fixture("small.pth")).size(), 1u);
    EXPECT_EQ(weights::readCheckpoint(fixture("small_legacy.pth")).size(), 1u);
}

TEST(Checkpoint, notACheckpointEmptyAndMissingFilesAreClearErrors)
{
    std::string msg;
    EXPECT_EQ(errorOf(fixture("not_a_checkpoint.pth"), &msg), ErrorCode::UnsupportedFormat) << msg;
    EXPECT_EQ(errorOf(fixture("empty.pth"), &msg), ErrorCode::CorruptFile) << msg;
    EXPECT_NE(msg.find("empty"), std::string::npos);
    EXPECT_EQ(errorOf(fixture("no_such_file.pth"), &msg), ErrorCode::FileNotFound) << msg;
    EXPECT_EQ(errorOf(fixture(""), &msg), ErrorCode::FileUnreadable) << msg;  // the folder
}

TEST(Checkpoint, missingKeyIsNamedByAStrictLoad)
{
    const auto tensors = weights::readCheckpoint(fixture("googlenet_missing_key.pth"));
    auto net = models::createNetwork("googlenet");
    try {
        weights::loadStateDict(*net, tensors, weights::LoadMode::Strict, "googlenet_missing_key.pth");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::WeightsMismatch);
        EXPECT_NE(std::string(e.what()).find("inception4a.branch2.1.bn.running_var"), std::string::npos) << e.what();
    }
    const auto report = weights::loadStateDict(*net, tensors, weights::LoadMode::Lenient);
    EXPECT_EQ(report.missing, std::vector<std::string>{"inception4a.branch2.1.bn.running_var"});
    EXPECT_TRUE(report.unexpected.empty());
    EXPECT_EQ(report.loaded, tensors.size());
}

// Damaged files of every kind: each read either succeeds or throws inception::Error.
TEST(Checkpoint, damagedFilesNeverCrashTheReader)
{
    const fs::path dir = fs::temp_directory_path() / ("inception-damaged-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::mt19937 rng(1234);
    int failures = 0, successes = 0;
    for (const char* file : {"roundtrip.pth", "roundtrip_legacy.pth", "evil.pth"}) {
        const auto original = bytesOf(fixture(file));
        ASSERT_FALSE(original.empty());
        for (int trial = 0; trial < 150; ++trial) {
            auto bytes = original;
            if (trial % 3 == 0) {
                bytes.resize(rng() % bytes.size());
            } else {
                for (int k = 0; k < 1 + trial % 4; ++k)
                    bytes[rng() % bytes.size()] = char(rng() & 0xff);
            }
            const auto path = (dir / "damaged.pth").string();
            std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), std::streamsize(bytes.size()));
            try {
                weights::readCheckpoint(path);
                ++successes;
            } catch (const Error&) {
                ++failures;
            } catch (const std::exception& e) {
                ADD_FAILURE() << file << " trial " << trial << ": escaped as a foreign exception: " << e.what();
            }
        }
    }
    fs::remove_all(dir);
    EXPECT_GT(failures, 0);
    RecordProperty("damaged_refused", failures);
    RecordProperty("damaged_still_readable", successes);
}
