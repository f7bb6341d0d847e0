#pragma once
// The allocation instance made ready for the flow: fixed and locked seats
// subtracted, organisation caps per group, and every cost level scaled into
// one integer so that a lower level can never outweigh a higher one.

#include "alloc/alloc_problem.h"

#include <climits>
#include <vector>

namespace oppmote::alloc {

// The instance after fixed seats are subtracted and costs are scaled.
struct PreparedProblem {
    const Problem *problem = nullptr;
    int groupCount = 0;
    int orgSlots = 0; // organisations + 1 ("no organisation", never capped)
    int outsideRank = 1; // rank of "none of their choices"
    std::vector<long long> rankCost; // [rank] for rank 0..outsideRank (0 = no preference)
    std::vector<int> fixedCount; // per group: fixed + locked
    std::vector<int> freeSeats; // per group
    std::vector<int> orgCap; // per group: cap (INT_MAX = none)
    std::vector<int> existing; // [g * orgSlots + o]: fixed + locked of o in g
    std::vector<int> freeOrgSeats; // [g * orgSlots + o]: seats o may still take in g
    long long prefWeight = 1; // one unit of rank cost, above all secondary costs
    long long unplacedPenalty = 1; // above every placement cost
    static constexpr int kBalanceSteps = 20;

    int orgSlot(int organisation) const { return organisation < 0 ? orgSlots - 1 : organisation; }
    bool capped(int organisation) const { return organisation >= 0; }
    long long balanceMarginal(int group, int seat) const; // cost of the seat-th person (1-based)
    long long mixMarginal(int group, int organisation, int k) const; // k-th newcomer of o in g
    long long preferenceCost(const Person &person, int group, int *rank) const; // -1 = no arc
};

// Returns false with a message when the instance would overflow the cost type.
bool prepareProblem(const Problem &problem, PreparedProblem &out, QString *error);

} // namespace oppmote::alloc
