#include "io/export_tables.h"

#include <QCollator>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace oppmote::io {

namespace {

QVariant share(int part, int whole)
{
    if (whole <= 0)
        return 0.0;
    return std::round(1000.0 * part / whole) / 10.0; // percent, one decimal
}

QHash<QString, QSet<QString>> presentBySession(const QList<Presence> &presence)
{
    QHash<QString, QSet<QString>> bySession;
    for (const Presence &p : presence)
        bySession[p.sessionKey].insert(p.attendeeId);
    return bySession;
}

} // namespace

ExportTable attendeesTable(const QList<Attendee> &attendees)
{
    ExportTable table;
    table.name = QStringLiteral("attendees");
    table.title = QStringLiteral("Deltakere");
    table.keys = { QStringLiteral("id"), QStringLiteral("firstName"), QStringLiteral("lastName"),
        QStringLiteral("organisation"), QStringLiteral("role"), QStringLiteral("email"),
        QStringLiteral("phone"), QStringLiteral("preferences"), QStringLiteral("consent"),
        QStringLiteral("type"), QStringLiteral("fixedGroup") };
    table.headers = { QStringLiteral("ID"), QStringLiteral("Fornavn"), QStringLiteral("Etternavn"),
        QStringLiteral("Organisasjon"), QStringLiteral("Stilling"), QStringLiteral("E-post"),
        QStringLiteral("Telefon"), QStringLiteral("Ønsket tema"), QStringLiteral("Samtykke"),
        QStringLiteral("Type"), QStringLiteral("Fast gruppe") };
    for (const Attendee &a : attendees)
        table.rows.append(QVariantList { a.id, a.firstName, a.lastName, a.organisation, a.role, a.email,
            a.phone, a.preferences, a.consent, attendeeTypeName(a.type), a.fixedGroup });
    return table;
}

ExportTable sessionAttendanceTable(
    const Event &event, const QList<Attendee> &attendees, const QList<Presence> &presence)
{
    ExportTable table;
    table.name = QStringLiteral("sessionAttendance");
    table.title = QStringLiteral("Oppmøte per økt");
    table.keys = { QStringLiteral("day"), QStringLiteral("start"), QStringLiteral("session"),
        QStringLiteral("title"), QStringLiteral("registered"), QStringLiteral("present"),
        QStringLiteral("percent") };
    table.headers
        = { QStringLiteral("Dag"), QStringLiteral("Start"), QStringLiteral("Økt"), QStringLiteral("Tittel"),
              QStringLiteral("Påmeldt"), QStringLiteral("Til stede"), QStringLiteral("Andel %") };
    const auto bySession = presentBySession(presence);
    const int registered = int(attendees.size());
    const int atVenue = int(bySession.value(QString()).size());
    table.rows.append(QVariantList { QString(), QString(), QString(), QStringLiteral("Oppmøte (lokalet)"),
        registered, atVenue, share(atVenue, registered) });
    for (const Day &day : event.days) {
        for (const Session &session : day.sessions) {
            if (session.kind == SessionKind::Break || session.kind == SessionKind::Meal)
                continue;
            const int present = int(bySession.value(session.key).size());
            table.rows.append(QVariantList { day.number, session.start.toString(QStringLiteral("HH:mm")),
                session.key, session.title, registered, present, share(present, registered) });
        }
    }
    return table;
}

