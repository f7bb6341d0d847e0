// Store: group-work allocation. The assignments table (v1) holds the current
// allocation of every slot; allocation_runs and allocation_audit (v2) record
// how it came about. Every write is one BEGIN IMMEDIATE transaction together
// with its audit row, so the log never misses a change.

#include "store/store_private.h"

#include <QCoreApplication>

namespace oppmote {

using storeutil::nowText;
using storeutil::timeFromText;

QString auditKindName(AuditKind kind)
{
    switch (kind) {
    case AuditKind::Run:
        return QStringLiteral("run");
    case AuditKind::Move:
        return QStringLiteral("move");
    case AuditKind::Lock:
        return QStringLiteral("lock");
    case AuditKind::Unlock:
        return QStringLiteral("unlock");
    case AuditKind::Publish:
        return QStringLiteral("publish");
    }
    return {};
}

namespace {

AuditKind auditKindFromName(const QString &name)
{
    for (AuditKind k :
        { AuditKind::Run, AuditKind::Move, AuditKind::Lock, AuditKind::Unlock, AuditKind::Publish })
        if (auditKindName(k) == name)
            return k;
    return AuditKind::Run;
}

struct StoreText {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

Status writeAudit(sql::Connection &db, const AuditEntry &e)
{
    sql::Statement st(db,
        "INSERT INTO allocation_audit(at, \"by\", kind, slot_key, attendee_id, from_group, to_group, reason) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
    st.bind(1, nowText())
        .bind(2, e.by)
        .bind(3, auditKindName(e.kind))
        .bind(4, e.slotKey)
        .bindOptional(5, e.attendeeId)
        .bindOptional(6, e.fromGroup)
        .bindOptional(7, e.toGroup)
        .bind(8, e.reason);
    return st.exec();
}

// The attendee's current assignment in the slot, if any.
Result<std::optional<Assignment>> currentAssignment(
    sql::Connection &db, const QString &slotKey, const QString &attendeeId)
{
    sql::Statement st(
        db, "SELECT group_key, locked, fixed FROM assignments WHERE slot_key = ?1 AND attendee_id = ?2");
    st.bind(1, slotKey).bind(2, attendeeId);
    if (st.step())
        return std::optional<Assignment>(
            Assignment { slotKey, attendeeId, st.text(0), st.integer(1) != 0, st.integer(2) != 0 });
    if (st.error())
        return *st.error();
    return std::optional<Assignment>();
}

} // namespace

Result<QList<Assignment>> Store::assignments(const QString &slotKey)
{
    sql::Statement st(d->db,
        slotKey.isEmpty() ? "SELECT slot_key, attendee_id, group_key, locked, fixed FROM assignments "
                            "ORDER BY slot_key, group_key, attendee_id"
                          : "SELECT slot_key, attendee_id, group_key, locked, fixed FROM assignments "
                            "WHERE slot_key = ?1 ORDER BY group_key, attendee_id");
    if (!slotKey.isEmpty())
        st.bind(1, slotKey);
    QList<Assignment> list;
    while (st.step())
        list.append({ st.text(0), st.text(1), st.text(2), st.integer(3) != 0, st.integer(4) != 0 });
    if (st.error())
        return *st.error();
    return list;
}

namespace {

// Writes one run: the slot's assignments replaced, the run row, its placements
// (allocation_run_assignments) and the audit row. Inside the caller's transaction.
Result<qint64> writeRun(sql::Connection &db, const QString &slotKey, const QList<Assignment> &assignments,
    const AllocationRunInfo &run, const QString &defaultReason)
{
    {
        sql::Statement clear(db, "DELETE FROM assignments WHERE slot_key = ?1");
        clear.bind(1, slotKey);
        if (auto s = clear.exec(); !s.ok())
            return s.error();
    }
    sql::Statement insert(db,
        "INSERT INTO assignments(slot_key, attendee_id, group_key, locked, fixed) VALUES(?1,?2,?3,?4,?5)");
    for (const Assignment &a : assignments) {
        if (a.slotKey != slotKey)
            return makeError(ErrorCode::InvalidInput,
                StoreText::tr("An assignment for %1 was given to the allocation of %2.")
                    .arg(a.slotKey, slotKey));
        insert.bind(1, slotKey).bind(2, a.attendeeId).bind(3, a.groupKey).bind(4, a.locked).bind(5, a.fixed);
        if (auto s = insert.exec(); !s.ok())
            return s.error();
    }
    sql::Statement runRow(db,
        "INSERT INTO allocation_runs(slot_key, at, \"by\", options_json, quality_json, published) "
        "VALUES(?1,?2,?3,?4,?5,0)");
    runRow.bind(1, slotKey)
        .bind(2, nowText())
        .bind(3, run.by)
        .bind(4, run.optionsJson.isEmpty() ? QStringLiteral("{}") : run.optionsJson)
        .bind(5, run.qualityJson.isEmpty() ? QStringLiteral("{}") : run.qualityJson);
    if (auto s = runRow.exec(); !s.ok())
        return s.error();
    auto runId = db.scalar("SELECT last_insert_rowid()");
    if (!runId.ok())
        return runId.error();
    sql::Statement kept(db,
        "INSERT INTO allocation_run_assignments(run_id, attendee_id, group_key, locked) VALUES(?1,?2,?3,?4)");
    for (const Assignment &a : assignments) {
        kept.bind(1, runId.value()).bind(2, a.attendeeId).bind(3, a.groupKey).bind(4, a.locked);
        if (auto s = kept.exec(); !s.ok())
            return s.error();
    }
    AuditEntry audit;
    audit.by = run.by;
    audit.kind = AuditKind::Run;
    audit.slotKey = slotKey;
    audit.reason
        = run.reason.isEmpty() ? defaultReason.arg(runId.value()).arg(assignments.size()) : run.reason;
    if (auto s = writeAudit(db, audit); !s.ok())
        return s.error();
    return runId.value();
}

} // namespace

Result<qint64> Store::saveAllocation(
    const QString &slotKey, const QList<Assignment> &assignments, const AllocationRunInfo &run)
{
    auto &db = d->db;
    sql::WriteTransaction tx(db);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto runId = writeRun(db, slotKey, assignments, run, StoreText::tr("run %1: %2 placed"));
    if (!runId.ok())
        return runId.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return runId.value();
}

Result<QList<Assignment>> Store::runAssignments(qint64 runId)
{
    sql::Statement st(d->db,
        "SELECT r.slot_key, a.attendee_id, a.group_key, a.locked FROM allocation_run_assignments a "
        "JOIN allocation_runs r ON r.id = a.run_id WHERE a.run_id = ?1 ORDER BY a.group_key, a.attendee_id");
    st.bind(1, runId);
    QList<Assignment> list;
    while (st.step())
        list.append({ st.text(0), st.text(1), st.text(2), st.integer(3) != 0, false });
    if (st.error())
        return *st.error();
    return list;
}

Result<qint64> Store::restoreRun(const QString &slotKey, qint64 runId, const QString &by,
    const QString &reason, const QStringList &fixedIds)
{
    auto &db = d->db;
    sql::WriteTransaction tx(db);
    if (!tx.begun().ok())
        return tx.begun().error();
    AllocationRunInfo info;
    {
        sql::Statement run(
            db, "SELECT options_json, quality_json FROM allocation_runs WHERE id = ?1 AND slot_key = ?2");
        run.bind(1, runId).bind(2, slotKey);
        if (!run.step()) {
            if (run.error())
                return *run.error();
            return makeError(ErrorCode::NotFound, StoreText::tr("%1 has no run %2.").arg(slotKey).arg(runId));
        }
        info.optionsJson = run.text(0);
        info.qualityJson = run.text(1);
    }
    QList<Assignment> placements;
    {
        sql::Statement rows(db,
            "SELECT attendee_id, group_key, locked FROM allocation_run_assignments WHERE run_id = ?1 "
            "ORDER BY group_key, attendee_id");
        rows.bind(1, runId);
        while (rows.step()) {
            const QString id = rows.text(0);
            const bool locked = rows.integer(2) != 0;
            placements.append({ slotKey, id, rows.text(1), locked, !locked && fixedIds.contains(id) });
        }
        if (rows.error())
            return *rows.error();
    }
    if (placements.isEmpty())
        return makeError(ErrorCode::Conflict,
            StoreText::tr(
                "Run %1 of %2 kept no placements (it was made before runs kept them); it cannot be restored.")
                .arg(runId)
                .arg(slotKey));
    info.by = by;
    info.reason = reason.isEmpty() ? StoreText::tr("restored run %1").arg(runId)
                                   : StoreText::tr("restored run %1: %2").arg(runId).arg(reason);
    auto newRun = writeRun(db, slotKey, placements, info, {});
    if (!newRun.ok())
        return newRun.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return newRun.value();
}

Status Store::moveAttendee(const QString &slotKey, const QString &attendeeId, const QString &toGroup,
    const QString &by, const QString &reason)
{
    auto &db = d->db;
    sql::WriteTransaction tx(db);
    if (!tx.begun().ok())
        return tx.begun();
    auto before = currentAssignment(db, slotKey, attendeeId);
    if (!before.ok())
        return before.error();
    if (before.value() && before.value()->fixed)
        return makeError(ErrorCode::Conflict,
            StoreText::tr("%1 is fixed to %2 (facilitator or case presenter) and cannot be moved.")
                .arg(attendeeId, before.value()->groupKey));
    sql::Statement upsert(db,
        "INSERT INTO assignments(slot_key, attendee_id, group_key, locked, fixed) VALUES(?1,?2,?3,1,0) "
        "ON CONFLICT(slot_key, attendee_id) DO UPDATE SET group_key = excluded.group_key, locked = 1");
    upsert.bind(1, slotKey).bind(2, attendeeId).bind(3, toGroup);
    if (auto s = upsert.exec(); !s.ok())
        return s;
    AuditEntry audit;
    audit.by = by;
    audit.kind = AuditKind::Move;
    audit.slotKey = slotKey;
    audit.attendeeId = attendeeId;
    audit.fromGroup = before.value() ? before.value()->groupKey : QString();
    audit.toGroup = toGroup;
    audit.reason = reason;
    if (auto s = writeAudit(db, audit); !s.ok())
        return s;
    return tx.commit();
}

Status Store::setLocked(
    const QString &slotKey, const QString &attendeeId, bool locked, const QString &by, const QString &reason)
{
    auto &db = d->db;
    sql::WriteTransaction tx(db);
    if (!tx.begun().ok())
        return tx.begun();
    auto before = currentAssignment(db, slotKey, attendeeId);
    if (!before.ok())
        return before.error();
    if (!before.value())
        return makeError(ErrorCode::NotFound,
            StoreText::tr("%1 has no place in %2 to lock or unlock; allocate first or move them.")
                .arg(attendeeId, slotKey));
    sql::Statement update(db, "UPDATE assignments SET locked = ?3 WHERE slot_key = ?1 AND attendee_id = ?2");
    update.bind(1, slotKey).bind(2, attendeeId).bind(3, locked);
    if (auto s = update.exec(); !s.ok())
        return s;
    AuditEntry audit;
    audit.by = by;
    audit.kind = locked ? AuditKind::Lock : AuditKind::Unlock;
    audit.slotKey = slotKey;
    audit.attendeeId = attendeeId;
    audit.fromGroup = before.value()->groupKey;
    audit.toGroup = before.value()->groupKey;
    audit.reason = reason;
    if (auto s = writeAudit(db, audit); !s.ok())
        return s;
    return tx.commit();
}

Status Store::publish(const QString &slotKey, const QString &by, const QString &reason)
{
    auto &db = d->db;
    sql::WriteTransaction tx(db);
    if (!tx.begun().ok())
        return tx.begun();
    sql::Statement latest(db, "SELECT max(id) FROM allocation_runs WHERE slot_key = ?1");
    latest.bind(1, slotKey);
    if (!latest.step() || latest.isNull(0)) {
        if (latest.error())
            return *latest.error();
        return makeError(ErrorCode::NotFound,
            StoreText::tr("%1 has not been allocated yet; nothing to publish.").arg(slotKey));
    }
    const qint64 runId = latest.integer(0);
    latest.reset();
    sql::Statement mark(db, "UPDATE allocation_runs SET published = 1 WHERE id = ?1");
    mark.bind(1, runId);
    if (auto s = mark.exec(); !s.ok())
        return s;
    AuditEntry audit;
    audit.by = by;
    audit.kind = AuditKind::Publish;
    audit.slotKey = slotKey;
    audit.reason = reason.isEmpty() ? StoreText::tr("run %1 published").arg(runId) : reason;
    if (auto s = writeAudit(db, audit); !s.ok())
        return s;
    return tx.commit();
}

Result<QList<AllocationRun>> Store::allocationRuns(const QString &slotKey)
{
    sql::Statement st(d->db,
        slotKey.isEmpty() ? "SELECT id, slot_key, at, \"by\", options_json, quality_json, published "
                            "FROM allocation_runs ORDER BY id"
                          : "SELECT id, slot_key, at, \"by\", options_json, quality_json, published "
                            "FROM allocation_runs WHERE slot_key = ?1 ORDER BY id");
    if (!slotKey.isEmpty())
        st.bind(1, slotKey);
    QList<AllocationRun> list;
    while (st.step())
        list.append({ st.integer(0), st.text(1), timeFromText(st.text(2)), st.text(3), st.text(4), st.text(5),
            st.integer(6) != 0 });
    if (st.error())
        return *st.error();
    return list;
}

Result<QList<AuditEntry>> Store::auditLog(const QString &slotKey)
{
    sql::Statement st(d->db,
        slotKey.isEmpty()
            ? "SELECT id, at, \"by\", kind, slot_key, attendee_id, from_group, to_group, reason "
              "FROM allocation_audit ORDER BY id"
            : "SELECT id, at, \"by\", kind, slot_key, attendee_id, from_group, to_group, reason "
              "FROM allocation_audit WHERE slot_key = ?1 ORDER BY id");
    if (!slotKey.isEmpty())
        st.bind(1, slotKey);
    QList<AuditEntry> list;
    while (st.step())
        list.append({ st.integer(0), timeFromText(st.text(1)), st.text(2), auditKindFromName(st.text(3)),
            st.text(4), st.text(5), st.text(6), st.text(7), st.text(8) });
    if (st.error())
        return *st.error();
    return list;
}

} // namespace oppmote
