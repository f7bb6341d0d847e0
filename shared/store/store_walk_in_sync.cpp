// Store: walk-ins between a device and the hub (docs/sync.md). A device sends
// what it registered, approved or rejected from its walk-in outbox; the hub
// stores a new registration as it came and, for one it knows, records only a
// decision on a pending walk-in: the first approval or rejection it records
// stands, a later one is answered with a reason and changes nothing there.

#include "store/store_private.h"
#include "store/walk_in_rows.h"

#include <QCoreApplication>

namespace oppmote {

using storeutil::nowText;

namespace {

struct WalkInText {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

// What the hub has of a pushed walk-in's id.
struct Known {
    bool exists = false;
    bool walkIn = false;
    QString token = {};
    bool rejected = false;
};

Result<Known> known(sql::Connection &db, const QString &id)
{
    sql::Statement st(
        db, "SELECT type = 'walkin', coalesce(token, ''), rejected FROM attendees WHERE id = ?1");
    st.bind(1, id);
    Known k;
    if (st.step()) {
        k.exists = true;
        k.walkIn = st.integer(0) != 0;
        k.token = st.text(1);
        k.rejected = st.integer(2) != 0;
    }
    if (st.error())
        return *st.error();
    return k;
}

// Whether another person has this code already.
Result<bool> codeTaken(sql::Connection &db, const QString &token, const QString &id)
{
    sql::Statement st(db, "SELECT 1 FROM attendees WHERE token = ?1 AND id <> ?2");
    st.bind(1, token).bind(2, id);
    const bool taken = st.step();
    if (st.error())
        return *st.error();
    return taken;
}

Status approve(sql::Connection &db, const QString &id, const QString &token, const QString &deviceId)
{
    sql::Statement st(db,
        "UPDATE attendees SET token = ?2, decided_by = ?3, decided_at = ?4, updated_at = ?4 WHERE id = ?1");
    st.bind(1, id).bind(2, token).bind(3, deviceId).bind(4, nowText());
    return st.exec();
}

Status reject(sql::Connection &db, const QString &id, const QString &reason, const QString &deviceId)
{
    sql::Statement st(db,
        "UPDATE attendees SET rejected = 1, rejection_reason = ?2, decided_by = ?3, decided_at = ?4, "
        "updated_at = ?4 WHERE id = ?1");
    st.bind(1, id).bind(2, reason.simplified().left(500)).bind(3, deviceId).bind(4, nowText());
    return st.exec();
}

// The answer to a device's word on a walk-in the hub knows; `changed` when the
// hub recorded the device's decision.
Result<QString> decide(
    sql::Connection &db, const WalkIn &w, const Known &k, const QString &deviceId, bool &changed)
{
    if (!k.walkIn)
        return QString::fromLatin1(kNotAWalkIn);
    if (k.rejected)
        return w.state == WalkInState::Approved ? QString::fromLatin1(kWalkInRejected) : QString();
    if (!k.token.isEmpty()) {
        const bool same = w.state == WalkInState::Pending
            || (w.state == WalkInState::Approved && w.person.token == k.token);
        return same ? QString() : QString::fromLatin1(kWalkInApproved);
    }
    if (w.state == WalkInState::Approved) {
        auto taken = codeTaken(db, w.person.token, w.person.id);
        if (!taken.ok())
            return taken.error();
        if (taken.value() || w.person.token.isEmpty())
            return QString::fromLatin1(kWalkInCodeTaken);
        if (auto s = approve(db, w.person.id, w.person.token, deviceId); !s.ok())
            return s.error();
        changed = true;
    } else if (w.state == WalkInState::Rejected) {
        if (auto s = reject(db, w.person.id, w.reason, deviceId); !s.ok())
            return s.error();
        changed = true;
    }
    return QString();
}

} // namespace

QString walkInRefusalText(const QString &reason)
{
    if (reason == QLatin1String(kWalkInRejected))
        return WalkInText::tr("the walk-in was turned down at the desk");
    if (reason == QLatin1String(kWalkInApproved))
        return WalkInText::tr("the walk-in was approved with another code first; that code stands");
    if (reason == QLatin1String(kNotAWalkIn))
        return WalkInText::tr("the hub has someone on the roster with this id");
    if (reason == QLatin1String(kWalkInCodeTaken))
        return WalkInText::tr("the code belongs to someone else; the walk-in waits for approval");
    return WalkInText::tr("refused by the hub (%1)").arg(reason);
}

Result<QList<WalkIn>> Store::unsentWalkIns(int limit)
{
    sql::Statement st(d->db,
        walkinrows::select("AND id IN (SELECT attendee_id FROM walkin_outbox WHERE acked = 0) "
                           "ORDER BY coalesce(registered_at, updated_at), id LIMIT ?1")
            .constData());
    st.bind(1, qint64(limit));
    return walkinrows::read(st);
}

Result<int> Store::unsentWalkInCount()
{
    auto n = d->db.scalar("SELECT count(*) FROM walkin_outbox WHERE acked = 0");
    if (!n.ok())
        return n.error();
    return int(n.value());
}

Status Store::acknowledgeWalkIns(const QList<WalkInAnswer> &answers)
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun();
    // Kept (acked) until the hub's roster brings the walk-in back, so a roster
    // made before the hub had it does not take it away here.
    // Only as it was sent: one approved or rejected here since goes again.
    sql::Statement acked(d->db,
        "UPDATE walkin_outbox SET acked = 1, refused = ?2 WHERE attendee_id = ?1 AND acked = 0 AND "
        "?3 = (SELECT CASE WHEN a.rejected <> 0 THEN 'rejected' WHEN a.token IS NOT NULL THEN 'approved' "
        "ELSE 'pending' END FROM attendees a WHERE a.id = ?1)");
    // The hub has the contact details now: a kiosk does not keep them.
    sql::Statement forget(d->db,
        "UPDATE attendees SET email = '', phone = '' WHERE id = ?1 AND type = 'walkin' "
        "AND (email <> '' OR phone <> '')");
    for (const WalkInAnswer &a : answers) {
        acked.bind(1, a.id).bindOptional(2, a.refusal.left(64)).bind(3, walkInStateName(a.state));
        if (auto s = acked.exec(); !s.ok())
            return s;
        if (d->db.changes() == 0 || a.refusal == QLatin1String(kNotAWalkIn))
            continue;
        forget.bind(1, a.id);
        if (auto s = forget.exec(); !s.ok())
            return s;
    }
    return tx.commit();
}

Status Store::addRelayedWalkIns(const QList<Attendee> &walkIns)
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun();
    for (const Attendee &a : walkIns) {
        if (a.token.isEmpty())
            continue; // pending or turned down at the hub: the roster brings it as it is
        auto k = known(d->db, a.id);
        if (!k.ok())
            return k.error();
        if (k->exists)
            continue;
        WalkIn w;
        w.person = a;
        w.state = WalkInState::Approved;
        if (auto s = walkinrows::insert(d->db, w); !s.ok())
            return s;
    }
    return tx.commit();
}

