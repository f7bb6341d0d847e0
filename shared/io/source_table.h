#pragma once
// A table as read from an attendee file, before any meaning is given to its
// columns: the header cells and the data rows, each with the line (CSV) or
// row number (XLSX) it came from, so every report can point at the source.

#include <QList>
#include <QString>
#include <QStringList>

namespace oppmote::io {

struct SourceRow {
    int line = 0; // 1-based line (CSV, where the record starts) or sheet row (XLSX)
    QStringList cells;
};

struct SourceTable {
    QStringList headers;
    int headerLine = 0;
    QList<SourceRow> rows;
    QChar separator; // CSV only
    QString format; // human description: "CSV, UTF-8 with BOM, separator ';'" / "XLSX, sheet 'Deltakere'"
};

} // namespace oppmote::io
