#include "store/schema.h"

#include "platform/private_file.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QFile>

namespace oppmote::schema {

namespace {

// Each entry is one migration; never edit a released one, append a new one.
constexpr const char *kMigrations[] = {
    // v1: the foundation
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE days(
  number INTEGER PRIMARY KEY,
  date TEXT,
  heading TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '');

CREATE TABLE sessions(
  key TEXT PRIMARY KEY,
  day_number INTEGER NOT NULL REFERENCES days(number) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  starts TEXT NOT NULL,
  ends TEXT,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  speakers TEXT NOT NULL DEFAULT '[]',
  notes TEXT NOT NULL DEFAULT '[]',
  mixed_groups INTEGER NOT NULL DEFAULT 0);

CREATE TABLE groups(
  key TEXT PRIMARY KEY,
  session_key TEXT NOT NULL REFERENCES sessions(key) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  name TEXT NOT NULL,
  theme TEXT NOT NULL DEFAULT '',
  room TEXT NOT NULL DEFAULT '',
  capacity INTEGER NOT NULL DEFAULT 0,
  min_size INTEGER NOT NULL DEFAULT 0,
  cases TEXT NOT NULL DEFAULT '[]');

CREATE TABLE organisations(
  name TEXT PRIMARY KEY,
  kind TEXT NOT NULL DEFAULT '');

CREATE TABLE attendees(
  id TEXT PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  organisation TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  preferences TEXT NOT NULL DEFAULT '[]',
  consent INTEGER NOT NULL DEFAULT 0,
  type TEXT NOT NULL DEFAULT 'participant',
  token TEXT UNIQUE,
  fixed_group TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL);
CREATE INDEX attendees_email ON attendees(email) WHERE email <> '';

CREATE TABLE devices(
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  mode TEXT NOT NULL DEFAULT '',
  revoked INTEGER NOT NULL DEFAULT 0);

CREATE TABLE checkin_events(
  id TEXT PRIMARY KEY,
  device_id TEXT NOT NULL,
  device_seq INTEGER NOT NULL,
  attendee_id TEXT NOT NULL,
  session_key TEXT,
  kind TEXT NOT NULL CHECK(kind IN ('entry','exit','badge_printed','undo')),
  method TEXT NOT NULL,
  device_time TEXT NOT NULL,
  hub_seq INTEGER,
  undoes TEXT,
  UNIQUE(device_id, device_seq));
CREATE INDEX checkin_by_attendee ON checkin_events(attendee_id, session_key, kind);
CREATE INDEX checkin_undoes ON checkin_events(undoes) WHERE undoes IS NOT NULL;

-- Local events the hub has not acknowledged yet; written in the same
-- transaction as the event.
CREATE TABLE outbox(event_id TEXT PRIMARY KEY REFERENCES checkin_events(id));

CREATE TABLE assignments(
  slot_key TEXT NOT NULL,
  attendee_id TEXT NOT NULL,
  group_key TEXT NOT NULL,
  locked INTEGER NOT NULL DEFAULT 0,
  fixed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(slot_key, attendee_id));
)sql",
    // v2: allocation runs and the audit log of runs, manual moves, locks and publishing
    R"sql(
CREATE TABLE allocation_runs(
  id INTEGER PRIMARY KEY,
  slot_key TEXT NOT NULL,
  at TEXT NOT NULL,
  "by" TEXT NOT NULL DEFAULT '',
  options_json TEXT NOT NULL DEFAULT '{}',
  quality_json TEXT NOT NULL DEFAULT '{}',
  published INTEGER NOT NULL DEFAULT 0);
CREATE INDEX allocation_runs_slot ON allocation_runs(slot_key, id);

CREATE TABLE allocation_audit(
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  "by" TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK(kind IN ('run','move','lock','unlock','publish')),
  slot_key TEXT NOT NULL,
  attendee_id TEXT,
  from_group TEXT,
  to_group TEXT,
  reason TEXT NOT NULL DEFAULT '');
CREATE INDEX allocation_audit_slot ON allocation_audit(slot_key, id);
)sql",
    // v3: the hub. Paired devices prove themselves with a secret (its SHA-256
    // kept here); one-time pairing tokens; events in hub order; a device's
    // cursor into the hub's order is meta 'sync_cursor'.
    R"sql(
ALTER TABLE devices ADD COLUMN secret_hash TEXT;
ALTER TABLE devices ADD COLUMN paired_at TEXT;
ALTER TABLE devices ADD COLUMN last_seen TEXT;
CREATE TABLE pairing_tokens(
  token_hash TEXT PRIMARY KEY,
  mode TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  used_by TEXT);
CREATE UNIQUE INDEX checkin_hub_seq ON checkin_events(hub_seq) WHERE hub_seq IS NOT NULL;
)sql",
    // v4: what kiosks copy from the hub (programme, roster, allocations, codes)
    // has a version, bumped by triggers, so a kiosk knows when to fetch it again.
    // Walk-ins are left out: they travel with their check-ins.
    R"sql(
