#include "alloc/prepared_problem.h"

#include <algorithm>
#include <cmath>

namespace oppmote::alloc {

namespace {

constexpr int kUnlimited = INT_MAX;
__extension__ typedef __int128 Wide; // exact bounds for the cost scaling

int orgCapFor(const Options &options, int capacity)
{
    int cap = kUnlimited;
    if (options.orgCapCount > 0)
        cap = options.orgCapCount;
    if (options.orgCapShare > 0) {
        const int share = std::max(1, static_cast<int>(std::floor(options.orgCapShare * capacity + 1e-9)));
        cap = std::min(cap, share);
    }
    return cap;
}

} // namespace

long long PreparedProblem::balanceMarginal(int group, int seat) const
{
    const int capacity = problem->groups[std::size_t(group)].capacity;
    if (capacity <= 0 || problem->options.balanceWeight <= 0)
        return 0;
    return static_cast<long long>(problem->options.balanceWeight) * ((kBalanceSteps * seat) / capacity);
}

long long PreparedProblem::mixMarginal(int group, int organisation, int k) const
{
    if (!capped(organisation) || problem->options.mixWeight <= 0)
        return 0;
    const int before = existing[std::size_t(group * orgSlots + organisation)];
    return static_cast<long long>(problem->options.mixWeight) * (before + k - 1);
}

long long PreparedProblem::preferenceCost(const Person &person, int group, int *rank) const
{
    int r = person.choices.empty() ? 0 : outsideRank;
    for (const Choice &c : person.choices)
        if (c.group == group)
            r = std::min(r, c.rank);
    if (rank)
        *rank = r;
    const bool isPrevious = person.previousGroup == group;
    if (r == outsideRank && !isPrevious && !problem->options.placeOutsideChoices)
        return -1;
    long long cost = rankCost[std::size_t(r)];
    if (person.previousGroup >= 0 && !isPrevious)
        cost += problem->options.moveCost;
    return cost;
}

bool prepareProblem(const Problem &problem, PreparedProblem &out, QString *error)
{
    out = PreparedProblem {};
    out.problem = &problem;
    const Options &opt = problem.options;
    out.groupCount = int(problem.groups.size());
    out.orgSlots = int(problem.organisations.size()) + 1;
    int maxRank = opt.maxRank;
    if (maxRank <= 0)
        for (const Person &p : problem.people)
            for (const Choice &c : p.choices)
                maxRank = std::max(maxRank, c.rank);
    out.outsideRank = maxRank + 1;
    out.rankCost.assign(std::size_t(out.outsideRank) + 1, 0);
    for (int r = 1; r <= out.outsideRank; ++r)
        out.rankCost[std::size_t(r)]
            = opt.rankCost == RankCost::Convex ? (long long)(r - 1) * (r - 1) : r - 1;

    const auto G = std::size_t(out.groupCount);
    const auto O = std::size_t(out.orgSlots);
    out.fixedCount.assign(G, 0);
    out.existing.assign(G * O, 0);
    for (const FixedSeat &f : problem.fixedSeats) {
        ++out.fixedCount[std::size_t(f.group)];
        ++out.existing[std::size_t(f.group) * O + std::size_t(out.orgSlot(f.organisation))];
    }
    out.freeSeats.assign(G, 0);
    out.orgCap.assign(G, kUnlimited);
    out.freeOrgSeats.assign(G * O, kUnlimited);
    Wide secondaryBound = 0;
    for (std::size_t g = 0; g < G; ++g) {
        const int capacity = problem.groups[g].capacity;
        out.freeSeats[g] = std::max(0, capacity - out.fixedCount[g]);
        out.orgCap[g] = orgCapFor(opt, capacity);
        if (out.orgCap[g] != kUnlimited)
            for (std::size_t o = 0; o + 1 < O; ++o)
                out.freeOrgSeats[g * O + o] = std::max(0, out.orgCap[g] - out.existing[g * O + o]);
        const Wide c = capacity;
        secondaryBound += Wide(std::max(0, opt.mixWeight)) * c * (c - 1) / 2;
        secondaryBound
            += Wide(std::max(0, opt.balanceWeight)) * PreparedProblem::kBalanceSteps * out.freeSeats[g];
    }
    const Wide prefWeight = secondaryBound + 1;
    const Wide perPerson = Wide(out.rankCost.back() + std::max(0, opt.moveCost)) * prefWeight;
    const Wide people = Wide(problem.people.size());
    const Wide penalty = perPerson * people + secondaryBound + 1;
    // NetworkSimplex sums costs in long long: keep every total far from overflow.
    if (penalty * (people + 1) > (Wide(1) << 61)) {
        if (error)
            *error = QStringLiteral(
                "The allocation is too large for exact costs: reduce the mix or balance weight.");
        return false;
    }
    out.prefWeight = static_cast<long long>(prefWeight);
    out.unplacedPenalty = static_cast<long long>(penalty);
    return true;
}

} // namespace oppmote::alloc
