#include "data/dataset_spec.h"

#include "common/error.h"
#ifdef INCEPTION_HAVE_IMAGE_FOLDER
#include "data/image_folder.h"
#endif

namespace inception::data {

Dataset datasetFromSpec(const std::string& spec, const std::string& split)
{
    if (spec.rfind("folder:", 0) == 0) {
#ifdef INCEPTION_HAVE_IMAGE_FOLDER
        ImageFolderOptions o;  // 32x32 colour, 20 % of each class held out
        return imageFolder(spec.substr(7), split == "train" ? "train" : "val", o);
#else
        throw Error(ErrorCode::BadArgument, "this build has no image decoder (OpenCV) for folder datasets");
#endif
    }
    if (spec == "fashion-mnist")
        return fashionMnist(defaultFashionMnistDir(), split);
    if (spec.rfind("fashion-mnist:", 0) == 0)
        return fashionMnist(spec.substr(14), split);
    if (spec.rfind("cifar10:", 0) == 0)
        return cifar10(spec.substr(8), split);
    throw Error(ErrorCode::BadArgument, "dataset is fashion-mnist[:DIR], cifar10:DIR or folder:DIR, not " + spec);
}

}  // namespace inception::data
