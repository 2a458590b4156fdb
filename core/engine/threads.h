#pragma once
// Intra-op threads for one call, on the calling thread only: OpenMP keeps the thread count per
// thread, so a Session's setting never changes what another thread (or the process) uses.
namespace inception::engine {

// The number of cores this process may use (at least 1).
int availableCores();

class ThreadScope {
public:
    explicit ThreadScope(int threads);  // 0: availableCores()
    ~ThreadScope();
    ThreadScope(const ThreadScope&) = delete;
    ThreadScope& operator=(const ThreadScope&) = delete;
    int threads() const { return threads_; }

private:
    int previous_;
    int threads_;
};

}  // namespace inception::engine
