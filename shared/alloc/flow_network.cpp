#include "alloc/flow_network.h"

#include "alloc/flow_model.h"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <cstdint>

namespace oppmote::alloc {

namespace {

__extension__ typedef __int128 Wide; // potentials may sit near LEMON's artificial cost
using Graph = lemon::SmartDigraph;
using Simplex = lemon::NetworkSimplex<Graph, int, long long>;

struct SimplexArc {
    int from, to, lower, upper;
    long long cost;
};

struct SimplexResult {
    bool optimal = false;
    std::vector<int> flow; // per arc, in the caller's order
    std::vector<long long> potential; // per node
};

// The block-search pivot rule prices the arcs in blocks of consecutive ids. Built
// in model order, a block is one corner of the network (one group's unit arcs,
// one organisation's pool arcs), and the simplex needs several times the pivots.
// A fixed pseudo-random order (splitmix64, the same on every platform) makes each
// block a sample of the whole network: 3-4x faster on the large benchmark.
std::vector<int> blockOrder(int count)
{
    std::vector<int> order(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        order[std::size_t(i)] = i;
    std::uint64_t state = 0x6f70706d6f7465ULL;
    for (int i = count - 1; i > 0; --i) {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        std::swap(order[std::size_t(i)], order[std::size_t(z % std::uint64_t(i + 1))]);
    }
    return order;
}

SimplexResult runSimplex(
    const std::vector<int> &supply, const std::vector<SimplexArc> &arcs, bool wantPotentials)
{
    Graph graph;
    graph.reserveNode(int(supply.size()));
    graph.reserveArc(int(arcs.size()));
    for (std::size_t n = 0; n < supply.size(); ++n)
        graph.addNode();
    const std::vector<int> order = blockOrder(int(arcs.size()));
    for (int id : order)
        graph.addArc(
            graph.nodeFromId(arcs[std::size_t(id)].from), graph.nodeFromId(arcs[std::size_t(id)].to));
    Graph::ArcMap<int> lower(graph), upper(graph);
    Graph::ArcMap<long long> cost(graph);
    for (std::size_t p = 0; p < order.size(); ++p) {
        const Graph::Arc arc = graph.arcFromId(int(p));
        const SimplexArc &a = arcs[std::size_t(order[p])];
        lower[arc] = a.lower;
        upper[arc] = a.upper;
        cost[arc] = a.cost;
    }
    Graph::NodeMap<int> supplyMap(graph);
    for (std::size_t n = 0; n < supply.size(); ++n)
        supplyMap[graph.nodeFromId(int(n))] = supply[n];

    Simplex simplex(graph);
    simplex.lowerMap(lower).upperMap(upper).costMap(cost).supplyMap(supplyMap);
    SimplexResult result;
    result.optimal = simplex.run() == Simplex::OPTIMAL;
    if (!result.optimal)
        return result;
    result.flow.assign(arcs.size(), 0);
    for (std::size_t p = 0; p < order.size(); ++p)
        result.flow[std::size_t(order[p])] = simplex.flow(graph.arcFromId(int(p)));
    if (wantPotentials) {
        result.potential.resize(supply.size());
        for (std::size_t n = 0; n < supply.size(); ++n)
            result.potential[n] = simplex.potential(graph.nodeFromId(int(n)));
    }
    return result;
}

// First level: rank costs and "unplaced" only, with the unit arcs of each convex
// secondary cost merged into one arc (they differ only in that cost).
SimplexResult solveFirstLevel(const FlowModel &model, bool wantPotentials)
{
    std::vector<SimplexArc> merged(std::size_t(model.mergedCount));
    std::vector<char> seen(std::size_t(model.mergedCount), 0);
    for (const ModelArc &a : model.arcs) {
        SimplexArc &m = merged[std::size_t(a.merged)];
        if (!seen[std::size_t(a.merged)]) {
            seen[std::size_t(a.merged)] = 1;
            m = { a.from, a.to, 0, 0, a.primary };
        }
        m.lower += a.lower;
        m.upper += a.upper;
    }
    return runSimplex(model.supply, merged, wantPotentials);
}

// Spreads a merged arc's flow over its unit arcs, cheapest first.
std::vector<int> spreadMergedFlow(const FlowModel &model, const std::vector<int> &mergedFlow)
{
    std::vector<int> left = mergedFlow;
    std::vector<int> flow(model.arcs.size(), 0);
    for (std::size_t i = 0; i < model.arcs.size(); ++i)
        left[std::size_t(model.arcs[i].merged)] -= flow[i] = model.arcs[i].lower;
    for (std::size_t i = 0; i < model.arcs.size(); ++i) {
        int &l = left[std::size_t(model.arcs[i].merged)];
        const int more = std::min(l, model.arcs[i].upper - flow[i]);
        flow[i] += more;
        l -= more;
    }
    return flow;
}

// Second level: among the flows optimal on the first level, the one with the least
// colleague-mix and balance cost. By complementary slackness with the first level's
// duals, those flows are exactly the feasible ones that keep every arc with a positive
// reduced cost at its lower bound and every arc with a negative one at its upper
// bound. Those arcs are fixed (their flow moved into the supplies); the simplex sees
// only the arcs with reduced cost zero, priced by the secondary cost alone.
bool solveSecondLevel(const FlowModel &model, const std::vector<long long> &potential, std::vector<int> &flow)
{
    std::vector<int> supply = model.supply;
    std::vector<SimplexArc> free;
    std::vector<int> freeIndex;
    flow.assign(model.arcs.size(), 0);
    for (std::size_t i = 0; i < model.arcs.size(); ++i) {
        const ModelArc &a = model.arcs[i];
        const Wide reduced = Wide(a.primary) + potential[std::size_t(a.from)] - potential[std::size_t(a.to)];
        if (reduced == 0 && a.lower < a.upper) {
            free.push_back({ a.from, a.to, 0, a.upper - a.lower, a.secondary });
            freeIndex.push_back(int(i));
        }
        const int fixed = reduced < 0 ? a.upper : a.lower;
        flow[i] = fixed;
        supply[std::size_t(a.from)] -= fixed;
        supply[std::size_t(a.to)] += fixed;
    }
    const SimplexResult second = runSimplex(supply, free, false);
    if (!second.optimal)
        return false;
    for (std::size_t f = 0; f < free.size(); ++f)
        flow[std::size_t(freeIndex[f])] += second.flow[f];
    return true;
}

FlowSolution decode(const PreparedProblem &prep, const FlowModel &model, const std::vector<int> &flow)
{
    const Problem &problem = *prep.problem;
    const int N = int(problem.people.size());
    FlowSolution solution;
    solution.feasible = true;
    Wide cost = 0;
    for (std::size_t i = 0; i < model.arcs.size(); ++i)
        cost += Wide(flow[i]) * model.arcs[i].combined;
    solution.cost = static_cast<long long>(cost);
    solution.groupOf.assign(std::size_t(N), -1);

    // Direct arcs name the group; pooled people share their pool's outflows in person order.
    std::vector<std::vector<int>> poolMembers(model.poolArcs.size());
    for (const FlowModel::PersonRoute &r : model.routes) {
        if (flow[std::size_t(r.arc)] <= 0)
            continue;
        if (r.group >= 0)
            solution.groupOf[std::size_t(r.person)] = r.group;
        else
            poolMembers[std::size_t(prep.orgSlot(problem.people[std::size_t(r.person)].organisation))]
                .push_back(r.person);
    }
    for (int i = 0; i < N; ++i)
        if (model.pooled[std::size_t(i)])
            poolMembers[std::size_t(prep.orgSlot(problem.people[std::size_t(i)].organisation))].push_back(i);
    for (std::size_t slot = 0; slot < poolMembers.size(); ++slot) {
        auto &members = poolMembers[slot];
        std::sort(members.begin(), members.end());
        std::size_t next = 0;
        for (const auto &[arc, g] : model.poolArcs[slot])
            for (int f = flow[std::size_t(arc)]; f > 0 && next < members.size(); --f)
                solution.groupOf[std::size_t(members[next++])] = g;
    }
    for (int i = 0; i < N; ++i)
        if (solution.groupOf[std::size_t(i)] >= 0)
            ++solution.placed;
    return solution;
}

} // namespace

FlowSolution solveFlow(const PreparedProblem &prep, const FlowLimits &limits, CostLevels levels)
{
    const FlowModel model = buildFlowModel(prep, limits);
    const bool second = model.hasSecondary && levels == CostLevels::All;
    const SimplexResult first = solveFirstLevel(model, second);
    if (!first.optimal)
        return {};
    std::vector<int> flow;
    int rounds = 1;
    if (!second) {
        flow = spreadMergedFlow(model, first.flow);
    } else {
        ++rounds;
        if (!solveSecondLevel(model, first.potential, flow))
            return {}; // cannot happen: the first level's flow is feasible here
    }
    FlowSolution solution = decode(prep, model, flow);
    solution.rounds = rounds;
    return solution;
}

} // namespace oppmote::alloc