INSERT OR IGNORE INTO meta(key, value) VALUES('roster_version', '1');
CREATE TRIGGER roster_days_insert AFTER INSERT ON days BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'; END;
CREATE TRIGGER roster_days_update AFTER UPDATE ON days BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'; END;
CREATE TRIGGER roster_days_delete AFTER DELETE ON days BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'; END;
CREATE TRIGGER roster_sessions_insert AFTER INSERT ON sessions BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'; END;
CREATE TRIGGER roster_sessions_update AFTER UPDATE ON sessions BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'; END;
CREATE TRIGGER roster_sessions_delete AFTER DELETE ON sessions BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'; END;
CREATE TRIGGER roster_groups_insert AFTER INSERT ON groups BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'; END;
CREATE TRIGGER roster_groups_update AFTER UPDATE ON groups BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'; END;
CREATE TRIGGER roster_groups_delete AFTER DELETE ON groups BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'; END;
CREATE TRIGGER roster_organisations_insert AFTER INSERT ON organisations BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'; END;
CREATE TRIGGER roster_organisations_update AFTER UPDATE ON organisations BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'; END;
CREATE TRIGGER roster_organisations_delete AFTER DELETE ON organisations BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'; END;
CREATE TRIGGER roster_attendees_insert AFTER INSERT ON attendees WHEN NEW.type <> 'walkin' BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'; END;
CREATE TRIGGER roster_attendees_update AFTER UPDATE ON attendees BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'; END;
CREATE TRIGGER roster_attendees_delete AFTER DELETE ON attendees BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'; END;
CREATE TRIGGER roster_assignments_insert AFTER INSERT ON assignments BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'; END;
CREATE TRIGGER roster_assignments_update AFTER UPDATE ON assignments BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'; END;
CREATE TRIGGER roster_assignments_delete AFTER DELETE ON assignments BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'; END;
CREATE TRIGGER roster_meta_insert AFTER INSERT ON meta WHEN NEW.key NOT IN ('device_id', 'sync_cursor', 'roster_version') AND NEW.key NOT LIKE 'hub\_%' ESCAPE '\' BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'; END;
CREATE TRIGGER roster_meta_update AFTER UPDATE ON meta WHEN NEW.key NOT IN ('device_id', 'sync_cursor', 'roster_version') AND NEW.key NOT LIKE 'hub\_%' ESCAPE '\' BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'roster_version'; END;
)sql",
    // v5: what the hub would not take. On the hub, events it put aside (never in
    // its order, never counted) with the reason; on a device, the hub's reason on
    // the outbox row, so the event is kept and shown to staff but not sent again.
    R"sql(
CREATE TABLE quarantined_events(
  id TEXT PRIMARY KEY,
  device_id TEXT NOT NULL,
  device_seq INTEGER NOT NULL,
  attendee_id TEXT NOT NULL,
  session_key TEXT,
  kind TEXT NOT NULL,
  method TEXT NOT NULL,
  device_time TEXT NOT NULL,
  undoes TEXT,
  reason TEXT NOT NULL,
  received_at TEXT NOT NULL);
ALTER TABLE outbox ADD COLUMN refused TEXT;
)sql",
    // v6: how far each device's clock is from the hub's (device minus hub, in ms),
    // measured by the hub at every hello and push and relayed to the devices, so a
    // time from a kiosk whose clock is off is shown as it was on the hub's clock.
    // Each allocation run's placements, so an earlier run can be restored.
    R"sql(
ALTER TABLE devices ADD COLUMN clock_offset_ms INTEGER;
CREATE TABLE allocation_run_assignments(
  run_id INTEGER NOT NULL REFERENCES allocation_runs(id) ON DELETE CASCADE,
  attendee_id TEXT NOT NULL,
  group_key TEXT NOT NULL,
  locked INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(run_id, attendee_id));
)sql",
    // v7: walk-ins reach the hub at once, without an event, and the desk decides
    // (docs/checkin.md). Where and when one was registered, who approved or
    // rejected it and why; a device's walk-ins the hub has not acknowledged wait
    // in walkin_outbox (acked: the hub has it, kept until the hub's roster brings
    // it back). Walk-ins waiting at the upgrade, and those whose check-ins have
    // not reached the hub yet, are sent.
    R"sql(
