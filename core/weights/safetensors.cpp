#include "weights/safetensors.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "common/atomic_write.h"
#include "common/error.h"

namespace inception::weights {

namespace {

const std::vector<std::pair<std::string, torch::ScalarType>>& dtypes()
{
    static const std::vector<std::pair<std::string, torch::ScalarType>> table{
        {"F32", torch::kFloat32}, {"F64", torch::kFloat64}, {"F16", torch::kFloat16},
        {"BF16", torch::kBFloat16}, {"I64", torch::kInt64}, {"I32", torch::kInt32},
        {"I16", torch::kInt16}, {"I8", torch::kInt8}, {"U8", torch::kUInt8}, {"BOOL", torch::kBool},
    };
    return table;
}

[[noreturn]] void corrupt(const std::string& path, const std::string& why)
{
    throw Error(ErrorCode::CorruptFile, path + ": " + why + "; the .safetensors file is damaged or truncated");
}

}  // namespace

namespace {

struct Entry {
    std::string name;
    torch::ScalarType dtype;
    std::vector<int64_t> shape;
    uint64_t begin, end;
};

// One tensor's header entry, checked against the data it claims (`dataSize` bytes follow the header).
Entry parseEntry(const std::string& path, const std::string& name, const nlohmann::json& v, uint64_t dataSize)
{
    Entry e;
    e.name = name;
    const std::string dt = v.at("dtype").get<std::string>();
    auto found = std::find_if(dtypes().begin(), dtypes().end(), [&](const auto& p) { return p.first == dt; });
    if (found == dtypes().end())
        throw Error(ErrorCode::UnsupportedFormat, path + ": tensor '" + e.name + "' has unsupported dtype " + dt);
    e.dtype = found->second;
    e.shape = v.at("shape").get<std::vector<int64_t>>();
    const auto offsets = v.at("data_offsets").get<std::vector<uint64_t>>();
    if (offsets.size() != 2 || offsets[0] > offsets[1] || offsets[1] > dataSize)
        corrupt(path, "tensor '" + e.name + "' lies outside the file");
    e.begin = offsets[0];
    e.end = offsets[1];
    // The element count is checked before anything is multiplied out: a crafted header with
    // dimensions whose product wraps around 2^64 must not pass for a small tensor.
    uint64_t numel = 1;
    for (auto d : e.shape) {
        if (d < 0)
            corrupt(path, "tensor '" + e.name + "' has a negative dimension");
        if (__builtin_mul_overflow(numel, uint64_t(d), &numel) || numel > dataSize)
            corrupt(path, "tensor '" + e.name + "' claims more elements than the file holds");
    }
    if (numel * uint64_t(torch::elementSize(e.dtype)) != e.end - e.begin)
        corrupt(path, "tensor '" + e.name + "' has " + std::to_string(e.end - e.begin) +
                          " bytes for its shape and dtype");
    return e;
}

// The JSON header after the 8-byte length; `dataStart` receives where the tensors begin.
nlohmann::json readHeader(std::ifstream& in, const std::string& path, uint64_t fileSize, uint64_t& dataStart)
{
    if (fileSize < 8)
        corrupt(path, "shorter than its 8-byte header length");
    uint8_t lenBytes[8] = {};
    in.read(reinterpret_cast<char*>(lenBytes), 8);
    if (in.gcount() != 8)
        throw Error(ErrorCode::FileUnreadable, path + ": cannot read the file (is it a folder?)");
    uint64_t headerLen = 0;
    for (int k = 7; k >= 0; --k)
        headerLen = (headerLen << 8) | lenBytes[k];
    if (headerLen > fileSize - 8 || headerLen > (100u << 20))
        corrupt(path, "its header length (" + std::to_string(headerLen) + " bytes) exceeds the file");
    std::string header(size_t(headerLen), '\0');
    in.read(header.data(), std::streamsize(headerLen));
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(header);
    } catch (const nlohmann::json::exception& e) {
        corrupt(path, std::string("its header is not valid JSON (") + e.what() + ")");
    }
    if (!j.is_object())
        corrupt(path, "its header is not a JSON object");
    dataStart = 8 + headerLen;
    return j;
}

}  // namespace

TensorMap readSafetensors(const std::string& path)
{
    return aboutFile(path, [&]() -> TensorMap {
        std::ifstream in(path, std::ios::binary | std::ios::ate);
        if (!in)
            throw Error(ErrorCode::FileUnreadable, path + ": cannot open the file for reading");
        const uint64_t fileSize = uint64_t(in.tellg());
        in.seekg(0);
        uint64_t dataStart = 0;
        const nlohmann::json j = readHeader(in, path, fileSize, dataStart);
        const uint64_t dataSize = fileSize - dataStart;
        std::vector<Entry> entries;
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (it.key() == "__metadata__")
                continue;
            try {
                entries.push_back(parseEntry(path, it.key(), it.value(), dataSize));
            } catch (const nlohmann::json::exception& ex) {
                corrupt(path, "tensor '" + it.key() + "' has a malformed header entry (" + ex.what() + ")");
            }
        }
        std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.begin < b.begin; });
        TensorMap out;
        for (const auto& e : entries) {
            torch::Tensor t = torch::empty(e.shape, torch::TensorOptions().dtype(e.dtype));
            in.seekg(std::streamoff(dataStart + e.begin));
            in.read(static_cast<char*>(t.data_ptr()), std::streamsize(e.end - e.begin));
            if (uint64_t(in.gcount()) != e.end - e.begin)
                corrupt(path, "tensor '" + e.name + "' is cut short");
            out.emplace_back(e.name, t);
        }
        return out;
    });
}

void writeSafetensors(const std::string& path, const TensorMap& tensors,
                      const std::map<std::string, std::string>& metadata)
{
    nlohmann::ordered_json header;
    if (!metadata.empty())
        header["__metadata__"] = metadata;
    std::vector<torch::Tensor> data;
    uint64_t offset = 0;
    for (const auto& [name, tensor] : tensors) {
        torch::Tensor t = tensor.detach().to(torch::kCPU).contiguous();
        auto found = std::find_if(dtypes().begin(), dtypes().end(),
                                  [&](const auto& p) { return p.second == t.scalar_type(); });
        if (found == dtypes().end())
            throw Error(ErrorCode::UnsupportedFormat, "cannot write tensor '" + name + "' of dtype " +
                                                          std::string(c10::toString(t.scalar_type())));
        const uint64_t n = uint64_t(t.nbytes());
        header[name] = {{"dtype", found->first}, {"shape", t.sizes().vec()}, {"data_offsets", {offset, offset + n}}};
        offset += n;
        data.push_back(t);
    }
    std::string h = header.dump();
    while ((8 + h.size()) % 8)
        h += ' ';
    uint8_t len[8];
    for (int k = 0; k < 8; ++k)
        len[k] = uint8_t((uint64_t(h.size()) >> (8 * k)) & 0xff);
    std::vector<std::pair<const void*, size_t>> chunks{{len, 8}, {h.data(), h.size()}};
    for (const auto& t : data)
        chunks.emplace_back(t.data_ptr(), size_t(t.nbytes()));
    writeAtomically(path, chunks);
}

}  // namespace inception::weights
