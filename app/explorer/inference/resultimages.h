#pragma once
// The core's analysis of one run (explain/run_analysis.h) as the docks show it: the only place
// that turns its tensors into pictures — channel grids on the shared scale, grey maps of the
// shown channels, the Grad-CAM map and its terms in diverging colours, the input the network saw.
#include <QString>

#include "explorer/inference/inferenceresult.h"

namespace cv {
class Mat;
}
namespace inception::engine {
class Session;
}
namespace inception::explain {
struct RunAnalysis;
struct AttributionResult;
}

namespace explorer {

// `rgb`: the picture the run was made from (its thumbnail; none for live frames).
InferenceResult resultImages(const inception::explain::RunAnalysis& analysis, const inception::engine::Session& session,
                             const cv::Mat& rgb, const QString& path, const QString& nodeId, bool live);

// An input attribution of a live frame as the live view lays it over the frame: the map in
// diverging colours, ending at the 99.5th percentile of |map| (gradient maps are heavy-tailed).
void fillLiveMap(const inception::explain::AttributionResult& r, const inception::engine::Session& session,
                 ExplainView& v);

// "CPU, 2 threads · compiled" in the window's language.
QString deviceText(const inception::engine::Session& session);

}  // namespace explorer
