#include "alloc_fixtures.h"

#include <QRandomGenerator>

#include <algorithm>
#include <climits>
#include <cmath>
#include <numeric>

namespace oppmote::alloc::fixtures {

namespace {

int between(QRandomGenerator &rng, int lo, int hi)
{
    return lo + int(rng.bounded(quint32(hi - lo + 1)));
}

int weightedPick(QRandomGenerator &rng, const std::vector<double> &weights)
{
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    double x = rng.generateDouble() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        x -= weights[i];
        if (x < 0)
            return int(i);
    }
    return int(weights.size()) - 1;
}

int outsideRank(const Problem &problem)
{
    int k = problem.options.maxRank;
    if (k <= 0)
        for (const Person &p : problem.people)
            for (const Choice &c : p.choices)
                k = std::max(k, c.rank);
    return k + 1;
}

int orgCap(const Options &o, int capacity)
{
    int cap = INT_MAX;
    if (o.orgCapCount > 0)
        cap = o.orgCapCount;
    if (o.orgCapShare > 0)
        cap = std::min(cap, std::max(1, int(std::floor(o.orgCapShare * capacity + 1e-9))));
    return cap;
}

int rankOf(const Problem &problem, const Person &p, int g)
{
    if (p.choices.empty())
        return 0;
    int r = outsideRank(problem);
    for (const Choice &c : p.choices)
        if (c.group == g)
            r = std::min(r, c.rank);
    return r;
}

} // namespace

Problem randomProblem(quint32 seed, const RandomSpec &spec)
{
    QRandomGenerator rng(seed);
    Problem problem;
    for (int o = 0; o < spec.organisations; ++o)
        problem.organisations.append(QStringLiteral("Org %1").arg(o, 2, 10, QLatin1Char('0')));
    int total = 0;
    for (int g = 0; g < spec.groups; ++g) {
        GroupSpec gs;
        gs.key = QStringLiteral("g%1").arg(g);
        gs.name = QStringLiteral("Group %1").arg(g);
        gs.capacity = between(rng, spec.minCapacity, spec.maxCapacity);
        gs.minSize = rng.bounded(3u) == 0 ? between(rng, 2, std::max(2, gs.capacity / 2)) : 0;
        total += gs.capacity;
        problem.groups.push_back(gs);
    }
    const int wanted = int(std::ceil(spec.slack * (spec.people + spec.fixed)));
    for (int g = 0; total < wanted; g = (g + 1) % spec.groups, ++total)
        ++problem.groups[std::size_t(g)].capacity;
    std::vector<double> orgWeight, popularity;
    for (int o = 0; o < spec.organisations; ++o)
        orgWeight.push_back(1.0 + o % 4);
    for (int g = 0; g < spec.groups; ++g)
        popularity.push_back(1.0 + double(rng.bounded(4u)));
    for (int f = 0; f < spec.fixed; ++f)
        problem.fixedSeats.push_back(
            { QStringLiteral("f%1").arg(f), weightedPick(rng, orgWeight) - (f % 5 == 4 ? 1 : 0),
                int(rng.bounded(quint32(spec.groups))), f % 2 == 1 });
    for (int i = 0; i < spec.people; ++i) {
        Person p;
        p.id = QStringLiteral("p%1").arg(i, 5, 10, QLatin1Char('0'));
        p.organisation = rng.bounded(10u) == 0 ? -1 : weightedPick(rng, orgWeight);
        if (rng.generateDouble() >= spec.noPreference) {
            std::vector<double> w = popularity;
            const int n = between(rng, 1, std::min(spec.maxChoices, spec.groups));
            for (int r = 1; r <= n; ++r) {
                const int g = weightedPick(rng, w);
                w[std::size_t(g)] = 0;
                p.choices.push_back({ g, r });
            }
        }
        problem.people.push_back(std::move(p));
    }
    Options &o = problem.options;
    o.rankCost = rng.bounded(2u) ? RankCost::Convex : RankCost::Linear;
    switch (rng.bounded(3u)) {
    case 0:
        o.orgCapCount = between(rng, 1, 4);
        break;
    case 1:
        o.orgCapShare = 0.25 + 0.25 * rng.generateDouble();
        break;
    default:
        break;
    }
    o.placeOutsideChoices = rng.bounded(5u) != 0;
    return problem;
}

void setPrevious(Problem &problem, const std::vector<int> &groupOf)
{
    for (std::size_t i = 0; i < problem.people.size(); ++i)
        problem.people[i].previousGroup = i < groupOf.size() ? groupOf[i] : -1;
}

