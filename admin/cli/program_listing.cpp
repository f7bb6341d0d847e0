#include "program_listing.h"

#include "command.h"
#include "domain/plain_text.h"
#include "output.h"

#include <QJsonArray>

namespace oppmote::cli {

namespace {

QString cut(const QString &text, int length)
{
    const QString plain = shownText(text).simplified();
    return plain.size() <= length ? plain : plain.left(length - 1).trimmed() + QStringLiteral("…");
}

QString groupText(const Group &g)
{
    QString text = shownText(g.name).trimmed();
    if (!g.theme.isEmpty())
        text += QStringLiteral(": ") + cut(g.theme, 50);
    QStringList where;
    if (!g.room.isEmpty())
        where << shownText(g.room);
    if (g.capacity > 0)
        where << tr("capacity %1").arg(g.capacity);
    if (!where.isEmpty())
        text += QStringLiteral(" (%1)").arg(where.join(QStringLiteral(", ")));
    return text;
}

} // namespace

QString sessionLabel(const Session &session)
{
    return cut(session.title, 60);
}

QString sessionKindLabel(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Registration:
        return tr("registration");
    case SessionKind::Plenary:
        return tr("plenary");
    case SessionKind::Break:
        return tr("break");
    case SessionKind::GroupWork:
        return tr("group work");
    case SessionKind::Meal:
        return tr("meal");
    case SessionKind::Other:
        return tr("other");
    }
    return tr("other");
}

void printProgram(QTextStream &out, const Event &event)
{
    out << shownText(event.name);
    if (!event.place.isEmpty())
        out << QStringLiteral(" (%1)").arg(shownText(event.place));
    out << '\n';
    for (const Day &day : event.days) {
        out << '\n' << shownText(day.heading);
        if (day.date.isValid())
            out << QStringLiteral(" (%1)").arg(day.date.toString(Qt::ISODate));
        if (!day.title.isEmpty())
            out << QStringLiteral(": ") << cut(day.title, 70);
        out << '\n';
        QList<QStringList> rows;
        for (const Session &s : day.sessions) {
            rows.append({ s.key, s.start.toString(QStringLiteral("HH:mm")), sessionKindLabel(s.kind),
                sessionLabel(s) });
            for (const Group &g : s.groups)
                rows.append({ QStringLiteral("  ") + g.key, QString(), QString(), groupText(g) });
        }
        printTable(out, { tr("Key"), tr("Start"), tr("Kind"), tr("Title") }, rows);
    }
    out.flush();
}

QJsonObject programJson(const Event &event)
{
    QJsonArray days;
    for (const Day &day : event.days) {
        QJsonArray sessions;
        for (const Session &s : day.sessions) {
            QJsonArray groups;
            for (const Group &g : s.groups)
                groups.append(QJsonObject { { QStringLiteral("key"), g.key },
                    { QStringLiteral("name"), g.name }, { QStringLiteral("theme"), g.theme },
                    { QStringLiteral("room"), g.room }, { QStringLiteral("capacity"), g.capacity },
                    { QStringLiteral("cases"), int(g.cases.size()) } });
            QJsonArray speakers;
            for (const Person &p : s.speakers)
                speakers.append(QJsonObject { { QStringLiteral("name"), p.name },
                    { QStringLiteral("role"), p.role }, { QStringLiteral("organisation"), p.organisation } });
            sessions.append(QJsonObject { { QStringLiteral("key"), s.key },
                { QStringLiteral("start"), s.start.toString(QStringLiteral("HH:mm")) },
                { QStringLiteral("end"), s.end.toString(QStringLiteral("HH:mm")) },
                { QStringLiteral("kind"), sessionKindName(s.kind) }, { QStringLiteral("title"), s.title },
                { QStringLiteral("speakers"), speakers }, { QStringLiteral("mixedGroups"), s.mixedGroups },
                { QStringLiteral("groups"), groups } });
        }
        days.append(QJsonObject { { QStringLiteral("number"), day.number },
            { QStringLiteral("date"), day.date.toString(Qt::ISODate) },
            { QStringLiteral("heading"), day.heading }, { QStringLiteral("title"), day.title },
            { QStringLiteral("sessions"), sessions } });
    }
    return QJsonObject { { QStringLiteral("name"), event.name }, { QStringLiteral("place"), event.place },
        { QStringLiteral("days"), days } };
}

} // namespace oppmote::cli
