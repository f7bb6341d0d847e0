#include "io/xlsx_reader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <QBuffer>
#include <QHash>
#include <QXmlStreamReader>

#include <cmath>

namespace oppmote::io {

namespace {

constexpr int kMaxColumns = 16384; // Excel's XFD

Error damaged(const QString &what)
{
    return makeError(ErrorCode::Corrupt, QStringLiteral("The XLSX file is damaged: %1.").arg(what));
}

// One part of the package, or an empty optional value when it is absent.
Result<std::optional<QByteArray>> readPart(QuaZip &zip, const QString &name)
{
    if (!zip.setCurrentFile(name, QuaZip::csInsensitive))
        return std::optional<QByteArray>();
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info))
        return damaged(QStringLiteral("the entry %1 cannot be read").arg(name));
    if (info.uncompressedSize > quint64(kXlsxMaxPartBytes))
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("The XLSX part %1 is %2 MB uncompressed; the limit is %3 MB.")
                .arg(name)
                .arg(info.uncompressedSize / (1024 * 1024))
                .arg(kXlsxMaxPartBytes / (1024 * 1024)));
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return damaged(
            QStringLiteral("the entry %1 cannot be opened (error %2)").arg(name).arg(file.getZipError()));
    QByteArray data = file.read(kXlsxMaxPartBytes + 1);
    file.close();
    if (file.getZipError() != UNZ_OK || data.size() > kXlsxMaxPartBytes)
        return damaged(QStringLiteral("the entry %1 is corrupt (checksum or size mismatch)").arg(name));
    return std::optional<QByteArray>(std::move(data));
}

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
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
            strings.append(readRichText(xml));
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
    QStringList cells;
    const auto finishRow = [&] {
        if (isBlank(cells))
            return;
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

Result<SourceTable> readWorkbook(QuaZip &zip)
{
    if (!zip.open(QuaZip::mdUnzip))
        return makeError(ErrorCode::Corrupt,
            QStringLiteral("The XLSX file is damaged or not an XLSX workbook: its zip archive "
                           "cannot be read (error %1).")
                .arg(zip.getZipError()));
    auto workbook = readPart(zip, QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return workbook.error();
    SheetRef ref { QString(), QStringLiteral("xl/worksheets/sheet1.xml") };
    if (workbook.value()) {
        auto rels = readPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"));
        if (!rels)
            return rels.error();
        auto sheet = firstSheet(*workbook.value(), rels.value());
        if (!sheet)
            return sheet.error();
        ref = sheet.value();
    }
    QStringList shared;
    auto sharedPart = readPart(zip, QStringLiteral("xl/sharedStrings.xml"));
    if (!sharedPart)
        return sharedPart.error();
    if (sharedPart.value()) {
        auto parsed = parseSharedStrings(*sharedPart.value());
        if (!parsed)
            return parsed.error();
        shared = std::move(parsed.value());
    }
    auto sheetPart = readPart(zip, ref.path);
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
    QuaZip zip(path);
    return readWorkbook(zip);
}

Result<SourceTable> readXlsxBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QuaZip zip(&buffer);
    return readWorkbook(zip);
}

} // namespace oppmote::io
