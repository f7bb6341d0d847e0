#include "reports/report_builder.h"

#include "io/export_pdf.h"
#include "io/export_tables.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace oppmote::reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oppmote::reports", text);
}

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

Status writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2.").arg(path, file.errorString()));
    return Ok {};
}

} // namespace

std::optional<ReportKind> reportKindFromName(const QString &name)
{
    for (ReportKind kind : { ReportKind::Attendees, ReportKind::Sessions, ReportKind::Organisations,
             ReportKind::Groups, ReportKind::All })
        if (reportKindName(kind) == name)
            return kind;
    return std::nullopt;
}

QString reportKindName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Attendees:
        return QStringLiteral("attendees");
    case ReportKind::Sessions:
        return QStringLiteral("sessions");
    case ReportKind::Organisations:
        return QStringLiteral("organisations");
    case ReportKind::Groups:
        return QStringLiteral("groups");
    case ReportKind::All:
        break;
    }
    return QStringLiteral("all");
}

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (ReportFormat format :
        { ReportFormat::Csv, ReportFormat::Xlsx, ReportFormat::Json, ReportFormat::Pdf })
        if (reportFormatSuffix(format) == n)
            return format;
    return std::nullopt;
}

QString reportFormatSuffix(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ReportFormat::Json:
        return QStringLiteral("json");
    case ReportFormat::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}

Result<QList<io::ExportTable>> buildReport(Store &store, ReportKind kind, const QString &slotKey)
{
    auto people = store.attendees();
    if (!people.ok())
        return people.error();
    auto event = store.program();
    if (!event.ok())
        return event.error();
    const bool all = kind == ReportKind::All;
    QList<io::ExportTable> tables;
    if (all || kind == ReportKind::Attendees)
        tables.append(io::attendeesTable(people.value()));
    if (all || kind == ReportKind::Sessions || kind == ReportKind::Organisations) {
        auto present = presence(store, event.value());
        if (!present.ok())
            return present.error();
        if (all || kind == ReportKind::Sessions)
            tables.append(io::sessionAttendanceTable(event.value(), people.value(), present.value()));
        if (all || kind == ReportKind::Organisations)
            tables.append(io::organisationAttendanceTable(people.value(), present.value()));
    }
    if (all || kind == ReportKind::Groups) {
        if (!slotKey.isEmpty() && !event->session(slotKey))
            return makeError(ErrorCode::NotFound, tr("The programme has no session «%1».").arg(slotKey));
        auto assigned = store.assignments(slotKey);
        if (!assigned.ok())
            return assigned.error();
        tables.append(io::groupListsTable(event.value(), people.value(), assigned.value()));
    }
    return tables;
}

QByteArray reportBytes(const QList<io::ExportTable> &tables, ReportFormat format, const io::CsvStyle &style)
{
    if (format == ReportFormat::Csv)
        return tables.isEmpty() ? QByteArray() : io::toCsv(tables.front(), style);
    return io::toJson(tables);
}

Result<int> writeReport(const QString &path, const QList<io::ExportTable> &tables, ReportFormat format,
    const io::CsvStyle &style, const QString &title)
{
    if (format == ReportFormat::Csv && tables.size() != 1)
        return makeError(
            ErrorCode::InvalidInput, tr("A CSV file holds one table; choose one report, or XLSX or PDF."));
    Status written = Ok {};
    switch (format) {
    case ReportFormat::Xlsx:
        written = io::writeXlsx(path, tables);
        break;
    case ReportFormat::Pdf:
        written = io::writePdf(path, title, tables, style.decimalPoint);
        break;
    case ReportFormat::Csv:
    case ReportFormat::Json:
        written = writeBytes(path, reportBytes(tables, format, style));
        break;
    }
    if (!written.ok())
        return written.error();
    int rows = 0;
    for (const io::ExportTable &t : tables)
        rows += int(t.rows.size());
    return rows;
}

} // namespace oppmote::reports
