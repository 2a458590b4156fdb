// A build without oneDNN: no compiled plan; every Session runs the eager network.
#include "common/error.h"
#include "engine/plan.h"

namespace inception::engine {

class CompiledPlan {
public:
    PlanInfo info;
};

struct Plan::WeightCache {};
struct PlanRunner::State {};

bool Plan::available() { return false; }

Plan::Plan(models::InceptionNet net, Precision precision) : net_(std::move(net)), precision_(precision)
{
    throw Error(ErrorCode::BadArgument, "this build has no compiled CPU plan (built without oneDNN)");
}

Plan::~Plan() = default;

std::shared_ptr<const CompiledPlan> Plan::compile(const std::vector<int64_t>&, const std::set<std::string>&, int) const
{
    throw Error(ErrorCode::BadArgument, "this build has no compiled CPU plan (built without oneDNN)");
}

PlanRunner::PlanRunner(std::shared_ptr<const CompiledPlan> plan) : plan_(std::move(plan)) {}
PlanRunner::~PlanRunner() = default;

PlanOutputs PlanRunner::run(const torch::Tensor&, const std::set<std::string>&, const std::map<std::string, Intervention>&)
{
    throw Error(ErrorCode::BadArgument, "this build has no compiled CPU plan (built without oneDNN)");
}

const PlanInfo& PlanRunner::info() const { return plan_->info; }
const PlanInfo& planInfo(const CompiledPlan& plan) { return plan.info; }

}  // namespace inception::engine
