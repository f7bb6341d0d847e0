#pragma once
// Turns a solved assignment into the Outcome: quality, group mix, the rules
// that could not be met with their reasons. Internal to the alloc module.

#include "alloc/alloc_outcome.h"
#include "alloc/flow_network.h"

namespace oppmote::alloc {

struct ReportNotes {
    std::vector<char> closed; // per group
    int solves = 0;
    bool minimumNotEnforced = false; // Enforce asked, but no held/closed pattern could be searched
};

Outcome buildOutcome(const PreparedProblem &prep, const std::vector<int> &groupOf, const ReportNotes &notes);

} // namespace oppmote::alloc
