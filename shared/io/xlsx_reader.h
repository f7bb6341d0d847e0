#pragma once
// The first worksheet of an XLSX workbook as a SourceTable. The zip is read
// with minizip (zlib's, the library libxlsxwriter uses; QuaZip bundles its
// own copy under the same symbol names and crashes libxlsxwriter when both
// are loaded) and the parts with QXmlStreamReader: xl/workbook.xml and its
// relationships name the first sheet; cells are shared strings, inline
// strings, plain strings, booleans or numbers (integers written without
// ".0", so phone numbers survive). Row numbers are the sheet's own.

#include "domain/result.h"
#include "io/source_table.h"

#include <QByteArray>
#include <QString>

namespace oppmote::io {

// Spreadsheet-bomb guards, checked while streaming so that nothing accepted
// needs more than a few hundred MB: no attendee list is near these sizes
// (100,000 people with 30 columns is 3 M cells).
constexpr qint64 kXlsxMaxPartBytes = 96LL * 1024 * 1024; // one part, uncompressed
constexpr int kXlsxMaxRows = 200000;
constexpr int kXlsxMaxColumns = 1024; // a value further right is refused; empty cells are ignored
constexpr qint64 kXlsxMaxCells = 4000000; // values kept, all rows together
constexpr int kXlsxMaxSharedStrings = 2000000;
constexpr qint64 kXlsxMaxSharedChars = 64LL * 1024 * 1024;

Result<SourceTable> readXlsxFile(const QString &path);
Result<SourceTable> readXlsxBytes(const QByteArray &bytes);

} // namespace oppmote::io
