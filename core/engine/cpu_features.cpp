#include "engine/cpu_features.h"

#include <cpuid.h>
#include <immintrin.h>
#include <omp.h>

#include <algorithm>
#include <chrono>
#include <vector>

#ifdef INCEPTION_WITH_ONEDNN
#include <oneapi/dnnl/dnnl.hpp>
#endif

namespace inception::engine {

namespace {

CpuFeatures detect()
{
    CpuFeatures f;
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (__get_cpuid_count(7, 0, &a, &b, &c, &d)) {
        f.avx2 = (b >> 5) & 1u;
        const bool avx512f = (b >> 16) & 1u, dq = (b >> 17) & 1u, bw = (b >> 30) & 1u, vl = (b >> 31) & 1u;
        f.avx512 = avx512f && dq && bw && vl;
        f.amxBf16 = ((d >> 22) & 1u) && ((d >> 24) & 1u);
    }
    if (__get_cpuid_count(7, 1, &a, &b, &c, &d))
        f.avx512Bf16 = (a >> 5) & 1u;
#ifdef INCEPTION_WITH_ONEDNN
    // oneDNN's view is what the kernels will use: it also knows whether the OS enabled AMX.
    using isa = dnnl::cpu_isa;
    const auto e = static_cast<unsigned>(dnnl::get_effective_cpu_isa());
    auto has = [e](isa i) { return (e & static_cast<unsigned>(i)) == static_cast<unsigned>(i); };
    f.onednnIsa = has(isa::avx512_core_amx)    ? "avx512_core_amx"
                  : has(isa::avx512_core_bf16) ? "avx512_core_bf16"
                  : has(isa::avx512_core_vnni) ? "avx512_core_vnni"
                  : has(isa::avx512_core)      ? "avx512_core"
                  : has(isa::avx2)             ? "avx2"
                                               : "sse41";
    f.avx512 = f.avx512 && has(isa::avx512_core);
    f.avx512Bf16 = f.avx512Bf16 && has(isa::avx512_core_bf16);
    f.amxBf16 = f.amxBf16 && has(isa::avx512_core_amx);
#else
    f.onednnIsa = "none";
#endif
    return f;
}

// Independent FMA chains, enough of them to cover the latency of both FMA ports.
__attribute__((target("avx512f"))) double fmaLoop512(int64_t iterations)
{
    __m512 acc[16];
    for (int i = 0; i < 16; ++i)
        acc[i] = _mm512_set1_ps(float(i) * 1e-3f);
    const __m512 m = _mm512_set1_ps(0.999999f), k = _mm512_set1_ps(1e-6f);
    for (int64_t n = 0; n < iterations; ++n)
        for (int i = 0; i < 16; ++i)
            acc[i] = _mm512_fmadd_ps(acc[i], m, k);
    __m512 s = acc[0];
    for (int i = 1; i < 16; ++i)
        s = _mm512_add_ps(s, acc[i]);
    alignas(64) float out[16];
    _mm512_store_ps(out, s);
    return double(out[0]) * 0 + 16.0 * 16.0 * 2.0;  // flops per iteration (out keeps the loop)
}

__attribute__((target("avx2,fma"))) double fmaLoop256(int64_t iterations)
{
    __m256 acc[12];
    for (int i = 0; i < 12; ++i)
        acc[i] = _mm256_set1_ps(float(i) * 1e-3f);
    const __m256 m = _mm256_set1_ps(0.999999f), k = _mm256_set1_ps(1e-6f);
    for (int64_t n = 0; n < iterations; ++n)
        for (int i = 0; i < 12; ++i)
            acc[i] = _mm256_fmadd_ps(acc[i], m, k);
    alignas(32) float out[8];
    __m256 s = acc[0];
    for (int i = 1; i < 12; ++i)
        s = _mm256_add_ps(s, acc[i]);
    _mm256_store_ps(out, s);
    return double(out[0]) * 0 + 12.0 * 8.0 * 2.0;
}

double fmaLoopScalar(int64_t iterations)
{
    volatile float m = 0.999999f;
    float acc[8] = {};
    for (int64_t n = 0; n < iterations; ++n)
        for (float& x : acc)
            x = x * m + 1e-6f;
    return double(acc[0]) * 0 + 8.0 * 2.0;
}

}  // namespace

std::string CpuFeatures::summary() const
{
    std::string s = avx512 ? "AVX-512" : avx2 ? "AVX2" : "no AVX2";
    if (avx512Bf16)
        s += ", AVX512-BF16";
    if (amxBf16)
        s += ", AMX-BF16";
    return s + " (oneDNN ISA: " + onednnIsa + ")";
}

const CpuFeatures& cpuFeatures()
{
    static const CpuFeatures f = detect();
    return f;
}

bool cpuBf16Supported(std::string* why)
{
    const auto& f = cpuFeatures();
#ifndef INCEPTION_WITH_ONEDNN
    if (why)
        *why = "this build has no compiled CPU plan (built without oneDNN), so bfloat16 runs on CUDA only";
    return false;
#endif
    if (f.amxBf16 || f.avx512Bf16)
        return true;
    if (why)
        *why = "this CPU has neither AMX-BF16 nor AVX512-BF16 (" + f.summary() + "); bfloat16 would be emulated and slower than float32";
    return false;
}

double measureFp32PeakGflops(int threads, double seconds)
{
    const auto& f = cpuFeatures();
    auto loop = f.avx512 ? fmaLoop512 : f.avx2 ? fmaLoop256 : fmaLoopScalar;
    const int64_t chunk = 1 << 16;
    loop(chunk);  // warm up (and let the clock settle)
    std::vector<double> flops(size_t(std::max(1, threads)), 0.0);
    const auto start = std::chrono::steady_clock::now();
    const auto until = start + std::chrono::duration<double>(seconds);
#pragma omp parallel num_threads(std::max(1, threads))
    {
        double done = 0;
        while (std::chrono::steady_clock::now() < until)
            done += loop(chunk) * double(chunk);
        flops[size_t(omp_get_thread_num())] = done;
    }
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    double total = 0;
    for (double x : flops)
        total += x;
    return total / elapsed / 1e9;
}

}  // namespace inception::engine
