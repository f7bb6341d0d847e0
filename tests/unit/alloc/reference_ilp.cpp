#include "reference_ilp.h"

#include <glpk.h>

#include <algorithm>
#include <climits>
#include <cmath>

namespace oppmote::alloc::reference {

namespace {

struct Column {
    int person = -1; // x: person → group; u: person unplaced (group -1)
    int group = -1;
    double cost = 0;
};

// Written from the model in docs/allocation.md, not from the network: one
// binary per (person, group) allowed, one per seat for the convex costs.
class Ilp
{
public:
    explicit Ilp(const Problem &problem) : m_problem(problem) { }

    IlpResult solve(int rankLimit)
    {
        const Problem &pr = m_problem;
        const Options &o = pr.options;
        const int G = int(pr.groups.size());
        const int O = int(pr.organisations.size());
        const int N = int(pr.people.size());
        int k = o.maxRank;
        if (k <= 0)
            for (const Person &p : pr.people)
                for (const Choice &c : p.choices)
                    k = std::max(k, c.rank);
        const int outside = k + 1;
        auto rankCost = [&](int r) -> double {
            if (r <= 0)
                return 0;
            return o.rankCost == RankCost::Convex ? double(r - 1) * (r - 1) : double(r - 1);
        };
        std::vector<int> fixedCount(std::size_t(G), 0), existing(std::size_t(G * O), 0);
        for (const FixedSeat &f : pr.fixedSeats) {
            ++fixedCount[std::size_t(f.group)];
            if (f.organisation >= 0)
                ++existing[std::size_t(f.group * O + f.organisation)];
        }
        std::vector<int> freeSeats(static_cast<std::size_t>(G)), orgCap(std::size_t(G), INT_MAX);
        double secondaryBound = 0;
        for (int g = 0; g < G; ++g) {
            const int cap = pr.groups[std::size_t(g)].capacity;
            freeSeats[std::size_t(g)] = std::max(0, cap - fixedCount[std::size_t(g)]);
            if (o.orgCapCount > 0)
                orgCap[std::size_t(g)] = o.orgCapCount;
            if (o.orgCapShare > 0)
                orgCap[std::size_t(g)] = std::min(
                    orgCap[std::size_t(g)], std::max(1, int(std::floor(o.orgCapShare * cap + 1e-9))));
            secondaryBound += o.mixWeight * double(cap) * (cap - 1) / 2
                + o.balanceWeight * 20.0 * freeSeats[std::size_t(g)];
        }
        const double w = secondaryBound + 1;
        const double penalty = w * N * (rankCost(outside) + o.moveCost) + secondaryBound + 1;
        const double closePenalty = penalty * (N + 1);
        const bool enforce = o.minSize == MinSizeRule::Enforce;

        glp_prob *lp = glp_create_prob();
        glp_set_obj_dir(lp, GLP_MIN);
        // Rows: one per person (=1), one per group (size link), one per (group, org) (mix link),
        // and for Enforce two per group (minimum and open).
        const int personRow0 = 1;
        const int groupRow0 = personRow0 + N;
        const int pairRow0 = groupRow0 + G;
        const int minRow0 = pairRow0 + G * O;
        const int rows = minRow0 + (enforce ? 2 * G : 0) - 1;
        glp_add_rows(lp, rows);
        for (int i = 0; i < N; ++i)
            glp_set_row_bnds(lp, personRow0 + i, GLP_FX, 1, 1);
        for (int r = groupRow0; r < minRow0; ++r)
            glp_set_row_bnds(lp, r, GLP_FX, 0, 0);
        std::vector<int> ia { 0 }, ja { 0 };
        std::vector<double> ar { 0 };
        int cols = 0;
        auto addCol = [&](double cost, double upperBound) {
            glp_add_cols(lp, 1);
            ++cols;
            glp_set_obj_coef(lp, cols, cost);
            if (upperBound == 1) {
                glp_set_col_kind(lp, cols, GLP_BV);
            } else {
                glp_set_col_kind(lp, cols, GLP_IV);
                glp_set_col_bnds(lp, cols, GLP_DB, 0, upperBound);
            }
            return cols;
        };
        auto coef = [&](int row, int col, double v) {
            ia.push_back(row);
            ja.push_back(col);
            ar.push_back(v);
        };
        std::vector<Column> xs;
        std::vector<int> xCol;
        for (int i = 0; i < N; ++i) {
            const Person &p = pr.people[std::size_t(i)];
            for (int g = 0; g < G; ++g) {
                int r = p.choices.empty() ? 0 : outside;
                for (const Choice &c : p.choices)
                    if (c.group == g)
                        r = std::min(r, c.rank);
                const bool allowed
                    = p.choices.empty() || r < outside || p.previousGroup == g || o.placeOutsideChoices;
                if (!allowed || (!p.choices.empty() && r > rankLimit))
                    continue;
                if (freeSeats[std::size_t(g)] == 0)
                    continue;
                if (p.organisation >= 0 && orgCap[std::size_t(g)] != INT_MAX
                    && existing[std::size_t(g * O + p.organisation)] >= orgCap[std::size_t(g)])
                    continue;
                double cost = rankCost(r);
                if (p.previousGroup >= 0 && p.previousGroup != g)
                    cost += o.moveCost;
                const int col = addCol(w * cost, 1);
                xs.push_back({ i, g, cost });
                xCol.push_back(col);
                coef(personRow0 + i, col, 1);
                coef(groupRow0 + g, col, 1);
                if (p.organisation >= 0)
                    coef(pairRow0 + g * O + p.organisation, col, 1);
            }
            coef(personRow0 + i, addCol(penalty, 1), 1); // unplaced
        }
        for (int g = 0; g < G; ++g) {
            const int cap = pr.groups[std::size_t(g)].capacity;
            for (int s = fixedCount[std::size_t(g)] + 1; s <= cap; ++s) // balance: one binary per seat
                coef(groupRow0 + g, addCol(o.balanceWeight * double((20 * s) / cap), 1), -1);
            for (int org = 0; org < O; ++org) { // mix: the k-th newcomer of org in g
                const int e = existing[std::size_t(g * O + org)];
                const int room
                    = orgCap[std::size_t(g)] == INT_MAX ? cap : std::max(0, orgCap[std::size_t(g)] - e);
                for (int kk = 1; kk <= std::min(room, cap); ++kk)
                    coef(pairRow0 + g * O + org, addCol(o.mixWeight * double(e + kk - 1), 1), -1);
            }
        }
        std::vector<int> openCol(std::size_t(G), 0);
        if (enforce) {
            for (int g = 0; g < G; ++g) {
                const GroupSpec &spec = pr.groups[std::size_t(g)];
                const int need = std::min(spec.minSize, spec.capacity) - fixedCount[std::size_t(g)];
                const bool closable
                    = spec.minSize > 0 && fixedCount[std::size_t(g)] == 0 && freeSeats[std::size_t(g)] > 0;
                const int rMin = minRow0 + 2 * g, rOpen = rMin + 1;
                // newcomers - need*open >= 0 ; newcomers - free*open <= 0
                glp_set_row_bnds(lp, rMin, GLP_LO, 0, 0);
                glp_set_row_bnds(lp, rOpen, GLP_UP, 0, 0);
                const int col = addCol(closable ? -closePenalty : 0, 1);
                openCol[std::size_t(g)] = col;
                if (!closable)
                    glp_set_col_bnds(lp, col, GLP_FX, 1, 1);
                coef(rMin, col, -std::max(0, need));
                coef(rOpen, col, -freeSeats[std::size_t(g)]);
                for (std::size_t x = 0; x < xs.size(); ++x)
                    if (xs[x].group == g) {
                        coef(rMin, xCol[x], 1);
                        coef(rOpen, xCol[x], 1);
                    }
            }
        }
        glp_load_matrix(lp, int(ia.size()) - 1, ia.data(), ja.data(), ar.data());
        glp_iocp parm;
        glp_init_iocp(&parm);
        parm.presolve = GLP_ON;
        parm.msg_lev = GLP_MSG_OFF;
        IlpResult result;
        const int rc = glp_intopt(lp, &parm);
        const int status = glp_mip_status(lp);
        if (rc == 0 && status == GLP_OPT) {
            result.solved = true;
            result.objective = glp_mip_obj_val(lp);
            result.groupOf.assign(std::size_t(N), -1);
            for (std::size_t x = 0; x < xs.size(); ++x)
                if (glp_mip_col_val(lp, xCol[x]) > 0.5)
                    result.groupOf[std::size_t(xs[x].person)] = xs[x].group;
            result.closed.assign(std::size_t(G), 0);
            for (int g = 0; g < G; ++g)
                if (enforce && glp_mip_col_val(lp, openCol[std::size_t(g)]) < 0.5)
                    result.closed[std::size_t(g)] = 1;
        }
        glp_delete_prob(lp);
        return result;
    }

private:
    const Problem &m_problem;
};

} // namespace

IlpResult solveIlp(const Problem &problem, int rankLimit)
{
    glp_term_out(GLP_OFF);
    return Ilp(problem).solve(rankLimit);
}

IlpResult solveIlpWorstOffFirst(const Problem &problem)
{
    IlpResult full = solveIlp(problem);
    if (!full.solved)
        return full;
    int placed = 0;
    for (int g : full.groupOf)
        placed += g >= 0 ? 1 : 0;
    for (int limit = 1;; ++limit) {
        IlpResult r = solveIlp(problem, limit);
        int p = 0;
        for (int g : r.groupOf)
            p += g >= 0 ? 1 : 0;
        if (r.solved && p == placed)
            return r;
        if (limit > 64)
            return full;
    }
}

} // namespace oppmote::alloc::reference
