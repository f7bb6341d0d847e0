#pragma once
// A table to export and its file formats (a PDF: export_pdf.h). Cells are QVariants:
// strings, numbers, booleans and string lists (preferences), so each format
// writes them in its own way (JSON arrays and numbers, XLSX numbers, CSV
// text). Builders for attendees, attendance and group lists are in
// export_tables.h.

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace oppmote::io {

struct ExportTable {
    QString name; // sheet name / JSON key: "attendees"
    QString title; // human sheet title: "Deltakere"
    QStringList keys; // JSON field names, one per column
    QStringList headers; // CSV / XLSX header cells (import reads them back)
    QList<QVariantList> rows;
};

// UTF-8 with BOM, `;` separator, CRLF, fields quoted when they hold `;`, a
// quote, a line break or leading/trailing spaces — what Norwegian Excel opens
// right by double-click. Booleans are "ja"/"nei", lists joined with ", ".
// Text cells a spreadsheet would run as a formula are guarded (formula_guard.h).
QByteArray toCsv(const ExportTable &table);

// {"<name>": [{"<key>": value, …}, …], …}; booleans, numbers and lists keep their type.
QByteArray toJson(const QList<ExportTable> &tables);

// One worksheet per table (libxlsxwriter): bold frozen header row, autofilter,
// column widths from the content.
Status writeXlsx(const QString &path, const QList<ExportTable> &tables);

QString cellText(const QVariant &cell); // the CSV form of a cell

} // namespace oppmote::io