ALTER TABLE attendees ADD COLUMN registered_by TEXT;
ALTER TABLE attendees ADD COLUMN registered_at TEXT;
ALTER TABLE attendees ADD COLUMN decided_by TEXT;
ALTER TABLE attendees ADD COLUMN decided_at TEXT;
ALTER TABLE attendees ADD COLUMN rejected INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attendees ADD COLUMN rejection_reason TEXT NOT NULL DEFAULT '';
CREATE TABLE walkin_outbox(
  attendee_id TEXT PRIMARY KEY REFERENCES attendees(id) ON DELETE CASCADE,
  acked INTEGER NOT NULL DEFAULT 0,
  refused TEXT);
UPDATE attendees SET registered_at = updated_at, registered_by = coalesce(
    (SELECT e.device_id FROM checkin_events e WHERE e.attendee_id = attendees.id ORDER BY e.device_time LIMIT 1),
    CASE WHEN token IS NULL THEN (SELECT value FROM meta WHERE key = 'device_id') END)
  WHERE type = 'walkin';
INSERT INTO walkin_outbox(attendee_id) SELECT a.id FROM attendees a WHERE a.type = 'walkin' AND (a.token IS NULL
  OR EXISTS (SELECT 1 FROM checkin_events e JOIN outbox o ON o.event_id = e.id WHERE e.attendee_id = a.id));
)sql",
    // v8 (the hub): what each device last reported about itself (protocol v4
    // `status`: events not yet sent, its badge printer and print queue) and
    // whether it is connected now, for the organisers' dashboard. Why a check-in,
    // check-out or undo was done by hand (the event's note).
    R"sql(
ALTER TABLE devices ADD COLUMN status_unsent INTEGER;
ALTER TABLE devices ADD COLUMN status_printer TEXT;
ALTER TABLE devices ADD COLUMN status_printer_problem TEXT;
ALTER TABLE devices ADD COLUMN status_print_queue INTEGER;
ALTER TABLE devices ADD COLUMN status_at TEXT;
ALTER TABLE devices ADD COLUMN connected INTEGER NOT NULL DEFAULT 0;
ALTER TABLE checkin_events ADD COLUMN note TEXT;
ALTER TABLE quarantined_events ADD COLUMN note TEXT;
)sql",
};

constexpr int kVersions = int(sizeof(kMigrations) / sizeof(kMigrations[0]));

Status backupBeforeMigrating(sql::Connection &db, int from)
{
    const QString target = QStringLiteral("%1.before-v%2.bak").arg(db.path()).arg(from + 1);
    QFile::remove(target);
    sql::Statement st(db, "VACUUM INTO ?1");
    if (st.error())
        return *st.error();
    st.bind(1, target);
    if (auto s = st.exec(); !s.ok())
        return s;
    keepPrivate(target); // the same people as the database
    return Ok {};
}

} // namespace

int currentVersion()
{
    return kVersions;
}

Status migrate(sql::Connection &db)
{
    auto version = db.scalar("PRAGMA user_version");
    if (!version.ok())
        return version.error();
    const int from = int(version.value());
    if (from > kVersions) {
        return makeError(ErrorCode::SchemaTooNew,
            QCoreApplication::translate("Store",
                "%1 was written by a newer Oppmøte (schema version %2; "
                "this program knows up to %3). It was left untouched; "
                "update Oppmøte to open it.")
                .arg(db.path())
                .arg(from)
                .arg(kVersions));
    }
    if (from == kVersions)
        return Ok {};
    if (from > 0) {
        if (auto b = backupBeforeMigrating(db, from); !b.ok())
            return b;
    }
    for (int v = from; v < kVersions; ++v) {
        sql::WriteTransaction tx(db);
        if (!tx.begun().ok())
            return tx.begun();
        if (auto s = db.exec(kMigrations[v]); !s.ok())
            return s;
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(v + 1);
        if (auto s = db.exec(setVersion.constData()); !s.ok())
            return s;
        if (auto s = tx.commit(); !s.ok())
            return s;
    }
    return Ok {};
}

} // namespace oppmote::schema
