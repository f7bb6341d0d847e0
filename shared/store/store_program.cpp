// Store: the programme (days, sessions, groups), replaced as a whole on import.

#include "store/store_private.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oppmote {

namespace {

QJsonObject personJson(const Person &p)
{
    return { { QStringLiteral("name"), p.name }, { QStringLiteral("role"), p.role },
        { QStringLiteral("organisation"), p.organisation } };
}

Person personFromJson(const QJsonObject &o)
{
    return Person { o.value(QLatin1String("name")).toString(), o.value(QLatin1String("role")).toString(),
        o.value(QLatin1String("organisation")).toString() };
}

QString toJsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonArray arrayFromText(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).array();
}

} // namespace

Status Store::replaceProgram(const Event &event)
{
    auto &db = d->db;
    sql::WriteTransaction tx(db);
    if (!tx.begun().ok())
        return tx.begun();
    if (auto s = db.exec("DELETE FROM groups; DELETE FROM sessions; DELETE FROM days;"); !s.ok())
        return s;
    for (const auto &[key, value] : { std::pair { "event_name", event.name },
             std::pair { "event_description", event.description }, std::pair { "event_place", event.place } })
        if (auto s = setMeta(QString::fromLatin1(key), value); !s.ok())
            return s;

    sql::Statement insDay(db, "INSERT INTO days(number, date, heading, title) VALUES(?1, ?2, ?3, ?4)");
    sql::Statement insSession(db,
        "INSERT INTO sessions(key, day_number, position, starts, ends, kind, title, "
        "speakers, notes, mixed_groups) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)");
    sql::Statement insGroup(db,
        "INSERT INTO groups(key, session_key, number, name, theme, room, capacity, "
        "min_size, cases) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)");
    for (const Day &day : event.days) {
        insDay.bind(1, day.number)
            .bindOptional(2, day.date.isValid() ? day.date.toString(Qt::ISODate) : QString())
            .bind(3, day.heading)
            .bind(4, day.title);
        if (auto s = insDay.exec(); !s.ok())
            return s;
        int position = 0;
        for (const Session &session : day.sessions) {
            QJsonArray speakers;
            for (const Person &p : session.speakers)
                speakers.append(personJson(p));
            insSession.bind(1, session.key)
                .bind(2, day.number)
                .bind(3, position++)
                .bind(4, session.start.toString(QStringLiteral("HH:mm")))
                .bindOptional(
                    5, session.end.isValid() ? session.end.toString(QStringLiteral("HH:mm")) : QString())
                .bind(6, sessionKindName(session.kind))
                .bind(7, session.title)
                .bind(8, toJsonText(speakers))
                .bind(9, toJsonText(QJsonArray::fromStringList(session.notes)))
                .bind(10, session.mixedGroups);
            if (auto s = insSession.exec(); !s.ok())
                return s;
            for (const Group &group : session.groups) {
                QJsonArray cases;
                for (const GroupCase &c : group.cases)
                    cases.append(QJsonObject { { QStringLiteral("title"), c.title },
                        { QStringLiteral("presenter"), personJson(c.presenter) } });
                insGroup.bind(1, group.key)
                    .bind(2, session.key)
                    .bind(3, group.number)
                    .bind(4, group.name)
                    .bind(5, group.theme)
                    .bind(6, group.room)
                    .bind(7, group.capacity)
                    .bind(8, group.minSize)
                    .bind(9, toJsonText(cases));
                if (auto s = insGroup.exec(); !s.ok())
                    return s;
            }
        }
    }
    return tx.commit();
}

Result<Event> Store::program()
{
    Event event;
    for (auto [key, target] :
        { std::pair { "event_name", &event.name }, std::pair { "event_description", &event.description },
            std::pair { "event_place", &event.place } }) {
        auto v = meta(QString::fromLatin1(key));
        if (!v.ok())
            return v.error();
        *target = v.value();
    }

    sql::Statement days(d->db, "SELECT number, date, heading, title FROM days ORDER BY number");
    while (days.step()) {
        Day day;
        day.number = int(days.integer(0));
        day.date = QDate::fromString(days.text(1), Qt::ISODate);
        day.heading = days.text(2);
        day.title = days.text(3);
        event.days.append(day);
    }
    if (days.error())
        return *days.error();

    sql::Statement sessions(d->db,
        "SELECT key, day_number, starts, ends, kind, title, speakers, notes, "
        "mixed_groups FROM sessions ORDER BY day_number, position");
    while (sessions.step()) {
        Session s;
        s.key = sessions.text(0);
        const int dayNumber = int(sessions.integer(1));
        s.start = QTime::fromString(sessions.text(2), QStringLiteral("HH:mm"));
        s.end = QTime::fromString(sessions.text(3), QStringLiteral("HH:mm"));
        s.kind = sessionKindFromName(sessions.text(4));
        s.title = sessions.text(5);
        for (const auto &v : arrayFromText(sessions.text(6)))
            s.speakers.append(personFromJson(v.toObject()));
        for (const auto &v : arrayFromText(sessions.text(7)))
            s.notes.append(v.toString());
        s.mixedGroups = sessions.integer(8) != 0;
        for (Day &day : event.days)
            if (day.number == dayNumber)
                day.sessions.append(s);
    }
    if (sessions.error())
        return *sessions.error();

    sql::Statement groups(d->db,
        "SELECT key, session_key, number, name, theme, room, capacity, min_size, "
        "cases FROM groups ORDER BY session_key, number");
    while (groups.step()) {
        Group g;
        g.key = groups.text(0);
        const QString sessionKey = groups.text(1);
        g.number = int(groups.integer(2));
        g.name = groups.text(3);
        g.theme = groups.text(4);
        g.room = groups.text(5);
        g.capacity = int(groups.integer(6));
        g.minSize = int(groups.integer(7));
        for (const auto &v : arrayFromText(groups.text(8))) {
            const QJsonObject o = v.toObject();
            g.cases.append(GroupCase { o.value(QLatin1String("title")).toString(),
                personFromJson(o.value(QLatin1String("presenter")).toObject()) });
        }
        for (Day &day : event.days)
            for (Session &s : day.sessions)
                if (s.key == sessionKey)
                    s.groups.append(g);
    }
    if (groups.error())
        return *groups.error();
    return event;
}

} // namespace oppmote
