#pragma once
// When something happened, for a list on the desk: "14:05" today, else the
// UI language's short date and time.

#include <QDateTime>
#include <QLocale>

namespace oppmote {

inline QString shownWhen(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm"))
                                                : QLocale().toString(local, QLocale::ShortFormat);
}

} // namespace oppmote
