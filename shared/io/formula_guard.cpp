#include "io/formula_guard.h"

namespace oppmote::io {

namespace {

bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

QString guardFormula(const QString &text)
{
    if (text.isEmpty() || !startsFormula(text.front()))
        return text;
    return QLatin1Char('\'') + text;
}

QString unguardFormula(const QString &text)
{
    if (text.size() >= 2 && text.front() == u'\'' && startsFormula(text.at(1)))
        return text.mid(1);
    return text;
}

} // namespace oppmote::io
