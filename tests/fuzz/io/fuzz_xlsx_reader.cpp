// libFuzzer: the XLSX reader. Input "SHARED\0SHEET" is packed as
// xl/sharedStrings.xml and xl/worksheets/sheet1.xml into a real zip (minizip),
// so mutations reach the XML parsing past the zip's checksums; input that
// starts with 'Z' is taken as a whole .xlsx file (the zip layer). Never
// crashes, every refusal has a message, and a table that comes back is sane.
#include "io/xlsx_reader.h"

#include <zip.h>

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <unistd.h>

#include <cstddef>
#include <cstdint>

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

QByteArray packed(const QByteArray &shared, const QByteArray &sheet)
{
    static const QByteArray path
        = QDir::temp().filePath(QStringLiteral("fuzz-xlsx-%1.xlsx").arg(getpid())).toLocal8Bit();
    zipFile zip = zipOpen64(path.constData(), APPEND_STATUS_CREATE);
    check(zip != nullptr);
    for (const auto &[name, data] :
        { std::pair { "xl/sharedStrings.xml", shared }, std::pair { "xl/worksheets/sheet1.xml", sheet } }) {
        zipOpenNewFileInZip64(zip, name, nullptr, nullptr, 0, nullptr, 0, nullptr, 0, 0, 0);
        zipWriteInFileInZip(zip, data.constData(), unsigned(data.size()));
        zipCloseFileInZip(zip);
    }
    zipClose(zip, nullptr);
    QFile file(QString::fromLocal8Bit(path));
    check(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QByteArray workbook;
    if (input.startsWith('Z')) {
        workbook = input.mid(1);
    } else {
        const qsizetype split = input.indexOf('\0');
        workbook = split < 0 ? packed({}, input) : packed(input.left(split), input.mid(split + 1));
    }
    const auto table = oppmote::io::readXlsxBytes(workbook);
    if (!table.ok()) {
        check(!table.error().message.isEmpty());
        return 0;
    }
    check(table->rows.size() <= oppmote::io::kXlsxMaxRows + 1);
    int previous = table->headerLine;
    for (const auto &row : table->rows) {
        check(row.line > previous);
        previous = row.line;
        check(row.cells.size() <= oppmote::io::kXlsxMaxColumns);
    }
    return 0;
}
