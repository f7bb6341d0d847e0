#include "sample/attendee_generator.h"

#include "sample/name_lists.h"
#include "search/name_folding.h"

#include <QUuid>

#include <algorithm>

namespace oppmote {

namespace {

bool isSwedish(const QString &organisation)
{
    return organisation.startsWith(QLatin1String("Region "));
}

QString emailPart(const QString &text)
{
    QString folded = foldName(text);
    folded.replace(QLatin1Char(' '), QLatin1Char('.'));
    QString out;
    for (QChar c : std::as_const(folded))
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit() || c == QLatin1Char('.')
            || c == QLatin1Char('-'))
            out += c;
    return out;
}

QString domainFor(const QString &organisation)
{
    // Fictional on purpose: ".example" is reserved and never delivers mail.
    QString slug = emailPart(organisation);
    slug.replace(QLatin1Char('.'), QLatin1Char('-'));
    return slug + QStringLiteral(".example");
}

QString splitSurname(const QString &name, QString *first)
{
    const int space = name.lastIndexOf(QLatin1Char(' '));
    if (space < 0) {
        *first = name;
        return {};
    }
    *first = name.left(space);
    return name.mid(space + 1);
}

} // namespace

AttendeeGenerator::AttendeeGenerator(std::uint64_t seed) : m_state(seed), m_seed(seed) { }

std::uint64_t AttendeeGenerator::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

QStringList AttendeeGenerator::organisationsOf(const Event &event)
{
    QStringList orgs;
    auto add = [&](const Person &p) {
        if (!p.organisation.isEmpty() && !orgs.contains(p.organisation))
            orgs << p.organisation;
    };
    for (const Day &day : event.days)
        for (const Session &s : day.sessions) {
            for (const Person &p : s.speakers)
                add(p);
            for (const Group &g : s.groups)
                for (const GroupCase &c : g.cases)
                    add(c.presenter);
        }
    return orgs;
}

Attendee AttendeeGenerator::invent(const QStringList &organisations, const Event &event, int index)
{
    Attendee a;
    // Three in four come from a county council: the workshop is theirs.
    const QStringList &councils = sample::countyCouncils();
    a.organisation = chance(75) ? councils[below(int(councils.size()))]
                                : organisations[below(int(organisations.size()))];
    const bool swedish = isSwedish(a.organisation);
    const bool woman = chance(55);
    const QStringList &given = swedish ? (woman ? sample::swedishWomen() : sample::swedishMen())
                                       : (woman ? sample::norwegianWomen() : sample::norwegianMen());
    const QStringList &surnames = swedish ? sample::swedishSurnames() : sample::norwegianSurnames();
    a.firstName = given[below(int(given.size()))];
    if (chance(12)) { // "Kristin Marie"
        const QString second = given[below(int(given.size()))];
        if (second != a.firstName)
            a.firstName += QLatin1Char(' ') + second;
    }
    a.lastName = surnames[below(int(surnames.size()))];
    if (chance(8)) { // "Østensjø-Aarflot"
        const QString second = surnames[below(int(surnames.size()))];
        if (second != a.lastName)
            a.lastName += QLatin1Char('-') + second;
    }
    a.role = sample::jobTitles()[below(int(sample::jobTitles().size()))];
    a.email = emailPart(a.firstName + QLatin1Char(' ') + a.lastName) + QLatin1Char('@')
        + domainFor(a.organisation);
    a.phone = swedish
        ? QStringLiteral("+46 70 %1 %2 %3").arg(100 + below(900)).arg(10 + below(90)).arg(10 + below(90))
        : QStringLiteral("+47 %1 %2 %3").arg(400 + below(600)).arg(10 + below(90)).arg(100 + below(900));
    a.consent = chance(90);
    // Ranked preferences for every themed slot; some people give none.
    for (const Session *slot : event.groupWorkSlots()) {
        if (slot->groups.isEmpty() || slot->mixedGroups || chance(15))
            continue;
        QStringList keys;
        for (const Group &g : slot->groups)
            keys << g.key;
        for (int i = int(keys.size()) - 1; i > 0; --i)
            std::swap(keys[i], keys[below(i + 1)]);
        a.preferences += keys;
    }
    a.id = QUuid::createUuidV5(QUuid(QStringLiteral("{3c9c2f4e-6a0b-4f7e-9d55-0e5a1d2b7c11}")),
        QStringLiteral("%1/%2").arg(m_seed).arg(index))
               .toString(QUuid::WithoutBraces);
    return a;
}

QList<Attendee> AttendeeGenerator::generate(const Event &event, int count)
{
    m_state = m_seed;
    count = std::clamp(count, 0, kMaxCount);
    QList<Attendee> people;
    people.reserve(count);

    // The people the programme names, first.
    auto addNamed = [&](const Person &p, AttendeeType type, const QString &group) {
        if (p.name.isEmpty() || people.size() >= count)
            return;
        for (const Attendee &existing : std::as_const(people))
            if (existing.fullName() == p.name)
                return;
        Attendee a;
        a.lastName = splitSurname(p.name, &a.firstName);
        a.organisation = p.organisation;
        a.role = p.role;
        a.type = type;
        a.fixedGroup = group;
        a.consent = true;
        a.email = emailPart(p.name) + QLatin1Char('@')
            + domainFor(p.organisation.isEmpty() ? QStringLiteral("arrangor") : p.organisation);
        a.id = QUuid::createUuidV5(QUuid(QStringLiteral("{3c9c2f4e-6a0b-4f7e-9d55-0e5a1d2b7c11}")),
            QStringLiteral("%1/named/%2").arg(m_seed).arg(p.name))
                   .toString(QUuid::WithoutBraces);
        people.append(a);
    };
    for (const Day &day : event.days)
        for (const Session &s : day.sessions) {
            for (const Group &g : s.groups)
                for (const GroupCase &c : g.cases)
                    addNamed(c.presenter, AttendeeType::Facilitator, g.key);
            for (const Person &p : s.speakers)
                addNamed(p, AttendeeType::Speaker, QString());
        }

    QStringList organisations = organisationsOf(event);
    for (const QString &o : sample::otherOrganisations())
        if (!organisations.contains(o))
            organisations << o;
    for (int i = int(people.size()); i < count; ++i)
        people.append(invent(organisations, event, i));
    return people;
}

} // namespace oppmote
