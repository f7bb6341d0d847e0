// Store: the arrival curve and attendance per organisation for a day, each
// one query over the live check-in log (store_attendance.cpp's `live`).

#include "store/store_private.h"

#include <QHash>

namespace oppmote {

using storeutil::liveWithDays;

Result<QList<ArrivalInterval>> Store::arrivalCurve(const QDate &day, int minutes)
{
    if (!day.isValid() || minutes <= 0)
        return QList<ArrivalInterval> {};
    const QByteArray query = "WITH " + liveWithDays() + R"sql(
SELECT first, count(*) FROM (
  SELECT attendee_id, min(local_time) AS first FROM live
  WHERE sk = '' AND kind = 'entry' AND day = ?1 GROUP BY attendee_id)
GROUP BY first ORDER BY first
)sql";
    sql::Statement st(d->db, query.constData());
    st.bind(1, day.toString(Qt::ISODate));
    QMap<int, int> perInterval; // minutes since midnight of the interval's start → arrivals
    while (st.step()) {
        const QTime t = QTime::fromString(st.text(0), Qt::ISODate);
        if (!t.isValid())
            continue;
        const int start = (t.msecsSinceStartOfDay() / 60000) / minutes * minutes;
        perInterval[start] += int(st.integer(1));
    }
    if (st.error())
        return *st.error();
    QList<ArrivalInterval> curve;
    if (perInterval.isEmpty())
        return curve;
    for (int m = perInterval.firstKey(); m <= perInterval.lastKey(); m += minutes)
        curve.append({ QTime(0, 0).addSecs(m * 60), perInterval.value(m) });
    return curve;
}

Result<QList<OrganisationAttendance>> Store::organisationAttendance(const QDate &day)
{
    const QByteArray query = "WITH " + liveWithDays() + R"sql(,
came AS (SELECT DISTINCT attendee_id FROM live WHERE sk = '' AND kind = 'entry' AND day = ?1)
SELECT a.organisation, sum(a.type <> 'walkin'), sum(c.attendee_id IS NOT NULL)
FROM attendees a LEFT JOIN came c ON c.attendee_id = a.id
WHERE a.rejected = 0
GROUP BY a.organisation
HAVING sum(a.type <> 'walkin') > 0 OR sum(c.attendee_id IS NOT NULL) > 0
ORDER BY a.organisation COLLATE NOCASE
)sql";
    sql::Statement st(d->db, query.constData());
    st.bind(1, day.isValid() ? day.toString(Qt::ISODate) : QString());
    QList<OrganisationAttendance> rows;
    while (st.step())
        rows.append({ st.text(0), int(st.integer(1)), int(st.integer(2)) });
    if (st.error())
        return *st.error();
    return rows;
}

Result<QHash<QString, int>> Store::entriesByDevice(const QDate &day)
{
    const QByteArray query = "WITH " + liveWithDays()
        + " SELECT device_id, count(*) FROM live WHERE kind = 'entry' AND day = ?1 GROUP BY device_id";
    sql::Statement st(d->db, query.constData());
    st.bind(1, day.isValid() ? day.toString(Qt::ISODate) : QString());
    QHash<QString, int> entries;
    while (st.step())
        entries.insert(st.text(0), int(st.integer(1)));
    if (st.error())
        return *st.error();
    return entries;
}

} // namespace oppmote
