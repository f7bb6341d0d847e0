#pragma once
// The number of pages in a PDF file as Qt's writer makes them (a "/Type /Page"
// object per page); -1 when the file cannot be read or is no PDF.

#include <QString>

namespace oppmote::test {

int pdfPageCount(const QString &path);

} // namespace oppmote::test
