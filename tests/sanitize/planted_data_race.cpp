// A planted defect: two threads increment one counter without synchronisation. Exits 0 unless
// ThreadSanitizer reports the race, so its ctest (WILL_FAIL) passes only where the TSan build
// catches what it claims to.
#include <cstdio>
#include <thread>

namespace {
long counter = 0;  // shared, unguarded
}

int main()
{
    auto work = [] {
        for (int i = 0; i < 100000; ++i)
            counter = counter + 1;
    };
    std::thread a(work), b(work);
    a.join();
    b.join();
    std::printf("counter: %ld\n", counter);
    return 0;
}
