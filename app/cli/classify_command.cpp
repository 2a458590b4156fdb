// `classify`: images, folders of images (or preprocessed tensors) to top-K classes. A file that
// cannot be read is reported in the output and the others go on; the exit code says so (3).
#include <torch/torch.h>

#include <c10/util/Exception.h>

#include <iomanip>
#include <iostream>
#include <sstream>

#include "arch/names.h"
#include "arch/taps.h"
#include "cli_common.h"
#include "commands.h"
#include "common/atomic_write.h"
#include "explain/knockout.h"
#include "usage.h"
#ifdef INCEPTION_HAVE_VISION
#include "vision/image_files.h"
#endif

namespace inception::cli {

namespace {

struct ClassifyArgs {
    std::vector<std::string> inputs;
    std::string variant, output;
    WeightsArgs weights;
    RunArgs runArgs;
    int top = 5;
    bool json = false, antialias = false, recursive = false;
    std::vector<std::string> knockouts;
};

const std::vector<std::string> kResultFiles{".csv", ".json"};

// Files as given; a folder becomes its images (and its sub-folders' with --recursive). An empty
// folder is an entry of its own, to be reported like an unreadable file.
std::vector<std::string> expandInputs(const std::vector<std::string>& inputs, bool recursive)
{
    std::vector<std::string> files;
    for (const auto& in : inputs) {
        std::error_code ec;
        if (!std::filesystem::is_directory(in, ec)) {
            files.push_back(in);
            continue;
        }
#ifdef INCEPTION_HAVE_VISION
        const auto images = vision::imageFilesIn(in, recursive);
        for (const auto& f : images)
            files.push_back(f.string());
        if (images.empty())
            files.push_back(in);
#else
        (void)recursive;
        files.push_back(in);
#endif
    }
    return files;
}

// timm's --results-file: one row per image, its top-K as index, label, probability; `error` for
// a file that could not be classified.
std::string resultsCsv(const nlohmann::json& rows, int top)
{
    std::ostringstream out;
    out << "input";
    for (int k = 1; k <= top; ++k)
        out << ",index_" << k << ",label_" << k << ",probability_" << k;
    out << ",error\n";
    for (const auto& r : rows) {
        out << csvField(r["input"].get<std::string>());
        const auto& t = r.contains("top") ? r["top"] : nlohmann::json::array();
        for (int k = 0; k < top; ++k) {
            if (k < int(t.size()))
                out << ',' << t[size_t(k)]["index"].get<int>() << ',' << csvField(t[size_t(k)]["label"].get<std::string>())
                    << ',' << t[size_t(k)]["probability"].get<double>();
            else
                out << ",,,";
        }
        out << ',' << csvField(r.value("error", std::string())) << '\n';
    }
    return out.str();
}

// What could not be read of `path`: the error's one line, or rethrown when the request itself
// is wrong (an unknown node for --knockout fails every file alike).
std::string failureOf(const std::string& path)
{
    try {
        throw;
    } catch (const Error& e) {
        if (exitCodeOf(e.code()) == kExitUsage)
            throw;
        return e.what();
    } catch (const c10::Error& e) {
        const std::string m = e.what_without_backtrace();
        return path + ": " + m.substr(0, m.find('\n'));
    } catch (const std::exception& e) {
        const std::string m = e.what();
        return path + ": " + m.substr(0, m.find('\n'));
    }
}

nlohmann::json topJson(const std::vector<engine::ClassScore>& scores)
{
    nlohmann::json top = nlohmann::json::array();
    for (const auto& s : scores)
        top.push_back({{"index", s.index}, {"label", s.label}, {"probability", s.probability}, {"logit", s.logit}});
    return top;
}

void printPrediction(const std::string& name, const engine::Prediction& p, size_t n, const std::string& variant,
                     const std::string& device, const engine::RunRequest& request)
{
    std::cout << name << "  (" << variant << ", " << device << ", " << (p.compiled ? "compiled" : "eager") << ", "
              << fixed(p.forwardMs, 1) << " ms" << (p.top.size() > 1 ? " for the batch" : "") << ")\n";
    for (const auto& [node, kind] : request.interventions)
        std::cout << "  knocked out: " << node << " (" << explain::toString(kind) << ")\n";
    for (const auto& s : p.top[n])
        std::cout << "  " << std::setw(7) << fixed(100.0 * s.probability, 2) << "%  " << s.label << " (" << s.index
                  << ")\n";
}

int runClassify(ClassifyArgs& a)
{
    checkOutputs({{"--output", a.output, kResultFiles}});
    const auto model = openForCommand(a.variant, a.weights, a.json);
    engine::RunRequest request;
    request.topK = a.top;
    request.interventions = parseKnockouts(a.knockouts);
    nlohmann::json knocked = nlohmann::json::array();
    for (const auto& [node, kind] : request.interventions) {
        if (!arch::findTap(model->desc().root, node))  // wrong for every file alike: before the first
            throw Error(ErrorCode::UnknownNode, arch::noNodeMessage(model->desc(), node));
        knocked.push_back({{"node", node}, {"kind", explain::toString(kind)}});
    }
    engine::Session session(model, sessionOptions(a.runArgs));
    const auto& prov = model->provenance();
    const nlohmann::json weights = weightsFields(*model);
    if (!a.json)
        std::cout << weightsLine(*model) << '\n';
    nlohmann::json all = nlohmann::json::array();
    int failed = 0, files = 0;
    std::string firstFailure;
    for (const auto& path : expandInputs(a.inputs, a.recursive)) {
        ++files;
        engine::Prediction p;
        try {
            std::error_code ec;
            if (std::filesystem::is_directory(path, ec))
                throw Error(ErrorCode::FileNotFound, "the folder " + path + " holds no images" +
                                                         (a.recursive ? "" : " (sub-folders: --recursive)"));
            p = session.run(readInput(path, *model, a.antialias), request);
        } catch (...) {
            const std::string why = failureOf(path);
            if (++failed == 1)
                firstFailure = why;
            all.push_back({{"input", path}, {"error", why}});
            if (!a.json)
                std::cout << path << "\n  not classified: " << why << '\n';
            continue;
        }
        for (size_t n = 0; n < p.top.size(); ++n) {
            const std::string name = p.top.size() > 1 ? path + "[" + std::to_string(n) + "]" : path;
            nlohmann::json row{{"input", name},
                               {"variant", a.variant},
                               {"top", topJson(p.top[n])},
                               {"forward_ms", p.forwardMs},
                               {"batch", p.top.size()},
                               {"device", session.deviceName()},
                               {"transform_input", prov.transformInput},
                               {"compiled", p.compiled},
                               {"precision", a.runArgs.precision},
                               {"knockouts", knocked}};
            row.update(weights);
            all.push_back(row);
            if (!a.json)
                printPrediction(name, p, n, a.variant, session.deviceName(), request);
        }
    }
    if (a.json)
        std::cout << all.dump(2) << '\n';
    if (!a.output.empty()) {
        const bool csv = std::filesystem::path(a.output).extension() == ".csv";
        writeAtomically(a.output, csv ? resultsCsv(all, a.top) : all.dump(2) + "\n");
        if (!a.json)
            std::cout << "wrote " << a.output << '\n';
    }
    if (failed > 0) {
        std::cerr << "inception-cli: " << failed << " of " << files << " inputs could not be classified ("
                  << (failed > 1 ? "the first: " : "") << firstFailure << ")\n";
        return kExitInput;
    }
    return kExitOk;
}

}  // namespace

void addClassifyCommand(CLI::App& app, Runner& run)
{
    auto a = std::make_shared<ClassifyArgs>();
    auto* cmd = app.add_subcommand("classify", "Top-K classes of images, folders of images, or .safetensors input tensors");
    cmd->add_option("inputs", a->inputs,
                    "Image files, folders of images, or .safetensors files with a preprocessed `input`")
        ->required();
    cmd->add_option("--variant", a->variant, "Variant id (the five, or a teaching network such as mini_inception)")
        ->required();
    addWeightsOptions(cmd, a->weights);
    addRunOptions(cmd, a->runArgs);
    cmd->add_option("--top", a->top, "How many classes")->check(numberIn(1, 1000));
    cmd->add_flag("-r,--recursive", a->recursive, "Also the images in the folders' sub-folders");
    cmd->add_option("--output", a->output, "Also write the results to FILE.csv (a row per image) or FILE.json");
    addTransformInputOptions(cmd, a->weights);
    cmd->add_flag("--antialias", a->antialias, "Antialiased resize (close to PIL) instead of torchvision's tensor route");
    cmd->add_option("--knockout", a->knockouts, "NODE[=zero|mean], repeatable: knock a node out (zero, or each "
                                                "channel set to its spatial mean)");
    cmd->add_flag("--json", a->json, "Print JSON");
    cmd->callback([&run, a] { run = [a] { return runClassify(*a); }; });
}

}  // namespace inception::cli
