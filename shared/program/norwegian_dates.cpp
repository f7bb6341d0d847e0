#include "program/norwegian_dates.h"

#include <QStringList>

namespace oppmote::nbdate {

namespace {
const QStringList &weekdays()
{
    static const QStringList names { QStringLiteral("mandag"), QStringLiteral("tirsdag"),
        QStringLiteral("onsdag"), QStringLiteral("torsdag"), QStringLiteral("fredag"),
        QStringLiteral("lørdag"), QStringLiteral("søndag") };
    return names;
}

const QStringList &months()
{
    static const QStringList names { QStringLiteral("januar"), QStringLiteral("februar"),
        QStringLiteral("mars"), QStringLiteral("april"), QStringLiteral("mai"), QStringLiteral("juni"),
        QStringLiteral("juli"), QStringLiteral("august"), QStringLiteral("september"),
        QStringLiteral("oktober"), QStringLiteral("november"), QStringLiteral("desember") };
    return names;
}
} // namespace

int weekdayFromName(const QString &name)
{
    QString n = name.toLower();
    // Nynorsk spellings and abbreviations seen in programmes.
    if (n == QLatin1String("måndag"))
        n = QStringLiteral("mandag");
    else if (n == QLatin1String("tysdag"))
        n = QStringLiteral("tirsdag");
    else if (n == QLatin1String("laurdag"))
        n = QStringLiteral("lørdag");
    return int(weekdays().indexOf(n)) + 1;
}

int monthFromName(const QString &name)
{
    const QString n = name.toLower();
    for (int i = 0; i < months().size(); ++i)
        if (months()[i] == n || (n.size() >= 3 && months()[i].startsWith(n)))
            return i + 1;
    return 0;
}

QString weekdayName(int dayOfWeek)
{
    return dayOfWeek >= 1 && dayOfWeek <= 7 ? weekdays()[dayOfWeek - 1] : QString();
}

QString monthName(int month)
{
    return month >= 1 && month <= 12 ? months()[month - 1] : QString();
}

} // namespace oppmote::nbdate
