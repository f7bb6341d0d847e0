#pragma once
// Norwegian weekday and month names, as programmes write them.

#include <QString>

namespace oppmote::nbdate {

int weekdayFromName(const QString &name); // "mandag" → 1 … "søndag" → 7; 0 if unknown
int monthFromName(const QString &name); // "september" → 9; 0 if unknown
QString weekdayName(int dayOfWeek); // 1 → "mandag"
QString monthName(int month); // 9 → "september"

} // namespace oppmote::nbdate
