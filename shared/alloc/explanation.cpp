#include "alloc/allocator.h"
#include "alloc/flow_network.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace oppmote::alloc {

namespace {

struct AllocationText {
    Q_DECLARE_TR_FUNCTIONS(Allocation)
};

QString nameOf(const Problem &problem, int g)
{
    const GroupSpec &spec = problem.groups[std::size_t(g)];
    const QString name = spec.name.isEmpty() ? spec.key : spec.name;
    return spec.room.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, spec.room);
}

int orgCount(const Problem &problem, const GroupReport &gr, int organisation)
{
    const QString org = organisation >= 0 && organisation < problem.organisations.size()
        ? problem.organisations[organisation]
        : QString();
    for (const OrgCount &c : gr.mix)
        if (c.organisation == org)
            return c.count;
    return 0;
}

Explanation explainPerson(const PreparedProblem &prep, const Outcome &out, std::size_t index)
{
    const Problem &problem = *prep.problem;
    const Person &p = problem.people[index];
    const Placement &pl = out.placements[index];
    Explanation e;
    e.personId = p.id;
    e.group = pl.group;
    e.rank = pl.rank;
    auto add = [&](ReasonKind kind, int g, const QString &text) { e.reasons.push_back({ kind, g, text }); };

    if (pl.group >= 0 && p.choices.empty()) {
        add(ReasonKind::NoPreference, pl.group,
            AllocationText::tr(
                "You gave no preference; you were placed in %1, where you best help the group sizes "
                "and the mix of organisations.")
                .arg(nameOf(problem, pl.group)));
    } else if (pl.group >= 0 && pl.rank == 1) {
        add(ReasonKind::FirstChoice, pl.group,
            AllocationText::tr("You got your first choice, %1.").arg(nameOf(problem, pl.group)));
    } else if (pl.group >= 0) {
        add(ReasonKind::FirstChoice, pl.group,
            pl.rank == prep.outsideRank
                ? AllocationText::tr("You are in %1, which was not among your choices.")
                      .arg(nameOf(problem, pl.group))
                : AllocationText::tr("You are in %1, your %2 choice.")
                      .arg(nameOf(problem, pl.group), ordinal(pl.rank)));
    } else {
        add(ReasonKind::Unplaced, -1,
            AllocationText::tr("You could not be placed in a group; an organiser will place you by hand."));
    }

    // Every choice better than the one given: why it was not possible.
    std::vector<Choice> better;
    for (const Choice &c : p.choices)
        if (pl.group < 0 || c.rank < pl.rank)
            if (std::none_of(
                    better.begin(), better.end(), [&](const Choice &b) { return b.group == c.group; }))
                better.push_back(c);
    std::stable_sort(
        better.begin(), better.end(), [](const Choice &a, const Choice &b) { return a.rank < b.rank; });
    for (const Choice &c : better) {
        const GroupReport &gr = out.groups[std::size_t(c.group)];
        QString which
            = AllocationText::tr("Your %1 choice, %2,").arg(ordinal(c.rank), nameOf(problem, c.group));
        which[0] = which[0].toUpper(); // a translation may begin with the ordinal ("Førstevalget ditt")
        const int sameOrg = orgCount(problem, gr, p.organisation);
        if (gr.closed) {
            add(ReasonKind::Closed, c.group,
                AllocationText::tr("%1 is not held: too few people for its minimum of %2.")
                    .arg(which)
                    .arg(gr.minSize));
        } else if (gr.size >= gr.capacity) {
            add(ReasonKind::Full, c.group,
                AllocationText::tr("%1 was full (%2 wanted it first, %3 seats).")
                    .arg(which)
                    .arg(gr.firstChoiceDemand)
                    .arg(gr.capacity));
        } else if (prep.capped(p.organisation) && gr.orgCap > 0 && sameOrg >= gr.orgCap) {
            add(ReasonKind::OrgCap, c.group,
                AllocationText::tr("%1 already had %2 people from %3, the most one organisation may have.")
                    .arg(which)
                    .arg(sameOrg)
                    .arg(problem.organisations[p.organisation]));
        } else if (pl.group >= 0 && p.previousGroup == pl.group && problem.options.moveCost > 0) {
            add(ReasonKind::KeptFromLastRun, c.group,
                AllocationText::tr("%1 had room, but you kept your place from the last allocation.")
                    .arg(which));
        } else if (pl.group >= 0
            && out.groups[std::size_t(pl.group)].size <= out.groups[std::size_t(pl.group)].minSize
            && problem.options.minSize == MinSizeRule::Enforce) {
            add(ReasonKind::NeededForMinimum, c.group,
                AllocationText::tr("%1 had room, but %2 needed you to reach its minimum of %3.")
                    .arg(which, nameOf(problem, pl.group))
                    .arg(out.groups[std::size_t(pl.group)].minSize));
        } else {
            add(ReasonKind::Tradeoff, c.group,
                AllocationText::tr("%1 had room, but giving it to you would leave others worse off.")
                    .arg(which));
        }
    }
    if (pl.moved)
        e.reasons.push_back({ ReasonKind::Moved, p.previousGroup,
            AllocationText::tr("You were moved from %1, where the last allocation placed you.")
                .arg(nameOf(problem, p.previousGroup)) });
    return e;
}

Explanation explainFixed(const Problem &problem, const FixedSeat &f)
{
    Explanation e;
    e.personId = f.personId;
    e.group = f.group;
    e.reasons.push_back({ f.locked ? ReasonKind::Locked : ReasonKind::Fixed, f.group,
        f.locked ? AllocationText::tr("An organiser placed you in %1.").arg(nameOf(problem, f.group))
                 : AllocationText::tr("You lead or present a case in %1.").arg(nameOf(problem, f.group)) });
    return e;
}

} // namespace

QString Explanation::summary() const
{
    QStringList parts;
    for (const Reason &r : reasons)
        parts << r.text;
    return parts.join(QLatin1Char(' '));
}

Explanation explain(const Problem &problem, const Outcome &outcome, const QString &personId)
{
    for (const FixedSeat &f : problem.fixedSeats)
        if (f.personId == personId)
            return explainFixed(problem, f);
    PreparedProblem prep;
    if (!prepareProblem(problem, prep, nullptr))
        return {};
    for (std::size_t i = 0; i < problem.people.size(); ++i)
        if (problem.people[i].id == personId && i < outcome.placements.size())
            return explainPerson(prep, outcome, i);
    Explanation none;
    none.personId = personId;
    none.reasons.push_back(
        { ReasonKind::Unplaced, -1, AllocationText::tr("This person is not part of this allocation.") });
    return none;
}

std::vector<Explanation> explainAll(const Problem &problem, const Outcome &outcome)
{
    std::vector<Explanation> all;
    PreparedProblem prep;
    if (!prepareProblem(problem, prep, nullptr))
        return all;
    for (std::size_t i = 0; i < problem.people.size() && i < outcome.placements.size(); ++i)
        all.push_back(explainPerson(prep, outcome, i));
    for (const FixedSeat &f : problem.fixedSeats)
        all.push_back(explainFixed(problem, f));
    return all;
}

} // namespace oppmote::alloc
