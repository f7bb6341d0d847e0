// oppmote attendance [--session KEY]: attendance per day and per session, from the log.

#include "command.h"
#include "output.h"
#include "store_options.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace oppmote::cli {

namespace {

QJsonObject figuresJson(const AttendanceFigures &f)
{
    return { { QStringLiteral("expected"), f.expected }, { QStringLiteral("arrived"), f.arrived },
        { QStringLiteral("walkIns"), f.walkIns }, { QStringLiteral("notYet"), f.notYet },
        { QStringLiteral("noShows"), f.noShows }, { QStringLiteral("duplicates"), f.duplicates },
        { QStringLiteral("present"), f.present } };
}

int sessionDetail(Context &ctx, Store &store, const QString &key, bool json)
{
    auto event = store.program();
    if (!event.ok())
        return fail(ctx, event.error());
    const Session *session = event->session(key);
    if (!session)
        return fail(ctx, makeError(ErrorCode::NotFound, tr("The programme has no session «%1».").arg(key)));
    auto ids = store.checkedInAttendeeIds(key);
    if (!ids.ok())
        return fail(ctx, ids.error());
    auto people = store.attendees();
    if (!people.ok())
        return fail(ctx, people.error());
    const QSet<QString> in(ids->begin(), ids->end());
    QJsonArray list;
    QList<QStringList> rows;
    for (const Attendee &a : people.value()) {
        if (!in.contains(a.id))
            continue;
        list.append(QJsonObject { { QStringLiteral("id"), a.id }, { QStringLiteral("name"), a.fullName() },
            { QStringLiteral("organisation"), a.organisation } });
        rows.append({ a.fullName(), a.organisation });
    }
    if (json) {
        printJson(ctx.out,
            QJsonDocument(QJsonObject { { QStringLiteral("session"), key },
                { QStringLiteral("title"), session->title },
                { QStringLiteral("checkedIn"), int(rows.size()) }, { QStringLiteral("attendees"), list } }));
    } else {
        ctx.out << session->start.toString(QStringLiteral("HH:mm")) << QLatin1Char(' ') << session->title
                << Qt::endl;
        printTable(ctx.out, { tr("Name"), tr("Organisation") }, rows);
        ctx.out << tr("%1 checked in.").arg(rows.size()) << Qt::endl;
    }
    return Success;
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    parser.addOption({ QStringLiteral("session"), tr("Who attended this session (key, e.g. d1-1400)."),
        QStringLiteral("key") });
    if (int code = parseArguments(parser, ctx, QStringLiteral("attendance"),
            tr("Attendance per day and per session, derived from the check-in log."));
        code >= 0)
        return code;
    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("session")))
        return sessionDetail(ctx, *store, parser.value(QStringLiteral("session")), json);

    auto rows = store->attendance();
    if (!rows.ok())
        return fail(ctx, rows.error());
    auto days = store->dayAttendance();
    if (!days.ok())
        return fail(ctx, days.error());
    auto total = store->attendeeCount();
    if (!total.ok())
        return fail(ctx, total.error());
    if (json) {
        QJsonArray sessions;
        for (const SessionAttendance &r : rows.value()) {
            QJsonObject o = figuresJson(r.figures);
            o.insert(QStringLiteral("session"), r.sessionKey);
            o.insert(QStringLiteral("title"), r.title);
            o.insert(QStringLiteral("day"), r.day);
            o.insert(QStringLiteral("dayNumber"), r.dayNumber);
            o.insert(QStringLiteral("starts"), r.starts);
            o.insert(QStringLiteral("checkedIn"), r.checkedIn);
            o.insert(QStringLiteral("atDoor"), r.present);
            sessions.append(o);
        }
        QJsonArray perDay;
        for (const DayAttendance &d : days.value()) {
            QJsonObject o = figuresJson(d.figures);
            o.insert(QStringLiteral("day"), d.dayNumber);
            o.insert(QStringLiteral("date"), d.date.toString(Qt::ISODate));
            o.insert(QStringLiteral("heading"), d.heading);
            perDay.append(o);
        }
        printJson(ctx.out,
            QJsonDocument(QJsonObject { { QStringLiteral("registered"), total.value() },
                { QStringLiteral("days"), perDay }, { QStringLiteral("sessions"), sessions } }));
        return Success;
    }
    QList<QStringList> dayTable;
    for (const DayAttendance &d : days.value())
        dayTable.append({ d.heading, QString::number(d.figures.expected), QString::number(d.figures.arrived),
            QString::number(d.figures.walkIns), QString::number(d.figures.present),
            QString::number(d.figures.notYet), QString::number(d.figures.noShows),
            QString::number(d.figures.duplicates) });
    printTable(ctx.out,
        { tr("Day"), tr("Expected"), tr("Arrived"), tr("Walk-ins"), tr("Present"), tr("Not yet"),
            tr("No-shows"), tr("Admitted twice") },
        dayTable);
    ctx.out << Qt::endl;
    QList<QStringList> table;
    for (const SessionAttendance &r : rows.value()) {
        if (r.sessionKey.isEmpty())
            continue; // the venue is the table above
        table.append({ r.sessionKey, r.starts, r.title.left(50), QString::number(r.figures.expected),
            QString::number(r.figures.arrived), QString::number(r.checkedIn),
            QString::number(r.figures.notYet), QString::number(r.figures.noShows) });
    }
    printTable(ctx.out,
        { tr("Session"), tr("Time"), tr("Title"), tr("Expected"), tr("Arrived"), tr("At the door"),
            tr("Not yet"), tr("No-shows") },
        table);
    ctx.out << tr("%1 registered.").arg(total.value()) << Qt::endl;
    return Success;
}
} // namespace

Command attendanceCommand()
{
    return { "attendance", QT_TRANSLATE_NOOP("cli", "Attendance per session"), run };
}

} // namespace oppmote::cli
