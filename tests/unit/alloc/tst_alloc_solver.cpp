// The solver against its rules and against GLPK solving the same model as an ILP.
#include "alloc/allocator.h"
#include "alloc_fixtures.h"
#include "reference_ilp.h"

#include <QtTest>

using namespace oppmote;
using namespace oppmote::alloc;

namespace {

fixtures::RandomSpec specFor(int seed)
{
    fixtures::RandomSpec s;
    s.people = 8 + (seed * 7) % 23;
    s.groups = 2 + seed % 4;
    s.organisations = 2 + (seed * 3) % 4;
    s.maxChoices = 1 + seed % 4;
    s.fixed = seed % 4;
    s.minCapacity = 3;
    s.maxCapacity = 9;
    s.slack = seed % 5 == 0 ? 0.8 : 1.15; // every fifth instance has too few seats
    return s;
}

QString describe(const fixtures::Evaluation &e)
{
    return QStringLiteral("placed=%1 pref=%2 secondary=%3 worst=%4")
        .arg(e.placed)
        .arg(e.preferenceCost)
        .arg(e.secondaryCost)
        .arg(e.worstRank);
}

std::vector<int> groupsOf(const Outcome &o)
{
    std::vector<int> g;
    for (const Placement &p : o.placements)
        g.push_back(p.group);
    return g;
}

void addSeeds()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 36; ++seed)
        QTest::addRow("seed%d", seed) << seed;
}

} // namespace

