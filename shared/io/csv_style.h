#pragma once
// How a CSV export writes its separator and its decimals, for the spreadsheet
// that opens it (implemented in export_table.cpp, next to toCsv). Norwegian
// Excel, the default, reads `;` between fields and a decimal comma ("33,3");
// English spreadsheets read `,` and a decimal point ("33.3"). A decimal comma
// in a comma-separated file would split the number, so that pair is refused
// by valid(). Integers, text, booleans ("ja"/"nei") and lists are written the
// same in every style; JSON and XLSX keep numbers as numbers.

#include "io/export_table.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QVariant>

namespace oppmote::io {

struct CsvStyle {
    QChar separator = u';';
    QChar decimalPoint = u',';

    static CsvStyle norwegianExcel() { return {}; } // ; and 33,3
    static CsvStyle english() { return { u',', u'.' }; } // , and 33.3
    bool valid() const
    {
        return (decimalPoint == u',' || decimalPoint == u'.')
            && (separator == u';' || separator == u',' || separator == u'\t') && separator != decimalPoint;
    }
};

// toCsv(table) is toCsv(table, CsvStyle::norwegianExcel()).
QByteArray toCsv(const ExportTable &table, const CsvStyle &style);

// The CSV form of a cell in `style` (cellText(cell) keeps the decimal point).
QString cellText(const QVariant &cell, const CsvStyle &style);

} // namespace oppmote::io
