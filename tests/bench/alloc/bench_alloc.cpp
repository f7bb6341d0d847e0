// Allocation figures for docs/benchmarks.md (issue 7): the large instance,
// the workshop size, the ratio to GLPK on the same model, and re-runs.
#include "alloc/allocator.h"
#include "alloc_fixtures.h"
#include "bench_stats.h"
#include "reference_ilp.h"

#include <QCoreApplication>

using namespace oppmote;
using namespace oppmote::alloc;

namespace {

std::vector<int> groupsOf(const Outcome &o)
{
    std::vector<int> g;
    for (const Placement &p : o.placements)
        g.push_back(p.group);
    return g;
}

bench::Stats timeAllocate(const Problem &problem, int reps, Outcome *last = nullptr)
{
    std::vector<double> ms;
    for (int r = 0; r < reps; ++r) {
        bench::Stopwatch sw;
        auto o = allocate(problem);
        ms.push_back(sw.elapsedMs());
        if (!o.ok())
            qFatal("allocation failed: %s", qPrintable(o.error().message));
        if (last)
            *last = std::move(o.value());
    }
    return bench::summarize(ms);
}

QString qualityLine(const Quality &q)
{
    QStringList ranks;
    for (std::size_t r = 1; r < q.rankCounts.size(); ++r)
        ranks << QString::number(q.rankCounts[r]);
    return QStringLiteral("placed=%1 unplaced=%2 byRank=%3 worst=%4 solves=%5")
        .arg(q.placed)
        .arg(q.unplaced)
        .arg(ranks.join(QLatin1Char('/')))
        .arg(q.worstRank)
        .arg(q.solves);
}

// Re-run after `share` late arrivals: how many of the people placed before move.
void rerun(const QString &name, const Problem &full, double share)
{
    Problem first = full;
    std::vector<alloc::Person> late;
    std::vector<alloc::Person> onTime;
    const int every = int(1.0 / share + 0.5);
    for (std::size_t i = 0; i < full.people.size(); ++i)
        (i % std::size_t(every) == 3 ? late : onTime).push_back(full.people[i]);
    first.people = onTime;
    const auto before = allocate(first);
    Problem again = first;
    fixtures::setPrevious(again, groupsOf(before.value()));
    for (const alloc::Person &p : late)
        again.people.push_back(p);
    for (int cost : { 0, 4 }) {
        again.options.moveCost = cost;
        Outcome o;
        const auto s = timeAllocate(again, 3, &o);
        bench::report(name,
            QStringLiteral("late=%1 moveCost=%2 moved=%3 p50=%4ms %5")
                .arg(late.size())
                .arg(cost)
                .arg(o.quality.moved)
                .arg(s.p50, 0, 'f', 2)
                .arg(qualityLine(o.quality)));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);

    // 10,000 people × 500 groups × 5 preferences, organisation cap 25 % of a group.
    fixtures::RandomSpec big;
    big.people = 10000;
    big.groups = 500;
    big.organisations = 40;
    big.maxChoices = 5;
    big.fixed = 500;
    big.minCapacity = 18;
    big.maxCapacity = 26;
    big.slack = 1.05;
    Problem large = fixtures::randomProblem(42, big);
    large.options.orgCapCount = 0;
    large.options.orgCapShare = 0.25;
    large.options.placeOutsideChoices = true;
    large.options.rankCost = RankCost::Convex;
    {
        Outcome o;
        const auto s = timeAllocate(large, 5, &o);
        bench::report(QStringLiteral("alloc.large.total"),
            bench::format(s) + QStringLiteral(" rss=%1MiB ").arg(bench::residentMiB(), 0, 'f', 0)
                + qualityLine(o.quality));
        large.options.objective = Objective::WorstOffFirst;
        const auto w = timeAllocate(large, 3, &o);
        bench::report(QStringLiteral("alloc.large.worstOffFirst"),
            bench::format(w) + QLatin1Char(' ') + qualityLine(o.quality));
        large.options.objective = Objective::TotalCost;
        large.options.mixWeight = 0;
        large.options.balanceWeight = 0;
        const auto bare = timeAllocate(large, 5, &o);
        bench::report(QStringLiteral("alloc.large.noSecondary"),
            bench::format(bare) + QLatin1Char(' ') + qualityLine(o.quality));
    }

    // The workshop size: 300 people × 3 themes.
    fixtures::RandomSpec workshop;
    workshop.people = 300;
    workshop.groups = 3;
    workshop.organisations = 20;
    workshop.maxChoices = 3;
    workshop.fixed = 5;
    workshop.minCapacity = 90;
    workshop.maxCapacity = 120;
    Problem small = fixtures::randomProblem(2017, workshop);
    small.options.orgCapCount = 0;
    small.options.orgCapShare = 0.2;
    small.options.placeOutsideChoices = true;
    {
        Outcome o;
        const auto s = timeAllocate(small, 50, &o);
        bench::report(QStringLiteral("alloc.workshop300"),
            bench::format(s) + QLatin1Char(' ') + qualityLine(o.quality));
    }

    // Against GLPK on instances it solves: same model, same optimum, time ratio.
    for (const auto &[people, groups] :
        { std::pair { 60, 4 }, std::pair { 150, 6 }, std::pair { 300, 10 } }) {
        fixtures::RandomSpec spec;
        spec.people = people;
        spec.groups = groups;
        spec.organisations = 8;
        spec.maxChoices = 3;
        spec.fixed = 4;
        spec.minCapacity = people / groups - 2;
        spec.maxCapacity = people / groups + 6;
        Problem p = fixtures::randomProblem(quint32(people), spec);
        Outcome o;
        const auto mine = timeAllocate(p, 10, &o);
        bench::Stopwatch sw;
        const auto ilp = reference::solveIlp(p);
        const double glpkMs = sw.elapsedMs();
        const auto a = fixtures::evaluate(p, groupsOf(o));
        const auto b = fixtures::evaluate(p, ilp.groupOf);
        const bool same = ilp.solved && a.placed == b.placed && a.preferenceCost == b.preferenceCost
            && a.secondaryCost == b.secondaryCost;
        bench::report(QStringLiteral("alloc.vsGlpk.%1x%2").arg(people).arg(groups),
            QStringLiteral("simplex_p50=%1ms glpk=%2ms ratio=%3 sameOptimum=%4")
                .arg(mine.p50, 0, 'f', 3)
                .arg(glpkMs, 0, 'f', 1)
                .arg(glpkMs / std::max(mine.p50, 1e-3), 0, 'f', 0)
                .arg(same ? QStringLiteral("yes") : QStringLiteral("NO")));
    }

    large.options.mixWeight = 1;
    large.options.balanceWeight = 1;
    rerun(QStringLiteral("alloc.rerun.large5pct"), large, 0.05);
    rerun(QStringLiteral("alloc.rerun.workshop5pct"), small, 0.05);
    return 0;
}
