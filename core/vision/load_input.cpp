#include "vision/load_input.h"

#include "vision/decode.h"

namespace inception::vision {

torch::Tensor loadInput(const std::string& path, const engine::Model& model, const PreprocessOptions& options)
{
    return loadInput(path, model.preset(), options);
}

torch::Tensor loadInput(const std::string& path, const models::PreprocessPreset& preset,
                        const PreprocessOptions& options)
{
    return preprocess(decodeImageFile(path), preset, options);
}

}  // namespace inception::vision
