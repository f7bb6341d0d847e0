#pragma once
// Varied attendees for round trips and benchmarks: Norwegian and Swedish
// letters, separators and quotes inside values (whitespace already normalised, as import stores it), phone
// numbers that must stay text, preferences, consent and types.

#include "domain/attendee.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>
#include <QUuid>

namespace oppmote::iotest {

inline QList<Attendee> sampleAttendees(int count, quint32 seed = 7)
{
    static const QStringList first = { QStringLiteral("Kari"), QStringLiteral("Åse Marie"),
        QStringLiteral("Ola"), QStringLiteral("Per-Øyvind"), QStringLiteral("Åsa"), QStringLiteral("José"),
        QStringLiteral("Liv"), QStringLiteral("Bjørn") };
    static const QStringList last = { QStringLiteral("Nordmann"), QStringLiteral("Bø"),
        QStringLiteral("Hansen"), QStringLiteral("Lindström"), QStringLiteral("O'Neill"),
        QStringLiteral("Ødegård"), QStringLiteral("van der Berg"), QStringLiteral("Dahl") };
    static const QStringList orgs = { QStringLiteral("Vestland fylkeskommune"),
        QStringLiteral("Agder; avd. plan"), QStringLiteral("Region Skåne"),
        QStringLiteral("\"Nye\" Viken, Drammen"), QStringLiteral("KS – Kommunesektorens org."), QString() };
    static const QStringList roles = { QStringLiteral("Rådgiver"),
        QStringLiteral("Seniorrådgiver; plan og \"miljø\""), QString(), QStringLiteral("Leder € budsjett") };
    QRandomGenerator rng(seed);
    QList<Attendee> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        Attendee a;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.firstName = first[rng.bounded(int(first.size()))];
        // Unique names: without an e-mail, name + organisation is who a person is.
        a.lastName = last[rng.bounded(int(last.size()))]
            + (i % 3 == 0 && i % 7 != 3 ? QString() : QString::number(i));
        a.organisation = orgs[rng.bounded(int(orgs.size()))];
        a.role = roles[rng.bounded(int(roles.size()))];
        if (i % 7 != 3) // some have no e-mail: matched by name and organisation
            a.email = QStringLiteral("person.%1@example%2.no").arg(i).arg(i % 5);
        if (i % 2 == 0)
            a.phone = QStringLiteral("+47 9%1").arg(1000000 + i);
        else if (i % 4 == 1)
            a.phone = QStringLiteral("004791%1").arg(100000 + i);
        const int prefs = rng.bounded(4);
        for (int p = 0; p < prefs; ++p)
            a.preferences.append(QString::number(rng.bounded(1, 6)));
        a.consent = i % 3 != 0;
        a.type = i % 11 == 0 ? AttendeeType::Facilitator : AttendeeType::Participant;
        if (a.type == AttendeeType::Facilitator)
            a.fixedGroup = QStringLiteral("d1-1400-g%1").arg(1 + i % 4);
        out.append(a);
    }
    return out;
}

// Everything import reads back (the id is the store's, so not compared).
inline QString describe(const Attendee &a)
{
    return QStringList(
        { a.firstName, a.lastName, a.organisation, a.role, a.email, a.phone, a.preferences.join(u'|'),
            a.consent ? QStringLiteral("1") : QStringLiteral("0"), attendeeTypeName(a.type), a.fixedGroup })
        .join(u'\x1F');
}

} // namespace oppmote::iotest
