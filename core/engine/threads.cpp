#include "engine/threads.h"

#include <ATen/Parallel.h>
#include <omp.h>
#include <sched.h>

#include <thread>

namespace inception::engine {

int availableCores()
{
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
        return CPU_COUNT(&set);
    return int(std::max(1u, std::thread::hardware_concurrency()));
}

ThreadScope::ThreadScope(int threads)
    : previous_((at::get_num_threads(), omp_get_max_threads())),  // ATen's lazy per-thread setup first
      threads_(threads > 0 ? threads : availableCores())
{
    omp_set_num_threads(threads_);
}

ThreadScope::~ThreadScope() { omp_set_num_threads(previous_); }

}  // namespace inception::engine
