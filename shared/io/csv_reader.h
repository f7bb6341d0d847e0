#pragma once
// CSV as spreadsheets and registration systems write it: separator `;`, `,`
// or tab sniffed from the header line (or given), an Excel `sep=;` first
// line, quoted fields with separators, doubled quotes and line breaks,
// CR / LF / CRLF line ends, blank rows skipped. Every row keeps the line
// number where it starts.

#include "domain/result.h"
#include "io/source_table.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace oppmote::io {

struct CsvOptions {
    std::optional<QChar> separator; // override: ';', ',' or '\t'; otherwise sniffed
};

// Among `;`, tab and `,` (only those), the one found most often outside
// quotes in the line; ties go in that order; none found gives ','.
QChar sniffSeparator(QStringView headerLine);

// Parses decoded text. Errors: an unterminated quote (with the line where it
// opened), no header line.
Result<SourceTable> readCsv(const QString &text, const CsvOptions &options = {});

// decodeText() then readCsv(); the table's format names the encoding found.
Result<SourceTable> readCsvBytes(const QByteArray &bytes, const CsvOptions &options = {});

} // namespace oppmote::io
