// oppmote attendees [list|generate N]: the roster.

#include "command.h"
#include "output.h"
#include "roster.h"
#include "sample/attendee_generator.h"
#include "store_options.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace oppmote::cli {

namespace {

QJsonObject attendeeJson(const Attendee &a, bool checkedIn)
{
    return QJsonObject { { QStringLiteral("id"), a.id }, { QStringLiteral("firstName"), a.firstName },
        { QStringLiteral("lastName"), a.lastName }, { QStringLiteral("organisation"), a.organisation },
        { QStringLiteral("role"), a.role }, { QStringLiteral("email"), a.email },
        { QStringLiteral("phone"), a.phone }, { QStringLiteral("type"), attendeeTypeName(a.type) },
        { QStringLiteral("preferences"), QJsonArray::fromStringList(a.preferences) },
        { QStringLiteral("consent"), a.consent }, { QStringLiteral("token"), a.token },
        { QStringLiteral("fixedGroup"), a.fixedGroup }, { QStringLiteral("checkedIn"), checkedIn } };
}

int generate(Context &ctx, QCommandLineParser &parser, Store &store, const QStringList &args)
{
    bool ok = false;
    const int count = args.value(1).toInt(&ok);
    if (!ok || count < 1 || count > AttendeeGenerator::kMaxCount) {
        ctx.err << tr("oppmote attendees generate: give a number of people from 1 to %1.")
                       .arg(AttendeeGenerator::kMaxCount)
                << Qt::endl;
        return Usage;
    }
    auto event = store.program();
    if (!event.ok())
        return fail(ctx, event.error());
    const quint64 seed = parser.value(QStringLiteral("seed")).isEmpty()
        ? 2017
        : parser.value(QStringLiteral("seed")).toULongLong();
    QList<Attendee> people = AttendeeGenerator(seed).generate(event.value(), count);
    assignMissingTokens(people);
    auto counts = store.upsertAttendees(people);
    if (!counts.ok())
        return fail(ctx, counts.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson(ctx.out,
            QJsonDocument(QJsonObject { { QStringLiteral("added"), counts->added },
                { QStringLiteral("updated"), counts->updated } }));
    else
        ctx.out << tr("%1 fictional attendees added, %2 updated.").arg(counts->added).arg(counts->updated)
                << Qt::endl;
    return Success;
}

int list(Context &ctx, QCommandLineParser &parser, Store &store)
{
    auto people = store.attendees();
    if (!people.ok())
        return fail(ctx, people.error());
    auto checkedIn = store.checkedInAttendeeIds(QString());
    if (!checkedIn.ok())
        return fail(ctx, checkedIn.error());
    const QSet<QString> in(checkedIn->begin(), checkedIn->end());
    const QString org = parser.value(QStringLiteral("organisation"));
    const bool onlyIn = parser.isSet(QStringLiteral("checked-in"));
    const bool onlyOut = parser.isSet(QStringLiteral("not-checked-in"));

    QJsonArray json;
    QList<QStringList> rows;
    for (const Attendee &a : people.value()) {
        const bool isIn = in.contains(a.id);
        if ((!org.isEmpty() && a.organisation.compare(org, Qt::CaseInsensitive) != 0) || (onlyIn && !isIn)
            || (onlyOut && isIn))
            continue;
        json.append(attendeeJson(a, isIn));
        rows.append(
            { a.fullName(), a.organisation, attendeeTypeName(a.type), isIn ? tr("yes") : QString(), a.id });
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(ctx.out, QJsonDocument(json));
    else {
        printTable(ctx.out, { tr("Name"), tr("Organisation"), tr("Type"), tr("Checked in"), tr("Id") }, rows);
        ctx.out << tr("%1 people.").arg(rows.size()) << Qt::endl;
    }
    return Success;
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    parser.addOption(
        { QStringLiteral("organisation"), tr("Only this organisation."), QStringLiteral("name") });
    parser.addOption({ QStringLiteral("checked-in"), tr("Only those checked in at the venue.") });
    parser.addOption({ QStringLiteral("not-checked-in"), tr("Only those not checked in yet.") });
    parser.addOption({ QStringLiteral("seed"), tr("generate: the random seed (same seed, same people)."),
        QStringLiteral("n") });
    parser.addPositionalArgument(QStringLiteral("action"),
        tr("list (default), or generate N: add N fictional attendees for the event."));
    if (int code
        = parseArguments(parser, ctx, QStringLiteral("attendees"), tr("List or generate the roster."));
        code >= 0)
        return code;

    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    if (action != QLatin1String("list") && action != QLatin1String("generate")) {
        ctx.err << tr("oppmote attendees: unknown action «%1» (list, generate).").arg(action) << Qt::endl;
        return Usage;
    }
    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    return action == QLatin1String("generate") ? generate(ctx, parser, *store, args)
                                               : list(ctx, parser, *store);
}
} // namespace

Command attendeesCommand()
{
    return { "attendees", QT_TRANSLATE_NOOP("cli", "List the roster, or generate a fictional one"), run };
}

} // namespace oppmote::cli
