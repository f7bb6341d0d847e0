// oppmote privacy [status | retain DATE|none | purge | export WHO -o FILE]:
// personal data after the event (docs/privacy.md). The rules (no purge before
// the retention date, what a person's record holds) are reports/privacy.h.

#include "attendee_lookup.h"
#include "command.h"
#include "output.h"
#include "reports/privacy.h"
#include "store_options.h"

#include <QJsonDocument>
#include <QLocale>

namespace oppmote::cli {

namespace {

int status(Context &ctx, Store &store)
{
    auto state = reports::privacyState(store);
    if (!state.ok())
        return fail(ctx, state.error());
    if (state->retainUntil.isValid())
        ctx.out << tr("Personal data is kept until %1.")
                       .arg(QLocale().toString(state->retainUntil, QLocale::ShortFormat))
                << Qt::endl;
    else
        ctx.out << tr("No retention date is set: personal data is kept until it is purged.") << Qt::endl;
    if (state->purgedAt.isValid())
        ctx.out << tr("Purged on %1: names, contact details and codes are gone; the counts remain.")
                       .arg(QLocale().toString(state->purgedAt.toLocalTime(), QLocale::ShortFormat))
                << Qt::endl;
    return Success;
}

int retain(Context &ctx, Store &store, const QString &when)
{
    QDate date;
    if (when != QLatin1String("none")) {
        date = QDate::fromString(when, Qt::ISODate);
        if (!date.isValid())
            date = QLocale().toDate(when, QLocale::ShortFormat);
        if (!date.isValid()) {
            ctx.err << tr("oppmote privacy retain: «%1» is not a date (e.g. 2027-03-01).").arg(when)
                    << Qt::endl;
            return Usage;
        }
    }
    if (auto s = reports::setRetentionDate(store, date); !s.ok())
        return fail(ctx, s.error());
    return status(ctx, store);
}

int exportPerson(Context &ctx, Store &store, const QString &who, const QString &out)
{
    auto person = findAttendee(store, who);
    if (!person.ok())
        return fail(ctx, person.error());
    auto record = reports::personalRecord(store, person->id);
    if (!record.ok())
        return fail(ctx, record.error());
    if (out.isEmpty()) {
        ctx.out << QString::fromUtf8(QJsonDocument(record.value()).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (auto s = reports::writePersonalRecord(out, record.value()); !s.ok())
        return fail(ctx, s.error());
    ctx.out << tr("Everything held about %1 is written to %2.").arg(personLabel(person.value()), out)
            << Qt::endl;
    return Success;
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("out") },
        tr("export: the file to write (default: standard output)."), QStringLiteral("file") });
    parser.addPositionalArgument(QStringLiteral("action"),
        tr("status (default); retain DATE or none: keep personal data until then; purge: delete names, "
           "contact details and codes once that date has passed; export WHO: everything held about one "
           "person, as JSON."));
    if (int code = parseArguments(parser, ctx, QStringLiteral("privacy"),
            tr("Personal data after the event: the retention date, the purge and one person's record."));
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("status"));
    static const QStringList kActions { QStringLiteral("status"), QStringLiteral("retain"),
        QStringLiteral("purge"), QStringLiteral("export") };
    if (!kActions.contains(action)) {
        ctx.err << tr("oppmote privacy: unknown action «%1» (status, retain, purge, export).").arg(action)
                << Qt::endl;
        return Usage;
    }
    const QString rest = args.mid(1).join(QLatin1Char(' ')).simplified();
    if ((action == QLatin1String("retain") || action == QLatin1String("export")) && rest.isEmpty()) {
        ctx.err << (action == QLatin1String("retain") ? tr("oppmote privacy retain: give a date, or none.")
                                                      : tr("oppmote privacy export: name the person."))
                << Qt::endl;
        return Usage;
    }
    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    if (action == QLatin1String("retain"))
        return retain(ctx, *store, rest);
    if (action == QLatin1String("export"))
        return exportPerson(ctx, *store, rest, parser.value(QStringLiteral("out")));
    if (action == QLatin1String("purge")) {
        if (auto s = reports::purgeAfterRetention(*store); !s.ok())
            return fail(ctx, s.error());
    }
    return status(ctx, *store);
}

} // namespace

Command privacyCommand()
{
    return { "privacy",
        QT_TRANSLATE_NOOP("cli", "Personal data after the event: retention date, purge, one person's record"),
        run };
}

} // namespace oppmote::cli
