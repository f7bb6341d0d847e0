#include "io/xlsx_reader.h"

#include <unzip.h>

#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

#include <cmath>
#include <cstring>

namespace oppmote::io {

namespace {

constexpr int kMaxColumns = 16384; // Excel's XFD

Error tooLarge(const QString &what)
{
    return makeError(ErrorCode::InvalidInput,
        QStringLiteral("The XLSX file is too large to be an attendee list: %1. Save the list on its own "
                       "in a new workbook, or as CSV.")
            .arg(what));
}

Error damaged(const QString &what)
{
    return makeError(ErrorCode::Corrupt, QStringLiteral("The XLSX file is damaged: %1.").arg(what));
}

// minizip reading from memory: the workbook bytes are already loaded (and
// size-checked), so the zip layer only needs read/seek over a QByteArray.
struct MemoryZip {
    const QByteArray *bytes = nullptr;
    ZPOS64_T position = 0;
};

voidpf ZCALLBACK memoryOpen(voidpf opaque, const void *, int)
{
    return opaque;
}

uLong ZCALLBACK memoryRead(voidpf, voidpf stream, void *buffer, uLong size)
{
    auto *zip = static_cast<MemoryZip *>(stream);
    const auto available
        = ZPOS64_T(zip->bytes->size()) - std::min<ZPOS64_T>(zip->position, zip->bytes->size());
    const auto count = std::min<ZPOS64_T>(size, available);
    std::memcpy(buffer, zip->bytes->constData() + zip->position, count);
    zip->position += count;
    return uLong(count);
}

uLong ZCALLBACK memoryWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK memoryTell(voidpf, voidpf stream)
{
    return static_cast<MemoryZip *>(stream)->position;
}

long ZCALLBACK memorySeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *zip = static_cast<MemoryZip *>(stream);
    const auto size = ZPOS64_T(zip->bytes->size());
    ZPOS64_T target = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        target = offset;
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        target = zip->position + offset;
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        target = size + offset;
        break;
    default:
        return -1;
    }
    if (target > size)
        return -1;
    zip->position = target;
    return 0;
}

int ZCALLBACK memoryClose(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK memoryError(voidpf, voidpf)
{
    return 0;
}

// An open archive, closed when it goes out of scope.
class ZipArchive
{
public:
    explicit ZipArchive(const QByteArray &bytes)
    {
        m_memory.bytes = &bytes;
        zlib_filefunc64_def functions { memoryOpen, memoryRead, memoryWrite, memoryTell, memorySeek,
            memoryClose, memoryError, &m_memory };
        m_zip = unzOpen2_64("memory", &functions);
    }
    ~ZipArchive()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool isOpen() const { return m_zip != nullptr; }

    // One part of the package, or an empty optional value when it is absent.
    Result<std::optional<QByteArray>> read(const QString &name)
    {
        constexpr int kCaseInsensitive = 2;
        if (unzLocateFile(m_zip, name.toUtf8().constData(), kCaseInsensitive) != UNZ_OK)
            return std::optional<QByteArray>();
        unz_file_info64 info {};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return damaged(QStringLiteral("the entry %1 cannot be read").arg(name));
        if (info.uncompressed_size > quint64(kXlsxMaxPartBytes))
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("The XLSX part %1 is %2 MB uncompressed; the limit is %3 MB.")
                    .arg(name)
                    .arg(info.uncompressed_size / (1024 * 1024))
                    .arg(kXlsxMaxPartBytes / (1024 * 1024)));
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            return damaged(QStringLiteral("the entry %1 cannot be opened").arg(name));
        QByteArray data;
        data.reserve(qsizetype(info.uncompressed_size));
        char buffer[64 * 1024];
        int count = 0;
        while ((count = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0) {
            data.append(buffer, count);
            if (data.size() > kXlsxMaxPartBytes)
                break; // the directory lied about the size
        }
        const int closed = unzCloseCurrentFile(m_zip); // UNZ_CRCERROR on a bad checksum
        if (count < 0 || closed != UNZ_OK || data.size() != qsizetype(info.uncompressed_size))
            return damaged(QStringLiteral("the entry %1 is corrupt (checksum or size mismatch)").arg(name));
        return std::optional<QByteArray>(std::move(data));
    }

private:
    MemoryZip m_memory;
    unzFile m_zip = nullptr;
};

Error xmlError(const QString &part, const QXmlStreamReader &xml)
{
    return damaged(QStringLiteral("%1 line %2: %3").arg(part).arg(xml.lineNumber()).arg(xml.errorString()));
}

// Text of the current <si> or <is> element: its <t> runs, without the
// phonetic <rPh> runs. Leaves the reader on the closing tag.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    const QString closing = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText();
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == closing)
                break;
        }
    }
    return text;
}

