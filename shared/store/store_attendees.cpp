// Store: the roster.

#include "store/store_private.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace oppmote {

const char *const storeutil::kAttendeeColumns
    = "id, first_name, last_name, organisation, role, email, phone, preferences, consent, type, token, "
      "fixed_group";

Attendee storeutil::readAttendee(const sql::Statement &st)
{
    Attendee a;
    a.id = st.text(0);
    a.firstName = st.text(1);
    a.lastName = st.text(2);
    a.organisation = st.text(3);
    a.role = st.text(4);
    a.email = st.text(5);
    a.phone = st.text(6);
    for (const auto &v : QJsonDocument::fromJson(st.text(7).toUtf8()).array())
        a.preferences.append(v.toString());
    a.consent = st.integer(8) != 0;
    a.type = attendeeTypeFromName(st.text(9));
    a.token = st.text(10);
    a.fixedGroup = st.text(11);
    return a;
}

void storeutil::bindPerson(sql::Statement &st, const Attendee &a)
{
    st.bind(1, a.id)
        .bind(2, a.firstName)
        .bind(3, a.lastName)
        .bind(4, a.organisation)
        .bind(5, a.role)
        .bind(6, a.email)
        .bind(7, a.phone);
}

namespace {

using storeutil::kAttendeeColumns;
using storeutil::readAttendee;

QByteArray selectAttendees(const char *where)
{
    return QByteArray("SELECT ") + kAttendeeColumns + " FROM attendees " + where;
}

} // namespace

Result<UpsertCounts> Store::upsertAttendees(const QList<Attendee> &attendees)
{
    auto &db = d->db;
    sql::WriteTransaction tx(db);
    if (!tx.begun().ok())
        return tx.begun().error();
    sql::Statement exists(db, "SELECT 1 FROM attendees WHERE id = ?1");
    sql::Statement upsert(db,
        "INSERT INTO attendees(id, first_name, last_name, organisation, role, email, "
        "phone, preferences, consent, type, token, fixed_group, updated_at, registered_by, registered_at) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15) "
        "ON CONFLICT(id) DO UPDATE SET first_name=excluded.first_name, "
        "last_name=excluded.last_name, organisation=excluded.organisation, "
        "role=excluded.role, email=excluded.email, phone=excluded.phone, "
        "preferences=excluded.preferences, consent=excluded.consent, "
        "type=excluded.type, token=excluded.token, fixed_group=excluded.fixed_group, "
        "updated_at=excluded.updated_at");
    sql::Statement org(db, "INSERT OR IGNORE INTO organisations(name) VALUES(?1)");
    // A walk-in new here was registered here: it waits for the hub (docs/sync.md).
    sql::Statement outbox(db, "INSERT OR IGNORE INTO walkin_outbox(attendee_id) VALUES(?1)");
    UpsertCounts counts;
    const QString now = storeutil::nowText();
    for (const Attendee &a : attendees) {
        exists.bind(1, a.id);
        const bool known = exists.step();
        exists.reset();
        const bool registered = !known && a.type == AttendeeType::WalkIn;
        storeutil::bindPerson(upsert, a);
        upsert
            .bind(8,
                QString::fromUtf8(
                    QJsonDocument(QJsonArray::fromStringList(a.preferences)).toJson(QJsonDocument::Compact)))
            .bind(9, a.consent)
            .bind(10, attendeeTypeName(a.type))
            .bindOptional(11, a.token)
            .bind(12, a.fixedGroup)
            .bind(13, now)
            .bindOptional(14, registered ? d->local.id : QString())
            .bindOptional(15, registered ? now : QString());
        if (auto s = upsert.exec(); !s.ok())
            return makeError(s.error().code, QStringLiteral("%1 (%2)").arg(s.error().message, a.fullName()));
        if (registered) {
            outbox.bind(1, a.id);
            if (auto s = outbox.exec(); !s.ok())
                return s.error();
            ++d->outboxWrites;
        }
        if (!a.organisation.isEmpty()) {
            org.bind(1, a.organisation);
            if (auto s = org.exec(); !s.ok())
                return s.error();
        }
        ++(known ? counts.updated : counts.added);
    }
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return counts;
}

Result<QList<Attendee>> Store::attendees()
{
    sql::Statement st(d->db, selectAttendees("ORDER BY last_name, first_name, id").constData());
    QList<Attendee> list;
    while (st.step())
        list.append(readAttendee(st));
    if (st.error())
        return *st.error();
    return list;
}

Result<std::optional<Attendee>> Store::attendee(const QString &id)
{
    sql::Statement st(d->db, selectAttendees("WHERE id = ?1").constData());
    st.bind(1, id);
    if (st.step())
        return std::optional<Attendee>(readAttendee(st));
    if (st.error())
        return *st.error();
    return std::optional<Attendee>();
}

Result<std::optional<Attendee>> Store::attendeeByToken(const QString &token)
{
    sql::Statement st(d->db, selectAttendees("WHERE token = ?1").constData());
    st.bind(1, token);
    if (st.step())
        return std::optional<Attendee>(readAttendee(st));
    if (st.error())
        return *st.error();
    return std::optional<Attendee>();
}

Result<int> Store::attendeeCount()
{
    auto n = d->db.scalar("SELECT count(*) FROM attendees");
    if (!n.ok())
        return n.error();
    return int(n.value());
}

} // namespace oppmote
