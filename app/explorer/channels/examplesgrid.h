#pragma once
// A channel's dataset examples as one picture: the top ones three to a row, then the near-zero
// ones under a thin line, each the crop of the receptive field at the channel's maximum (what the
// network saw there) with its value.
#include <QImage>

#include <string>

namespace inception::engine {
class Model;
}
namespace inception::explain {
struct ChannelExamples;
}

namespace explorer {

// `dir`: the indexed folder. Crops that can no longer be read are drawn dark and counted in
// `unreadable`.
QImage examplesGrid(const inception::engine::Model& model, const std::string& dir,
                    const inception::explain::ChannelExamples& examples, int* unreadable);

}  // namespace explorer
