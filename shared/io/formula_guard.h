#pragma once
// CSV injection (OWASP): a spreadsheet runs a text cell that starts with
// = + - @, a tab or a carriage return as a formula (=HYPERLINK(…), +cmd|…).
// Exported text cells that start so get a leading apostrophe, which Excel and
// LibreOffice read as "this is text"; numbers stay numbers. Import takes the
// apostrophe off again, so our own export reads back unchanged. XLSX needs
// none of this: its text cells are typed as strings.

#include <QString>

namespace oppmote::io {

QString guardFormula(const QString &text);
QString unguardFormula(const QString &text);

} // namespace oppmote::io
