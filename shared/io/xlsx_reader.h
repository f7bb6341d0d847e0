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

// A zip bomb guard: no part of an attendee workbook is near this size.
constexpr qint64 kXlsxMaxPartBytes = 256LL * 1024 * 1024;

Result<SourceTable> readXlsxFile(const QString &path);
Result<SourceTable> readXlsxBytes(const QByteArray &bytes);

} // namespace oppmote::io