class TestAllocSolver : public QObject
{
    Q_OBJECT

private slots:
    void totalCostMatchesGlpk_data() { addSeeds(); }
    void totalCostMatchesGlpk()
    {
        QFETCH(int, seed);
        const Problem problem = fixtures::randomProblem(quint32(seed), specFor(seed));
        const auto outcome = allocate(problem);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
        const auto mine = groupsOf(outcome.value());
        const QString broken = fixtures::checkRules(problem, mine);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));

        const auto ilp = reference::solveIlp(problem);
        QVERIFY(ilp.solved);
        QCOMPARE(fixtures::checkRules(problem, ilp.groupOf), QString());
        const auto a = fixtures::evaluate(problem, mine);
        const auto b = fixtures::evaluate(problem, ilp.groupOf);
        QVERIFY2(a.placed == b.placed && a.preferenceCost == b.preferenceCost
                && a.secondaryCost == b.secondaryCost,
            qPrintable(QStringLiteral("solver %1, GLPK %2").arg(describe(a), describe(b))));
        // The report tells the same numbers.
        QCOMPARE(outcome->quality.placed, a.placed);
        QCOMPARE(outcome->quality.unplaced, int(problem.people.size()) - a.placed);
        QCOMPARE(outcome->quality.preferenceCost, a.preferenceCost);
        QCOMPARE(outcome->quality.worstRank, a.worstRank);
        // Fixed and locked people count in their group; nobody is silently dropped.
        int listedUnplaced = 0;
        for (const RuleNotMet &r : outcome->rules)
            listedUnplaced += r.kind == RuleKind::Unplaced ? 1 : 0;
        QCOMPARE(listedUnplaced, outcome->quality.unplaced);
        int sizes = 0;
        for (const GroupReport &g : outcome->groups)
            sizes += g.size;
        QCOMPARE(sizes, a.placed + int(problem.fixedSeats.size()));
    }

    void worstOffFirstMatchesGlpk_data() { addSeeds(); }
    void worstOffFirstMatchesGlpk()
    {
        QFETCH(int, seed);
        Problem problem = fixtures::randomProblem(quint32(seed), specFor(seed));
        problem.options.objective = Objective::WorstOffFirst;
        const auto outcome = allocate(problem);
        QVERIFY(outcome.ok());
        const auto mine = groupsOf(outcome.value());
        QCOMPARE(fixtures::checkRules(problem, mine), QString());
        const auto ilp = reference::solveIlpWorstOffFirst(problem);
        QVERIFY(ilp.solved);
        const auto a = fixtures::evaluate(problem, mine);
        const auto b = fixtures::evaluate(problem, ilp.groupOf);
        QVERIFY2(a.placed == b.placed && a.worstRank == b.worstRank && a.preferenceCost == b.preferenceCost
                && a.secondaryCost == b.secondaryCost,
            qPrintable(QStringLiteral("solver %1, GLPK %2").arg(describe(a), describe(b))));
        // Never worse for the worst-off than the total-cost objective.
        Problem total = problem;
        total.options.objective = Objective::TotalCost;
        QVERIFY(outcome->quality.worstRank <= allocate(total)->quality.worstRank);
    }

    void enforcedMinimumMatchesGlpk_data() { addSeeds(); }
    void enforcedMinimumMatchesGlpk()
    {
        QFETCH(int, seed);
        Problem problem = fixtures::randomProblem(quint32(seed), specFor(seed));
        problem.options.minSize = MinSizeRule::Enforce;
        for (std::size_t g = 0; g < problem.groups.size(); ++g)
            problem.groups[g].minSize = 2 + int(g + seed) % 5;
        const auto outcome = allocate(problem);
        QVERIFY(outcome.ok());
        const auto mine = groupsOf(outcome.value());
        QCOMPARE(fixtures::checkRules(problem, mine), QString());
        const auto ilp = reference::solveIlp(problem);
        if (!ilp.solved) { // a group with a facilitator cannot reach its minimum: flagged, not enforced
            QVERIFY(std::any_of(outcome->rules.begin(), outcome->rules.end(),
                [](const RuleNotMet &r) { return r.kind == RuleKind::BelowMinimum; }));
            return;
        }
        int closedMine = 0, closedIlp = 0;
        for (std::size_t g = 0; g < problem.groups.size(); ++g) {
            const GroupReport &gr = outcome->groups[g];
            closedMine += gr.closed ? 1 : 0;
            closedIlp += ilp.closed[g] ? 1 : 0;
            if (!gr.closed)
                QVERIFY2(gr.size >= std::min(gr.minSize, gr.capacity),
                    qPrintable(QStringLiteral("group %1: %2 < %3").arg(g).arg(gr.size).arg(gr.minSize)));
            else
                QCOMPARE(gr.size, 0);
        }
        QCOMPARE(closedMine, closedIlp);
        const auto a = fixtures::evaluate(problem, mine);
        const auto b = fixtures::evaluate(problem, ilp.groupOf);
        QVERIFY2(a.placed == b.placed && a.preferenceCost == b.preferenceCost
                && a.secondaryCost == b.secondaryCost,
            qPrintable(QStringLiteral("solver %1, GLPK %2").arg(describe(a), describe(b))));
    }

    void movingCostMatchesGlpkAndMovesFewer()
    {
        for (int seed = 1; seed <= 12; ++seed) {
            fixtures::RandomSpec spec = specFor(seed);
            spec.slack = 1.3;
            Problem first = fixtures::randomProblem(quint32(seed), spec);
            const auto before = allocate(first);
            QVERIFY(before.ok());
            // Late arrivals: 20 % more people, who all want the most popular group first.
            fixtures::RandomSpec more = spec;
            more.people = spec.people / 5 + 1;
            const Problem late = fixtures::randomProblem(quint32(seed + 1000), more);
            Problem rerun = first;
            fixtures::setPrevious(rerun, groupsOf(before.value()));
            for (alloc::Person p : late.people) {
                p.id = QStringLiteral("late-") + p.id;
                p.organisation = p.organisation < 0 ? -1 : p.organisation % int(rerun.organisations.size());
                for (Choice &c : p.choices)
                    c.group %= int(rerun.groups.size());
                p.previousGroup = -1;
                rerun.people.push_back(p);
            }
            rerun.options.moveCost = 0;
            const auto loose = allocate(rerun);
            rerun.options.moveCost = 6;
            const auto sticky = allocate(rerun);
            QVERIFY(loose.ok() && sticky.ok());
            QVERIFY2(sticky->quality.moved <= loose->quality.moved,
                qPrintable(QStringLiteral("moved %1 with cost, %2 without")
                               .arg(sticky->quality.moved)
                               .arg(loose->quality.moved)));
            const auto ilp = reference::solveIlp(rerun);
            QVERIFY(ilp.solved);
            const auto a = fixtures::evaluate(rerun, groupsOf(sticky.value()));
            const auto b = fixtures::evaluate(rerun, ilp.groupOf);
            QVERIFY2(a.placed == b.placed && a.preferenceCost == b.preferenceCost
                    && a.secondaryCost == b.secondaryCost,
                qPrintable(
                    QStringLiteral("seed %1: solver %2, GLPK %3").arg(seed).arg(describe(a), describe(b))));
        }
    }

    void sameInputSameAllocation()
    {
        fixtures::RandomSpec spec;
        spec.people = 400;
        spec.groups = 12;
        spec.organisations = 15;
        const Problem problem = fixtures::randomProblem(7, spec);
        const auto a = allocate(problem);
        const auto b = allocate(problem);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(groupsOf(a.value()), groupsOf(b.value()));
    }

    void fullGroupIsReportedWithDemand()
    {
        // "Tema 2 is full: 41 want it, 30 seats"
        Problem p;
        p.groups = { { QStringLiteral("t1"), QStringLiteral("Tema 1"), QStringLiteral("A"), 40, 0 },
            { QStringLiteral("t2"), QStringLiteral("Tema 2"), QStringLiteral("B"), 30, 0 } };
        for (int i = 0; i < 41; ++i)
            p.people.push_back(
                { QStringLiteral("p%1").arg(i, 2, 10, QLatin1Char('0')), -1, { { 1, 1 }, { 0, 2 } }, -1 });
        const auto o = allocate(p);
        QVERIFY(o.ok());
        QCOMPARE(o->groups[1].size, 30);
        QCOMPARE(o->quality.rankCounts[1], 30);
        QCOMPARE(o->quality.rankCounts[2], 11);
        QVERIFY(std::any_of(o->rules.begin(), o->rules.end(), [](const RuleNotMet &r) {
            return r.kind == RuleKind::GroupFull
                && r.message == QStringLiteral("Tema 2 is full: 41 want it, 30 seats");
        }));
        for (std::size_t i = 0; i < p.people.size(); ++i)
            if (o->placements[i].group == 0) {
                const Explanation e = explain(p, o.value(), p.people[i].id);
                QCOMPARE(e.reasons.back().kind, ReasonKind::Full);
                QVERIFY2(e.summary().contains(QStringLiteral("Your 1st choice, Tema 2 (B), was full")),
                    qPrintable(e.summary()));
            }
    }

    void organisationCapMixesGroups()
    {
        Problem p;
        p.organisations = { QStringLiteral("Rogaland"), QStringLiteral("Hordaland") };
        p.groups = { { QStringLiteral("a"), QStringLiteral("A"), {}, 10, 0 },
            { QStringLiteral("b"), QStringLiteral("B"), {}, 10, 0 } };
        p.options.orgCapCount = 3;
        for (int i = 0; i < 6; ++i) // all six from Rogaland want A
            p.people.push_back({ QStringLiteral("r%1").arg(i), 0, { { 0, 1 }, { 1, 2 } }, -1 });
        for (int i = 0; i < 6; ++i)
            p.people.push_back({ QStringLiteral("h%1").arg(i), 1, {}, -1 });
        const auto o = allocate(p);
        QVERIFY(o.ok());
        QCOMPARE(o->quality.placed, 12);
        QCOMPARE(o->quality.rankCounts[1], 3);
        QCOMPARE(o->quality.rankCounts[2], 3);
        for (const GroupReport &g : o->groups)
            for (const OrgCount &c : g.mix)
                QVERIFY(c.count <= 3);
        QVERIFY(std::any_of(o->rules.begin(), o->rules.end(), [](const RuleNotMet &r) {
            return r.kind == RuleKind::OrgCapBinding
                && r.message.contains(QStringLiteral("3 more from Rogaland"));
        }));
        for (std::size_t i = 0; i < 6; ++i)
            if (o->placements[i].group == 1)
                QCOMPARE(explain(p, o.value(), p.people[i].id).reasons.back().kind, ReasonKind::OrgCap);
    }

    void unplaceableAreListedNotDropped()
    {
        Problem p;
        p.groups = { { QStringLiteral("a"), QStringLiteral("A"), {}, 3, 0 } };
        p.fixedSeats = { { QStringLiteral("fac"), -1, 0, false } };
        for (int i = 0; i < 5; ++i)
            p.people.push_back({ QStringLiteral("p%1").arg(i), -1, { { 0, 1 } }, -1 });
        const auto o = allocate(p);
        QVERIFY(o.ok());
        QCOMPARE(o->quality.placed, 2);
        QCOMPARE(o->quality.unplaced, 3);
        int listed = 0;
        for (const RuleNotMet &r : o->rules)
            if (r.kind == RuleKind::Unplaced) {
                ++listed;
                QVERIFY(r.message.contains(QStringLiteral("every group is full")));
            }
        QCOMPARE(listed, 3);
        QCOMPARE(explain(p, o.value(), QStringLiteral("fac")).reasons.front().kind, ReasonKind::Fixed);
    }

    void convexPrefersManySecondChoicesOverOneFifth()
    {
        // One seat in each of five groups; person 0 ranks them 1..5, the others want 1st/2nd.
        Problem p;
        for (int g = 0; g < 5; ++g)
            p.groups.push_back({ QStringLiteral("g%1").arg(g), QStringLiteral("G%1").arg(g), {}, 1, 0 });
        p.people.push_back(
            { QStringLiteral("a"), -1, { { 0, 1 }, { 1, 2 }, { 2, 3 }, { 3, 4 }, { 4, 5 } }, -1 });
        for (int i = 1; i < 5; ++i)
            p.people.push_back({ QStringLiteral("b%1").arg(i), -1, { { i - 1, 1 }, { i, 2 } }, -1 });
        // Linear costs tie (4 = four second choices = one fifth); convex costs take the second choices.
        p.options.rankCost = RankCost::Convex;
        const auto o = allocate(p);
        QVERIFY(o.ok());
        QCOMPARE(o->quality.worstRank, 2);
        QCOMPARE(o->quality.preferenceCost, 4);
        QVERIFY(o->placements[0].group != 4);
    }

    void rejectsBadInput()
    {
        Problem p;
        p.groups = { { QStringLiteral("a"), QStringLiteral("A"), {}, 3, 0 } };
        p.people.push_back({ QStringLiteral("x"), -1, { { 4, 1 } }, -1 });
        const auto o = allocate(p);
        QVERIFY(!o.ok());
        QCOMPARE(o.error().code, ErrorCode::InvalidInput);
        QVERIFY(o.error().message.contains(QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestAllocSolver)
#include "tst_alloc_solver.moc"