Evaluation evaluate(const Problem &problem, const std::vector<int> &groupOf)
{
    Evaluation e;
    const Options &o = problem.options;
    const int G = int(problem.groups.size());
    const int O = int(problem.organisations.size());
    std::vector<int> fixedCount(std::size_t(G), 0), size(std::size_t(G), 0);
    std::vector<long long> perOrg(std::size_t(G * (O + 1)), 0);
    for (const FixedSeat &f : problem.fixedSeats) {
        ++fixedCount[std::size_t(f.group)];
        ++size[std::size_t(f.group)];
        if (f.organisation >= 0)
            ++perOrg[std::size_t(f.group * (O + 1) + f.organisation)];
    }
    for (std::size_t i = 0; i < groupOf.size(); ++i) {
        const int g = groupOf[i];
        if (g < 0)
            continue;
        const Person &p = problem.people[i];
        ++e.placed;
        const int r = rankOf(problem, p, g);
        e.preferenceCost += o.rankCost == RankCost::Convex ? (long long)(r > 0 ? (r - 1) * (r - 1) : 0)
                                                           : std::max(0, r - 1);
        if (p.previousGroup >= 0 && p.previousGroup != g)
            e.preferenceCost += o.moveCost;
        if (!p.choices.empty())
            e.worstRank = std::max(e.worstRank, r);
        ++size[std::size_t(g)];
        if (p.organisation >= 0)
            ++perOrg[std::size_t(g * (O + 1) + p.organisation)];
    }
    for (int g = 0; g < G; ++g) {
        for (int org = 0; org < O; ++org) {
            const long long n = perOrg[std::size_t(g * (O + 1) + org)];
            e.secondaryCost += o.mixWeight * n * (n - 1) / 2;
        }
        const int cap = problem.groups[std::size_t(g)].capacity;
        for (int s = fixedCount[std::size_t(g)] + 1; s <= size[std::size_t(g)]; ++s)
            e.secondaryCost += (long long)o.balanceWeight * ((20 * s) / cap);
    }
    return e;
}

QString checkRules(const Problem &problem, const std::vector<int> &groupOf)
{
    const int G = int(problem.groups.size());
    const int O = int(problem.organisations.size());
    if (groupOf.size() != problem.people.size())
        return QStringLiteral("one group per person expected");
    std::vector<int> fixedCount(std::size_t(G), 0), newcomers(std::size_t(G), 0);
    std::vector<int> existing(std::size_t(G * (O + 1)), 0), added(std::size_t(G * (O + 1)), 0);
    for (const FixedSeat &f : problem.fixedSeats) {
        ++fixedCount[std::size_t(f.group)];
        if (f.organisation >= 0)
            ++existing[std::size_t(f.group * (O + 1) + f.organisation)];
    }
    for (std::size_t i = 0; i < groupOf.size(); ++i) {
        const int g = groupOf[i];
        if (g < -1 || g >= G)
            return QStringLiteral("%1 is in group %2, which does not exist").arg(problem.people[i].id).arg(g);
        if (g < 0)
            continue;
        const Person &p = problem.people[i];
        const bool listed
            = std::any_of(p.choices.begin(), p.choices.end(), [&](const Choice &c) { return c.group == g; });
        if (!p.choices.empty() && !listed && p.previousGroup != g && !problem.options.placeOutsideChoices)
            return QStringLiteral("%1 is outside their choices").arg(p.id);
        ++newcomers[std::size_t(g)];
        if (p.organisation >= 0)
            ++added[std::size_t(g * (O + 1) + p.organisation)];
    }
    for (int g = 0; g < G; ++g) {
        const int cap = problem.groups[std::size_t(g)].capacity;
        if (newcomers[std::size_t(g)] > std::max(0, cap - fixedCount[std::size_t(g)]))
            return QStringLiteral("group %1 over capacity").arg(g);
        const int oc = orgCap(problem.options, cap);
        for (int org = 0; org < O; ++org) {
            const int idx = g * (O + 1) + org;
            if (added[std::size_t(idx)] > 0 && existing[std::size_t(idx)] + added[std::size_t(idx)] > oc)
                return QStringLiteral("group %1 holds %2 of org %3, cap %4")
                    .arg(g)
                    .arg(existing[std::size_t(idx)] + added[std::size_t(idx)])
                    .arg(org)
                    .arg(oc);
        }
    }
    return {};
}

