#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>

#include "common/error.h"
#include "weights/checkpoint.h"
#include "weights/safetensors.h"

using namespace inception;
namespace fs = std::filesystem;

namespace {

class Safetensors : public ::testing::Test {
protected:
    void SetUp() override
    {
        dir_ = fs::temp_directory_path() / ("inception-st-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    std::string path(const std::string& name) const { return (dir_ / name).string(); }
    void writeRaw(const std::string& name, const std::string& header, const std::string& data)
    {
        std::ofstream out(path(name), std::ios::binary);
        const uint64_t n = header.size();
        for (int k = 0; k < 8; ++k)
            out.put(char((n >> (8 * k)) & 0xff));
        out << header << data;
    }
    ErrorCode errorOf(const std::string& name)
    {
        try {
            weights::readSafetensors(path(name));
        } catch (const Error& e) {
            return e.code();
        }
        return ErrorCode::Internal;
    }
    fs::path dir_;
};

}  // namespace

TEST_F(Safetensors, roundTripKeepsNamesOrderDtypesAndValues)
{
    weights::TensorMap in{{"b.weight", torch::randn({3, 4})},
                          {"a.half", torch::randn({5}).to(torch::kFloat16)},
                          {"a.bf16", torch::randn({2, 2}).to(torch::kBFloat16)},
                          {"count", torch::tensor(int64_t(7))},
                          {"transposed", torch::randn({4, 3}).t()},
                          {"empty", torch::zeros({0, 2})}};
    weights::writeSafetensors(path("t.safetensors"), in, {{"variant", "googlenet"}});
    EXPECT_EQ(weights::detectFormat(path("t.safetensors")), weights::CheckpointFormat::Safetensors);
    const auto out = weights::readCheckpoint(path("t.safetensors"));
    ASSERT_EQ(out.size(), in.size());
    for (size_t i = 0; i < in.size(); ++i) {
        EXPECT_EQ(out[i].first, in[i].first);
        EXPECT_EQ(out[i].second.scalar_type(), in[i].second.scalar_type());
        EXPECT_TRUE(torch::equal(out[i].second, in[i].second)) << in[i].first;
    }
    EXPECT_FALSE(fs::exists(path("t.safetensors.part")));
}

TEST_F(Safetensors, damagedHeadersAreCorruptFileErrors)
{
    writeRaw("badjson.safetensors", "{not json", "");
    EXPECT_EQ(errorOf("badjson.safetensors"), ErrorCode::CorruptFile);
    writeRaw("outside.safetensors", R"({"x":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})", "12345678");
    EXPECT_EQ(errorOf("outside.safetensors"), ErrorCode::CorruptFile);
    writeRaw("size.safetensors", R"({"x":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", "12345678");
    EXPECT_EQ(errorOf("size.safetensors"), ErrorCode::CorruptFile);
    writeRaw("dtype.safetensors", R"({"x":{"dtype":"C64","shape":[1],"data_offsets":[0,8]}})", "12345678");
    EXPECT_EQ(errorOf("dtype.safetensors"), ErrorCode::UnsupportedFormat);
    {
        std::ofstream out(path("huge.safetensors"), std::ios::binary);
        out << std::string("\xff\xff\xff\xff\xff\xff\xff\x7f{", 9);
    }
    EXPECT_EQ(errorOf("huge.safetensors"), ErrorCode::CorruptFile);
    // Dimensions whose product wraps around 2^64 (2^62 * 4 * 2 elements), and a count far beyond
    // the 8 bytes the entry spans: refused from the header, nothing allocated.
    writeRaw("wrap.safetensors",
             R"({"x":{"dtype":"F32","shape":[4611686018427387904,4,2],"data_offsets":[0,8]}})", "12345678");
    EXPECT_EQ(errorOf("wrap.safetensors"), ErrorCode::CorruptFile);
    writeRaw("many.safetensors", R"({"x":{"dtype":"U8","shape":[3,1000000000000],"data_offsets":[0,8]}})",
             "12345678");
    EXPECT_EQ(errorOf("many.safetensors"), ErrorCode::CorruptFile);
}

TEST_F(Safetensors, writeToAMissingFolderFailsCleanly)
{
    EXPECT_THROW(weights::writeSafetensors(path("no/such/folder/x.safetensors"), {{"x", torch::zeros({1})}}), Error);
}
