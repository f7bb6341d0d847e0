#pragma once
// An attendee file on disk → SourceTable → import plan. Chooses the reader
// from the content (a zip is XLSX, anything else is read as CSV text),
// refuses files over kMaxImportFileBytes before reading them.

#include "domain/attendee.h"
#include "domain/result.h"
#include "io/attendee_import_plan.h"
#include "io/column_mapping.h"
#include "io/csv_reader.h"
#include "io/source_table.h"

namespace oppmote::io {

// 20,000 attendees make a CSV of about 3 MB; a file many times that size is
// not an attendee list, and refusing it at once beats minutes of parsing.
constexpr qint64 kMaxImportFileBytes = 20LL * 1024 * 1024;

struct ImportOptions {
    CsvOptions csv;
    SavedMapping mapping;
    qint64 maxFileBytes = kMaxImportFileBytes;
};

Result<SourceTable> readAttendeeTable(const QString &path, const ImportOptions &options = {});

struct FilePlan {
    SourceTable table; // what was read (format, headers)
    ColumnMapping mapping; // how its columns were understood
    ImportPlan plan;
};

// Reads, maps and plans. An error means nothing can be imported from the
// file (unreadable, no name column, no data rows); row problems are in the plan.
Result<FilePlan> planImportFromFile(const QString &path, const QList<Attendee> &existing,
    const ImportOptions &options = {}, const PlanOptions &planOptions = {});

} // namespace oppmote::io
