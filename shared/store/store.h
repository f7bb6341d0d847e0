#pragma once
// The durable store on one SQLite file: the programme, the roster and the
// append-only check-in log. WAL, synchronous=FULL, foreign keys on, every
// write in BEGIN IMMEDIATE. A Store is used from one thread at a time: the
// apps give it to AsyncStore's worker thread; the command line and tests use
// it directly.

#include "codes/revocation_list.h"
#include "domain/allocation.h"
#include "domain/attendee.h"
#include "domain/checkin_event.h"
#include "domain/device.h"
#include "domain/program.h"
#include "domain/result.h"
#include "store/allocation_log.h"
#include "store/attendance.h"
#include "store/sqlite.h"
#include "store/walk_in.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace oppmote {

struct StoreOptions {
    bool createIfMissing = true;
    QString deviceName; // for a new database; default "Admin"
};

// The check-in lists and their rules (docs/checkin.md): the venue counts once a
// day (day 2 is a new arrival); a session door, once per session; a group-work
// room's door (groupKey) admits only the people placed in that group.
struct CheckinRequest {
    QString attendeeId;
    QString sessionKey; // empty = the venue
    CheckinMethod method = CheckinMethod::Search;
    QString eventId; // optional: a retry with the same id is idempotent
    QDateTime at; // default: now
    QString groupKey = {}; // a group-work room's door; empty = any group of the session
    QString note = {}; // why, when by hand: kept with the event, at most CheckinEvent::kMaxNoteLength
};

enum class CheckinStatus {
    CheckedIn, // a new entry was committed
    AlreadyCheckedIn, // nothing written; `earlier` says when and where
    CheckedOut,
    NotCheckedIn, // exit or undo without an entry
    Undone,
    UnknownAttendee,
    WrongRoom, // nothing written; placed in another group (`placedGroupKey`) of this session
};
// The outcome as a reason code for scripts and logs: "checked-in", "already-checked-in", …
QString checkinStatusCode(CheckinStatus status);

struct GroupAssignment {
    QString slotKey; // the group-work session, "d1-1400"
    QString groupKey; // "d1-1400-g2"
};

struct CheckinOutcome {
    CheckinStatus status = CheckinStatus::UnknownAttendee;
    std::optional<CheckinEvent> event; // what was written, if anything
    std::optional<CheckinEvent> earlier; // the entry that already counted
    QString earlierDeviceName;
    QDateTime earlierAt; // its time on the hub's clock (its device's clock corrected)
    QString placedGroupKey; // WrongRoom: the group the person is placed in
    // Read in the same transaction (check-ins only), for the confirmation and badge:
    QList<GroupAssignment> assignments; // the person's groups, every slot
    QDateTime badgePrintedAt; // the last badge printed; invalid = never
    // "Already checked in at 09:41 at Kiosk 2" and friends, in the UI language.
    QString message() const;
    static CheckinOutcome of(CheckinStatus status)
    {
        CheckinOutcome out;
        out.status = status;
        return out;
    }
};

// The hub's answer for one pushed event: its place in the hub's order, or why
// it was not taken (hubSeq 0): kSequenceTaken (a device restored from a backup
// numbers anew; it renumbers and sends again) or a quarantine reason
// ("unknown-attendee", "unknown-session", "undo-of-nothing", "device-time").
struct EventAcceptance {
    qint64 hubSeq = 0;
    QString refusal;
};
inline constexpr const char *kSequenceTaken = "sequence-taken";
// The reason in words for staff and the command line.
QString quarantineReasonText(const QString &reason);

// Hub side: an event it put aside, never in its order, never counted.
struct QuarantinedEvent {
    QString id;
    QString deviceId;
    qint64 deviceSeq = 0;
    QString reason;
    QDateTime receivedAt;
};

// Device side: one of its events the hub put aside, kept here with the reason.
struct RefusedEvent {
    CheckinEvent event;
    QString reason;
};

struct UpsertCounts {
    int added = 0;
    int updated = 0;
};

class Store
{
public:
    ~Store();
    Store(Store &&) noexcept;
    Store &operator=(Store &&) noexcept;

    static Result<Store> open(const QString &path, const StoreOptions &options = {});

    QString path() const;
    Device localDevice() const;
    int schemaVersion();
    Status checkIntegrity(); // PRAGMA integrity_check
    // The connection's durability settings, for diagnostics and tests:
    // "journal_mode", "synchronous", "foreign_keys", "user_version".
    Result<QString> pragma(const QString &name);
    // Whether the file changed: rows written through this Store, and a counter
    // that moves when another process commits (PRAGMA data_version).
    qint64 writeCount() const;
    Result<qint64> externalChangeCount();
    // Moves when an event or a walk-in was put in this device's outbox: there is
    // something for the hub (counted when written, even if its transaction is
    // later rolled back: a push that finds nothing costs one query).
    qint64 outboxWriteCount() const;

