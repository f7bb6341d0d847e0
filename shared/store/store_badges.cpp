// Store: the badge print log. A printed badge is a `badge_printed` event in
// the check-in log (so it syncs like any other fact); it never changes
// whether the person is checked in.

#include "store/store_private.h"

namespace oppmote {

Result<int> Store::badgePrintCount(const QString &attendeeId)
{
    sql::Statement st(d->db,
        "SELECT count(*) FROM checkin_events e WHERE attendee_id = ?1 AND kind = 'badge_printed' AND "
        "NOT EXISTS (SELECT 1 FROM checkin_events u WHERE u.kind = 'undo' AND u.undoes = e.id)");
    st.bind(1, attendeeId);
    if (st.step())
        return int(st.integer(0));
    return st.error() ? *st.error() : d->db.lastError(QStringLiteral("badge print count"));
}

Result<QSet<QString>> Store::attendeesWithBadges()
{
    const QByteArray sql = QByteArray("SELECT DISTINCT attendee_id FROM checkin_events e WHERE kind = "
                                      "'badge_printed' AND ")
        + storeutil::kNotUndone;
    sql::Statement st(d->db, sql.constData());
    QSet<QString> ids;
    while (st.step())
        ids.insert(st.text(0));
    if (st.error())
        return *st.error();
    return ids;
}

Result<QHash<QString, QString>> Store::lastBadgePrints()
{
    // SQLite takes the bare column (the note) from the row with the max().
    const QByteArray sql = QByteArray("SELECT attendee_id, max(device_time), coalesce(note, '') FROM "
                                      "checkin_events e WHERE kind = 'badge_printed' AND ")
        + storeutil::kNotUndone + " GROUP BY attendee_id";
    sql::Statement st(d->db, sql.constData());
    QHash<QString, QString> shows;
    while (st.step())
        shows.insert(st.text(0), st.text(2));
    if (st.error())
        return *st.error();
    return shows;
}

Result<QList<CheckinEvent>> Store::badgePrints(int limit)
{
    const QByteArray sql = QByteArray("SELECT ") + storeutil::kEventColumns
        + " FROM checkin_events e WHERE kind = 'badge_printed' AND " + storeutil::kNotUndone
        + " ORDER BY device_time DESC, device_id, device_seq DESC LIMIT ?1";
    sql::Statement st(d->db, sql.constData());
    st.bind(1, qint64(limit));
    return storeutil::readEvents(st);
}

Result<CheckinOutcome> Store::recordBadgePrinted(
    const QString &attendeeId, CheckinMethod method, const QString &shows)
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto who = attendee(attendeeId);
    if (!who.ok())
        return who.error();
    if (!who.value())
        return CheckinOutcome::of(CheckinStatus::UnknownAttendee);
    CheckinRequest request;
    request.attendeeId = attendeeId;
    request.method = method;
    request.note = shows;
    auto written = writeEvent(request, EventKind::BadgePrinted, {});
    if (!written.ok())
        return written.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return written;
}

} // namespace oppmote