Result<QStringList> parseSharedStrings(const QByteArray &data)
{
    QStringList strings;
    qint64 chars = 0;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si") {
            if (strings.size() >= kXlsxMaxSharedStrings)
                return tooLarge(QStringLiteral("more than %1 shared strings").arg(kXlsxMaxSharedStrings));
            strings.append(readRichText(xml));
            chars += strings.constLast().size();
            if (chars > kXlsxMaxSharedChars)
                return tooLarge(QStringLiteral("its shared strings hold more than %1 M characters")
                                    .arg(kXlsxMaxSharedChars / (1024 * 1024)));
        }
    }
    if (xml.hasError())
        return xmlError(QStringLiteral("sharedStrings.xml"), xml);
    return strings;
}

struct SheetRef {
    QString name;
    QString path; // inside the zip
};

// The first <sheet> of workbook.xml, resolved through its relationships.
Result<SheetRef> firstSheet(const QByteArray &workbook, const std::optional<QByteArray> &rels)
{
    SheetRef ref;
    QString relId;
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"sheet") {
            ref.name = xml.attributes().value(QLatin1StringView("name")).toString();
            for (const auto &attribute : xml.attributes())
                if (attribute.name() == u"id")
                    relId = attribute.value().toString();
            break;
        }
    }
    if (xml.hasError())
        return xmlError(QStringLiteral("workbook.xml"), xml);
    if (ref.name.isNull() && relId.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The XLSX workbook has no worksheet."));

    ref.path = QStringLiteral("xl/worksheets/sheet1.xml");
    if (rels && !relId.isEmpty()) {
        QXmlStreamReader relXml(*rels);
        while (!relXml.atEnd()) {
            if (relXml.readNext() == QXmlStreamReader::StartElement && relXml.name() == u"Relationship"
                && relXml.attributes().value(QLatin1StringView("Id")) == relId) {
                const QString target = relXml.attributes().value(QLatin1StringView("Target")).toString();
                ref.path = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
                break;
            }
        }
        if (relXml.hasError())
            return xmlError(QStringLiteral("workbook.xml.rels"), relXml);
    }
    return ref;
}

// "BC12" → 54 (zero-based column); -1 when there are no letters.
int columnIndex(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference[i].isLetter(); ++i) {
        column = column * 26 + (reference[i].toUpper().unicode() - u'A' + 1);
        if (column > kMaxColumns)
            return kMaxColumns;
    }
    return i == 0 ? -1 : column - 1;
}

QString numberText(const QString &raw)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (std::abs(value) < 1e15 && value == std::floor(value))
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

