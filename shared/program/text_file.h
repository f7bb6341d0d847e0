#pragma once

#include "domain/result.h"

#include <QString>

namespace oppmote {

// Reads a text file: UTF-8 (with or without BOM) or UTF-16 with BOM; bytes
// that are not valid UTF-8 are read as Windows-1252 (not Latin-1: € and
// curly quotes live in 0x80–0x9F).
Result<QString> readTextFile(const QString &path, qint64 maxBytes = 16 * 1024 * 1024);
QString decodeText(const QByteArray &bytes);

} // namespace oppmote
