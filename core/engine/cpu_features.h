#pragma once
// What this CPU offers the compiled plan: detected, never assumed. oneDNN's own view of the
// instruction set (the kernels it will really pick) when the plan is built, cpuid otherwise.
#include <string>

namespace inception::engine {

struct CpuFeatures {
    bool avx2 = false;
    bool avx512 = false;      // AVX-512 F/BW/VL/DQ (oneDNN's avx512_core)
    bool avx512Bf16 = false;  // AVX512-BF16 dot products
    bool amxBf16 = false;     // AMX tiles with bf16
    std::string onednnIsa;    // "avx512_core_amx", …; "none" without oneDNN
    std::string summary() const;  // "AVX-512, AVX512-BF16, AMX-BF16 (oneDNN: avx512_core_amx)"
};

const CpuFeatures& cpuFeatures();

// Whether the CPU plan can run bf16 here; `why` says why not.
bool cpuBf16Supported(std::string* why = nullptr);

// The fp32 peak of this CPU with `threads` threads, GFLOP/s: independent FMA chains in vector
// registers (AVX-512 when there is, else AVX2+FMA, else scalar), run for about `seconds`.
double measureFp32PeakGflops(int threads, double seconds = 0.2);

}  // namespace inception::engine
