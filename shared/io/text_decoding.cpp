#include "io/text_decoding.h"

#include <QStringDecoder>

namespace oppmote::io {

namespace {

bool startsWith(const QByteArray &bytes, const char *magic, qsizetype length)
{
    return bytes.size() >= length && std::equal(magic, magic + length, bytes.constData());
}

// A known binary format, named so the organiser knows what they picked.
QString binaryFormatName(const QByteArray &bytes)
{
    if (startsWith(bytes, "PK\x03\x04", 4) || startsWith(bytes, "PK\x05\x06", 4))
        return QStringLiteral("a zip archive (an XLSX workbook is one; save it with the .xlsx ending)");
    if (startsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return QStringLiteral("an old Excel 97–2003 workbook (.xls); save it as .xlsx or CSV");
    if (startsWith(bytes, "%PDF", 4))
        return QStringLiteral("a PDF document");
    if (startsWith(bytes, "\x89PNG", 4) || startsWith(bytes, "\xFF\xD8\xFF", 3)
        || startsWith(bytes, "GIF8", 4))
        return QStringLiteral("an image");
    if (startsWith(bytes, "\x1F\x8B", 2))
        return QStringLiteral("a gzip archive");
    return {};
}

// UTF-16 without a BOM: ASCII text has a NUL in every other byte.
std::optional<TextEncoding> utf16ByNulPattern(const QByteArray &bytes)
{
    const qsizetype pairs = std::min<qsizetype>(bytes.size(), 4096) / 2;
    if (pairs < 2)
        return std::nullopt;
    qsizetype evenZero = 0, oddZero = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenZero += bytes[2 * i] == 0;
        oddZero += bytes[2 * i + 1] == 0;
    }
    if (oddZero * 10 > pairs * 3 && evenZero * 20 < pairs)
        return TextEncoding::Utf16LE;
    if (evenZero * 10 > pairs * 3 && oddZero * 20 < pairs)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

// Strict UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
// Hand-written because QStringDecoder::hasError() in Qt 6.4 misses a lead
// byte followed by ASCII ("\xE5r"), exactly what Windows-1252 text has.
bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        unsigned char min2 = 0x80, max2 = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                min2 = 0xA0;
            if (c == 0xED)
                max2 = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                min2 = 0x90;
            if (c == 0xF4)
                max2 = 0x8F;
        } else {
            return false;
        }
        if (end - p < length)
            return false;
        if (p[1] < min2 || p[1] > max2)
            return false;
        for (int i = 2; i < length; ++i)
            if ((p[i] & 0xC0) != 0x80)
                return false;
        p += length;
    }
    return true;
}

// Characters no spreadsheet or form export writes. A stray one is tolerated
// (some tools end files with ^Z), many mean the file is not text.
bool looksBinary(const QString &text)
{
    qsizetype strange = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != 0x0B && u != 0x0C && u != 0x1A)
            || u == 0xFFFD)
            ++strange;
    }
    return strange > 0 && strange * 100 > text.size();
}

} // namespace

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 with BOM");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return QStringLiteral("UTF-8");
}

TextEncoding detectTextEncoding(const QByteArray &bytes)
{
    if (startsWith(bytes, "\xEF\xBB\xBF", 3))
        return TextEncoding::Utf8Bom;
    if (startsWith(bytes, "\xFF\xFE", 2))
        return TextEncoding::Utf16LE;
    if (startsWith(bytes, "\xFE\xFF", 2))
        return TextEncoding::Utf16BE;
    if (const auto utf16 = utf16ByNulPattern(bytes))
        return *utf16;
    return isValidUtf8(bytes) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
}

Result<DecodedText> decodeText(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The file is empty."));
    if (const QString binary = binaryFormatName(bytes); !binary.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("This is not a text (CSV) file: it looks like %1.").arg(binary));

    DecodedText decoded;
    decoded.encoding = detectTextEncoding(bytes);
    switch (decoded.encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        decoded.text = QStringDecoder(QStringDecoder::Utf8).decode(bytes);
        break;
    case TextEncoding::Utf16LE:
        decoded.text = QStringDecoder(QStringDecoder::Utf16LE).decode(bytes);
        break;
    case TextEncoding::Utf16BE:
        decoded.text = QStringDecoder(QStringDecoder::Utf16BE).decode(bytes);
        break;
    case TextEncoding::Windows1252: {
        QStringDecoder cp1252("windows-1252");
        if (!cp1252.isValid())
            return makeError(ErrorCode::Internal,
                QStringLiteral("This Qt has no Windows-1252 decoder (built without ICU)."));
        decoded.text = cp1252.decode(bytes);
        break;
    }
    }
    // The Qt decoders drop a leading BOM themselves; be sure.
    if (decoded.text.startsWith(QChar(0xFEFF)))
        decoded.text.remove(0, 1);

    if (looksBinary(decoded.text))
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("This is not a text (CSV) file: it contains binary data. "
                           "Export the list from the spreadsheet as CSV or XLSX."));
    if (decoded.text.trimmed().isEmpty())
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("The file is empty (it has only blank lines)."));
    return decoded;
}

} // namespace oppmote::io
