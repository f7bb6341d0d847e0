// oppmote attendance [--session KEY]: attendance per session, from the log.

#include "command.h"
#include "output.h"
#include "store_options.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace oppmote::cli {

namespace {

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
            tr("Attendance per session, derived from the check-in log."));
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
    auto total = store->attendeeCount();
    if (!total.ok())
        return fail(ctx, total.error());
    if (json) {
        QJsonArray a;
        for (const SessionAttendance &r : rows.value())
            a.append(QJsonObject { { QStringLiteral("session"), r.sessionKey },
                { QStringLiteral("title"), r.title }, { QStringLiteral("day"), r.day },
                { QStringLiteral("starts"), r.starts }, { QStringLiteral("checkedIn"), r.checkedIn },
                { QStringLiteral("present"), r.present } });
        printJson(ctx.out,
            QJsonDocument(QJsonObject {
                { QStringLiteral("registered"), total.value() }, { QStringLiteral("sessions"), a } }));
        return Success;
    }
    QList<QStringList> table;
    for (const SessionAttendance &r : rows.value())
        table.append({ r.sessionKey.isEmpty() ? tr("venue") : r.sessionKey, r.day, r.starts, r.title.left(60),
            QString::number(r.checkedIn), QString::number(r.present) });
    printTable(ctx.out,
        { tr("Session"), tr("Day"), tr("Time"), tr("Title"), tr("Checked in"), tr("Present") }, table);
    ctx.out << tr("%1 registered.").arg(total.value()) << Qt::endl;
    return Success;
}
} // namespace

Command attendanceCommand()
{
    return { "attendance", QT_TRANSLATE_NOOP("cli", "Attendance per session"), run };
}

} // namespace oppmote::cli
