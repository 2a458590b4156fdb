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
        throw Error(ErrorCode::FileUnreadable, "cannot write " + path + ": " + std::strerror(errno));
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
                fail("cannot write " + path + " (disk full?): " + std::strerror(errno));
            at += size_t(n);
            done += size_t(n);
        }
    }
    if (done < total)
        fail("writing " + path + " stopped after " + std::to_string(done) + " of " + std::to_string(total) +
             " bytes (INCEPTION_FAULT_WRITE_BYTES)");
    if (::fsync(fd) != 0)
        fail("cannot flush " + path + " to disk: " + std::strerror(errno));
    ::close(fd);
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::remove(tmp.c_str());
        throw Error(ErrorCode::FileUnreadable, "cannot write " + path + ": " + ec.message() + "; it is unchanged");
    }
}

std::string outputProblem(const std::string& path, const std::vector<std::string>& extensions)
{
    namespace fs = std::filesystem;
    const fs::path p(path);
    std::error_code ec;
    if (path.empty())
        return "no file name";
    if (fs::is_directory(p, ec))
        return "is a folder; name a file in it";
    if (!extensions.empty()) {
        std::string ext = p.extension().string(), list;
        std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        bool known = false;
        for (const auto& e : extensions) {
            known = known || ext == e;
            list += (list.empty() ? "" : ", ") + e;
        }
        if (!known)
            return (ext.empty() ? std::string("has no extension") : "has the extension " + ext) + " (use " + list + ")";
    }
    const fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
    if (!fs::exists(dir, ec))
        return "its folder " + dir.string() + " does not exist";
    if (!fs::is_directory(dir, ec))
        return dir.string() + " is not a folder";
    // A file made and removed: true for root too, and on read-only file systems.
    const fs::path probe = dir / (".inception-probe." + std::to_string(::getpid()));
    const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return "its folder " + dir.string() + " is not writable (" + std::strerror(errno) + ")";
    ::close(fd);
    ::unlink(probe.c_str());
    if (fs::exists(p, ec) && ::access(p.c_str(), W_OK) != 0)
        return "the file exists and is not writable (" + std::string(std::strerror(errno)) + ")";
    return {};
}

void writeAtomically(const std::string& path, const std::string& bytes)
{
    writeAtomically(path, {{bytes.data(), bytes.size()}});
}

}  // namespace inception