bool isBlank(const QStringList &cells)
{
    for (const QString &cell : cells)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

Result<SourceTable> parseSheet(const QByteArray &data, const QStringList &shared, const SheetRef &ref)
{
    SourceTable table;
    table.format
        = ref.name.isEmpty() ? QStringLiteral("XLSX") : QStringLiteral("XLSX, sheet '%1'").arg(ref.name);
    bool haveHeader = false;
    int rowNumber = 0;
    qint64 cellsKept = 0;
    QStringList cells;
    const auto finishRow = [&] {
        if (isBlank(cells))
            return;
        cellsKept += cells.size();
        if (!haveHeader) {
            table.headers = cells;
            table.headerLine = rowNumber;
            haveHeader = true;
        } else {
            table.rows.append(SourceRow { rowNumber, cells });
        }
    };

    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"row") {
            finishRow();
            if (table.rows.size() > kXlsxMaxRows)
                return tooLarge(QStringLiteral("more than %1 rows").arg(kXlsxMaxRows));
            if (cellsKept > kXlsxMaxCells)
                return tooLarge(
                    QStringLiteral("more than %1 M cells with values").arg(kXlsxMaxCells / 1000000));
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"row") {
            bool ok = false;
            const int r = xml.attributes().value(QLatin1StringView("r")).toInt(&ok);
            rowNumber = ok && r > rowNumber ? r : rowNumber + 1;
            cells.clear();
        } else if (xml.name() == u"c") {
            const auto attributes = xml.attributes();
            const QString type = attributes.value(QLatin1StringView("t")).toString();
            int column = columnIndex(attributes.value(QLatin1StringView("r")));
            if (column < 0)
                column = int(cells.size());
            if (column >= kMaxColumns)
                return damaged(QStringLiteral("row %1 has a cell beyond column XFD").arg(rowNumber));
            QString raw;
            QString inlineText;
            while (!xml.atEnd()) {
                const auto t = xml.readNext();
                if (t == QXmlStreamReader::StartElement && xml.name() == u"v")
                    raw = xml.readElementText();
                else if (t == QXmlStreamReader::StartElement && xml.name() == u"is")
                    inlineText = readRichText(xml);
                else if (t == QXmlStreamReader::EndElement && xml.name() == u"c")
                    break;
            }
            QString value;
            if (type == u"s") {
                bool ok = false;
                const int index = raw.toInt(&ok);
                if (!ok || index < 0 || index >= shared.size())
                    return damaged(QStringLiteral("row %1 refers to shared string %2, which does not exist")
                                       .arg(rowNumber)
                                       .arg(raw));
                value = shared[index];
            } else if (type == u"inlineStr") {
                value = inlineText;
            } else if (type == u"b") {
                value = raw == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == u"str" || type == u"e") {
                value = raw;
            } else {
                value = numberText(raw);
            }
            if (value.isEmpty())
                continue; // formatting without a value: no column is made for it
            if (column >= kXlsxMaxColumns)
                return tooLarge(
                    QStringLiteral("row %1 has a value in column %2").arg(rowNumber).arg(column + 1));
            while (cells.size() < column)
                cells.append(QString());
            if (column < cells.size())
                cells[column] = value;
            else
                cells.append(value);
        }
    }
    if (xml.hasError())
        return xmlError(ref.path.section(u'/', -1), xml);
    if (!haveHeader)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("The first worksheet%1 is empty.")
                .arg(ref.name.isEmpty() ? QString() : QStringLiteral(" ('%1')").arg(ref.name)));
    return table;
}

Result<SourceTable> readWorkbook(const QByteArray &bytes)
{
    ZipArchive zip(bytes);
    if (!zip.isOpen())
        return makeError(ErrorCode::Corrupt,
            QStringLiteral("The XLSX file is damaged or not an XLSX workbook: its zip archive "
                           "cannot be read."));
    auto workbook = zip.read(QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return workbook.error();
    SheetRef ref { QString(), QStringLiteral("xl/worksheets/sheet1.xml") };
    if (workbook.value()) {
        auto rels = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
        if (!rels)
            return rels.error();
        auto sheet = firstSheet(*workbook.value(), rels.value());
        if (!sheet)
            return sheet.error();
        ref = sheet.value();
    }
    QStringList shared;
    auto sharedPart = zip.read(QStringLiteral("xl/sharedStrings.xml"));
    if (!sharedPart)
        return sharedPart.error();
    if (sharedPart.value()) {
        auto parsed = parseSharedStrings(*sharedPart.value());
        if (!parsed)
            return parsed.error();
        shared = std::move(parsed.value());
    }
    auto sheetPart = zip.read(ref.path);
    if (!sheetPart)
        return sheetPart.error();
    if (!sheetPart.value())
        return makeError(ErrorCode::InvalidInput,
            workbook.value() ? QStringLiteral("The XLSX file is damaged: its first worksheet (%1) is "
                                              "missing.")
                                   .arg(ref.path)
                             : QStringLiteral("This zip file is not an XLSX workbook (it has no "
                                              "xl/workbook.xml)."));
    return parseSheet(*sheetPart.value(), shared, ref);
}

} // namespace

Result<SourceTable> readXlsxFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString()));
    return readWorkbook(file.readAll());
}

Result<SourceTable> readXlsxBytes(const QByteArray &bytes)
{
    return readWorkbook(bytes);
}

} // namespace oppmote::io
