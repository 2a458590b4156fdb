// A planted defect: reads one element past a heap array. Exits 0 unless AddressSanitizer stops
// it, so its ctest (WILL_FAIL) passes only where the ASan build catches what it claims to.
#include <cstdio>
#include <cstdlib>
#include <memory>

int main(int argc, char**)
{
    const int n = 8 + (argc > 100 ? 1 : 0);  // not a constant the compiler can check
    std::unique_ptr<int[]> values(new int[n]());
    volatile int sum = 0;
    for (int i = 0; i <= n; ++i)  // one too many
        sum = sum + values[i];
    std::printf("read %d values past nothing: %d\n", n + 1, sum);
    return 0;
}