ExportTable organisationAttendanceTable(const QList<Attendee> &attendees, const QList<Presence> &presence)
{
    ExportTable table;
    table.name = QStringLiteral("organisationAttendance");
    table.title = QStringLiteral("Oppmøte per organisasjon");
    table.keys = { QStringLiteral("organisation"), QStringLiteral("registered"), QStringLiteral("present"),
        QStringLiteral("percent") };
    table.headers = { QStringLiteral("Organisasjon"), QStringLiteral("Påmeldt"), QStringLiteral("Til stede"),
        QStringLiteral("Andel %") };
    const QSet<QString> atVenue = presentBySession(presence).value(QString());
    struct Count {
        int registered = 0;
        int present = 0;
    };
    QHash<QString, Count> counts;
    for (const Attendee &a : attendees) {
        const QString org = a.organisation.isEmpty() ? QStringLiteral("(uten organisasjon)") : a.organisation;
        Count &count = counts[org];
        ++count.registered;
        count.present += atVenue.contains(a.id);
    }
    QStringList organisations = counts.keys();
    QCollator collator { QLocale(QLocale::NorwegianBokmal) };
    std::sort(organisations.begin(), organisations.end(), collator);
    for (const QString &org : organisations) {
        const Count &c = counts[org];
        table.rows.append(QVariantList { org, c.registered, c.present, share(c.present, c.registered) });
    }
    return table;
}

ExportTable groupListsTable(
    const Event &event, const QList<Attendee> &attendees, const QList<Assignment> &assignments)
{
    ExportTable table;
    table.name = QStringLiteral("groups");
    table.title = QStringLiteral("Grupper");
    table.keys = { QStringLiteral("slot"), QStringLiteral("slotTitle"), QStringLiteral("group"),
        QStringLiteral("groupName"), QStringLiteral("room"), QStringLiteral("attendeeId"),
        QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("organisation"),
        QStringLiteral("fixed") };
    table.headers = { QStringLiteral("Økt"), QStringLiteral("Økttittel"), QStringLiteral("Gruppe"),
        QStringLiteral("Gruppenavn"), QStringLiteral("Rom"), QStringLiteral("ID"), QStringLiteral("Fornavn"),
        QStringLiteral("Etternavn"), QStringLiteral("Organisasjon"), QStringLiteral("Fast plass") };
    QHash<QString, const Attendee *> byId;
    for (const Attendee &a : attendees)
        byId.insert(a.id, &a);
    QCollator collator { QLocale(QLocale::NorwegianBokmal) };

    // Slots in programme order, groups in number order.
    QHash<QString, int> slotOrder, groupOrder;
    int order = 0;
    for (const Session *slot : event.groupWorkSlots()) {
        slotOrder.insert(slot->key, order++);
        for (const Group &g : slot->groups)
            groupOrder.insert(g.key, g.number);
    }
    QList<const Assignment *> sorted;
    for (const Assignment &a : assignments)
        sorted.append(&a);
    std::sort(sorted.begin(), sorted.end(), [&](const Assignment *x, const Assignment *y) {
        const int sx = slotOrder.value(x->slotKey, order), sy = slotOrder.value(y->slotKey, order);
        if (sx != sy)
            return sx < sy;
        const int gx = groupOrder.value(x->groupKey), gy = groupOrder.value(y->groupKey);
        if (gx != gy || x->groupKey != y->groupKey)
            return gx != gy ? gx < gy : x->groupKey < y->groupKey;
        if (x->fixed != y->fixed)
            return x->fixed; // facilitators first
        const Attendee *ax = byId.value(x->attendeeId), *ay = byId.value(y->attendeeId);
        const QString lx = ax ? ax->lastName + u' ' + ax->firstName : x->attendeeId;
        const QString ly = ay ? ay->lastName + u' ' + ay->firstName : y->attendeeId;
        return collator.compare(lx, ly) < 0;
    });
    for (const Assignment *a : sorted) {
        const Session *slot = event.session(a->slotKey);
        const auto group = event.group(a->groupKey);
        const Attendee *person = byId.value(a->attendeeId);
        table.rows.append(QVariantList { a->slotKey, slot ? slot->title : QString(), a->groupKey,
            group ? group->name : QString(), group ? group->room : QString(), a->attendeeId,
            person ? person->firstName : QString(), person ? person->lastName : QString(),
            person ? person->organisation : QString(), a->fixed });
    }
    return table;
}

} // namespace oppmote::io
