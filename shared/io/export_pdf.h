#pragma once
// Export tables as a PDF for printing: A4 landscape, one section per table
// with its title, the header row repeated on every page, cells cut with an
// ellipsis to their column, page numbers. Needs a QGuiApplication (fonts);
// the command line runs with QT_QPA_PLATFORM=offscreen.

#include "domain/result.h"
#include "io/export_table.h"

#include <QList>
#include <QString>

namespace oppmote::io {

// `documentTitle` heads the first page ("Oppmøte — Kommunesamling 2026");
// numbers are written with `decimalPoint`.
Status writePdf(const QString &path, const QString &documentTitle, const QList<ExportTable> &tables,
    QChar decimalPoint = u',');

} // namespace oppmote::io
