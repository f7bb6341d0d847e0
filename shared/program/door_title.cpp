#include "program/door_title.h"

namespace oppmote {

namespace {

// The word before position `end` (exclusive): letters and dots back to a space.
QString wordBefore(const QString &text, qsizetype end)
{
    qsizetype start = end;
    while (start > 0 && !text.at(start - 1).isSpace())
        --start;
    return text.mid(start, end - start);
}

bool endsSentence(const QString &text, qsizetype at)
{
    const QChar c = text.at(at);
    if (c != QLatin1Char('.') && c != QLatin1Char('?') && c != QLatin1Char('!'))
        return false;
    if (at + 2 >= text.size() || !text.at(at + 1).isSpace() || !text.at(at + 2).isUpper())
        return false;
    if (c != QLatin1Char('.'))
        return true;
    const QString word = wordBefore(text, at);
    return word.size() >= 3 && !word.contains(QLatin1Char('.')) && !word.at(0).isDigit();
}

} // namespace

QString doorTitle(const QString &sessionTitle)
{
    const QString title = sessionTitle.trimmed();
    for (qsizetype i = 0; i < title.size(); ++i)
        if (endsSentence(title, i))
            return title.left(i + 1);
    return title;
}

} // namespace oppmote
