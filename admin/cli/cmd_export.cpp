// oppmote export TABLE --format csv|xlsx|json|pdf: attendees, attendance per
// session and per organisation, and group lists, for the organisers'
// spreadsheets and printouts. reports/report_builder.h builds and writes them.

#include "command.h"
#include "io/csv_style.h"
#include "output.h"
#include "reports/report_builder.h"
#include "store_options.h"

#include <QCoreApplication>
#include <QIODevice>

namespace oppmote::cli {

namespace {

const QStringList kTables { QStringLiteral("attendees"), QStringLiteral("sessions"),
    QStringLiteral("organisations"), QStringLiteral("groups"), QStringLiteral("all") };

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption({ QStringLiteral("format"), tr("csv, xlsx, json or pdf."), QStringLiteral("format") });
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("out") },
        tr("The file to write (default: standard output; xlsx and pdf need a file)."),
        QStringLiteral("file") });
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
           "organisation), groups (group lists), or all (xlsx, json and pdf only)."));
    if (int code = parseArguments(parser, ctx, QStringLiteral("export"),
            tr("Export attendees, attendance or group lists as CSV, XLSX, JSON or PDF."));
        code >= 0)
        return code;

    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || !kTables.contains(args.front())) {
        ctx.err << tr("oppmote export: name one table: %1.").arg(kTables.join(QStringLiteral(", ")))
                << Qt::endl;
        return Usage;
    }
    const reports::ReportKind which = *reports::reportKindFromName(args.front());
    const auto format = reports::reportFormatFromName(parser.value(QStringLiteral("format")));
    if (!format) {
        ctx.err << tr("oppmote export: --format csv, xlsx, json or pdf.") << Qt::endl;
        return Usage;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if ((*format == reports::ReportFormat::Xlsx || *format == reports::ReportFormat::Pdf) && out.isEmpty()) {
        ctx.err << tr("oppmote export: an XLSX or PDF file needs -o FILE.") << Qt::endl;
        return Usage;
    }
    if (*format == reports::ReportFormat::Csv && which == reports::ReportKind::All) {
        ctx.err << tr("oppmote export: CSV holds one table; name it, or use xlsx or json for all.")
                << Qt::endl;
        return Usage;
    }

    io::CsvStyle style = io::CsvStyle::norwegianExcel();
    if (parser.isSet(QStringLiteral("separator")) || parser.isSet(QStringLiteral("decimal"))) {
        if (*format != reports::ReportFormat::Csv) {
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
    auto tables = reports::buildReport(*store, which, parser.value(QStringLiteral("slot")));
    if (!tables.ok())
        return fail(ctx, tables.error());

    if (out.isEmpty()) {
        // Bytes as they are (the CSV's BOM and CRLF included) when the stream has a device.
        const QByteArray bytes = reports::reportBytes(tables.value(), *format, style);
        ctx.out.flush();
        if (ctx.out.device())
            ctx.out.device()->write(bytes);
        else
            ctx.out << QString::fromUtf8(bytes);
        return Success;
    }
    auto title = store->meta(QStringLiteral("event_name"));
    auto rows
        = reports::writeReport(out, tables.value(), *format, style, title.ok() ? title.value() : QString());
    if (!rows.ok())
        return fail(ctx, rows.error());
    ctx.out << tr("%1 rows written to %2.").arg(rows.value()).arg(out) << Qt::endl;
    return Success;
}

} // namespace

Command exportCommand()
{
    return { "export",
        QT_TRANSLATE_NOOP("cli", "Export attendees, attendance or group lists (CSV, XLSX, JSON, PDF)"), run };
}

} // namespace oppmote::cli
