#include "alloc/alloc_report.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace oppmote::alloc {

namespace {

struct AllocationText {
    Q_DECLARE_TR_FUNCTIONS(Allocation)
};

QString orgName(const Problem &problem, int slot)
{
    return slot < problem.organisations.size() ? problem.organisations[slot]
                                               : AllocationText::tr("(no organisation)");
}

QString groupName(const Problem &problem, int g)
{
    const GroupSpec &spec = problem.groups[std::size_t(g)];
    return spec.name.isEmpty() ? spec.key : spec.name;
}

// Why someone could not be placed, from the final state of the groups.
QString unplacedReason(const PreparedProblem &prep, const Outcome &out, const Person &p)
{
    const Problem &problem = *prep.problem;
    const int slot = prep.orgSlot(p.organisation);
    bool anySeat = false, anyOrgSeat = false;
    for (int g = 0; g < prep.groupCount; ++g) {
        const GroupReport &gr = out.groups[std::size_t(g)];
        if (gr.closed || gr.size >= gr.capacity)
            continue;
        anySeat = true;
        const auto it = std::find_if(gr.mix.begin(), gr.mix.end(),
            [&](const OrgCount &c) { return c.organisation == orgName(problem, slot); });
        const int have = it == gr.mix.end() ? 0 : it->count;
        if (!prep.capped(p.organisation) || have < prep.orgCap[std::size_t(g)])
            anyOrgSeat = true;
    }
    if (!anySeat)
        return AllocationText::tr("every group is full");
    if (!anyOrgSeat)
        return AllocationText::tr(
            "every group with a free seat already holds the most people one organisation may "
            "have from %1")
            .arg(orgName(problem, slot));
    return AllocationText::tr(
        "none of their choices had room, and placing people outside their choices is off");
}

} // namespace

