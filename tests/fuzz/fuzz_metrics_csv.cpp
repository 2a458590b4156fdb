// A run folder's metrics.csv as the Training dock follows it: read, then read again after more
// bytes arrive (the second half of the input appended), as a run still being written grows.
#include <QString>

#include "fuzz_contract.h"
#include "explorer/training/runcurves.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const size_t half = size / 2;
    const std::string path = fuzz::scratchFile("metrics.csv", data, half);
    fuzz::checkContract("metrics_csv", size, [&] {
        explorer::RunCurves curves;
        curves.dir = QString::fromStdString(path.substr(0, path.rfind('/')));
        int skipped = 0;
        curves.update(&skipped);
        fuzz::scratchFile("metrics.csv", data, size);
        curves.update(&skipped);
        if (curves.readOffset > qint64(size))
            fuzz::fail("metrics_csv", "read past the end of the file");
        explorer::smoothed(curves.stepLoss, 0.6);
        curves.stepsToReach(0.5);
    });
    return 0;
}
