#include "weights/model_file.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/atomic_write.h"
#include "common/error.h"
#include "weights/safetensors.h"

namespace inception::weights {

namespace {
constexpr const char* kFormat = "inception-explorer-model";
constexpr int kVersion = 1;
constexpr size_t kMaxJson = 1 << 20;  // a model's description is a few hundred bytes
}  // namespace

std::string modelInfoPath(const std::string& weightsPath)
{
    return std::filesystem::path(weightsPath).replace_extension(".json").string();
}

std::optional<ModelFileInfo> readModelInfo(const std::string& weightsPath)
{
    const std::string path = modelInfoPath(weightsPath);
    std::error_code ec;
    if (path == weightsPath || !std::filesystem::is_regular_file(path, ec))
        return std::nullopt;
    if (std::filesystem::file_size(path, ec) > kMaxJson)
        throw Error(ErrorCode::CorruptFile, path + ": too large for a model description");
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    const auto j = nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
    auto bad = [&](const std::string& what) {
        return Error(ErrorCode::CorruptFile, path + ": " + what + " (a model description written by inception-cli train)");
    };
    if (j.is_discarded() || !j.is_object())
        throw bad("not JSON");
    const auto format = j.find("format");
    if (format == j.end() || !format->is_string() || format->get<std::string>() != kFormat)
        return std::nullopt;  // some other JSON that happens to sit beside the file
    if (!j.contains("version") || !j["version"].is_number_integer() || j["version"].get<int64_t>() > kVersion)
        throw bad("unknown version (written by a newer program?)");
    ModelFileInfo info;
    try {
        info.variant = j.at("variant").get<std::string>();
        info.width = j.value("width", 0.0);
        // Whole numbers only: nlohmann would convert 1e300 to an integer (undefined behaviour).
        for (const auto& n : j.at("input"))
            if (!n.is_number_integer())
                throw bad("'input' must be [channels, height, width] in whole numbers");
        info.input = j.at("input").get<std::vector<int64_t>>();
        if (j.contains("classes"))
            info.classes = j["classes"].get<std::vector<std::string>>();
        info.numClasses = int(info.classes.size());
        if (j.contains("num_classes")) {
            const auto& n = j["num_classes"];
            if (!n.is_number_integer() || n.get<int64_t>() < 1 || n.get<int64_t>() > 1000000)
                throw bad("'num_classes' must be a whole number from 1 to 1,000,000");
            info.numClasses = int(n.get<int64_t>());
        }
        info.dataset = j.value("dataset", std::string());
        info.auxHeads = j.value("aux_heads", false);
        info.trained = j.value("trained", true);
        info.note = j.value("note", std::string());
    } catch (const nlohmann::json::exception& e) {
        throw bad(std::string("a field is missing or of the wrong type: ") + e.what());
    }
    if (info.input.size() != 3 || info.input[0] < 1 || info.input[1] < 1 || info.input[2] < 1 ||
        info.input[1] > 4096 || info.input[2] > 4096)
        throw bad("'input' must be [channels, height, width]");
    if (info.width < 0 || info.width > 1)
        throw bad("'width' must lie in (0, 1]");
    if (info.numClasses < 1)
        throw bad("neither 'classes' nor a positive 'num_classes'");
    if (!info.classes.empty() && size_t(info.numClasses) != info.classes.size())
        throw bad("'classes' and 'num_classes' disagree");
    return info;
}

void writeModelFile(const std::string& weightsPath, const TensorMap& tensors, const ModelFileInfo& info)
{
    writeSafetensors(weightsPath, tensors, {{"format", kFormat}, {"variant", info.variant}});
    nlohmann::ordered_json j;
    j["format"] = kFormat;
    j["version"] = kVersion;
    j["variant"] = info.variant;
    if (info.width > 0)
        j["width"] = info.width;
    j["input"] = info.input;
    if (!info.classes.empty())
        j["classes"] = info.classes;
    j["num_classes"] = info.numClasses > 0 ? info.numClasses : int(info.classes.size());
    if (!info.dataset.empty())
        j["dataset"] = info.dataset;
    if (info.auxHeads)
        j["aux_heads"] = true;
    j["trained"] = info.trained;
    if (!info.note.empty())
        j["note"] = info.note;
    writeAtomically(modelInfoPath(weightsPath), j.dump(2) + "\n");
}

}  // namespace inception::weights
