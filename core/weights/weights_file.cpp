#include "weights/weights_file.h"

namespace inception::weights {

WeightsFile readWeightsFile(const std::string& path)
{
    WeightsFile f;
    f.path = path;
    f.info = readModelInfo(path);  // a JSON that is there but wrong is refused before the tensors are read
    f.format = detectFormat(path);
    f.tensors = readCheckpoint(path);
    return f;
}

}  // namespace inception::weights