    // Settings and facts about the event (name, place, year …)
    Result<QString> meta(const QString &key);
    Status setMeta(const QString &key, const QString &value);

    // Programme: replaced as a whole on import.
    Status replaceProgram(const Event &event);
    Result<Event> program();

    // Roster
    Result<UpsertCounts> upsertAttendees(const QList<Attendee> &attendees);
    Result<QList<Attendee>> attendees();
    Result<std::optional<Attendee>> attendee(const QString &id);
    Result<std::optional<Attendee>> attendeeByToken(const QString &token);
    Result<int> attendeeCount();

    // Devices
    Status upsertDevice(const Device &device);
    Result<QList<Device>> devices();
    Result<QString> deviceName(const QString &deviceId); // "" when unknown
    // Another device's name and clock offset as the hub tells them; nothing else
    // about it changes here.
    Status rememberDevice(const Device &device);

    // Check-in log
    Result<CheckinOutcome> checkIn(const CheckinRequest &request);
    Result<CheckinOutcome> checkOut(const CheckinRequest &request);
    Result<CheckinOutcome> undoCheckIn(
        const QString &attendeeId, const QString &sessionKey, const QString &note = {});
    // The entry that counts on the list: at the venue, the one of the day of `at`
    // (default today); at a session, any.
    Result<std::optional<CheckinEvent>> activeEntry(
        const QString &attendeeId, const QString &sessionKey, const QDateTime &at = {});
    // Events from other devices (sync): insert-or-ignore by id; returns how many were new.
    Result<int> recordEvents(const QList<CheckinEvent> &events);
    Result<QList<CheckinEvent>> events(const QString &attendeeId = {});
    // Attendance (store_attendance.cpp): the venue (all days) first, then each
    // session in programme order; and each programme day at the venue.
    Result<QList<SessionAttendance>> attendance();
    Result<QList<DayAttendance>> dayAttendance();
    Result<QList<QString>> checkedInAttendeeIds(const QString &sessionKey);
    // Arrivals at the venue on `day` per `minutes` (store_arrivals.cpp): each
    // person counted once, at their first entry that day; from the first
    // interval with an arrival to the last. Empty when nobody came.
    Result<QList<ArrivalInterval>> arrivalCurve(const QDate &day, int minutes = 5);
    // Expected and arrived at the venue on `day` per organisation, by name.
    Result<QList<OrganisationAttendance>> organisationAttendance(const QDate &day);
    // The entries (venue and session doors) each device took on `day`, by device id:
    // how busy each door is.
    Result<QHash<QString, int>> entriesByDevice(const QDate &day);

    // Group-work allocation (store_allocation.cpp). An empty slotKey means every slot.
    Result<QList<Assignment>> assignments(const QString &slotKey = {});
    // Replaces the slot's assignments with `assignments` and records the run
    // (allocation_runs, its placements in allocation_run_assignments, a 'run'
    // audit row), all in one transaction. Returns the run id.
    Result<qint64> saveAllocation(
        const QString &slotKey, const QList<Assignment> &assignments, const AllocationRunInfo &run);
    // The placements saved with a run (schema v6; empty for older runs), by
    // group and attendee. `fixed` is not kept per run: always false here.
    Result<QList<Assignment>> runAssignments(qint64 runId);
    // Makes run `runId` of the slot its allocation again: the run's placements
    // replace the slot's assignments (those of `fixedIds` as fixed) and are
    // recorded as a new run (a copy of its options and quality) with a 'run'
    // audit row "restored run N" (and `reason`). One transaction. NotFound when
    // the slot has no such run, Conflict when the run kept no placements.
    // Returns the new run's id.
    Result<qint64> restoreRun(const QString &slotKey, qint64 runId, const QString &by,
        const QString &reason = {}, const QStringList &fixedIds = {});
    // An organiser's manual placement: a locked assignment (kept on re-runs) and a 'move' audit row.
    Status moveAttendee(const QString &slotKey, const QString &attendeeId, const QString &toGroup,
        const QString &by, const QString &reason);
    // Locks or unlocks an existing assignment; NotFound when the person has none in the slot.
    Status setLocked(const QString &slotKey, const QString &attendeeId, bool locked, const QString &by,
        const QString &reason);
    // Marks the slot's latest run as published; NotFound when the slot was never allocated.
    Status publish(const QString &slotKey, const QString &by, const QString &reason = {});
    Result<QList<AllocationRun>> allocationRuns(const QString &slotKey = {});
    Result<QList<AuditEntry>> auditLog(const QString &slotKey = {}); // oldest first
    // Print log (store_badges.cpp): badge_printed events in the same log.
    Result<int> badgePrintCount(const QString &attendeeId);
    Result<QSet<QString>> attendeesWithBadges(); // everyone with a badge printed (not undone)
    // Attendee → the note of their latest badge (not undone): what it showed (badgeShowsNote).
    Result<QHash<QString, QString>> lastBadgePrints();
    Result<QList<CheckinEvent>> badgePrints(int limit); // the latest, newest first; undone ones left out
    // `shows`: what the badge showed of the person's groups, kept as the event's note.
    Result<CheckinOutcome> recordBadgePrinted(
        const QString &attendeeId, CheckinMethod method = CheckinMethod::Staff, const QString &shows = {});

