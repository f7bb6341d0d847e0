#pragma once
// The allocation network as plain arrays, before any solver sees it:
//   person → (group, organisation) → group → sink
// with people without preferences pooled per organisation, an "unplaced" arc
// from every person and pool to the sink, and the fixed and locked seats taken
// out. Each arc carries its two cost levels separately so that flow_network.cpp
// can solve them one after the other. docs/allocation.md describes the network.

#include "alloc/prepared_problem.h"

#include <climits>
#include <utility>
#include <vector>

namespace oppmote::alloc {

struct FlowLimits {
    int rankLimit = INT_MAX; // drop arcs for ranks above this (worst-off-first)
    std::vector<char> closed; // per group: not held
    bool enforceMinimum = false; // lower bounds on the group → sink arcs of held groups
};

struct ModelArc {
    int from = 0;
    int to = 0;
    int lower = 0;
    int upper = 0;
    long long primary = 0; // rank-cost units; "unplaced" costs more than any placement
    long long secondary = 0; // colleague mix and balance
    long long combined = 0; // both levels in one scale, as the allocation reports its cost
    int merged = 0; // the first-level arc this one is part of (unit arcs of one convex cost share one)
};

struct FlowModel {
    int nodeCount = 0;
    std::vector<int> supply; // per node
    std::vector<ModelArc> arcs;
    int mergedCount = 0;
    bool hasSecondary = false;
    // For reading the flow back:
    struct PersonRoute {
        int arc;
        int person;
        int group; // -1 = into the person's organisation pool
    };
    std::vector<PersonRoute> routes;
    std::vector<std::vector<std::pair<int, int>>> poolArcs; // per organisation slot: (arc, group)
    std::vector<char> pooled; // per person: no node of their own, starts in the pool
};

FlowModel buildFlowModel(const PreparedProblem &prepared, const FlowLimits &limits);

} // namespace oppmote::alloc
