#include "domain/plain_text.h"

namespace oppmote {

namespace {

bool isDirectionControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
        || c == 0x061C;
}

} // namespace

QString shownText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (isDirectionControl(c))
            continue;
        if (ch.category() == QChar::Other_Control) {
            if (c == u'\n' || c == u'\r' || c == u'\t')
                out.append(QLatin1Char(' '));
            continue;
        }
        out.append(ch);
    }
    return out.simplified();
}

} // namespace oppmote