    // Codes (store_codes.cpp): what a kiosk needs to judge a scanned code.
    Result<QString> eventId(); // made once, on first use
    Result<QByteArrayList> ticketPublicKeys();
    Status addTicketPublicKey(const QByteArray &publicKey);
    Result<RevocationList> revocations();
    // A lost badge or a leaked code: the attendee gets `newToken`, the old one
    // goes on the revocation list as replaced (or cancelled, with
    // cancelOnly, which leaves the attendee without a code). One transaction.
    Result<Attendee> replaceToken(
        const QString &attendeeId, const QString &newToken, bool cancelOnly = false);

    // After the event: contact details, names and tokens are removed; the
    // counts per session and organisation survive. Migration backups are deleted.
    // The retention date and who may purge when: reports/privacy.h.
    Status purgePersonalData();
    // A revoked device: everything about people is deleted (docs/sync.md).
    Status wipeRevokedDevice();

    // Sync with the hub (store_sync.cpp, docs/sync.md). Device side:
    Result<QList<CheckinEvent>> outboxEvents(int limit); // not yet acknowledged, oldest first
    Result<qint64> syncCursor(); // the last hub_seq taken from the hub (0 = none)
    // Events from the hub in hub order, up to `cursor`: new ones are added, this
    // device's own get their hub_seq and leave the outbox, and the cursor moves.
    // One transaction; returns how many were new here.
    Result<int> applyHubEvents(const QList<CheckinEvent> &events, qint64 cursor);
    // The hub has these (event id, hub_seq): they leave the outbox.
    Status acknowledgeEvents(const QList<std::pair<QString, qint64>> &hubSeqs);
    // The hub put these (event id, reason) aside: kept, not sent again, shown to staff.
    Status markRefused(const QList<std::pair<QString, QString>> &idsAndReasons);
    Result<QList<RefusedEvent>> refusedEvents();
    // The hub has this device's events up to `deviceSeq`: new numbers go on after it.
    Status raiseSequenceFloor(qint64 deviceSeq);
    // The hub answered kSequenceTaken for these unsent events (a database restored
    // from a backup): they get new numbers after `deviceSeq`, in their order.
    Status renumberTaken(const QList<QString> &eventIds, qint64 deviceSeq);
    // Hub side. Pushed events, insert-or-ignore by id: each gets its hub_seq (the
    // one it already had when it was known), or is put aside with a reason, or
    // refused because its device number is taken. One transaction.
    Result<QList<EventAcceptance>> acceptEvents(const QList<CheckinEvent> &events);
    Result<QList<QuarantinedEvent>> quarantinedEvents();
    Result<qint64> lastDeviceSeq(const QString &deviceId); // the highest number the hub has from it
    Result<QList<CheckinEvent>> eventsAfter(qint64 hubSeq, int limit); // hub order
    Result<qint64> lastHubSeq();
    // Events written on the hub's own database (an organiser's `oppmote checkin`)
    // join the hub order; returns how many.
    Result<int> adoptLocalEvents();
    // Pairing: a one-time token (its hash) is exchanged once for a device's
    // registration with the hash of its secret.
    Status addPairingToken(const QString &tokenHash, const QString &mode);
    // NotFound: no such token; Conflict: used by another device or the device is revoked.
    Status pairDevice(const QString &tokenHash, const Device &device, const QString &secretHash);
    enum class DeviceCheck { Known, Unknown, Revoked, WrongSecret };
    Result<DeviceCheck> checkDevice(const QString &deviceId, const QString &secretHash);
    Status revokeDevice(const QString &deviceId); // NotFound for an unknown device
    // The name people see ("Kiosk 2" → "Inngang nord"), trimmed, 1 to 40
    // characters, another device's name refused; NotFound for an unknown device.
    Status renameDevice(const QString &deviceId, const QString &name);
    // Last seen now; the clock offset the hub measured (device minus hub, ms), if it did.
    Status touchDevice(const QString &deviceId, std::optional<qint64> clockOffsetMs = std::nullopt);
    // Hub side: what a device reported about itself (also last seen now), and
    // whether it is connected; at the hub's start none is.
    // The status is written only when it changed or the last is 50 s old (a
    // heartbeat every 30 s does not make every reader of the hub read again).
    Status noteDeviceStatus(const QString &deviceId, const DeviceStatus &status,
        std::optional<qint64> clockOffsetMs = std::nullopt);
    Status noteDeviceConnected(const QString &deviceId, bool connected);
    Status noteNoDeviceConnected();
    // The roster kiosks copy from the hub (store_roster_sync.cpp): programme,
    // attendees, allocations and the codes' meta, versioned by triggers.
    Result<qint64> rosterVersion(); // this database's
    Result<qint64> appliedRosterVersion(); // the hub's version last applied here (0 = none)
    // Hub side. Without contact details unless `withContactDetails` (an admin laptop).
    Result<QJsonObject> rosterSnapshot(bool withContactDetails = false);
    // Device side: replaces programme, roster and allocations with the hub's,
    // taking the hub's version of every walk-in it sends and keeping only the
    // walk-ins registered or approved here that the hub has not sent back yet
    // (docs/sync.md); one transaction.
    Status applyRosterSnapshot(const QJsonObject &snapshot);
    // A new kiosk's database from the hub's: the programme, the roster without
    // e-mail addresses and phone numbers, the log so far, a device id of its
    // own and its cursor at the end of the log. `path` must not exist.
    Status writeDeviceCopy(const QString &path, const QString &deviceName, const QString &mode);

