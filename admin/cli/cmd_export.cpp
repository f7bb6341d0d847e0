// oppmote export TABLE --format csv|xlsx|json: attendees, attendance per
// session and per organisation, and group lists, for the organisers'
// spreadsheets. The tables are built by io/export_tables.h from store data.

#include "command.h"
#include "io/csv_style.h"
#include "io/export_table.h"
#include "io/export_tables.h"
#include "output.h"
#include "store_options.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace oppmote::cli {

namespace {

const QStringList kTables { QStringLiteral("attendees"), QStringLiteral("sessions"),
    QStringLiteral("organisations"), QStringLiteral("groups"), QStringLiteral("all") };

// Everyone present at the venue and at each session of the programme.
Result<QList<io::Presence>> presence(Store &store, const Event &event)
{
    QList<io::Presence> list;
    QStringList keys { QString() };
    for (const Day &day : event.days)
        for (const Session &s : day.sessions)
            keys.append(s.key);
    for (const QString &key : keys) {
        auto ids = store.checkedInAttendeeIds(key);
        if (!ids.ok())
            return ids.error();
        for (const QString &id : ids.value())
            list.append({ id, key });
    }
    return list;
}

Result<QList<io::ExportTable>> buildTables(Store &store, const QString &which, const QString &slot)
{
    auto people = store.attendees();
    if (!people.ok())
        return people.error();
    auto event = store.program();
    if (!event.ok())
        return event.error();
    const bool all = which == QLatin1String("all");
    QList<io::ExportTable> tables;
    if (all || which == QLatin1String("attendees"))
        tables.append(io::attendeesTable(people.value()));
    if (all || which == QLatin1String("sessions") || which == QLatin1String("organisations")) {
        auto present = presence(store, event.value());
        if (!present.ok())
            return present.error();
        if (all || which == QLatin1String("sessions"))
            tables.append(io::sessionAttendanceTable(event.value(), people.value(), present.value()));
        if (all || which == QLatin1String("organisations"))
            tables.append(io::organisationAttendanceTable(people.value(), present.value()));
    }
    if (all || which == QLatin1String("groups")) {
        if (!slot.isEmpty() && !event->session(slot))
            return makeError(ErrorCode::NotFound, tr("The programme has no session «%1».").arg(slot));
        auto assigned = store.assignments(slot);
        if (!assigned.ok())
            return assigned.error();
        tables.append(io::groupListsTable(event.value(), people.value(), assigned.value()));
    }
    return tables;
}

Status writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2.").arg(path, file.errorString()));
    return Ok {};
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption({ QStringLiteral("format"), tr("csv, xlsx or json."), QStringLiteral("format") });
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("out") },
        tr("The file to write (default: standard output; xlsx needs a file)."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("slot"), tr("groups: only this group-work slot (e.g. d1-1400)."),
        QStringLiteral("key") });
    parser.addOption({ QStringLiteral("separator"),
        tr("csv: ';' (default, Norwegian Excel), ',' (English spreadsheets) or 'tab'."),
        QStringLiteral("sep") });
    parser.addOption({ QStringLiteral("decimal"),
        tr("csv: the decimal mark, ',' or '.'; default ',' with ';' (Norwegian Excel), else '.'."),
        QStringLiteral("mark") });
    parser.addPositionalArgument(QStringLiteral("table"),
        tr("attendees, sessions (attendance per session), organisations (attendance per "
           "organisation), groups (group lists), or all (xlsx and json only)."));
    if (int code = parseArguments(parser, ctx, QStringLiteral("export"),
            tr("Export attendees, attendance or group lists as CSV, XLSX or JSON."));
        code >= 0)
        return code;

    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || !kTables.contains(args.front())) {
        ctx.err << tr("oppmote export: name one table: %1.").arg(kTables.join(QStringLiteral(", ")))
                << Qt::endl;
        return Usage;
    }
    const QString which = args.front();
    const auto format = io::exportFormatFromName(parser.value(QStringLiteral("format")));
    if (!format) {
        ctx.err << tr("oppmote export: --format csv, xlsx or json.") << Qt::endl;
        return Usage;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (*format == io::ExportFormat::Xlsx && out.isEmpty()) {
        ctx.err << tr("oppmote export: an XLSX file needs -o FILE.") << Qt::endl;
        return Usage;
    }
    if (*format == io::ExportFormat::Csv && which == QLatin1String("all")) {
        ctx.err << tr("oppmote export: CSV holds one table; name it, or use xlsx or json for all.")
                << Qt::endl;
        return Usage;
    }

    io::CsvStyle style = io::CsvStyle::norwegianExcel();
    if (parser.isSet(QStringLiteral("separator")) || parser.isSet(QStringLiteral("decimal"))) {
        if (*format != io::ExportFormat::Csv) {
            ctx.err << tr(
                "oppmote export: --separator and --decimal are for CSV; XLSX and JSON keep numbers as "
                "numbers.")
                    << Qt::endl;
            return Usage;
        }
        const QString sep = parser.value(QStringLiteral("separator"));
        if (parser.isSet(QStringLiteral("separator")))
            style.separator = sep == QLatin1String("tab") || sep == QLatin1String("\t") ? QChar(u'\t')
                : sep.size() == 1                                                       ? sep.front()
                                                                                        : QChar();
        style.decimalPoint = style.separator == u';' ? u',' : u'.';
        if (parser.isSet(QStringLiteral("decimal"))) {
            const QString mark = parser.value(QStringLiteral("decimal"));
            style.decimalPoint = mark.size() == 1 ? mark.front() : QChar();
        }
        if (!style.valid()) {
            ctx.err << tr(
                "oppmote export: the separator is ';', ',' or 'tab', the decimal mark ',' or '.', and "
                "not both ','.")
                    << Qt::endl;
            return Usage;
        }
    }

    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    auto tables = buildTables(*store, which, parser.value(QStringLiteral("slot")));
    if (!tables.ok())
        return fail(ctx, tables.error());

    if (*format == io::ExportFormat::Xlsx) {
        if (auto s = io::writeXlsx(out, tables.value()); !s.ok())
            return fail(ctx, s.error());
    } else {
        const QByteArray bytes = *format == io::ExportFormat::Csv ? io::toCsv(tables->front(), style)
                                                                  : io::toJson(tables.value());
        if (out.isEmpty()) {
            // Bytes as they are (the CSV's BOM and CRLF included) when the stream has a device.
            ctx.out.flush();
            if (ctx.out.device())
                ctx.out.device()->write(bytes);
            else
                ctx.out << QString::fromUtf8(bytes);
            return Success;
        }
        if (auto s = writeBytes(out, bytes); !s.ok())
            return fail(ctx, s.error());
    }
    int rows = 0;
    for (const io::ExportTable &t : tables.value())
        rows += int(t.rows.size());
    ctx.out << tr("%1 rows written to %2.").arg(rows).arg(out) << Qt::endl;
    return Success;
}

} // namespace

Command exportCommand()
{
    return { "export",
        QT_TRANSLATE_NOOP("cli", "Export attendees, attendance or group lists (CSV, XLSX, JSON)"), run };
}

} // namespace oppmote::cli
