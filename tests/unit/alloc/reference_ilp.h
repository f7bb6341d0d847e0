#pragma once
// The allocation model as an integer programme solved by GLPK: the reference
// that the network-simplex solver must match (tests and benchmarks only).

#include "alloc/alloc_problem.h"

#include <vector>

namespace oppmote::alloc::reference {

struct IlpResult {
    bool solved = false;
    std::vector<int> groupOf;
    std::vector<char> closed;
    double objective = 0;
};

// rankLimit: only ranks up to this (worst-off-first). Min sizes are enforced
// as semi-continuous group sizes when the options say Enforce.
IlpResult solveIlp(const Problem &problem, int rankLimit = 1 << 30);

// Worst-off-first as the ILP sees it: the smallest rank limit that places as
// many as the unlimited ILP, then that ILP.
IlpResult solveIlpWorstOffFirst(const Problem &problem);

} // namespace oppmote::alloc::reference