Outcome buildOutcome(const PreparedProblem &prep, const std::vector<int> &groupOf, const ReportNotes &notes)
{
    const Problem &problem = *prep.problem;
    const int G = prep.groupCount;
    const int O = prep.orgSlots;
    Outcome out;
    Quality &q = out.quality;
    q.people = int(problem.people.size());
    q.outsideRank = prep.outsideRank;
    q.rankCounts.assign(std::size_t(prep.outsideRank) + 1, 0);
    q.solves = notes.solves;

    std::vector<int> size(std::size_t(G), 0), count(std::size_t(G * O), 0), demand(std::size_t(G), 0);
    for (const FixedSeat &f : problem.fixedSeats) {
        ++size[std::size_t(f.group)];
        ++count[std::size_t(f.group * O + prep.orgSlot(f.organisation))];
        ++(f.locked ? q.locked : q.fixed);
    }
    out.placements.resize(problem.people.size());
    for (std::size_t i = 0; i < problem.people.size(); ++i) {
        const Person &p = problem.people[i];
        Placement &pl = out.placements[i];
        pl.group = groupOf[i];
        if (!p.choices.empty()) {
            int best = INT_MAX;
            for (const Choice &c : p.choices)
                best = std::min(best, c.rank);
            std::vector<char> counted(std::size_t(G), 0);
            for (const Choice &c : p.choices)
                if (c.rank == best && !counted[std::size_t(c.group)]) {
                    counted[std::size_t(c.group)] = 1;
                    ++demand[std::size_t(c.group)];
                }
        }
        if (pl.group < 0) {
            ++q.unplaced;
            continue;
        }
        ++q.placed;
        q.preferenceCost += prep.preferenceCost(p, pl.group, &pl.rank);
        pl.moved = p.previousGroup >= 0 && p.previousGroup != pl.group;
        q.moved += pl.moved ? 1 : 0;
        ++q.rankCounts[std::size_t(pl.rank)];
        if (pl.rank == prep.outsideRank)
            ++q.outsideChoices;
        if (!p.choices.empty())
            q.worstRank = std::max(q.worstRank, pl.rank);
        ++size[std::size_t(pl.group)];
        ++count[std::size_t(pl.group * O + prep.orgSlot(p.organisation))];
    }

    out.groups.resize(std::size_t(G));
    for (int g = 0; g < G; ++g) {
        const GroupSpec &spec = problem.groups[std::size_t(g)];
        GroupReport &gr = out.groups[std::size_t(g)];
        gr.group = g;
        gr.size = size[std::size_t(g)];
        gr.capacity = spec.capacity;
        gr.minSize = spec.minSize;
        gr.firstChoiceDemand = demand[std::size_t(g)];
        gr.orgCap = prep.orgCap[std::size_t(g)] == INT_MAX ? 0 : prep.orgCap[std::size_t(g)];
        gr.closed = std::size_t(g) < notes.closed.size() && notes.closed[std::size_t(g)];
        gr.belowMinimum = !gr.closed && spec.minSize > 0 && gr.size < spec.minSize;
        for (const FixedSeat &f : problem.fixedSeats)
            if (f.group == g)
                ++(f.locked ? gr.locked : gr.fixed);
        for (int slot = 0; slot < O; ++slot) {
            const int n = count[std::size_t(g * O + slot)];
            if (n > 0)
                gr.mix.push_back({ orgName(problem, slot), n });
            if (slot < O - 1)
                q.sameOrgPairs += (long long)n * (n - 1) / 2;
        }
        std::stable_sort(gr.mix.begin(), gr.mix.end(), [](const OrgCount &a, const OrgCount &b) {
            return a.count != b.count ? a.count > b.count : a.organisation < b.organisation;
        });
        for (int seat = prep.fixedCount[std::size_t(g)] + 1; seat <= gr.size; ++seat)
            q.balanceCost += prep.balanceMarginal(g, seat);
    }

    // The rules that could not be met, each with its reason.
    auto rule = [&](RuleKind kind, int g, const QString &message) {
        out.rules.push_back({ kind, g, message });
    };
    for (int g = 0; g < G; ++g) {
        const GroupSpec &spec = problem.groups[std::size_t(g)];
        const GroupReport &gr = out.groups[std::size_t(g)];
        const QString name = groupName(problem, g);
        if (prep.fixedCount[std::size_t(g)] > spec.capacity)
            rule(RuleKind::FixedOverCapacity, g,
                AllocationText::tr("%1 has %2 fixed or locked people for %3 seats")
                    .arg(name)
                    .arg(prep.fixedCount[std::size_t(g)])
                    .arg(spec.capacity));
        for (int slot = 0; slot + 1 < O; ++slot)
            if (prep.existing[std::size_t(g * O + slot)] > prep.orgCap[std::size_t(g)])
                rule(RuleKind::FixedOverCapacity, g,
                    AllocationText::tr(
                        "%1 has %2 fixed or locked people from %3; one organisation may hold %4")
                        .arg(name)
                        .arg(prep.existing[std::size_t(g * O + slot)])
                        .arg(orgName(problem, slot))
                        .arg(prep.orgCap[std::size_t(g)]));
        if (gr.closed) {
            rule(RuleKind::GroupClosed, g,
                AllocationText::tr("%1 is not held: too few people to reach its minimum of %2")
                    .arg(name)
                    .arg(spec.minSize));
            continue;
        }
        if (gr.firstChoiceDemand > prep.freeSeats[std::size_t(g)])
            rule(RuleKind::GroupFull, g,
                AllocationText::tr("%1 is full: %2 want it, %3 seats")
                    .arg(name)
                    .arg(gr.firstChoiceDemand)
                    .arg(prep.freeSeats[std::size_t(g)]));
        if (prep.orgCap[std::size_t(g)] != INT_MAX) {
            for (int slot = 0; slot + 1 < O; ++slot) {
                if (count[std::size_t(g * O + slot)] < prep.orgCap[std::size_t(g)])
                    continue;
                int wanting = 0;
                for (std::size_t i = 0; i < problem.people.size(); ++i) {
                    const Person &p = problem.people[i];
                    if (p.organisation != slot || p.choices.empty() || out.placements[i].group == g)
                        continue;
                    int rankHere = 0;
                    prep.preferenceCost(p, g, &rankHere);
                    const int rankGot = out.placements[i].group < 0 ? INT_MAX : out.placements[i].rank;
                    if (rankHere < prep.outsideRank && rankHere < rankGot)
                        ++wanting;
                }
                if (wanting > 0)
                    rule(RuleKind::OrgCapBinding, g,
                        AllocationText::tr(
                            "%1 already holds %2 from %3, the most one organisation may have; %4 more "
                            "from %3 wanted it")
                            .arg(name)
                            .arg(count[std::size_t(g * O + slot)])
                            .arg(orgName(problem, slot))
                            .arg(wanting));
            }
        }
        if (gr.belowMinimum)
            rule(RuleKind::BelowMinimum, g,
                AllocationText::tr("%1 has %2 people, below its minimum of %3")
                    .arg(name)
                    .arg(gr.size)
                    .arg(spec.minSize));
    }
    if (notes.minimumNotEnforced)
        rule(RuleKind::BelowMinimum, -1,
            AllocationText::tr(
                "Not every minimum size can be met, and choosing which groups to close is searched "
                "exactly only up to 12 groups; groups below their minimum are flagged instead"));
    for (std::size_t i = 0; i < problem.people.size(); ++i)
        if (out.placements[i].group < 0)
            rule(RuleKind::Unplaced, -1,
                AllocationText::tr("%1 could not be placed: %2; listed for manual review")
                    .arg(problem.people[i].name.isEmpty() ? problem.people[i].id : problem.people[i].name,
                        unplacedReason(prep, out, problem.people[i])));
    return out;
}

} // namespace oppmote::alloc
