#pragma once
// Bytes of a text file → QString, detecting the encoding that organisers'
// tools really write: UTF-8 with or without BOM, UTF-16 ("Unicode text" from
// Excel, with or without BOM) and Windows-1252 (not Latin-1: € and curly
// quotes live in 0x80–0x9F). Binary files are refused with a clear message.

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace oppmote::io {

enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };

QString textEncodingName(TextEncoding encoding); // "UTF-8 with BOM", "Windows-1252", …

struct DecodedText {
    QString text; // without the BOM
    TextEncoding encoding = TextEncoding::Utf8;
};

// Only the encoding, from the BOM, NUL patterns and a UTF-8 validity check.
TextEncoding detectTextEncoding(const QByteArray &bytes);

// Decodes and checks the result is text. Errors: empty input (or only a BOM /
// whitespace), a known binary format (zip/XLSX, old .xls, PDF, images), or
// control characters that no text file has.
Result<DecodedText> decodeText(const QByteArray &bytes);

} // namespace oppmote::io
