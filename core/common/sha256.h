#pragma once
// SHA-256 (FIPS 180-4), for verifying downloaded weight files.
#include <array>
#include <cstdint>
#include <string>

namespace inception {

class Sha256 {
public:
    Sha256();
    void update(const void* data, size_t size);
    std::array<uint8_t, 32> digest();  // finalises
    std::string hexDigest();

private:
    void block(const uint8_t* p);
    std::array<uint32_t, 8> h_;
    uint8_t buffer_[64];
    size_t used_ = 0;
    uint64_t bits_ = 0;
};

// Hex SHA-256 of a file; throws inception::Error if it cannot be read.
std::string sha256File(const std::string& path);

}  // namespace inception
