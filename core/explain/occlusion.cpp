#include "explain/occlusion.h"

#include <torch/torch.h>

#include <cmath>

#include "common/error.h"
#include "engine/session.h"
#include "models/normalise.h"

namespace inception::explain {

OcclusionSettings resolveOcclusion(const models::PreprocessPreset& preset, int64_t height, int64_t width,
                                   OcclusionSettings s)
{
    const int64_t side = std::min(height, width);
    if (s.patch == 0)
        s.patch = int(std::max<int64_t>(1, std::llround(double(side) / 7.0)));
    if (s.stride == 0)
        s.stride = std::max(1, s.patch / 2);
    if (!s.fill)
        s.fill = preset.lightOnDark ? 0.0
                 : preset.grey      ? preset.mean[0]
                                    : (preset.mean[0] + preset.mean[1] + preset.mean[2]) / 3.0 / preset.range;
    if (s.patch < 1 || s.patch > height || s.patch > width)
        throw Error(ErrorCode::BadArgument, "the occlusion patch (" + std::to_string(s.patch) +
                                                " pixels) must be between 1 and the image's size (" +
                                                std::to_string(height) + "x" + std::to_string(width) + ")");
    if (s.stride < 1)
        throw Error(ErrorCode::BadArgument, "the occlusion stride must be at least 1 pixel");
    if (!(*s.fill >= 0.0 && *s.fill <= 1.0))
        throw Error(ErrorCode::BadArgument, "the occlusion fill is a grey level between 0 and 1");
    if (s.batch < 1)
        s.batch = 1;
    return s;
}

std::vector<int64_t> patchPositions(int64_t size, int patch, int stride)
{
    std::vector<int64_t> at;
    for (int64_t p = 0; p + patch <= size; p += stride)
        at.push_back(p);
    if (at.empty() || at.back() + patch < size)
        at.push_back(size - patch);
    return at;
}

namespace {
// The fill in the network's input space, per channel.
torch::Tensor normalisedFill(const models::PreprocessPreset& p, int64_t channels, double fill)
{
    return models::normalise(torch::full({1, channels, 1, 1}, fill, torch::kFloat32), p).view({channels, 1, 1});
}
}  // namespace

OcclusionResult occlusion(const std::shared_ptr<const engine::Model>& model, const torch::Tensor& input,
                          int targetClass, OcclusionSettings settings, const Knockouts& knockouts,
                          const OcclusionProgress& progress, int threads)
{
    if (input.dim() != 4 || input.size(0) != 1)
        throw Error(ErrorCode::ShapeMismatch, "occlusion explains one image at a time");
    if (targetClass < -1 || targetClass >= model->classes())
        throw Error(ErrorCode::BadArgument, "class " + std::to_string(targetClass) + " is out of range: " +
                                                model->variant() + " has classes 0 to " +
                                                std::to_string(model->classes() - 1));
    const int64_t C = input.size(1), H = input.size(2), W = input.size(3);
    OcclusionResult r;
    r.settings = resolveOcclusion(model->preset(), H, W, settings);
    const auto& s = r.settings;
    r.ys = patchPositions(H, s.patch, s.stride);
    r.xs = patchPositions(W, s.patch, s.stride);

    engine::SessionOptions o;
    o.device = engine::DeviceChoice::Cpu;
    o.threads = threads;
    engine::RunRequest run;
    run.interventions = knockouts;
    engine::Session session(model, o);
    const torch::Tensor x = input.to(torch::kCPU, torch::kFloat32).contiguous();
    const auto base = session.run(x, run);
    r.targetClass = targetClass >= 0 ? targetClass : base.top[0][0].index;
    r.baseLogit = base.logits[0][r.targetClass].item<float>();

    const torch::Tensor fill = normalisedFill(model->preset(), C, *s.fill);
    const int64_t total = int64_t(r.ys.size() * r.xs.size());
    std::vector<float> drops(size_t(total), 0.0f);
    for (int64_t start = 0; start < total; start += s.batch) {
        const int64_t n = std::min<int64_t>(s.batch, total - start);
        torch::Tensor batch = x.expand({n, C, H, W}).clone();
        for (int64_t i = 0; i < n; ++i) {
            const int64_t k = start + i;
            const int64_t y0 = r.ys[size_t(k / int64_t(r.xs.size()))], x0 = r.xs[size_t(k % int64_t(r.xs.size()))];
            batch[i].slice(1, y0, y0 + s.patch).slice(2, x0, x0 + s.patch).copy_(fill.expand({C, s.patch, s.patch}));
        }
        const auto p = session.run(batch, run);
        const auto logits = p.logits.select(1, r.targetClass).contiguous();
        for (int64_t i = 0; i < n; ++i)
            drops[size_t(start + i)] = r.baseLogit - logits[i].item<float>();
        if (progress && !progress(start + n, total)) {
            r.cancelled = true;
            return r;
        }
    }
    r.grid = torch::tensor(drops, torch::kFloat32).view({int64_t(r.ys.size()), int64_t(r.xs.size())});
    auto sum = torch::zeros({H, W}, torch::kFloat64), count = torch::zeros({H, W}, torch::kFloat64);
    for (size_t i = 0; i < r.ys.size(); ++i)
        for (size_t j = 0; j < r.xs.size(); ++j) {
            const int64_t y0 = r.ys[i], x0 = r.xs[j];
            sum.slice(0, y0, y0 + s.patch).slice(1, x0, x0 + s.patch) += double(drops[i * r.xs.size() + j]);
            count.slice(0, y0, y0 + s.patch).slice(1, x0, x0 + s.patch) += 1.0;
        }
    r.map = (sum / count).to(torch::kFloat32);
    return r;
}

}  // namespace inception::explain
