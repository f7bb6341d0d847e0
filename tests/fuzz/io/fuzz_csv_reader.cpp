// libFuzzer: any bytes through decodeText() + readCsv(), with the separator
// sniffed and forced. Never crashes, and a table that comes back is sane:
// rows after the header, line numbers increasing, no blank rows.
#include "io/csv_reader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

void checkTable(const oppmote::Result<oppmote::io::SourceTable> &table)
{
    if (!table.ok()) {
        check(!table.error().message.isEmpty());
        return;
    }
    int previous = table->headerLine;
    check(previous >= 1);
    for (const auto &row : table->rows) {
        check(row.line > previous);
        previous = row.line;
        bool blank = true;
        for (const QString &cell : row.cells)
            blank = blank && cell.trimmed().isEmpty();
        check(!blank);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    checkTable(oppmote::io::readCsvBytes(bytes));
    if (size > 0) {
        static const QChar separators[] = { u';', u',', u'\t' };
        oppmote::io::CsvOptions options;
        options.separator = separators[data[0] % 3];
        checkTable(oppmote::io::readCsvBytes(bytes, options));
    }
    return 0;
}
