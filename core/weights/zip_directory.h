#pragma once
// The central directory of a zip archive, read by hand before LibTorch's zip reader sees the file:
// that reader allocates whatever size a record declares. torch.save writes uncompressed ("stored")
// records only; a compressed record, a size beyond the file or an entry outside it is refused here.
#include <cstdint>
#include <map>
#include <string>

namespace inception::weights {

struct ZipRecord {
    uint64_t size = 0;         // uncompressed (= compressed: stored records only)
    uint64_t localOffset = 0;  // of its local header
    uint32_t crc = 0;          // CRC-32 of its bytes, from the directory
};

// Records by name, without the archive folder PyTorch puts first ("data.pkl", "data/0"). Throws
// inception::Error (CorruptFile; UnsupportedFormat for a compressed record) naming the problem.
std::map<std::string, ZipRecord> readZipDirectory(const std::string& path);

// Reads a record's bytes into `out` (record.size bytes), checking its local header and its CRC-32.
// The records are read here rather than by LibTorch's zip reader, which allocates what a record
// declares and leaks its archive when its own checks fail. `name` is for messages.
void readZipRecord(const std::string& path, const ZipRecord& record, const std::string& name, uint8_t* out);

// The record named `name`, or null.
const ZipRecord* findZipRecord(const std::map<std::string, ZipRecord>& records, const std::string& name);

}  // namespace inception::weights
