#pragma once
// Group-work allocation, solved exactly (docs/allocation.md).
//
//   alloc::Problem problem = …;            // or alloc::buildProblem(…) from the programme
//   auto outcome = alloc::allocate(problem);
//   if (!outcome) show(outcome.error().message);
//   alloc::explain(problem, *outcome, "a-17").summary();

#include "alloc/alloc_outcome.h"
#include "alloc/alloc_problem.h"
#include "domain/result.h"

namespace oppmote::alloc {

// The same Problem always gives the same Outcome.
Result<Outcome> allocate(const Problem &problem);

// Why one person (to place, fixed or locked) is where they are.
Explanation explain(const Problem &problem, const Outcome &outcome, const QString &personId);
// Everyone's explanation, people to place first, then fixed and locked seats.
std::vector<Explanation> explainAll(const Problem &problem, const Outcome &outcome);

QString ordinal(int rank); // "1st", "2nd", …

} // namespace oppmote::alloc
