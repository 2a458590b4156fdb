#include "weights/checkpoint.h"

#include <torch/torch.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>

#include "common/error.h"
#include "weights/safetensors.h"
#include "weights/unpickler.h"
#include "weights/zip_directory.h"

namespace inception::weights {

namespace {

namespace fs = std::filesystem;
using Type = PyValue::Type;

std::vector<uint8_t> readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorCode::FileUnreadable, path + ": cannot open the file for reading");
    return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {});
}

void checkExists(const std::string& path)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw Error(ErrorCode::FileNotFound, path + ": no such file");
    if (fs::is_directory(path, ec))
        throw Error(ErrorCode::FileUnreadable, path + ": is a folder, not a weight file");
}

// ('storage', storage_type, key, location, numel[, view_metadata])
struct StorageId {
    torch::ScalarType dtype;
    std::string key;
    int64_t numel;
};

// `maxBytes`: what the file can hold at most; a reference claiming more is refused before anything
// is allocated for it.
StorageId parseStorageId(const PyRef& pid, const std::string& what, uint64_t maxBytes)
{
    auto bad = [&](const std::string& why) -> StorageId {
        throw Error(ErrorCode::CorruptFile, what + ": malformed storage reference (" + why + ")");
    };
    if (pid->type != Type::Tuple || pid->items.size() < 5)
        return bad("expected a 5-tuple");
    const auto& it = pid->items;
    if (it[0]->type != Type::String || it[0]->str != "storage")
        return bad("not a storage");
    if (it[1]->type != Type::Global)
        return bad("no storage type");
    if (it[2]->type != Type::String)
        return bad("no key");
    if (it[4]->type != Type::Int || it[4]->i < 0)
        return bad("no element count");
    const StorageId id{storageDtype(it[1]->str, what), it[2]->str, it[4]->i};
    uint64_t bytes = 0;
    if (__builtin_mul_overflow(uint64_t(id.numel), uint64_t(c10::elementSize(id.dtype)), &bytes) || bytes > maxBytes)
        return bad("storage '" + id.key + "' claims " + std::to_string(id.numel) + " elements, more than the file holds");
    return id;
}

// The key of a storage reference (item 2), for looking its record up before the rest is checked.
std::string id0(const PyRef& pid)
{
    if (pid->type != Type::Tuple || pid->items.size() < 5 || pid->items[2]->type != Type::String)
        throw Error(ErrorCode::CorruptFile, "malformed storage reference");
    return pid->items[2]->str;
}

TensorMap toTensorMap(const PyRef& obj, const std::string& what)
{
    const PyValue* dict = obj.get();
    if (dict->type == Type::Dict) {
        for (const auto& [k, v] : dict->dict)
            if (k->type == Type::String && (k->str == "state_dict" || k->str == "model") && v->type == Type::Dict) {
                dict = v.get();
                break;
            }
    }
    if (dict->type != Type::Dict)
        throw Error(ErrorCode::UnsupportedFormat, what + ": does not hold a state_dict (a dict of tensors)");
    TensorMap out;
    for (const auto& [k, v] : dict->dict) {
        if (k->type != Type::String)
            throw Error(ErrorCode::UnsupportedFormat, what + ": a state_dict key is not a string");
        if (v->type != Type::Tensor)
            throw Error(ErrorCode::UnsupportedFormat, what + ": entry '" + k->str + "' is not a tensor");
        out.emplace_back(k->str, v->tensor);
    }
    return out;
}

TensorMap readZip(const std::string& path)
{
    // The directory first: every record stored, inside the file, of a size the file can hold.
    const auto records = readZipDirectory(path);
    const ZipRecord* pickleRecord = findZipRecord(records, "data.pkl");
    if (!pickleRecord)
        throw Error(ErrorCode::UnsupportedFormat, path + ": a zip archive without data.pkl is no PyTorch checkpoint");
    std::vector<uint8_t> pickle(pickleRecord->size);
    readZipRecord(path, *pickleRecord, "data.pkl", pickle.data());
    std::map<std::string, torch::Tensor> storages;
    PersistentLoader loader = [&](const PyRef& pid) {
        const std::string record = "data/" + id0(pid);
        const ZipRecord* stored = findZipRecord(records, record);
        if (!stored)
            throw Error(ErrorCode::CorruptFile, path + ": storage '" + id0(pid) + "' is missing from the archive");
        const StorageId id = parseStorageId(pid, path, stored->size);
        auto v = PyValue::make(Type::Storage);
        auto it = storages.find(id.key);
        if (it == storages.end()) {
            const uint64_t expected = uint64_t(id.numel) * uint64_t(c10::elementSize(id.dtype));
            if (stored->size != expected)  // checked before the record is read or anything allocated
                throw Error(ErrorCode::CorruptFile, path + ": storage '" + id.key + "' holds " +
                                                        std::to_string(stored->size) + " bytes, expected " +
                                                        std::to_string(expected));
            auto storage = torch::empty({id.numel}, torch::TensorOptions().dtype(id.dtype));
            readZipRecord(path, *stored, record, static_cast<uint8_t*>(storage.data_ptr()));
            it = storages.emplace(id.key, storage).first;
        }
        v->tensor = it->second;
        return v;
    };
    PyRef obj = unpickle(pickle.data(), pickle.size(), loader, path);
    return toTensorMap(obj, path);
}