Session workshopSlot()
{
    Session s;
    s.key = QStringLiteral("d1-1400");
    s.kind = SessionKind::GroupWork;
    s.start = QTime(14, 0);
    s.title = QStringLiteral("Gruppearbeid: Erfaringsutveksling med tanke på praksisutvikling");
    struct ThemeSeed {
        const char *theme;
        const char *room;
        int capacity;
        QList<GroupCase> cases;
    };
    const QList<ThemeSeed> themes = {
        { "Implementering av regionale planer og strategier", "Møterom Romsdal", 60,
            { { QStringLiteral("En ny vri på virkemiddelapparatet"),
                  { QStringLiteral("Hilde Uppstad"), QStringLiteral("seniorrådgiver"),
                      QStringLiteral("Rogaland fylkeskommune") } },
                { QStringLiteral("Regional policyutvikling og innovasjon"),
                    { QStringLiteral("Jan Heggheim"), QStringLiteral("fylkesdirektør"),
                        QStringLiteral("Sogn og Fjordane fylkeskommune") } } } },
        { "Kompetanse og næringsutvikling", "Møterom Nordmøre", 50,
            { { QStringLiteral("Hvordan sikre kompetent arbeidskraft"),
                  { QStringLiteral("Kathrin Jakobsen"), QStringLiteral("seksjonsleder"),
                      QStringLiteral("Hordaland fylkeskommune") } },
                { QStringLiteral("Et velfungerende marked for etter- og videreutdanning"),
                    { QStringLiteral("Margrethe Marstrøm Svensrud"), QStringLiteral("seksjonsleder"),
                        QStringLiteral("Kompetanse Norge") } } } },
        { "Nye forventninger til fylkeskommunen", "Møterom Sunnmøre", 60,
            { { QStringLiteral("Hvilken organisasjon må fylkeskommunen bygge"),
                { QStringLiteral("Vigdis Espnes Landheim"), QStringLiteral("fagsjef"),
                    QStringLiteral("Sør-Trøndelag fylkeskommune") } } } },
    };
    int n = 0;
    for (const ThemeSeed &t : themes) {
        ++n;
        Group g;
        g.key = QStringLiteral("d1-1400-g%1").arg(n);
        g.number = n;
        g.name = QStringLiteral("Tema %1").arg(n);
        g.theme = QString::fromUtf8(t.theme);
        g.room = QString::fromUtf8(t.room);
        g.capacity = t.capacity;
        g.minSize = 8;
        g.cases = t.cases;
        s.groups.append(g);
    }
    return s;
}

QList<Attendee> workshopRoster(int count, quint32 seed)
{
    static const char *const orgs[] = {
        "Rogaland fylkeskommune",
        "Hordaland fylkeskommune",
        "Sogn og Fjordane fylkeskommune",
        "Møre og Romsdal fylkeskommune",
        "Sør-Trøndelag fylkeskommune",
        "Nord-Trøndelag fylkeskommune",
        "Nordland fylkeskommune",
        "Troms fylkeskommune",
        "Finnmark fylkeskommune",
        "Østfold fylkeskommune",
        "Akershus fylkeskommune",
        "Hedmark fylkeskommune",
        "Oppland fylkeskommune",
        "Buskerud fylkeskommune",
        "Telemark fylkeskommune",
        "Vest-Agder fylkeskommune",
        "Kommunal- og moderniseringsdepartementet",
        "Kompetanse Norge",
        "Innovasjon Norge",
        "Norges forskningsråd",
    };
    static const char *const first[] = { "Anne", "Kari", "Ola", "Per", "Ingrid", "Lars", "Marit", "Knut",
        "Silje", "Eirik", "Hanne", "Tor", "Liv", "Arne", "Guro", "Jon", "Nina", "Ragnhild" };
    static const char *const last[] = { "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen",
        "Nilsen", "Kristiansen", "Berg", "Haugen", "Hagen", "Dahl", "Lunde", "Moen", "Aas" };
    QRandomGenerator rng(seed);
    std::vector<double> orgWeight;
    for (int o = 0; o < 20; ++o)
        orgWeight.push_back(o < 16 ? 2.0 + (o % 3) : 1.0);
    const std::vector<double> themeWeight = { 0.3, 0.45, 0.25 };
    QList<Attendee> roster;
    for (int i = 0; i < count; ++i) {
        Attendee a;
        a.id = QStringLiteral("a-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        a.firstName = QString::fromUtf8(first[rng.bounded(quint32(std::size(first)))]);
        a.lastName = QString::fromUtf8(last[rng.bounded(quint32(std::size(last)))]);
        a.organisation = QString::fromUtf8(orgs[weightedPick(rng, orgWeight)]);
        const double kind = rng.generateDouble();
        if (kind >= 0.1) { // 10 % give no preference
            std::vector<double> w = themeWeight;
            const int n = kind < 0.25 ? 1 : (kind < 0.4 ? 2 : 3);
            for (int r = 0; r < n; ++r) {
                const int t = weightedPick(rng, w);
                w[std::size_t(t)] = 0;
                a.preferences.append(QString::number(t + 1));
            }
        }
        roster.append(a);
    }
    // The case presenters from the seed, fixed to their theme.
    const Session slot = workshopSlot();
    int c = 0;
    for (const Group &g : slot.groups)
        for (const GroupCase &gc : g.cases) {
            Attendee a;
            a.id = QStringLiteral("case-%1").arg(++c);
            const QStringList parts = gc.presenter.name.split(QLatin1Char(' '));
            a.firstName = parts.first();
            a.lastName = parts.mid(1).join(QLatin1Char(' '));
            a.organisation = gc.presenter.organisation;
            a.role = gc.presenter.role;
            a.type = AttendeeType::Speaker;
            a.fixedGroup = g.key;
            roster.append(a);
        }
    return roster;
}

} // namespace oppmote::alloc::fixtures
