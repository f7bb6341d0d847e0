#include "io/attendee_file.h"

#include "io/attendee_records.h"
#include "io/xlsx_reader.h"

#include <QFile>
#include <QFileInfo>

namespace oppmote::io {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

Result<SourceTable> readAttendeeTable(const QString &path, const ImportOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("The file %1 does not exist.").arg(path));
    if (!info.isFile())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is not a file.").arg(path));
    if (info.size() > options.maxFileBytes)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("The file is %1 MB; attendee lists up to %2 MB can be imported "
                           "(20,000 attendees are about 3 MB). Is this the right file?")
                .arg(megabytes(info.size()), megabytes(options.maxFileBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The file is empty."));
    if (bytes.startsWith("PK\x03\x04"))
        return readXlsxBytes(bytes);
    if (info.suffix().compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) == 0)
        return makeError(ErrorCode::Corrupt,
            QStringLiteral("The file ends in .xlsx but is not an XLSX workbook (it is damaged, or "
                           "another kind of file renamed)."));
    return readCsvBytes(bytes, options.csv);
}

Result<FilePlan> planImportFromFile(const QString &path, const QList<Attendee> &existing,
    const ImportOptions &options, const PlanOptions &planOptions)
{
    auto table = readAttendeeTable(path, options);
    if (!table)
        return table.error();
    if (table->rows.isEmpty())
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("The file has a header line but no attendee rows."));
    auto mapping = mapColumns(table->headers, options.mapping);
    if (!mapping)
        return mapping.error();
    FilePlan result;
    result.plan
        = planAttendeeImport(readAttendeeRecords(table.value(), mapping.value()), existing, planOptions);
    result.table = std::move(table.value());
    result.mapping = std::move(mapping.value());
    return result;
}

} // namespace oppmote::io
