#include "alloc/alloc_json.h"

#include <QJsonArray>

namespace oppmote::alloc {

namespace {

QString groupKey(const Problem &problem, int g)
{
    return g >= 0 && std::size_t(g) < problem.groups.size() ? problem.groups[std::size_t(g)].key : QString();
}

} // namespace

QString ruleKindName(RuleKind kind)
{
    switch (kind) {
    case RuleKind::GroupFull:
        return QStringLiteral("group_full");
    case RuleKind::OrgCapBinding:
        return QStringLiteral("org_cap");
    case RuleKind::FixedOverCapacity:
        return QStringLiteral("fixed_over_capacity");
    case RuleKind::BelowMinimum:
        return QStringLiteral("below_minimum");
    case RuleKind::GroupClosed:
        return QStringLiteral("group_closed");
    case RuleKind::Unplaced:
        return QStringLiteral("unplaced");
    }
    return QStringLiteral("unknown");
}

QString reasonKindName(ReasonKind kind)
{
    switch (kind) {
    case ReasonKind::FirstChoice:
        return QStringLiteral("placed");
    case ReasonKind::NoPreference:
        return QStringLiteral("no_preference");
    case ReasonKind::Fixed:
        return QStringLiteral("fixed");
    case ReasonKind::Locked:
        return QStringLiteral("locked");
    case ReasonKind::Full:
        return QStringLiteral("full");
    case ReasonKind::OrgCap:
        return QStringLiteral("org_cap");
    case ReasonKind::KeptFromLastRun:
        return QStringLiteral("kept_from_last_run");
    case ReasonKind::NeededForMinimum:
        return QStringLiteral("needed_for_minimum");
    case ReasonKind::Tradeoff:
        return QStringLiteral("tradeoff");
    case ReasonKind::Closed:
        return QStringLiteral("closed");
    case ReasonKind::Moved:
        return QStringLiteral("moved");
    case ReasonKind::Unplaced:
        return QStringLiteral("unplaced");
    }
    return QStringLiteral("unknown");
}

QJsonObject qualityToJson(const Quality &q)
{
    QJsonArray ranks;
    for (std::size_t r = 1; r + 1 < q.rankCounts.size(); ++r)
        ranks.append(q.rankCounts[r]);
    return QJsonObject {
        { QStringLiteral("people"), q.people },
        { QStringLiteral("placed"), q.placed },
        { QStringLiteral("unplaced"), q.unplaced },
        { QStringLiteral("fixed"), q.fixed },
        { QStringLiteral("locked"), q.locked },
        { QStringLiteral("byRank"), ranks }, // [0] = got their 1st choice, …
        { QStringLiteral("noPreference"), q.rankCounts.empty() ? 0 : q.rankCounts[0] },
        { QStringLiteral("outsideChoices"), q.outsideChoices },
        { QStringLiteral("worstRank"), q.worstRank },
        { QStringLiteral("moved"), q.moved },
        { QStringLiteral("preferenceCost"), double(q.preferenceCost) },
        { QStringLiteral("sameOrganisationPairs"), double(q.sameOrgPairs) },
        { QStringLiteral("balanceCost"), double(q.balanceCost) },
        { QStringLiteral("solves"), q.solves },
    };
}

QJsonObject explanationToJson(const Problem &problem, const Explanation &e)
{
    QJsonArray reasons;
    for (const Reason &r : e.reasons)
        reasons.append(QJsonObject { { QStringLiteral("kind"), reasonKindName(r.kind) },
            { QStringLiteral("group"), groupKey(problem, r.group) }, { QStringLiteral("text"), r.text } });
    return QJsonObject { { QStringLiteral("id"), e.personId },
        { QStringLiteral("group"), groupKey(problem, e.group) }, { QStringLiteral("rank"), e.rank },
        { QStringLiteral("reasons"), reasons }, { QStringLiteral("summary"), e.summary() } };
}

QJsonObject outcomeToJson(const Problem &problem, const Outcome &outcome)
{
    QJsonArray groups;
    for (const GroupReport &g : outcome.groups) {
        QJsonArray mix;
        for (const OrgCount &c : g.mix)
            mix.append(QJsonObject {
                { QStringLiteral("organisation"), c.organisation }, { QStringLiteral("count"), c.count } });
        const GroupSpec &spec = problem.groups[std::size_t(g.group)];
        groups.append(QJsonObject {
            { QStringLiteral("key"), spec.key },
            { QStringLiteral("name"), spec.name },
            { QStringLiteral("room"), spec.room },
            { QStringLiteral("size"), g.size },
            { QStringLiteral("capacity"), g.capacity },
            { QStringLiteral("minSize"), g.minSize },
            { QStringLiteral("fixed"), g.fixed },
            { QStringLiteral("locked"), g.locked },
            { QStringLiteral("firstChoiceDemand"), g.firstChoiceDemand },
            { QStringLiteral("orgCap"), g.orgCap },
            { QStringLiteral("closed"), g.closed },
            { QStringLiteral("belowMinimum"), g.belowMinimum },
            { QStringLiteral("mix"), mix },
        });
    }
    QJsonArray rules;
    for (const RuleNotMet &r : outcome.rules)
        rules.append(QJsonObject { { QStringLiteral("kind"), ruleKindName(r.kind) },
            { QStringLiteral("group"), groupKey(problem, r.group) },
            { QStringLiteral("message"), r.message } });
    QJsonArray assignments, unplaced, moved;
    for (std::size_t i = 0; i < outcome.placements.size(); ++i) {
        const Placement &p = outcome.placements[i];
        const QString id = problem.people[i].id;
        if (p.group < 0) {
            unplaced.append(id);
            continue;
        }
        assignments.append(QJsonObject { { QStringLiteral("id"), id },
            { QStringLiteral("group"), groupKey(problem, p.group) }, { QStringLiteral("rank"), p.rank },
            { QStringLiteral("moved"), p.moved } });
        if (p.moved)
            moved.append(id);
    }
    for (const FixedSeat &f : problem.fixedSeats)
        assignments.append(QJsonObject { { QStringLiteral("id"), f.personId },
            { QStringLiteral("group"), groupKey(problem, f.group) },
            { f.locked ? QStringLiteral("locked") : QStringLiteral("fixed"), true } });
    return QJsonObject { { QStringLiteral("quality"), qualityToJson(outcome.quality) },
        { QStringLiteral("groups"), groups }, { QStringLiteral("rules"), rules },
        { QStringLiteral("assignments"), assignments }, { QStringLiteral("moved"), moved },
        { QStringLiteral("unplaced"), unplaced } };
}

} // namespace oppmote::alloc
