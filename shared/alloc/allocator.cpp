#include "alloc/allocator.h"

#include "alloc/alloc_report.h"
#include "alloc/flow_network.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <bit>
#include <iterator>

namespace oppmote::alloc {

namespace {

// Groups the Enforce rule may close; beyond this many the exact search is not run.
constexpr int kMaxClosable = 12;

Status validate(const Problem &problem)
{
    const int G = int(problem.groups.size());
    const int O = int(problem.organisations.size());
    auto bad = [](const QString &m) { return Status(makeError(ErrorCode::InvalidInput, m)); };
    for (const GroupSpec &g : problem.groups)
        if (g.capacity < 0 || g.minSize < 0)
            return bad(QStringLiteral("Group %1 has a negative capacity or minimum.").arg(g.name));
    QSet<QString> ids;
    for (const Person &p : problem.people) {
        if (p.organisation < -1 || p.organisation >= O)
            return bad(QStringLiteral("%1 has an unknown organisation.").arg(p.id));
        if (p.previousGroup < -1 || p.previousGroup >= G)
            return bad(QStringLiteral("%1 has an unknown previous group.").arg(p.id));
        for (const Choice &c : p.choices)
            if (c.group < 0 || c.group >= G || c.rank < 1)
                return bad(
                    QStringLiteral("%1 has a preference for an unknown group or a rank below 1.").arg(p.id));
        if (ids.contains(p.id))
            return bad(QStringLiteral("%1 is listed twice among the people to place.").arg(p.id));
        ids.insert(p.id);
    }
    for (const FixedSeat &f : problem.fixedSeats) {
        if (f.group < 0 || f.group >= G || f.organisation < -1 || f.organisation >= O)
            return bad(QStringLiteral("%1 is fixed to an unknown group or organisation.").arg(f.personId));
        if (ids.contains(f.personId))
            return bad(QStringLiteral("%1 is both fixed and to be placed.").arg(f.personId));
        ids.insert(f.personId);
    }
    const Options &o = problem.options;
    if (o.moveCost < 0 || o.orgCapCount < 0 || o.orgCapShare < 0 || o.orgCapShare > 1 || o.mixWeight < 0
        || o.balanceWeight < 0 || o.maxRank < 0)
        return bad(QStringLiteral("An allocation option is out of range."));
    return Ok {};
}

int worstRank(const PreparedProblem &prep, const FlowSolution &s)
{
    int worst = 0;
    for (std::size_t i = 0; i < s.groupOf.size(); ++i) {
        const Person &p = prep.problem->people[i];
        if (s.groupOf[i] < 0 || p.choices.empty())
            continue;
        int rank = 0;
        prep.preferenceCost(p, s.groupOf[i], &rank);
        worst = std::max(worst, rank);
    }
    return worst;
}

struct Solved {
    FlowSolution flow;
    int worst = 0;
    int solves = 0;
};

// One held/closed pattern: the objective, with worst-off-first as a search
// for the smallest rank limit that still places as many people.
Solved solveObjective(const PreparedProblem &prep, FlowLimits limits)
{
    Solved result;
    const bool worstOffFirst = prep.problem->options.objective == Objective::WorstOffFirst;
    // Worst-off first searches the rank limit on the first cost level alone (who is
    // placed, and at which ranks); the secondary level is solved once, at the limit found.
    FlowSolution flow = solveFlow(prep, limits, worstOffFirst ? CostLevels::RanksOnly : CostLevels::All);
    result.solves = flow.rounds;
    if (!flow.feasible || !worstOffFirst) {
        result.flow = std::move(flow);
        result.worst = result.flow.feasible ? worstRank(prep, result.flow) : 0;
        return result;
    }
    int lo = 1, hi = worstRank(prep, flow);
    const int placed = flow.placed;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        limits.rankLimit = mid;
        const FlowSolution s = solveFlow(prep, limits, CostLevels::RanksOnly);
        result.solves += s.rounds;
        if (s.feasible && s.placed == placed)
            hi = mid;
        else
            lo = mid + 1;
    }
    limits.rankLimit = std::max(hi, 1);
    result.flow = solveFlow(prep, limits, CostLevels::All);
    result.solves += result.flow.rounds;
    result.worst = worstRank(prep, result.flow);
    return result;
}

bool better(const Solved &a, const Solved &b, bool worstOffFirst)
{
    if (a.flow.placed != b.flow.placed)
        return a.flow.placed > b.flow.placed;
    if (worstOffFirst && a.worst != b.worst)
        return a.worst < b.worst;
    return a.flow.cost < b.flow.cost;
}

} // namespace

