#pragma once
// The organisers' reports, read from a store and written to a file: the
// participant list, attendance per session (the venue per day first) and
// per organisation, and the group lists, as CSV, XLSX, JSON or PDF. The CLI's
// `export` and the desk's Reports page call these; the tables themselves are
// io/export_tables.h.

#include "domain/result.h"
#include "io/csv_style.h"
#include "io/export_table.h"
#include "store/store.h"

#include <QList>
#include <QString>

#include <optional>

namespace oppmote::reports {

enum class ReportKind { Attendees, Sessions, Organisations, Groups, All };
std::optional<ReportKind> reportKindFromName(const QString &name); // "attendees", …, "all"
QString reportKindName(ReportKind kind);

enum class ReportFormat { Csv, Xlsx, Json, Pdf };
std::optional<ReportFormat> reportFormatFromName(const QString &name); // "csv", "xlsx", "json", "pdf"
QString reportFormatSuffix(ReportFormat format);

// The tables of `kind`; `slotKey` limits the group lists to one group-work
// slot (NotFound when the programme has no such session).
Result<QList<io::ExportTable>> buildReport(Store &store, ReportKind kind, const QString &slotKey = {});

// The bytes of a CSV (the first table) or JSON file.
QByteArray reportBytes(const QList<io::ExportTable> &tables, ReportFormat format, const io::CsvStyle &style);

// Writes the file whole or not at all (CSV and JSON through QSaveFile);
// `title` heads a PDF. Returns the number of rows written.
Result<int> writeReport(const QString &path, const QList<io::ExportTable> &tables, ReportFormat format,
    const io::CsvStyle &style = io::CsvStyle::norwegianExcel(), const QString &title = {});

} // namespace oppmote::reports
