#include "alloc/flow_network.h"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

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

FlowSolution solveFlow(const PreparedProblem &prep, const FlowLimits &limits)
{
    using Graph = lemon::SmartDigraph;
    const Problem &problem = *prep.problem;
    const Options &opt = problem.options;
    const int G = prep.groupCount;
    const int O = prep.orgSlots;
    const int N = int(problem.people.size());

    std::vector<char> open(std::size_t(G), 0);
    for (int g = 0; g < G; ++g)
        open[std::size_t(g)] = prep.freeSeats[std::size_t(g)] > 0
            && !(std::size_t(g) < limits.closed.size() && limits.closed[std::size_t(g)]);
    auto orgSeats = [&](int g, int slot) { return prep.freeOrgSeats[std::size_t(g * O + slot)]; };

    // Pass 1: the arcs each person may use, and how much can reach each (group, organisation).
    struct PersonArc {
        int person;
        int group; // -1 = to the organisation's pool
        long long units;
    };
    std::vector<PersonArc> personArcs;
    std::vector<char> individual(std::size_t(N), 0);
    std::vector<int> poolDirect(std::size_t(O), 0), poolSize(std::size_t(O), 0);
    std::vector<int> inflow(std::size_t(G * O), 0);
    for (int i = 0; i < N; ++i) {
        const Person &p = problem.people[std::size_t(i)];
        const int slot = prep.orgSlot(p.organisation);
        if (p.choices.empty() && p.previousGroup < 0) {
            ++poolDirect[std::size_t(slot)];
            ++poolSize[std::size_t(slot)];
            continue;
        }
        individual[std::size_t(i)] = 1;
        const std::size_t firstArc = personArcs.size();
        auto addDirect = [&](int g) {
            if (!open[std::size_t(g)] || orgSeats(g, slot) <= 0)
                return;
            for (std::size_t a = firstArc; a < personArcs.size(); ++a)
                if (personArcs[a].group == g)
                    return; // a theme listed twice
            int rank = 0;
            const long long units = prep.preferenceCost(p, g, &rank);
            if (units < 0 || (rank > limits.rankLimit))
                return;
            personArcs.push_back({ i, g, units });
            ++inflow[std::size_t(g * O + slot)];
        };
        std::vector<Choice> sorted = p.choices;
        std::stable_sort(
            sorted.begin(), sorted.end(), [](const Choice &a, const Choice &b) { return a.rank < b.rank; });
        for (const Choice &c : sorted)
            addDirect(c.group);
        if (p.previousGroup >= 0)
            addDirect(p.previousGroup);
        const bool poolAllowed
            = p.choices.empty() || (opt.placeOutsideChoices && prep.outsideRank <= limits.rankLimit);
        if (poolAllowed) {
            long long units = p.choices.empty() ? 0 : prep.rankCost[std::size_t(prep.outsideRank)];
            if (p.previousGroup >= 0)
                units += opt.moveCost;
            personArcs.push_back({ i, -1, units });
            ++poolSize[std::size_t(slot)];
        }
    }
    for (int slot = 0; slot < O; ++slot)
        if (poolSize[std::size_t(slot)] > 0)
            for (int g = 0; g < G; ++g)
                if (open[std::size_t(g)] && orgSeats(g, slot) > 0)
                    inflow[std::size_t(g * O + slot)] += poolSize[std::size_t(slot)];

    // Pass 2: the graph. Arc ids of a SmartDigraph are dense, so the arc data live in vectors.
    Graph graph;
    std::vector<int> lower, upper;
    std::vector<long long> cost;
    auto addArc = [&](Graph::Node from, Graph::Node to, int lo, int hi, long long c) {
        graph.addArc(from, to);
        lower.push_back(lo);
        upper.push_back(hi);
        cost.push_back(c);
        return int(upper.size()) - 1;
    };
    const Graph::Node sink = graph.addNode();
    std::vector<Graph::Node> groupNode;
    for (int g = 0; g < G; ++g)
        groupNode.push_back(graph.addNode());
    std::vector<int> pairNode(std::size_t(G * O), -1);
    std::vector<Graph::Node> nodes; // (group, organisation) and pool nodes by our own index
    for (int g = 0; g < G; ++g) {
        for (int slot = 0; slot < O; ++slot) {
            const int reach = inflow[std::size_t(g * O + slot)];
            if (reach <= 0)
                continue;
            const Graph::Node n = graph.addNode();
            pairNode[std::size_t(g * O + slot)] = int(nodes.size());
            nodes.push_back(n);
            const int units = std::min({ orgSeats(g, slot), prep.freeSeats[std::size_t(g)], reach });
            const bool mixed = prep.capped(slot < O - 1 ? slot : -1) && opt.mixWeight > 0;
            if (!mixed) {
                addArc(n, groupNode[std::size_t(g)], 0, units, 0);
            } else {
                for (int k = 1; k <= units; ++k)
                    addArc(n, groupNode[std::size_t(g)], 0, 1, prep.mixMarginal(g, slot, k));
            }
        }
        if (!open[std::size_t(g)])
            continue;
        // Seats as runs of equal balance cost; the minimum as lower bounds on the cheapest runs.
        const int fixedHere = prep.fixedCount[std::size_t(g)];
        const int capacity = problem.groups[std::size_t(g)].capacity;
        int needed = 0;
        if (limits.enforceMinimum && problem.groups[std::size_t(g)].minSize > 0)
            needed = std::min(problem.groups[std::size_t(g)].minSize, capacity) - fixedHere;
        int seat = fixedHere + 1;
        while (seat <= capacity) {
            const long long marginal = prep.balanceMarginal(g, seat);
            int end = seat;
            while (end + 1 <= capacity && prep.balanceMarginal(g, end + 1) == marginal)
                ++end;
            const int run = end - seat + 1;
            const int lo = std::clamp(needed, 0, run);
            needed -= lo;
            addArc(groupNode[std::size_t(g)], sink, lo, run, marginal);
            seat = end + 1;
        }
    }
    std::vector<int> poolNode(std::size_t(O), -1);
    std::vector<int> poolArcFirst(std::size_t(O), -1), poolUnplacedArc(std::size_t(O), -1);
    for (int slot = 0; slot < O; ++slot) {
        if (poolSize[std::size_t(slot)] <= 0)
            continue;
        poolNode[std::size_t(slot)] = int(nodes.size());
        nodes.push_back(graph.addNode());
    }
    std::vector<Graph::Node> personNode(static_cast<std::size_t>(N));
    std::vector<int> unplacedArc(std::size_t(N), -1);
    for (int i = 0; i < N; ++i)
        if (individual[std::size_t(i)])
            personNode[std::size_t(i)] = graph.addNode();

    std::vector<int> personArcId(personArcs.size(), -1);
    for (std::size_t a = 0; a < personArcs.size(); ++a) {
        const PersonArc &pa = personArcs[a];
        const int slot = prep.orgSlot(problem.people[std::size_t(pa.person)].organisation);
        const int target
            = pa.group < 0 ? poolNode[std::size_t(slot)] : pairNode[std::size_t(pa.group * O + slot)];
        personArcId[a] = addArc(
            personNode[std::size_t(pa.person)], nodes[std::size_t(target)], 0, 1, pa.units * prep.prefWeight);
    }
    for (int i = 0; i < N; ++i)
        if (individual[std::size_t(i)])
            unplacedArc[std::size_t(i)]
                = addArc(personNode[std::size_t(i)], sink, 0, 1, prep.unplacedPenalty);
    std::vector<std::vector<std::pair<int, int>>> poolArcs(static_cast<std::size_t>(O)); // (arc, group)
    for (int slot = 0; slot < O; ++slot) {
        if (poolNode[std::size_t(slot)] < 0)
            continue;
        const Graph::Node pool = nodes[std::size_t(poolNode[std::size_t(slot)])];
        for (int g = 0; g < G; ++g) {
            const int pn = pairNode[std::size_t(g * O + slot)];
            if (pn >= 0 && open[std::size_t(g)] && orgSeats(g, slot) > 0)
                poolArcs[std::size_t(slot)].push_back(
                    { addArc(pool, nodes[std::size_t(pn)], 0, poolSize[std::size_t(slot)], 0), g });
        }
        poolUnplacedArc[std::size_t(slot)]
            = addArc(pool, sink, 0, poolSize[std::size_t(slot)], prep.unplacedPenalty);
    }

    Graph::ArcMap<int> lowerMap(graph), upperMap(graph);
    Graph::ArcMap<long long> costMap(graph);
    for (Graph::ArcIt arc(graph); arc != lemon::INVALID; ++arc) {
        const auto id = std::size_t(graph.id(arc));
        lowerMap[arc] = lower[id];
        upperMap[arc] = upper[id];
        costMap[arc] = cost[id];
    }
    Graph::NodeMap<int> supply(graph, 0);
    supply[sink] = -N;
    for (int i = 0; i < N; ++i)
        if (individual[std::size_t(i)])
            supply[personNode[std::size_t(i)]] = 1;
    for (int slot = 0; slot < O; ++slot)
        if (poolNode[std::size_t(slot)] >= 0)
            supply[nodes[std::size_t(poolNode[std::size_t(slot)])]] = poolDirect[std::size_t(slot)];

    lemon::NetworkSimplex<Graph, int, long long> simplex(graph);
    simplex.lowerMap(lowerMap).upperMap(upperMap).costMap(costMap).supplyMap(supply);
    FlowSolution solution;
    if (simplex.run() != lemon::NetworkSimplex<Graph, int, long long>::OPTIMAL)
        return solution;
    solution.feasible = true;
    solution.cost = simplex.totalCost<long long>();
    solution.groupOf.assign(std::size_t(N), -1);

    // Decode: direct arcs name the group; pooled people share their pool's outflows in person order.
    std::vector<std::vector<int>> poolMembers(static_cast<std::size_t>(O));
    for (std::size_t a = 0; a < personArcs.size(); ++a) {
        if (simplex.flow(graph.arcFromId(personArcId[a])) <= 0)
            continue;
        const PersonArc &pa = personArcs[a];
        if (pa.group >= 0)
            solution.groupOf[std::size_t(pa.person)] = pa.group;
        else
            poolMembers[std::size_t(prep.orgSlot(problem.people[std::size_t(pa.person)].organisation))]
                .push_back(pa.person);
    }
    for (int i = 0; i < N; ++i) {
        const Person &p = problem.people[std::size_t(i)];
        if (!individual[std::size_t(i)])
            poolMembers[std::size_t(prep.orgSlot(p.organisation))].push_back(i);
    }
    for (int slot = 0; slot < O; ++slot) {
        auto &members = poolMembers[std::size_t(slot)];
        std::sort(members.begin(), members.end());
        std::size_t next = 0;
        for (const auto &[arc, g] : poolArcs[std::size_t(slot)])
            for (int f = simplex.flow(graph.arcFromId(arc)); f > 0 && next < members.size(); --f)
                solution.groupOf[std::size_t(members[next++])] = g;
    }
    for (int i = 0; i < N; ++i)
        if (solution.groupOf[std::size_t(i)] >= 0)
            ++solution.placed;
    return solution;
}

} // namespace oppmote::alloc