Result<Outcome> allocate(const Problem &problem)
{
    if (Status s = validate(problem); !s)
        return s.error();
    PreparedProblem prep;
    QString error;
    if (!prepareProblem(problem, prep, &error))
        return makeError(ErrorCode::InvalidInput, error);

    const bool worstOffFirst = problem.options.objective == Objective::WorstOffFirst;
    const bool enforce = problem.options.minSize == MinSizeRule::Enforce;
    std::vector<int> closable; // groups with a minimum and nobody fixed or locked to them
    if (enforce)
        for (int g = 0; g < prep.groupCount; ++g)
            if (problem.groups[std::size_t(g)].minSize > 0 && prep.fixedCount[std::size_t(g)] == 0
                && prep.freeSeats[std::size_t(g)] > 0)
                closable.push_back(g);

    FlowLimits limits;
    limits.closed.assign(std::size_t(prep.groupCount), 0);
    limits.enforceMinimum = enforce;
    Solved chosen;
    int solves = 0;
    bool found = false;
    std::vector<char> chosenClosed = limits.closed;
    ReportNotes notes;
    if (!enforce || closable.empty()) {
        chosen = solveObjective(prep, limits);
        solves = chosen.solves;
        found = chosen.flow.feasible;
    } else {
        // Fewest groups closed first; among those, the best objective. Exact, by enumeration.
        const int n = int(closable.size());
        const int maxClosed = n <= kMaxClosable ? n : 0;
        for (int closedCount = 0; closedCount <= maxClosed && !found; ++closedCount) {
            for (unsigned mask = 0; mask < (1u << std::min(n, kMaxClosable)); ++mask) {
                if (std::popcount(mask) != closedCount)
                    continue;
                std::fill(limits.closed.begin(), limits.closed.end(), 0);
                for (int b = 0; b < n && b < kMaxClosable; ++b)
                    if (mask & (1u << b))
                        limits.closed[std::size_t(closable[std::size_t(b)])] = 1;
                Solved s = solveObjective(prep, limits);
                solves += s.solves;
                if (s.flow.feasible && (!found || better(s, chosen, worstOffFirst))) {
                    chosen = std::move(s);
                    chosenClosed = limits.closed;
                    found = true;
                }
            }
        }
        if (!found) {
            // More than kMaxClosable groups and not all minimums can be met: flag instead.
            notes.minimumNotEnforced = true;
            limits.enforceMinimum = false;
            std::fill(limits.closed.begin(), limits.closed.end(), 0);
            chosenClosed = limits.closed;
            chosen = solveObjective(prep, limits);
            solves += chosen.solves;
            found = chosen.flow.feasible;
        }
    }
    if (!found)
        return makeError(ErrorCode::Internal, QStringLiteral("The allocation network had no feasible flow."));
    notes.closed = chosenClosed;
    notes.solves = solves;
    return buildOutcome(prep, chosen.flow.groupOf, notes);
}

QString ordinal(int rank)
{
    // In the UI language: Norwegian builds words on these ("førstevalget").
    static const char *const kOrdinals[]
        = { QT_TRANSLATE_NOOP("Allocation", "1st"), QT_TRANSLATE_NOOP("Allocation", "2nd"),
              QT_TRANSLATE_NOOP("Allocation", "3rd"), QT_TRANSLATE_NOOP("Allocation", "4th"),
              QT_TRANSLATE_NOOP("Allocation", "5th"), QT_TRANSLATE_NOOP("Allocation", "6th"),
              QT_TRANSLATE_NOOP("Allocation", "7th"), QT_TRANSLATE_NOOP("Allocation", "8th"),
              QT_TRANSLATE_NOOP("Allocation", "9th"), QT_TRANSLATE_NOOP("Allocation", "10th") };
    if (rank >= 1 && rank <= int(std::size(kOrdinals)))
        return QCoreApplication::translate("Allocation", kOrdinals[rank - 1]);
    const int lastTwo = rank % 100;
    const char *pattern = QT_TRANSLATE_NOOP("Allocation", "%1th");
    if (lastTwo < 11 || lastTwo > 13) {
        if (rank % 10 == 1)
            pattern = QT_TRANSLATE_NOOP("Allocation", "%1st");
        else if (rank % 10 == 2)
            pattern = QT_TRANSLATE_NOOP("Allocation", "%1nd");
        else if (rank % 10 == 3)
            pattern = QT_TRANSLATE_NOOP("Allocation", "%1rd");
    }
    return QCoreApplication::translate("Allocation", pattern).arg(rank);
}

} // namespace oppmote::alloc
