#include "io/csv_reader.h"

#include "io/text_decoding.h"

namespace oppmote::io {

namespace {

constexpr QChar kQuote = u'"';

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

QString separatorName(QChar separator)
{
    if (separator == u'\t')
        return QStringLiteral("tab");
    return QStringLiteral("'%1'").arg(separator);
}

// Walks the text record by record, counting physical lines (CR, LF and CRLF
// each end one line).
class CsvParser
{
public:
    CsvParser(const QString &text, qsizetype start, int line, QChar separator)
        : m_text(text), m_pos(start), m_line(line), m_separator(separator)
    { }

    bool atEnd() const { return m_pos >= m_text.size(); }
    int line() const { return m_line; }

    // One record into `cells`; false with m_error set on an unterminated quote.
    bool next(QStringList &cells)
    {
        cells.clear();
        const qsizetype n = m_text.size();
        for (;;) {
            QString field;
            if (m_pos < n && m_text[m_pos] == kQuote) {
                if (!readQuoted(field))
                    return false;
            }
            // Unquoted part (or what follows a closing quote, kept as written).
            const qsizetype begin = m_pos;
            while (m_pos < n && m_text[m_pos] != m_separator && !isLineBreak(m_text[m_pos]))
                ++m_pos;
            if (m_pos > begin)
                field += QStringView(m_text).mid(begin, m_pos - begin);
            cells.append(std::move(field));

            if (m_pos >= n)
                return true;
            if (m_text[m_pos] == m_separator) {
                ++m_pos;
                continue;
            }
            skipLineBreak();
            return true;
        }
    }

    const QString &error() const { return m_error; }

private:
    void skipLineBreak()
    {
        if (m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    bool readQuoted(QString &field)
    {
        const int openedOn = m_line;
        const qsizetype n = m_text.size();
        ++m_pos; // the opening quote
        for (;;) {
            const qsizetype begin = m_pos;
            while (m_pos < n && m_text[m_pos] != kQuote && !isLineBreak(m_text[m_pos]))
                ++m_pos;
            field += QStringView(m_text).mid(begin, m_pos - begin);
            if (m_pos >= n) {
                m_error = QStringLiteral("Line %1: a quoted field starts here but its closing quote (\") is "
                                         "missing, so the rest of the file would become one cell. Check "
                                         "that line for a stray quote.")
                              .arg(openedOn);
                return false;
            }
            if (isLineBreak(m_text[m_pos])) {
                field += u'\n'; // a line break inside a cell, whatever its form
                skipLineBreak();
                continue;
            }
            // A quote: doubled means a literal quote, single closes the field.
            if (m_pos + 1 < n && m_text[m_pos + 1] == kQuote) {
                field += kQuote;
                m_pos += 2;
                continue;
            }
            ++m_pos;
            return true;
        }
    }

    const QString &m_text;
    qsizetype m_pos;
    int m_line;
    QChar m_separator;
    QString m_error;
};

bool isBlank(const QStringList &cells)
{
    for (const QString &cell : cells)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

// Skips blank lines; returns the position of the first line with content.
qsizetype skipBlankLines(const QString &text, qsizetype pos, int &line)
{
    while (pos < text.size()) {
        qsizetype end = pos;
        while (end < text.size() && !isLineBreak(text[end]))
            ++end;
        if (!QStringView(text).mid(pos, end - pos).trimmed().isEmpty())
            return pos;
        if (end >= text.size())
            return end;
        if (text[end] == u'\r' && end + 1 < text.size() && text[end + 1] == u'\n')
            ++end;
        pos = end + 1;
        ++line;
    }
    return pos;
}

// The position after the line starting at `pos` and its line break.
qsizetype pastLine(const QString &text, qsizetype pos, int &line)
{
    while (pos < text.size() && !isLineBreak(text[pos]))
        ++pos;
    if (pos < text.size()) {
        if (text[pos] == u'\r' && pos + 1 < text.size() && text[pos + 1] == u'\n')
            ++pos;
        ++pos;
        ++line;
    }
    return pos;
}

QStringView lineAt(const QString &text, qsizetype pos)
{
    qsizetype end = pos;
    while (end < text.size() && !isLineBreak(text[end]))
        ++end;
    return QStringView(text).mid(pos, end - pos);
}

// Excel's `sep=;` line (sometimes quoted by other tools: "sep=;").
std::optional<QChar> sepDirective(QStringView line)
{
    QStringView s = line.trimmed();
    if (s.size() >= 2 && s.front() == kQuote && s.back() == kQuote)
        s = s.mid(1, s.size() - 2);
    if (s.size() == 5 && s.left(4).compare(u"sep=", Qt::CaseInsensitive) == 0)
        return s[4];
    if (s.size() == 4 && s.compare(u"sep=", Qt::CaseInsensitive) == 0 && line.size() > s.size())
        return QChar(u'\t'); // "sep=<tab>" trimmed away
    return std::nullopt;
}

} // namespace

QChar sniffSeparator(QStringView headerLine)
{
    int semicolons = 0, tabs = 0, commas = 0;
    bool quoted = false;
    for (const QChar c : headerLine) {
        if (c == kQuote)
            quoted = !quoted;
        else if (!quoted) {
            semicolons += c == u';';
            tabs += c == u'\t';
            commas += c == u',';
        }
    }
    if (semicolons == 0 && tabs == 0 && commas == 0)
        return u',';
    if (semicolons >= tabs && semicolons >= commas)
        return u';';
    return tabs >= commas ? QChar(u'\t') : QChar(u',');
}

Result<SourceTable> readCsv(const QString &text, const CsvOptions &options)
{
    int line = 1;
    qsizetype pos = skipBlankLines(text, 0, line);
    if (pos >= text.size())
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("The file is empty (it has only blank lines)."));

    std::optional<QChar> separator = options.separator;
    if (const auto directive = sepDirective(lineAt(text, pos))) {
        if (!separator)
            separator = directive;
        pos = skipBlankLines(text, pastLine(text, pos, line), line);
        if (pos >= text.size())
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("The file has only a \"sep=\" line and no header line."));
    }
    if (!separator)
        separator = sniffSeparator(lineAt(text, pos));

    SourceTable table;
    table.separator = *separator;
    CsvParser parser(text, pos, line, *separator);
    QStringList cells;
    bool haveHeader = false;
    while (!parser.atEnd()) {
        const int recordLine = parser.line();
        if (!parser.next(cells))
            return makeError(ErrorCode::InvalidInput, parser.error());
        if (isBlank(cells))
            continue;
        if (!haveHeader) {
            table.headers = cells;
            table.headerLine = recordLine;
            haveHeader = true;
            continue;
        }
        table.rows.append(SourceRow { recordLine, cells });
    }
    if (!haveHeader)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The file has no header line."));
    table.format = QStringLiteral("CSV, separator %1").arg(separatorName(*separator));
    return table;
}

Result<SourceTable> readCsvBytes(const QByteArray &bytes, const CsvOptions &options)
{
    auto decoded = decodeText(bytes);
    if (!decoded)
        return decoded.error();
    auto table = readCsv(decoded->text, options);
    if (table)
        table->format = QStringLiteral("CSV, %1, separator %2")
                            .arg(textEncodingName(decoded->encoding), separatorName(table->separator));
    return table;
}

} // namespace oppmote::io