    // For the kiosk (store_kiosk.cpp): group-work places and the sync backlog.
    Result<QList<GroupAssignment>> assignmentsOf(const QString &attendeeId);
    Result<int> unsentEventCount(); // local events the hub has not acknowledged
    // The same split for staff: check-ins (entries, exits, undos) and badge prints.
    struct UnsentCounts {
        int checkins = 0;
        int badgePrints = 0;
    };
    Result<UnsentCounts> unsentCounts();

    // Walk-ins (store_walk_ins.cpp, docs/checkin.md). Registering one is
    // upsertAttendees with type walk-in: it is pending and waits in this
    // device's walk-in outbox for the hub. Each decision is one transaction:
    // NotFound when no one has the id, Conflict when the person is not a
    // walk-in or the walk-in was decided otherwise already.
    Result<QList<Attendee>> pendingWalkIns(); // neither approved nor rejected
    Result<QList<WalkIn>> walkIns(); // every walk-in with its state, where and when; oldest first
    Result<std::optional<WalkIn>> walkIn(const QString &attendeeId);
    // Staff or the desk approve a walk-in: it gets a code and is checked in at
    // the venue. A rejected one is refused (Conflict).
    Result<CheckinOutcome> approveWalkIn(
        const QString &attendeeId, CheckinMethod method = CheckinMethod::Staff);
    // The desk turns a pending walk-in down: never on the roster, never counted.
    // Rejecting it again changes nothing; an approved one is refused (Conflict).
    Status rejectWalkIn(const QString &attendeeId, const QString &reason = {});
    // The desk fixes a walk-in's name, organisation, role, e-mail, phone or
    // consent (before approving, or after); its code and state stay. A rejected
    // one is refused (Conflict), an empty name is InvalidInput. Returns it as stored.
    Result<Attendee> updateWalkIn(const Attendee &changed);
    // Device side: walk-ins registered or approved here that the hub has not
    // acknowledged, oldest first; and the hub's answers (refused ones are not
    // sent again: the roster brings the hub's version). Contact details leave
    // this device once the hub has them.
    Result<QList<WalkIn>> unsentWalkIns(int limit);
    Result<int> unsentWalkInCount();
    Status acknowledgeWalkIns(const QList<WalkInAnswer> &answers);
    // Walk-ins the hub relays with other devices' events: the approved ones
    // added when missing, never sent back.
    Status addRelayedWalkIns(const QList<Attendee> &walkIns);
    // Hub side: registrations and approvals pushed by `deviceId`, one answer
    // each, in one transaction. A new one is stored as it came (registered by
    // that device); for a known one only a device's approval of a pending
    // walk-in counts: the first approval or rejection the hub records stands.
    Result<QList<WalkInAnswer>> receiveWalkIns(const QString &deviceId, const QList<WalkIn> &walkIns);

private:
    Store();
    Status configure(const StoreOptions &options);
    Result<CheckinOutcome> writeEvent(const CheckinRequest &request, EventKind kind, const QString &undoes);
    Result<std::optional<CheckinEvent>> latestLive(
        const QString &attendeeId, const QString &sessionKey, const QDateTime &at);
    Status eraseAndCompact(const char *sql); // one transaction, then backups deleted and the file compacted
    Result<qint64> nextDeviceSeq(); // after this device's events and the hub's last number for it
    Status renumberUnsent(const QString &eventId); // to nextDeviceSeq()
    // The id of this device's unsent event with `e`'s device and number but another id ("" if none).
    Result<QString> unsentClash(const CheckinEvent &e);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace oppmote
