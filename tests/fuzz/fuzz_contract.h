#pragma once
// The readers' contract, checked by every fuzz target on every input: a reader returns, or throws
// inception::Error; it never crashes, hangs or throws anything else, and it allocates at most
// twice the input's size plus 64 MiB at its peak. The peak is counted by the sanitizer's malloc
// hooks (ASan builds: fuzzing and the CI replay); a plain build checks the rest of the contract.
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "common/error.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define INCEPTION_FUZZ_COUNTS_ALLOCATIONS 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) && !defined(INCEPTION_FUZZ_COUNTS_ALLOCATIONS)
#define INCEPTION_FUZZ_COUNTS_ALLOCATIONS 1
#endif
#ifdef INCEPTION_FUZZ_COUNTS_ALLOCATIONS
#include <sanitizer/allocator_interface.h>
#endif

namespace fuzz {

inline constexpr int64_t kSlackBytes = int64_t(64) << 20;

#ifdef INCEPTION_FUZZ_COUNTS_ALLOCATIONS
inline std::atomic<int64_t> liveBytes{0};
inline std::atomic<int64_t> peakBytes{0};

extern "C" inline void inceptionFuzzMallocHook(const volatile void*, size_t size)
{
    const int64_t now = liveBytes.fetch_add(int64_t(size)) + int64_t(size);
    int64_t peak = peakBytes.load();
    while (now > peak && !peakBytes.compare_exchange_weak(peak, now)) {
    }
}
// Called before the block is released, so its size is still known.
extern "C" inline void inceptionFuzzFreeHook(const volatile void* p)
{
    if (p)
        liveBytes.fetch_sub(int64_t(__sanitizer_get_allocated_size(const_cast<const void*>(p))));
}

inline bool installHooks()
{
    static const bool installed =
        __sanitizer_install_malloc_and_free_hooks(inceptionFuzzMallocHook, inceptionFuzzFreeHook) != 0;
    return installed;
}
#endif

// The peak of heap bytes above the level at construction.
class AllocationWatch {
public:
    AllocationWatch()
    {
#ifdef INCEPTION_FUZZ_COUNTS_ALLOCATIONS
        if (!installHooks()) {
            std::fprintf(stderr, "fuzz: the sanitizer refused the malloc hooks\n");
            std::abort();
        }
        base_ = liveBytes.load();
        peakBytes.store(base_);
#endif
    }
    bool counts() const
    {
#ifdef INCEPTION_FUZZ_COUNTS_ALLOCATIONS
        return true;
#else
        return false;
#endif
    }
    int64_t peakAbove() const
    {
#ifdef INCEPTION_FUZZ_COUNTS_ALLOCATIONS
        return peakBytes.load() - base_;
#else
        return 0;
#endif
    }

private:
    int64_t base_ = 0;
};

[[noreturn]] inline void fail(const char* target, const std::string& why)
{
    std::fprintf(stderr, "fuzz %s: contract broken: %s\n", target, why.c_str());
    std::fflush(stderr);
    std::abort();
}

// Runs read(); checks the contract for an input of `inputSize` bytes.
template <class F>
void checkContract(const char* target, size_t inputSize, F&& read)
{
    AllocationWatch watch;
    try {
        read();
    } catch (const inception::Error&) {
        // the reader refused the input: the contract holds
    } catch (const std::exception& e) {
        fail(target, std::string("an exception that is not inception::Error escaped: ") + e.what());
    } catch (...) {
        fail(target, "an exception of unknown type escaped");
    }
    const int64_t limit = 2 * int64_t(inputSize) + kSlackBytes;
    if (watch.counts() && watch.peakAbove() > limit)
        fail(target, "allocated " + std::to_string(watch.peakAbove()) + " bytes at the peak for an input of " +
                         std::to_string(inputSize) + " bytes (limit " + std::to_string(limit) + ")");
}

// The folder of this process's scratch files, removed when the process ends normally.
class ScratchDir {
public:
    ScratchDir()
    {
        const char* tmp = std::getenv("TMPDIR");
        path_ = std::filesystem::path(tmp && *tmp ? tmp : "/tmp") / ("inception-fuzz-" + std::to_string(getpid()));
        std::error_code ec;
        std::filesystem::create_directories(path_, ec);
        if (ec)
            fail("scratch", "cannot make " + path_.string() + ": " + ec.message());
    }
    ~ScratchDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

// A file of this process holding the input (the readers take paths, as the application does).
// `name` is the file's name, so that readers which look at the suffix or a neighbour see it.
inline std::string scratchFile(const std::string& name, const uint8_t* data, size_t size)
{
    static ScratchDir dir;
    const std::string path = (dir.path() / name).string();
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), std::streamsize(size));
    out.close();
    if (!out)
        fail("scratch", "cannot write " + path);
    return path;
}

}  // namespace fuzz
