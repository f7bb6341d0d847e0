// The store's allocation tables (schema v2): saving runs, manual moves,
// locks, publishing, the audit log, and migrating a v1 database with a backup.

#include "store/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace oppmote;

namespace {

Attendee person(const QString &id, const QString &first, const QString &last)
{
    Attendee a;
    a.id = id;
    a.firstName = first;
    a.lastName = last;
    a.organisation = QStringLiteral("Viken fylkeskommune");
    return a;
}

// Runs SQL on a closed database file with the plain C API (no Store involved).
void rawExec(const QString &path, const char *sqlText)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *msg = nullptr;
    const int rc = sqlite3_exec(db, sqlText, nullptr, nullptr, &msg);
    const QString message = msg ? QString::fromUtf8(msg) : QString();
    sqlite3_free(msg);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

} // namespace

class TestStoreAllocation : public QObject
{
    Q_OBJECT

private slots:
    void runsMovesLocksAndTheLog()
    {
        QTemporaryDir dir;
        auto opened = Store::open(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        Store store = std::move(opened).value();
        QVERIFY(store.schemaVersion() >= 2); // allocation tables from v2 on
        QVERIFY(store
                    .upsertAttendees(
                        { person(QStringLiteral("p1"), QStringLiteral("Kari"), QStringLiteral("Nordmann")),
                            person(QStringLiteral("p2"), QStringLiteral("Ola"), QStringLiteral("Hansen")) })
                    .ok());

        const QString slot = QStringLiteral("d1-1400");
        AllocationRunInfo info { QStringLiteral("tester"), QStringLiteral("{\"moveCost\":0}"),
            QStringLiteral("{\"placed\":2}"), {} };
        auto run1 = store.saveAllocation(slot,
            { { slot, QStringLiteral("p1"), QStringLiteral("d1-1400-g1"), false, false },
                { slot, QStringLiteral("p2"), QStringLiteral("d1-1400-g2"), false, true } },
            info);
        QVERIFY2(run1.ok(), qPrintable(run1.error().message));
        QCOMPARE(store.assignments(slot)->size(), 2);

        // A second run replaces the slot's allocation as a whole.
        auto run2 = store.saveAllocation(
            slot, { { slot, QStringLiteral("p1"), QStringLiteral("d1-1400-g3"), false, false } }, info);
        QVERIFY(run2.ok());
        QVERIFY(run2.value() > run1.value());
        auto now = store.assignments(slot);
        QCOMPARE(now->size(), 1);
        QCOMPARE(now->front().groupKey, QStringLiteral("d1-1400-g3"));

        // An assignment for another slot is refused, and nothing changes.
        auto wrong = store.saveAllocation(slot,
            { { QStringLiteral("d2-1100"), QStringLiteral("p2"), QStringLiteral("x"), false, false } }, info);
        QVERIFY(!wrong.ok());
        QCOMPARE(store.assignments(slot)->front().groupKey, QStringLiteral("d1-1400-g3"));
        QCOMPARE(store.allocationRuns(slot)->size(), 2);

        QVERIFY(store
                    .moveAttendee(slot, QStringLiteral("p2"), QStringLiteral("d1-1400-g1"),
                        QStringLiteral("Anne"), QStringLiteral("needs step-free access"))
                    .ok());
        QVERIFY(
            store.setLocked(slot, QStringLiteral("p1"), true, QStringLiteral("Anne"), QStringLiteral("asked"))
                .ok());
        QVERIFY(store.setLocked(slot, QStringLiteral("p1"), false, QStringLiteral("Anne"), {}).ok());
        auto missing = store.setLocked(slot, QStringLiteral("nobody"), true, QStringLiteral("Anne"), {});
        QCOMPARE(missing.error().code, ErrorCode::NotFound);

        QCOMPARE(store.publish(QStringLiteral("d9-0900"), QStringLiteral("Anne")).error().code,
            ErrorCode::NotFound);
        QVERIFY(store.publish(slot, QStringLiteral("Anne")).ok());
        auto runs = store.allocationRuns(slot);
        QCOMPARE(runs->size(), 2);
        QVERIFY(!runs->at(0).published);
        QVERIFY(runs->at(1).published);
        QCOMPARE(runs->at(1).by, QStringLiteral("tester"));

        auto p2 = store.assignments(slot);
        QCOMPARE(p2->size(), 2);
        for (const Assignment &a : p2.value())
            if (a.attendeeId == QLatin1String("p2")) {
                QCOMPARE(a.groupKey, QStringLiteral("d1-1400-g1"));
                QVERIFY(a.locked);
            }

        auto log = store.auditLog(slot);
        QVERIFY(log.ok());
        QStringList kinds;
        for (const AuditEntry &e : log.value())
            kinds << auditKindName(e.kind);
        QCOMPARE(kinds, QStringList({ "run", "run", "move", "lock", "unlock", "publish" }));
        const AuditEntry &move = log->at(2);
        QCOMPARE(move.by, QStringLiteral("Anne"));
        QCOMPARE(move.attendeeId, QStringLiteral("p2"));
        QCOMPARE(move.fromGroup, QString()); // p2 had no place after run 2
        QCOMPARE(move.toGroup, QStringLiteral("d1-1400-g1"));
        QCOMPARE(move.reason, QStringLiteral("needs step-free access"));
        QVERIFY(move.at.isValid());
        QCOMPARE(store.auditLog(QStringLiteral("d2-1100"))->size(), 0);
    }

    void fixedPeopleCannotBeMoved()
    {
        QTemporaryDir dir;
        Store store = Store::open(dir.filePath(QStringLiteral("f.sqlite"))).value();
        const QString slot = QStringLiteral("d1-1400");
        QVERIFY(store
                    .saveAllocation(
                        slot, { { slot, QStringLiteral("p1"), QStringLiteral("g1"), false, true } }, {})
                    .ok());
        auto moved = store.moveAttendee(
            slot, QStringLiteral("p1"), QStringLiteral("g2"), QStringLiteral("x"), QStringLiteral("y"));
        QCOMPARE(moved.error().code, ErrorCode::Conflict);
        QCOMPARE(store.assignments(slot)->front().groupKey, QStringLiteral("g1"));
        QCOMPARE(store.auditLog(slot)->size(), 1); // the run only
    }

    void migratesAVersion1DatabaseWithABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Store store = Store::open(path).value();
            QVERIFY(store
                        .upsertAttendees({ person(
                            QStringLiteral("p1"), QStringLiteral("Kari"), QStringLiteral("Nordmann")) })
                        .ok());
        }
        // Turn it back into what a v1 program wrote.
        rawExec(path,
            "DROP TABLE allocation_runs; DROP TABLE allocation_audit; "
            "DROP TABLE pairing_tokens; DROP INDEX checkin_hub_seq; ALTER TABLE devices DROP COLUMN "
            "secret_hash; "
            "ALTER TABLE devices DROP COLUMN paired_at; ALTER TABLE devices DROP COLUMN last_seen; "
            "DELETE FROM meta WHERE key = 'roster_version'; "
            "DROP TRIGGER roster_days_insert; DROP TRIGGER roster_days_update; DROP TRIGGER "
            "roster_days_delete; DROP TRIGGER roster_sessions_insert; DROP TRIGGER roster_sessions_update; "
            "DROP TRIGGER roster_sessions_delete; DROP TRIGGER roster_groups_insert; DROP TRIGGER "
            "roster_groups_update; DROP TRIGGER roster_groups_delete; DROP TRIGGER "
            "roster_organisations_insert; DROP TRIGGER roster_organisations_update; DROP TRIGGER "
            "roster_organisations_delete; DROP TRIGGER roster_attendees_insert; DROP TRIGGER "
            "roster_attendees_update; DROP TRIGGER roster_attendees_delete; DROP TRIGGER "
            "roster_assignments_insert; DROP TRIGGER roster_assignments_update; DROP TRIGGER "
            "roster_assignments_delete; DROP TRIGGER roster_meta_insert; DROP TRIGGER roster_meta_update; "
            "DROP TABLE quarantined_events; ALTER TABLE outbox DROP COLUMN refused; "
            "DROP TABLE allocation_run_assignments; ALTER TABLE devices DROP COLUMN clock_offset_ms; "
            "DROP TABLE walkin_outbox; ALTER TABLE attendees DROP COLUMN registered_by; "
            "ALTER TABLE attendees DROP COLUMN registered_at; ALTER TABLE attendees DROP COLUMN decided_by; "
            "ALTER TABLE attendees DROP COLUMN decided_at; ALTER TABLE attendees DROP COLUMN rejected; "
            "ALTER TABLE attendees DROP COLUMN rejection_reason; ALTER TABLE devices DROP COLUMN "
            "status_unsent; "
            "ALTER TABLE devices DROP COLUMN status_printer; ALTER TABLE devices DROP COLUMN "
            "status_printer_problem; "
            "ALTER TABLE devices DROP COLUMN status_print_queue; ALTER TABLE devices DROP COLUMN status_at; "
            "ALTER TABLE devices DROP COLUMN connected; ALTER TABLE checkin_events DROP COLUMN note; "
            "INSERT INTO assignments VALUES('d1-1400','p1','d1-1400-g2',1,0); PRAGMA user_version=1;");
        const QString backup = path + QStringLiteral(".before-v2.bak");
        QVERIFY(!QFile::exists(backup));

