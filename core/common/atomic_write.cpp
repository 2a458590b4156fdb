#include "common/atomic_write.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "common/error.h"

namespace inception {

void writeAtomically(const std::string& path, const std::vector<std::pair<const void*, size_t>>& chunks)
{
    // Unique per process: two writers of one file never share a temporary file.
    const std::string tmp = path + ".partial." + std::to_string(::getpid());
    size_t total = 0;
    for (const auto& c : chunks)
        total += c.second;
    size_t limit = total;
    if (const char* fault = std::getenv("INCEPTION_FAULT_WRITE_BYTES"))
        limit = std::min<size_t>(limit, size_t(std::strtoull(fault, nullptr, 10)));
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw Error(ErrorCode::FileUnreadable, "cannot write " + tmp + ": " + std::strerror(errno));
    auto fail = [&](const std::string& why) {
        ::close(fd);
        std::remove(tmp.c_str());
        throw Error(ErrorCode::FileUnreadable, why + "; " + path + " is unchanged");
    };
    size_t done = 0;
    for (const auto& [data, size] : chunks) {
        size_t at = 0;
        while (at < size && done < limit) {
            const ssize_t n = ::write(fd, static_cast<const char*>(data) + at, std::min(size - at, limit - done));
            if (n <= 0)
                fail("cannot write " + tmp + " (disk full?): " + std::strerror(errno));
            at += size_t(n);
            done += size_t(n);
        }
    }
    if (done < total)
        fail("writing " + tmp + " stopped after " + std::to_string(done) + " of " + std::to_string(total) +
             " bytes (INCEPTION_FAULT_WRITE_BYTES)");
    if (::fsync(fd) != 0)
        fail("cannot flush " + tmp + " to disk: " + std::strerror(errno));
    ::close(fd);
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::remove(tmp.c_str());
        throw Error(ErrorCode::FileUnreadable, "cannot move " + tmp + " to " + path + ": " + ec.message());
    }
}

void writeAtomically(const std::string& path, const std::string& bytes)
{
    writeAtomically(path, {{bytes.data(), bytes.size()}});
}

}  // namespace inception
