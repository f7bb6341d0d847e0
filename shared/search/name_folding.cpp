#include "search/name_folding.h"

#include <QChar>

namespace oppmote {

namespace {

// Letters that do not decompose into base + accent in Unicode.
const char *specialFold(char16_t c)
{
    switch (c) {
    case u'æ':
        return "ae";
    case u'ø':
        return "o";
    case u'å':
        return "a"; // decomposes, but keep it explicit
    case u'ä':
        return "a";
    case u'ö':
        return "o";
    case u'ß':
        return "ss";
    case u'đ':
        return "d";
    case u'ł':
        return "l";
    case u'þ':
        return "th";
    case u'œ':
        return "oe";
    default:
        return nullptr;
    }
}

// Alternative spellings for one letter; the first is what foldName() uses.
QStringList letterSpellings(char16_t c)
{
    switch (c) {
    case u'æ':
        return { QStringLiteral("ae"), QStringLiteral("a") };
    case u'ø':
        return { QStringLiteral("o"), QStringLiteral("oe") };
    case u'å':
        return { QStringLiteral("a"), QStringLiteral("aa") };
    case u'ä':
        return { QStringLiteral("a"), QStringLiteral("ae") };
    case u'ö':
        return { QStringLiteral("o"), QStringLiteral("oe") };
    case u'ü':
        return { QStringLiteral("u"), QStringLiteral("ue") };
    default:
        return {};
    }
}

void appendFolded(QString &out, QChar ch)
{
    const QChar lower = ch.toLower();
    if (const char *s = specialFold(lower.unicode())) {
        out += QLatin1String(s);
        return;
    }
    if (lower.unicode() < 0x80) {
        out += lower;
        return;
    }
    // Canonical decomposition, keep base letters only: é → e, ü → u.
    const QString decomposed = QString(lower).normalized(QString::NormalizationForm_D);
    for (QChar d : decomposed)
        if (!d.isMark())
            out += d;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

QString foldName(const QString &text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (QChar ch : text)
        appendFolded(out, ch);
    return out;
}

QStringList foldedWords(const QString &text)
{
    QStringList words;
    QString current;
    for (QChar ch : text) {
        if (isWordChar(ch)) {
            current += ch;
        } else if (!current.isEmpty()) {
            words.append(foldName(current));
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(foldName(current));
    return words;
}

QStringList nameSpellings(const QString &word)
{
    // Build the spellings letter by letter; names have few special letters,
    // and the list is capped so a pathological name cannot explode it.
    constexpr int kMaxSpellings = 16;
    QStringList result { QString() };
    for (QChar ch : word) {
        const QChar lower = ch.toLower();
        const QStringList options = letterSpellings(lower.unicode());
        if (options.isEmpty()) {
            QString folded;
            appendFolded(folded, lower);
            for (QString &r : result)
                r += folded;
            continue;
        }
        QStringList next;
        for (const QString &r : result)
            for (const QString &o : options)
                if (next.size() < kMaxSpellings)
                    next.append(r + o);
        result = next;
    }
    result.removeDuplicates();
    return result;
}

} // namespace oppmote