        auto reopened = Store::open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
        Store store = std::move(reopened).value();
        // v1 → v2 (allocation) → v3 (hub) → v4 (roster versions) → v5 (quarantine) → v6 (clocks, runs)
        // → v7 (walk-ins) → v8 (devices' status, notes on events)
        QCOMPARE(store.schemaVersion(), 8);
        QVERIFY(QFile::exists(backup));
        QCOMPARE(store.attendeeCount().value(), 1);
        QCOMPARE(store.assignments(QStringLiteral("d1-1400"))->size(), 1);
        QVERIFY(
            store
                .moveAttendee(QStringLiteral("d1-1400"), QStringLiteral("p1"), QStringLiteral("d1-1400-g1"),
                    QStringLiteral("Anne"), QStringLiteral("after migration"))
                .ok());
        QCOMPARE(store.auditLog()->size(), 1);

        // The backup is the v1 database as it was.
        auto old = Store::open(backup, StoreOptions { false, {} });
        QVERIFY(old.ok()); // opening migrates the copy too, which proves it was a readable v1 file
        QCOMPARE(old->attendeeCount().value(), 1);
        QCOMPARE(old->assignments(QStringLiteral("d1-1400"))->front().groupKey, QStringLiteral("d1-1400-g2"));
    }

    void theAuditLogRefusesUnknownKinds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        {
            Store::open(path).value();
        }
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        const int rc = sqlite3_exec(db,
            "INSERT INTO allocation_audit(at, kind, slot_key) VALUES('2017-09-25T12:00:00.000Z', 'delete', "
            "'d1-1400')",
            nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QCOMPARE(rc, SQLITE_CONSTRAINT);
    }
};

QTEST_GUILESS_MAIN(TestStoreAllocation)
#include "tst_store_allocation.moc"
