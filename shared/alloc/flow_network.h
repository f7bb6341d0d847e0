#pragma once
// One allocation flow (flow_model.h), solved exactly by LEMON NetworkSimplex one
// cost level at a time: first the rank costs, then, among the flows optimal
// for those, the colleague mix and balance. docs/allocation.md.

#include "alloc/flow_model.h"

#include <vector>

namespace oppmote::alloc {

struct FlowSolution {
    bool feasible = false;
    std::vector<int> groupOf; // per person; -1 = unplaced
    long long cost = 0;
    int placed = 0;
    int rounds = 0; // network simplex runs (one per cost level)
};

enum class CostLevels {
    All, // rank costs, then colleague mix and balance
    RanksOnly, // rank costs and "unplaced" only: for searches that need no more
};

FlowSolution solveFlow(
    const PreparedProblem &prepared, const FlowLimits &limits, CostLevels levels = CostLevels::All);

} // namespace oppmote::alloc
