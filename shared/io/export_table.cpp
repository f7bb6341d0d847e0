#include "io/export_table.h"

#include "io/csv_style.h"
#include "io/formula_guard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <xlsxwriter.h>

#include <algorithm>

namespace oppmote::io {

QString cellText(const QVariant &cell)
{
    return cellText(cell, CsvStyle::english());
}

QString cellText(const QVariant &cell, const CsvStyle &style)
{
    switch (cell.typeId()) {
    case QMetaType::Bool:
        return cell.toBool() ? QStringLiteral("ja") : QStringLiteral("nei");
    case QMetaType::QStringList:
        return cell.toStringList().join(QStringLiteral(", "));
    case QMetaType::Double:
    case QMetaType::Float: {
        QString number = QString::number(cell.toDouble(), 'g', 15);
        if (style.decimalPoint != u'.')
            number.replace(u'.', style.decimalPoint);
        return number;
    }
    default:
        return cell.toString();
    }
}

namespace {

void appendCsvField(QString &out, const QString &text, QChar separator)
{
    const bool quote = text.contains(separator) || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r') || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote) {
        out += text;
        return;
    }
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
}

void appendCsvRecord(QString &out, const QStringList &cells, QChar separator)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += separator;
        appendCsvField(out, cells[i], separator);
    }
    out += QStringLiteral("\r\n");
}

QJsonValue jsonValue(const QVariant &cell)
{
    if (cell.typeId() == QMetaType::QStringList)
        return QJsonArray::fromStringList(cell.toStringList());
    if (!cell.isValid() || cell.isNull())
        return QJsonValue(QString());
    return QJsonValue::fromVariant(cell);
}

// Excel: at most 31 characters, none of []:*?/\ and unique in the workbook.
QByteArray sheetName(const ExportTable &table, QSet<QString> &used)
{
    QString name = table.title.isEmpty() ? table.name : table.title;
    for (const QChar bad : { u'[', u']', u':', u'*', u'?', u'/', u'\\' })
        name.replace(bad, u'-');
    name = name.left(31).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Ark");
    QString unique = name;
    for (int n = 2; used.contains(unique.toLower()); ++n)
        unique = name.left(31 - 1 - int(QString::number(n).size())) + u' ' + QString::number(n);
    used.insert(unique.toLower());
    return unique.toUtf8();
}

} // namespace

QByteArray toCsv(const ExportTable &table)
{
    return toCsv(table, CsvStyle::norwegianExcel());
}

QByteArray toCsv(const ExportTable &table, const CsvStyle &style)
{
    QString out;
    appendCsvRecord(out, table.headers, style.separator);
    QStringList cells;
    for (const QVariantList &row : table.rows) {
        cells.clear();
        for (const QVariant &cell : row) {
            const bool text = cell.typeId() == QMetaType::QString || cell.typeId() == QMetaType::QStringList;
            const QString shown = cellText(cell, style);
            cells.append(text ? guardFormula(shown) : shown);
        }
        appendCsvRecord(out, cells, style.separator);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray toJson(const QList<ExportTable> &tables)
{
    QJsonObject root;
    for (const ExportTable &table : tables) {
        QJsonArray rows;
        for (const QVariantList &row : table.rows) {
            QJsonObject object;
            for (qsizetype c = 0; c < table.keys.size() && c < row.size(); ++c)
                object.insert(table.keys[c], jsonValue(row[c]));
            rows.append(object);
        }
        root.insert(table.name, rows);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status writeXlsx(const QString &path, const QList<ExportTable> &tables)
{
    const QByteArray file = path.toLocal8Bit();
    lxw_workbook *workbook = workbook_new(file.constData());
    if (!workbook)
        return makeError(ErrorCode::Io, QStringLiteral("Cannot create the workbook %1.").arg(path));
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    QSet<QString> used;
    for (const ExportTable &table : tables) {
        const QByteArray name = sheetName(table, used);
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.constData());
        QList<qsizetype> widths(table.headers.size(), 8);
        for (qsizetype c = 0; c < table.headers.size(); ++c) {
            worksheet_write_string(sheet, 0, lxw_col_t(c), table.headers[c].toUtf8().constData(), bold);
            widths[c] = std::max(widths[c], table.headers[c].size() + 2);
        }
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QVariantList &row = table.rows[r];
            const auto excelRow = lxw_row_t(r + 1);
            for (qsizetype c = 0; c < row.size() && c < table.headers.size(); ++c) {
                const QVariant &cell = row[c];
                const auto col = lxw_col_t(c);
                switch (cell.typeId()) {
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::UInt:
                case QMetaType::ULongLong:
                case QMetaType::Double:
                    worksheet_write_number(sheet, excelRow, col, cell.toDouble(), nullptr);
                    break;
                case QMetaType::Bool:
                    worksheet_write_boolean(sheet, excelRow, col, cell.toBool(), nullptr);
                    break;
                default: {
                    const QString text = cellText(cell);
                    if (!text.isEmpty())
                        worksheet_write_string(sheet, excelRow, col, text.toUtf8().constData(), nullptr);
                    widths[c] = std::max(widths[c], std::min<qsizetype>(text.size() + 2, 60));
                }
                }
            }
        }
        for (qsizetype c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), double(widths[c]), nullptr);
        worksheet_freeze_panes(sheet, 1, 0);
        if (!table.headers.isEmpty())
            worksheet_autofilter(
                sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(table.headers.size() - 1));
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        return makeError(ErrorCode::Io,
            QStringLiteral("Cannot write the workbook %1: %2.")
                .arg(path, QString::fromUtf8(lxw_strerror(error))));
    return Ok {};
}

} // namespace oppmote::io