// Legacy torch.save: pickled magic number, protocol, sys info, the object, the storage keys,
// then each storage as <int64 numel><raw bytes>.
TensorMap readLegacy(const std::string& path)
{
    const std::vector<uint8_t> bytes = readAll(path);
    size_t pos = 0;
    std::map<std::string, torch::Tensor> storages;
    const PersistentLoader none;
    const PersistentLoader loader = [&](const PyRef& pid) {
        const StorageId id = parseStorageId(pid, path, bytes.size());
        auto it = storages.find(id.key);
        if (it == storages.end())  // filled once the raw storages are read, after the pickles
            it = storages.emplace(id.key, torch::empty({id.numel}, torch::TensorOptions().dtype(id.dtype))).first;
        auto v = PyValue::make(Type::Storage);
        v->tensor = it->second;
        return v;
    };
    auto next = [&](const PersistentLoader& l) {
        size_t used = 0;
        PyRef v = unpickle(bytes.data() + pos, bytes.size() - pos, l, path, &used);
        pos += used;
        return v;
    };
    // 0x1950a86a20f9469cfc6c, pickled as a 10-byte little-endian LONG1.
    static const std::string kMagic{"\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19", 10};
    PyRef magic = next(none);
    if (magic->type != Type::Int || magic->str != kMagic)
        throw Error(ErrorCode::UnsupportedFormat, path + ": a pickle, but not a PyTorch checkpoint (no magic number)");
    next(none);  // protocol version
    next(none);  // sys info
    PyRef obj = next(loader);
    PyRef keys = next(none);
    if (keys->type != Type::List)
        throw Error(ErrorCode::CorruptFile, path + ": the legacy checkpoint has no storage list");
    for (const auto& k : keys->items) {
        auto it = k->type == Type::String ? storages.find(k->str) : storages.end();
        if (it == storages.end())
            throw Error(ErrorCode::CorruptFile, path + ": the storage list names an unknown storage");
        const std::string where = path + ": the legacy checkpoint is truncated in storage '" + k->str + "'";
        if (bytes.size() - pos < 8)
            throw Error(ErrorCode::CorruptFile, where);
        int64_t numel;
        std::memcpy(&numel, bytes.data() + pos, 8);
        pos += 8;
        torch::Tensor& s = it->second;
        if (numel != s.numel())
            throw Error(ErrorCode::CorruptFile, path + ": storage '" + k->str + "' has " + std::to_string(numel) +
                                                    " elements, expected " + std::to_string(s.numel()));
        const size_t n = size_t(s.nbytes());
        if (bytes.size() - pos < n)
            throw Error(ErrorCode::CorruptFile, where);
        if (n > 0)  // an empty storage has no buffer
            std::memcpy(s.data_ptr(), bytes.data() + pos, n);
        pos += n;
    }
    return toTensorMap(obj, path);
}

}  // namespace

CheckpointFormat detectFormat(const std::string& path)
{
    checkExists(path);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorCode::FileUnreadable, path + ": cannot open the file for reading");
    uint8_t head[16] = {};
    in.read(reinterpret_cast<char*>(head), sizeof head);
    const auto got = size_t(in.gcount());
    if (got == 0)
        throw Error(ErrorCode::CorruptFile, path + ": the file is empty");
    if (got >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
        return CheckpointFormat::Zip;
    if (got >= 9 && head[8] == '{')
        return CheckpointFormat::Safetensors;
    // PROTO n, then the magic number as LONG1 of 10 bytes.
    if (got >= 4 && head[0] == 0x80 && head[1] >= 2 && head[1] <= 5 && head[2] == 0x8a && head[3] == 10)
        return CheckpointFormat::Legacy;
    return CheckpointFormat::Unknown;
}

const char* toString(CheckpointFormat format)
{
    switch (format) {
    case CheckpointFormat::Zip: return "zip";
    case CheckpointFormat::Legacy: return "legacy";
    case CheckpointFormat::Safetensors: return "safetensors";
    case CheckpointFormat::Unknown: break;
    }
    return "unknown";
}

TensorMap readCheckpoint(const std::string& path)
{
    return aboutFile(path, [&]() -> TensorMap {
        switch (detectFormat(path)) {
        case CheckpointFormat::Zip: return readZip(path);
        case CheckpointFormat::Legacy: return readLegacy(path);
        case CheckpointFormat::Safetensors: return readSafetensors(path);
        case CheckpointFormat::Unknown: break;
        }
        throw Error(ErrorCode::UnsupportedFormat,
                    path + ": not a weight file (expected a PyTorch .pth checkpoint or a .safetensors file)");
    });
}

}  // namespace inception::weights
