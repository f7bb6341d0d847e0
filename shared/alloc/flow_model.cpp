#include "alloc/flow_model.h"

#include <algorithm>

namespace oppmote::alloc {

namespace {

// One arc a person may use: to a (group, organisation) pair, or to their organisation's pool.
struct PersonArc {
    int person;
    int group; // -1 = to the organisation's pool
    long long units; // rank-cost units
};

class ModelBuilder
{
public:
    ModelBuilder(const PreparedProblem &prep, const FlowLimits &limits)
        : m_prep(prep),
          m_limits(limits),
          m_problem(*prep.problem),
          G(prep.groupCount),
          O(prep.orgSlots),
          N(int(prep.problem->people.size()))
    { }

    FlowModel build();

private:
    int orgSeats(int g, int slot) const { return m_prep.freeOrgSeats[std::size_t(g * O + slot)]; }
    bool mixed(int slot) const
    {
        return m_prep.capped(slot < O - 1 ? slot : -1) && m_problem.options.mixWeight > 0;
    }
    void collectPersonArcs();
    int addNode(int supply = 0);
    int addArc(int from, int to, int lower, int upper, long long primary, long long secondary,
        long long combined, int merged = -1);

    const PreparedProblem &m_prep;
    const FlowLimits &m_limits;
    const Problem &m_problem;
    const int G, O, N;
    FlowModel m_model;
    std::vector<char> m_open; // per group
    std::vector<PersonArc> m_personArcs;
    std::vector<int> m_poolDirect, m_poolSize; // per slot
    std::vector<int> m_inflow; // [g * O + slot]: how many people may reach the pair
};

int ModelBuilder::addNode(int supply)
{
    m_model.supply.push_back(supply);
    return m_model.nodeCount++;
}

int ModelBuilder::addArc(int from, int to, int lower, int upper, long long primary, long long secondary,
    long long combined, int merged)
{
    ModelArc arc;
    arc.from = from;
    arc.to = to;
    arc.lower = lower;
    arc.upper = upper;
    arc.primary = primary;
    arc.secondary = secondary;
    arc.combined = combined;
    arc.merged = merged >= 0 ? merged : m_model.mergedCount++;
    m_model.hasSecondary = m_model.hasSecondary || secondary != 0;
    m_model.arcs.push_back(arc);
    return int(m_model.arcs.size()) - 1;
}

void ModelBuilder::collectPersonArcs()
{
    const Options &opt = m_problem.options;
    m_open.assign(std::size_t(G), 0);
    for (int g = 0; g < G; ++g)
        m_open[std::size_t(g)] = m_prep.freeSeats[std::size_t(g)] > 0
            && !(std::size_t(g) < m_limits.closed.size() && m_limits.closed[std::size_t(g)]);
    m_model.pooled.assign(std::size_t(N), 0);
    m_poolDirect.assign(std::size_t(O), 0);
    m_poolSize.assign(std::size_t(O), 0);
    m_inflow.assign(std::size_t(G * O), 0);
    for (int i = 0; i < N; ++i) {
        const Person &p = m_problem.people[std::size_t(i)];
        const int slot = m_prep.orgSlot(p.organisation);
        if (p.choices.empty() && p.previousGroup < 0) {
            m_model.pooled[std::size_t(i)] = 1;
            ++m_poolDirect[std::size_t(slot)];
            ++m_poolSize[std::size_t(slot)];
            continue;
        }
        const std::size_t firstArc = m_personArcs.size();
        auto addDirect = [&](int g) {
            if (!m_open[std::size_t(g)] || orgSeats(g, slot) <= 0)
                return;
            for (std::size_t a = firstArc; a < m_personArcs.size(); ++a)
                if (m_personArcs[a].group == g)
                    return; // a theme listed twice
            int rank = 0;
            const long long units = m_prep.preferenceCost(p, g, &rank);
            if (units < 0 || (rank > m_limits.rankLimit))
                return;
            m_personArcs.push_back({ i, g, units });
            ++m_inflow[std::size_t(g * O + slot)];
        };
        std::vector<Choice> sorted = p.choices;
        std::stable_sort(
            sorted.begin(), sorted.end(), [](const Choice &a, const Choice &b) { return a.rank < b.rank; });
        for (const Choice &c : sorted)
            addDirect(c.group);
        if (p.previousGroup >= 0)
            addDirect(p.previousGroup);
        const bool poolAllowed
            = p.choices.empty() || (opt.placeOutsideChoices && m_prep.outsideRank <= m_limits.rankLimit);
        if (poolAllowed) {
            long long units = p.choices.empty() ? 0 : m_prep.rankCost[std::size_t(m_prep.outsideRank)];
            if (p.previousGroup >= 0)
                units += opt.moveCost;
            m_personArcs.push_back({ i, -1, units });
            ++m_poolSize[std::size_t(slot)];
        }
    }
    for (int slot = 0; slot < O; ++slot)
        if (m_poolSize[std::size_t(slot)] > 0)
            for (int g = 0; g < G; ++g)
                if (m_open[std::size_t(g)] && orgSeats(g, slot) > 0)
                    m_inflow[std::size_t(g * O + slot)] += m_poolSize[std::size_t(slot)];
}

FlowModel ModelBuilder::build()
{
    collectPersonArcs();
    const Options &opt = m_problem.options;
    // "Unplaced" in rank-cost units: more than everyone placed at their most expensive.
    const long long unplacedUnits
        = (m_prep.rankCost.back() + std::max(0, opt.moveCost)) * (long long)std::max(1, N) + 1;

    const int sink = addNode(-N);
    std::vector<int> groupNode;
    for (int g = 0; g < G; ++g)
        groupNode.push_back(addNode());
    std::vector<int> pairNode(std::size_t(G * O), -1);
    for (int g = 0; g < G; ++g) {
        for (int slot = 0; slot < O; ++slot) {
            const int reach = m_inflow[std::size_t(g * O + slot)];
            if (reach <= 0)
                continue;
            const int n = addNode();
            pairNode[std::size_t(g * O + slot)] = n;
            const int units = std::min({ orgSeats(g, slot), m_prep.freeSeats[std::size_t(g)], reach });
            if (!mixed(slot)) {
                addArc(n, groupNode[std::size_t(g)], 0, units, 0, 0, 0);
            } else {
                // The colleague cost is convex: one unit arc per newcomer, one arc on the first level.
                const int merged = m_model.mergedCount++;
                for (int k = 1; k <= units; ++k) {
                    const long long c = m_prep.mixMarginal(g, slot, k);
                    addArc(n, groupNode[std::size_t(g)], 0, 1, 0, c, c, merged);
                }
            }
        }
        if (!m_open[std::size_t(g)])
            continue;
        // Seats as runs of equal balance cost; the minimum as lower bounds on the cheapest runs.
        const int fixedHere = m_prep.fixedCount[std::size_t(g)];
        const int capacity = m_problem.groups[std::size_t(g)].capacity;
        int needed = 0;
        if (m_limits.enforceMinimum && m_problem.groups[std::size_t(g)].minSize > 0)
            needed = std::min(m_problem.groups[std::size_t(g)].minSize, capacity) - fixedHere;
        const int merged = m_model.mergedCount++;
        int seat = fixedHere + 1;
        while (seat <= capacity) {
            const long long marginal = m_prep.balanceMarginal(g, seat);
            int end = seat;
            while (end + 1 <= capacity && m_prep.balanceMarginal(g, end + 1) == marginal)
                ++end;
            const int run = end - seat + 1;
            const int lo = std::clamp(needed, 0, run);
            needed -= lo;
            addArc(groupNode[std::size_t(g)], sink, lo, run, 0, marginal, marginal, merged);
            seat = end + 1;
        }
    }
    std::vector<int> poolNode(std::size_t(O), -1);
    for (int slot = 0; slot < O; ++slot)
        if (m_poolSize[std::size_t(slot)] > 0)
            poolNode[std::size_t(slot)] = addNode(m_poolDirect[std::size_t(slot)]);
    std::vector<int> personNode(std::size_t(N), -1);
    for (int i = 0; i < N; ++i)
        if (!m_model.pooled[std::size_t(i)])
            personNode[std::size_t(i)] = addNode(1);

    for (const PersonArc &pa : m_personArcs) {
        const int slot = m_prep.orgSlot(m_problem.people[std::size_t(pa.person)].organisation);
        const int target
            = pa.group < 0 ? poolNode[std::size_t(slot)] : pairNode[std::size_t(pa.group * O + slot)];
        const int arc = addArc(
            personNode[std::size_t(pa.person)], target, 0, 1, pa.units, 0, pa.units * m_prep.prefWeight);
        m_model.routes.push_back({ arc, pa.person, pa.group });
    }
    for (int i = 0; i < N; ++i)
        if (personNode[std::size_t(i)] >= 0)
            addArc(personNode[std::size_t(i)], sink, 0, 1, unplacedUnits, 0, m_prep.unplacedPenalty);
    m_model.poolArcs.assign(std::size_t(O), {});
    for (int slot = 0; slot < O; ++slot) {
        const int pool = poolNode[std::size_t(slot)];
        if (pool < 0)
            continue;
        const int size = m_poolSize[std::size_t(slot)];
        for (int g = 0; g < G; ++g) {
            const int pn = pairNode[std::size_t(g * O + slot)];
            if (pn >= 0 && m_open[std::size_t(g)] && orgSeats(g, slot) > 0)
                m_model.poolArcs[std::size_t(slot)].push_back({ addArc(pool, pn, 0, size, 0, 0, 0), g });
        }
        addArc(pool, sink, 0, size, unplacedUnits, 0, m_prep.unplacedPenalty);
    }
    return std::move(m_model);
}

} // namespace

FlowModel buildFlowModel(const PreparedProblem &prepared, const FlowLimits &limits)
{
    return ModelBuilder(prepared, limits).build();
}

} // namespace oppmote::alloc
