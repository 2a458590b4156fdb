#include "weights/zip_directory.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <vector>

#include "common/error.h"

namespace inception::weights {

namespace {

uint64_t le(const uint8_t* p, int bytes)
{
    uint64_t v = 0;
    for (int k = bytes - 1; k >= 0; --k)
        v = (v << 8) | p[k];
    return v;
}

constexpr uint32_t kEndOfDirectory = 0x06054b50, kZip64End = 0x06064b50, kZip64Locator = 0x07064b50,
                   kDirectoryEntry = 0x02014b50, kLocalHeader = 0x04034b50;

// CRC-32 (IEEE 802.3, reflected), as zip stores it.
uint32_t crc32(const uint8_t* data, uint64_t n)
{
    static const auto table = [] {
        std::array<uint32_t, 256> t{};
        for (uint32_t i = 0; i < 256; ++i) {
            uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    uint32_t c = 0xFFFFFFFFu;
    for (uint64_t i = 0; i < n; ++i)
        c = table[(c ^ data[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}
constexpr uint64_t kMaxComment = 0xffff, kEndSize = 22;

// The archive's central directory, read structure by structure with every bound checked.
class ZipReader {
public:
    explicit ZipReader(const std::string& path) : path_(path), in_(path, std::ios::binary | std::ios::ate)
    {
        if (!in_)
            throw Error(ErrorCode::FileUnreadable, path + ": cannot open the file for reading");
        fileSize_ = uint64_t(in_.tellg());
    }

    std::map<std::string, ZipRecord> records()
    {
        if (fileSize_ < kEndSize)
            throw bad("too short for a zip archive");
        const Directory where = locate();
        if (where.size > fileSize_ || where.count > where.size / 46)
            throw bad("its directory claims more than the file holds");
        const auto dir = read(where.offset, where.size);
        std::map<std::string, ZipRecord> out;
        size_t at = 0;
        uint64_t totalSize = 0;
        for (uint64_t n = 0; n < where.count; ++n) {
            auto [name, record] = entry(dir, at);
            // Records that overlap (a zip bomb's trick: many entries over the same bytes) would
            // together claim more than the file holds.
            totalSize += record.size;
            if (totalSize > fileSize_)
                throw bad("its records together claim more bytes than the file holds (they overlap)");
            // PyTorch's names are ARCHIVE/data.pkl, ARCHIVE/data/0, …: kept without the archive folder.
            const auto slash = name.find('/');
            out[slash == std::string::npos ? name : name.substr(slash + 1)] = record;
        }
        return out;
    }

private:
    struct Directory {
        uint64_t count = 0, size = 0, offset = 0;
    };

    Error bad(const std::string& why) const
    {
        return Error(ErrorCode::CorruptFile, path_ + ": the zip archive is damaged (" + why + ")");
    }

    std::vector<uint8_t> read(uint64_t at, uint64_t n)
    {
        if (at > fileSize_ || n > fileSize_ - at)
            throw bad("a structure lies beyond the end of the file");
        std::vector<uint8_t> b(n);
        in_.seekg(std::streamoff(at));
        in_.read(reinterpret_cast<char*>(b.data()), std::streamsize(n));
        if (uint64_t(in_.gcount()) != n)
            throw bad("cut short");
        return b;
    }

    // The end-of-directory record: the last 22 bytes, or before a comment of up to 64 KiB; with
    // zip64, its locator and record.
    Directory locate()
    {
        const uint64_t tailSize = std::min(fileSize_, kEndSize + kMaxComment);
        const auto tail = read(fileSize_ - tailSize, tailSize);
        int64_t end = -1;
        for (int64_t i = int64_t(tailSize - kEndSize); i >= 0; --i)
            if (le(&tail[size_t(i)], 4) == kEndOfDirectory) {
                end = i;
                break;
            }
        if (end < 0)
            throw bad("no end-of-directory record (truncated?)");
        const uint8_t* e = &tail[size_t(end)];
        Directory d{le(e + 10, 2), le(e + 12, 4), le(e + 16, 4)};
        if (d.count != 0xffff && d.size != 0xffffffff && d.offset != 0xffffffff)
            return d;
        const uint64_t endAt = fileSize_ - tailSize + uint64_t(end);
        if (endAt < 20)
            throw bad("no zip64 locator");
        const auto locator = read(endAt - 20, 20);
        if (le(locator.data(), 4) != kZip64Locator)
            throw bad("no zip64 locator");
        const auto record = read(le(locator.data() + 8, 8), 56);
        if (le(record.data(), 4) != kZip64End)
            throw bad("no zip64 end-of-directory record");
        return {le(record.data() + 32, 8), le(record.data() + 40, 8), le(record.data() + 48, 8)};
    }

    // The directory entry at `at` (which moves past it).
    std::pair<std::string, ZipRecord> entry(const std::vector<uint8_t>& dir, size_t& at)
    {
        if (dir.size() - at < 46 || le(&dir[at], 4) != kDirectoryEntry)
            throw bad("a directory entry is malformed");
        const uint8_t* d = &dir[at];
        const uint64_t method = le(d + 10, 2);
        const uint32_t crc = uint32_t(le(d + 16, 4));
        uint64_t compressed = le(d + 20, 4), size = le(d + 24, 4), offset = le(d + 42, 4);
        const size_t nameLen = size_t(le(d + 28, 2)), extraLen = size_t(le(d + 30, 2)), commentLen = size_t(le(d + 32, 2));
        if (dir.size() - at - 46 < nameLen + extraLen + commentLen)
            throw bad("a directory entry is cut short");
        const std::string name(reinterpret_cast<const char*>(d + 46), nameLen);
        zip64Fields(d + 46 + nameLen, extraLen, size, compressed, offset);
        if (method != 0)
            throw Error(ErrorCode::UnsupportedFormat,
                        path_ + ": record '" + name + "' is compressed; PyTorch checkpoints store their records as they are");
        if (compressed != size || size > fileSize_ || offset > fileSize_ - size)
            throw bad("record '" + name + "' claims " + std::to_string(size) + " bytes, more than the file holds");
        at += 46 + nameLen + extraLen + commentLen;
        return {name, ZipRecord{size, offset, crc}};
    }

    // Zip64: the fields that read 0xffffffff follow in the extra field 0x0001, in this order.
    void zip64Fields(const uint8_t* extra, size_t extraLen, uint64_t& size, uint64_t& compressed, uint64_t& offset)
    {
        for (size_t x = 0; x + 4 <= extraLen;) {
            const uint64_t id = le(extra + x, 2), len = le(extra + x + 2, 2);
            if (x + 4 + len > extraLen)
                throw bad("a directory entry's extra field is cut short");
            if (id == 1) {
                size_t y = x + 4;
                auto take = [&](uint64_t& field) {
                    if (field != 0xffffffff)
                        return;
                    if (y + 8 > x + 4 + len)
                        throw bad("a zip64 field is missing");
                    field = le(extra + y, 8);
                    y += 8;
                };
                take(size);
                take(compressed);
                take(offset);
            }
            x += 4 + size_t(len);
        }
    }

    std::string path_;
    std::ifstream in_;
    uint64_t fileSize_ = 0;
};

}  // namespace

std::map<std::string, ZipRecord> readZipDirectory(const std::string& path) { return ZipReader(path).records(); }

void readZipRecord(const std::string& path, const ZipRecord& record, const std::string& name, uint8_t* out)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in)
        throw Error(ErrorCode::FileUnreadable, path + ": cannot open the file for reading");
    const uint64_t fileSize = uint64_t(in.tellg());
    auto bad = [&](const std::string& why) {
        return Error(ErrorCode::CorruptFile, path + ": record '" + name + "' is damaged (" + why + ")");
    };
    uint8_t local[30];
    if (record.localOffset > fileSize || fileSize - record.localOffset < sizeof local)
        throw bad("its header lies beyond the end of the file");
    in.seekg(std::streamoff(record.localOffset));
    in.read(reinterpret_cast<char*>(local), sizeof local);
    if (!in || le(local, 4) != kLocalHeader)
        throw bad("no local header where the directory points");
    const uint64_t dataAt = record.localOffset + sizeof local + le(local + 26, 2) + le(local + 28, 2);
    if (dataAt > fileSize || record.size > fileSize - dataAt)
        throw bad("its bytes lie beyond the end of the file");
    in.seekg(std::streamoff(dataAt));
    in.read(reinterpret_cast<char*>(out), std::streamsize(record.size));
    if (uint64_t(in.gcount()) != record.size)
        throw bad("cut short");
    if (crc32(out, record.size) != record.crc)
        throw bad("its checksum does not match: the file was altered or damaged");
}

const ZipRecord* findZipRecord(const std::map<std::string, ZipRecord>& records, const std::string& name)
{
    auto it = records.find(name);
    return it == records.end() ? nullptr : &it->second;
}

}  // namespace inception::weights