Result<QList<WalkInAnswer>> Store::receiveWalkIns(const QString &deviceId, const QList<WalkIn> &walkIns)
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun().error();
    Device device; // its times on the hub's clock, as far as the hub has measured it
    {
        sql::Statement st(d->db, "SELECT clock_offset_ms FROM devices WHERE id = ?1");
        st.bind(1, deviceId);
        if (st.step() && !st.isNull(0))
            device.clockOffsetMs = st.integer(0);
        if (st.error())
            return *st.error();
    }
    QList<WalkInAnswer> answers;
    bool changed = false;
    for (const WalkIn &pushed : walkIns) {
        auto k = known(d->db, pushed.person.id);
        if (!k.ok())
            return k.error();
        WalkInAnswer answer;
        answer.id = pushed.person.id;
        answer.state = pushed.state;
        if (!k->exists) {
            WalkIn w = pushed;
            w.deviceId = deviceId; // who pushed it registered it; the message does not say
            w.decidedBy = deviceId;
            w.registeredAt = pushed.registeredAt.isValid() ? device.onHubClock(pushed.registeredAt)
                                                           : QDateTime::currentDateTimeUtc();
            if (w.state == WalkInState::Approved) {
                auto taken = codeTaken(d->db, w.person.token, w.person.id);
                if (!taken.ok())
                    return taken.error();
                if (taken.value() || w.person.token.isEmpty()) {
                    w.state = WalkInState::Pending;
                    answer.refusal = QString::fromLatin1(kWalkInCodeTaken);
                }
            }
            if (auto s = walkinrows::insert(d->db, w); !s.ok())
                return s.error();
            changed = true;
        } else {
            auto refusal = decide(d->db, pushed, k.value(), deviceId, changed);
            if (!refusal.ok())
                return refusal.error();
            answer.refusal = refusal.value();
        }
        answers.append(answer);
    }
    // Every device learns of it through the roster (docs/sync.md): a new
    // registration is not a roster change to the triggers, so it is counted here.
    if (changed)
        if (auto s
            = d->db.exec("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'");
            !s.ok())
            return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return answers;
}

} // namespace oppmote
