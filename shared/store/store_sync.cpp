// Store: what the hub and its devices exchange (docs/sync.md). The hub gives
// every event a place in one order (hub_seq); a device pushes its outbox and
// pulls the hub's order from its cursor. Every step is idempotent: a retry,
// a duplicate or a reordering changes nothing.

#include "store/store_private.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUuid>

namespace oppmote {

using storeutil::insertEvent;
using storeutil::kEventColumns;
using storeutil::nowText;

namespace {

// meta: the hub's last number for this device (hub_…: not part of the roster version).
constexpr const char *kHubDeviceSeqKey = "hub_device_seq";

Result<qint64> nextHubSeq(sql::Connection &db)
{
    return db.scalar("SELECT coalesce(max(hub_seq), 0) + 1 FROM checkin_events");
}

struct StoreText {
    Q_DECLARE_TR_FUNCTIONS(Store)
};
} // namespace

QString quarantineReasonText(const QString &reason)
{
    if (reason == u"unknown-attendee")
        return StoreText::tr("the hub does not know the attendee");
    if (reason == u"unknown-session")
        return StoreText::tr("the hub does not know the session or room");
    if (reason == u"undo-of-nothing")
        return StoreText::tr("an undo of a check-in the hub does not have");
    if (reason == u"device-time")
        return StoreText::tr("the device's clock was far off (days ahead or months behind)");
    if (reason == QLatin1String(kWalkInRejected))
        return StoreText::tr("the walk-in was turned down at the desk");
    return StoreText::tr("refused by the hub (%1)").arg(reason);
}

Result<QList<CheckinEvent>> Store::outboxEvents(int limit)
{
    const QByteArray sql = QByteArray("SELECT ") + kEventColumns
        + " FROM checkin_events WHERE id IN (SELECT event_id FROM outbox WHERE refused IS NULL) "
          "ORDER BY device_id, device_seq LIMIT ?1";
    sql::Statement st(d->db, sql.constData());
    st.bind(1, qint64(limit));
    return storeutil::readEvents(st);
}

Result<qint64> Store::syncCursor()
{
    auto value = meta(QStringLiteral("sync_cursor"));
    if (!value.ok())
        return value.error();
    return value.value().toLongLong();
}

Result<QString> Store::unsentClash(const CheckinEvent &e)
{
    sql::Statement st(d->db,
        "SELECT id, hub_seq IS NULL FROM checkin_events WHERE device_id = ?1 AND device_seq = ?2 AND id <> "
        "?3");
    st.bind(1, e.deviceId).bind(2, e.deviceSeq).bind(3, e.id);
    if (!st.step())
        return st.error() ? Result<QString>(*st.error()) : QString();
    if (st.integer(1) == 0 || e.deviceId != d->local.id)
        return makeError(ErrorCode::Conflict,
            QCoreApplication::translate(
                "Store", "The hub sent two different events with one device number."));
    return st.text(0);
}

Result<int> Store::applyHubEvents(const QList<CheckinEvent> &events, qint64 cursor)
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun().error();
    int added = 0;
    sql::Statement own(d->db, "UPDATE checkin_events SET hub_seq = ?2 WHERE id = ?1 AND hub_seq IS NULL");
    sql::Statement sent(d->db, "DELETE FROM outbox WHERE event_id = ?1");
    for (const CheckinEvent &e : events) {
        if (!e.hubSeq)
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate("Store", "The hub sent an event without its place in order."));
        if (auto s = insertEvent(d->db, e, true); !s.ok())
            return s.error();
        if (d->db.changes() > 0) {
            ++added;
            continue;
        }
        // Not taken: the same id (ours coming back, or pulled before), or the same
        // device and number as an event of ours the hub has not seen (this database
        // was restored from a backup). That one is renumbered; nothing is dropped.
        if (auto clash = unsentClash(e); !clash.ok()) {
            return clash.error();
        } else if (!clash->isEmpty()) {
            if (auto s = renumberUnsent(clash.value()); !s.ok())
                return s.error();
            if (auto s = insertEvent(d->db, e, false); !s.ok())
                return s.error();
            ++added;
            continue;
        }
        // Known here: our own event coming back, or one pulled before.
        own.bind(1, e.id).bind(2, *e.hubSeq);
        if (auto s = own.exec(); !s.ok())
            return s.error();
        sent.bind(1, e.id);
        if (auto s = sent.exec(); !s.ok())
            return s.error();
    }
    auto previous = syncCursor();
    if (!previous.ok())
        return previous.error();
    if (cursor > previous.value())
        if (auto s = setMeta(QStringLiteral("sync_cursor"), QString::number(cursor)); !s.ok())
            return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return added;
}

Status Store::acknowledgeEvents(const QList<std::pair<QString, qint64>> &hubSeqs)
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun();
    sql::Statement seq(d->db, "UPDATE checkin_events SET hub_seq = ?2 WHERE id = ?1 AND hub_seq IS NULL");
    sql::Statement sent(d->db, "DELETE FROM outbox WHERE event_id = ?1");
    for (const auto &[id, hubSeq] : hubSeqs) {
        seq.bind(1, id).bind(2, hubSeq);
        if (auto s = seq.exec(); !s.ok())
            return s;
        sent.bind(1, id);
        if (auto s = sent.exec(); !s.ok())
            return s;
    }
    return tx.commit();
}

namespace {

// Why the hub cannot put a pushed event in the order (empty: it can). Such
// events are kept in quarantined_events with the reason, never counted.
// `onHubClock` is the event's time corrected by its device's measured clock offset.
Result<QString> quarantineReason(
    sql::Connection &db, const CheckinEvent &e, const QDateTime &onHubClock, const QDateTime &now)
{
    sql::Statement person(db, "SELECT rejected FROM attendees WHERE id = ?1");
    person.bind(1, e.attendeeId);
    if (!person.step())
        return person.error() ? Result<QString>(*person.error()) : QStringLiteral("unknown-attendee");
    if (person.integer(0) != 0) // a walk-in the desk turned down is never counted
        return QString::fromLatin1(kWalkInRejected);
    if (!e.sessionKey.isEmpty()) {
        sql::Statement session(db,
            "SELECT 1 FROM sessions WHERE key = ?1 UNION ALL SELECT 1 FROM groups WHERE key = ?1 LIMIT 1");
        session.bind(1, e.sessionKey);
        if (!session.step())
            return session.error() ? Result<QString>(*session.error()) : QStringLiteral("unknown-session");
    }
    if (e.kind == EventKind::Undo) {
        sql::Statement undone(db, "SELECT 1 FROM checkin_events WHERE id = ?1 AND attendee_id = ?2");
        undone.bind(1, e.undoes).bind(2, e.attendeeId);
        if (e.undoes.isEmpty() || !undone.step())
            return undone.error() ? Result<QString>(*undone.error()) : QStringLiteral("undo-of-nothing");
    }
    // A kiosk clock can be off by minutes, hours, even weeks (a board without a clock
    // battery comes back at its last saved time); one that says another year, or days
    // ahead, is broken. A clock the hub has measured is judged corrected.
    if (!onHubClock.isValid() || onHubClock < now.addDays(-180) || onHubClock > now.addDays(2))
        return QStringLiteral("device-time");
    return QString();
}

} // namespace

Result<QList<EventAcceptance>> Store::acceptEvents(const QList<CheckinEvent> &events)
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto next = nextHubSeq(d->db);
    if (!next.ok())
        return next.error();
    qint64 seq = next.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<EventAcceptance> answers;
    QSet<QString> renumbering; // devices with a refused number in this batch
    sql::Statement known(d->db,
        "SELECT hub_seq, device_id, device_seq, attendee_id, kind, coalesce(session_key, '') FROM "
        "checkin_events "
        "WHERE id = ?1");
    sql::Statement quarantined(d->db, "SELECT reason FROM quarantined_events WHERE id = ?1");
    sql::Statement offset(d->db, "SELECT clock_offset_ms FROM devices WHERE id = ?1");
    QHash<QString, std::optional<qint64>> offsets; // per device, as measured
    sql::Statement taken(d->db, "SELECT 1 FROM checkin_events WHERE device_id = ?1 AND device_seq = ?2");
    sql::Statement quarantine(d->db,
        "INSERT INTO quarantined_events(id, device_id, device_seq, attendee_id, session_key, kind, method, "
        "device_time, undoes, reason, received_at, note) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
        "?11, ?12)");
    for (CheckinEvent e : events) {
        known.bind(1, e.id);
        if (known.step()) {
            // A retry. The same id with other content is a forgery or a bug: refuse it.
            if (known.text(1) != e.deviceId || known.integer(2) != e.deviceSeq
                || known.text(3) != e.attendeeId || known.text(4) != eventKindName(e.kind)
                || known.text(5) != e.sessionKey)
                return makeError(ErrorCode::Conflict,
                    QCoreApplication::translate(
                        "Store", "An event id was sent twice with different content."));
            answers.append({ known.isNull(0) ? 0 : known.integer(0), QString() });
            known.reset();
            continue;
        }
        known.reset();
        if (known.error())
            return *known.error();
        quarantined.bind(1, e.id);
        if (quarantined.step()) { // a retry of an event already put aside: the same answer
            answers.append({ 0, quarantined.text(0) });
            quarantined.reset();
            continue;
        }
        quarantined.reset();
        // The device was restored from an old backup and numbers anew: it renumbers
        // after the hub's last number for it (welcome, ack) and sends the event again.
        // Once one of a device's events is refused so, the rest of its batch is too: an
        // undo must not be judged before the entry it undoes comes back renumbered.
        taken.bind(1, e.deviceId).bind(2, e.deviceSeq);
        const bool seqTaken = renumbering.contains(e.deviceId) || taken.step();
        taken.reset();
        if (seqTaken) {
            renumbering.insert(e.deviceId);
            answers.append({ 0, QString::fromLatin1(kSequenceTaken) });
            continue;
        }
        if (!offsets.contains(e.deviceId)) {
            offset.bind(1, e.deviceId);
            offsets.insert(e.deviceId,
                offset.step() && !offset.isNull(0) ? std::optional<qint64>(offset.integer(0)) : std::nullopt);
            offset.reset();
        }
        Device device;
        device.clockOffsetMs = offsets.value(e.deviceId);
        auto reason = quarantineReason(d->db, e, device.onHubClock(e.deviceTime), now);
        if (!reason.ok())
            return reason.error();
        if (!reason->isEmpty()) {
            quarantine.bind(1, e.id)
                .bind(2, e.deviceId)
                .bind(3, e.deviceSeq)
                .bind(4, e.attendeeId)
                .bindOptional(5, e.sessionKey)
                .bind(6, eventKindName(e.kind))
                .bind(7, checkinMethodName(e.method))
                .bind(8, storeutil::timeText(e.deviceTime))
                .bindOptional(9, e.undoes)
                .bind(10, reason.value())
                .bind(11, nowText())
                .bindOptional(12, e.note);
            if (auto s = quarantine.exec(); !s.ok())
                return s.error();
            answers.append({ 0, reason.value() });
            continue;
        }
        e.hubSeq = seq;
        if (auto s = insertEvent(d->db, e, false); !s.ok())
            return s.error();
        answers.append({ seq++, QString() });
    }
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return answers;
}

Result<qint64> Store::lastDeviceSeq(const QString &deviceId)
{
    sql::Statement st(d->db,
        "SELECT max(s) FROM (SELECT coalesce(max(device_seq), 0) AS s FROM checkin_events WHERE device_id = "
        "?1 "
        "UNION ALL SELECT coalesce(max(device_seq), 0) FROM quarantined_events WHERE device_id = ?1)");
    st.bind(1, deviceId);
    if (!st.step())
        return st.error() ? *st.error() : d->db.lastError(QStringLiteral("lastDeviceSeq"));
    return st.integer(0);
}

Result<QList<QuarantinedEvent>> Store::quarantinedEvents()
{
    sql::Statement st(d->db,
        "SELECT id, device_id, device_seq, reason, received_at FROM quarantined_events ORDER BY received_at, "
        "id");
    QList<QuarantinedEvent> out;
    while (st.step())
        out.append(
            { st.text(0), st.text(1), st.integer(2), st.text(3), storeutil::timeFromText(st.text(4)) });
    if (st.error())
        return *st.error();
    return out;
}

Status Store::raiseSequenceFloor(qint64 deviceSeq)
{
    // The hub has this device's events up to deviceSeq: new numbers go on after it
    // (a database restored from a backup would reuse them otherwise).
    auto floor = meta(QString::fromLatin1(kHubDeviceSeqKey));
    if (!floor.ok())
        return floor.error();
    if (deviceSeq <= floor->toLongLong())
        return Ok {};
    return setMeta(QString::fromLatin1(kHubDeviceSeqKey), QString::number(deviceSeq));
}

Status Store::renumberTaken(const QList<QString> &eventIds, qint64 deviceSeq)
{
    // The hub has other events under these numbers (it checks ids first, so these
    // are not events it has). They get new numbers after everything the hub and this
    // device have, in their own order, so an entry stays before its undo.
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun();
    if (auto s = raiseSequenceFloor(deviceSeq); !s.ok())
        return s;
    QList<QString> ordered;
    {
        sql::Statement st(d->db,
            "SELECT id FROM checkin_events WHERE device_id = ?1 AND hub_seq IS NULL ORDER BY device_seq");
        st.bind(1, d->local.id);
        while (st.step())
            if (eventIds.contains(st.text(0)))
                ordered.append(st.text(0));
        if (st.error())
            return *st.error();
    }
    for (const QString &id : std::as_const(ordered))
        if (auto s = renumberUnsent(id); !s.ok())
            return s;
    return tx.commit();
}

Status Store::renumberUnsent(const QString &eventId)
{
    auto next = nextDeviceSeq();
    if (!next.ok())
        return next.error();
    sql::Statement st(d->db, "UPDATE checkin_events SET device_seq = ?2 WHERE id = ?1 AND hub_seq IS NULL");
    st.bind(1, eventId).bind(2, next.value());
    return st.exec();
}

Result<qint64> Store::nextDeviceSeq()
{
    sql::Statement next(d->db,
        "SELECT max(coalesce((SELECT max(device_seq) FROM checkin_events WHERE device_id = ?1), 0), "
        "coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?2), 0)) + 1");
    next.bind(1, d->local.id).bind(2, QString::fromLatin1(kHubDeviceSeqKey));
    if (!next.step())
        return next.error() ? *next.error() : d->db.lastError(QStringLiteral("device_seq"));
    return next.integer(0);
}

Status Store::markRefused(const QList<std::pair<QString, QString>> &idsAndReasons)
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun();
    sql::Statement st(d->db, "UPDATE outbox SET refused = ?2 WHERE event_id = ?1");
    for (const auto &[id, reason] : idsAndReasons) {
        st.bind(1, id).bind(2, reason);
        if (auto s = st.exec(); !s.ok())
            return s;
    }
    return tx.commit();
}

Result<QList<RefusedEvent>> Store::refusedEvents()
{
    const QByteArray sql = QByteArray("SELECT ") + kEventColumns
        + ", (SELECT refused FROM outbox WHERE event_id = checkin_events.id) FROM checkin_events WHERE id IN "
          "(SELECT event_id FROM outbox WHERE refused IS NOT NULL) ORDER BY device_seq";
    sql::Statement st(d->db, sql.constData());
    QList<RefusedEvent> out;
    while (st.step())
        out.append({ storeutil::readEvent(st), st.text(storeutil::kEventColumnCount) });
    if (st.error())
        return *st.error();
    return out;
}

Result<QList<CheckinEvent>> Store::eventsAfter(qint64 hubSeq, int limit)
{
    const QByteArray sql = QByteArray("SELECT ") + kEventColumns
        + " FROM checkin_events WHERE hub_seq > ?1 ORDER BY hub_seq LIMIT ?2";
    sql::Statement st(d->db, sql.constData());
    st.bind(1, hubSeq).bind(2, qint64(limit));
    return storeutil::readEvents(st);
}

Result<qint64> Store::lastHubSeq()
{
    return d->db.scalar("SELECT coalesce(max(hub_seq), 0) FROM checkin_events");
}

Result<int> Store::adoptLocalEvents()
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto next = nextHubSeq(d->db);
    if (!next.ok())
        return next.error();
    QStringList ids;
    {
        sql::Statement st(d->db, "SELECT id FROM checkin_events WHERE hub_seq IS NULL ORDER BY rowid");
        while (st.step())
            ids.append(st.text(0));
        if (st.error())
            return *st.error();
    }
    qint64 seq = next.value();
    sql::Statement set(d->db, "UPDATE checkin_events SET hub_seq = ?2 WHERE id = ?1");
    for (const QString &id : std::as_const(ids)) {
        set.bind(1, id).bind(2, seq++);
        if (auto s = set.exec(); !s.ok())
            return s.error();
    }
    if (auto s = d->db.exec("DELETE FROM outbox"); !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return int(ids.size());
}

Status Store::addPairingToken(const QString &tokenHash, const QString &mode)
{
    sql::Statement st(d->db, "INSERT INTO pairing_tokens(token_hash, mode, created_at) VALUES(?1, ?2, ?3)");
    st.bind(1, tokenHash).bind(2, mode).bind(3, nowText());
    return st.exec();
}

Status Store::pairDevice(const QString &tokenHash, const Device &device, const QString &secretHash)
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun();
    // The mode is the one the organisers gave the code, never what the device claims:
    // an "admin" device gets contact details with the roster.
    sql::Statement token(d->db, "SELECT used_by, mode FROM pairing_tokens WHERE token_hash = ?1");
    token.bind(1, tokenHash);
    if (!token.step())
        return token.error()
            ? Status(*token.error())
            : makeError(ErrorCode::NotFound,
                QCoreApplication::translate("Store", "This pairing code is not known to the hub."));
    const QString usedBy = token.isNull(0) ? QString() : token.text(0);
    const QString mode = token.text(1);
    token.reset();
    if (!usedBy.isEmpty() && usedBy != device.id)
        return makeError(ErrorCode::Conflict,
            QCoreApplication::translate("Store", "This pairing code was used by another device."));
    // The hub's own id (it has no secret and every device knows it) is never a device's.
    if (device.id == d->local.id)
        return makeError(ErrorCode::Conflict,
            QCoreApplication::translate("Store", "A device cannot take the hub's own identity."));
    sql::Statement known(d->db,
        "SELECT revoked, secret_hash IS NOT NULL, last_seen IS NOT NULL FROM devices "
        "WHERE id = ?1");
    known.bind(1, device.id);
    if (known.step()) {
        if (known.integer(0) != 0)
            return makeError(
                ErrorCode::Conflict, QCoreApplication::translate("Store", "This device was revoked."));
        // No code, fresh or used, can take over an identity the hub knows: a paired
        // device, or one it knows only by the events it relayed. The one exception: the
        // same code again before the first hello (the answer to the exchange got lost).
        const bool retry = usedBy == device.id && known.integer(1) != 0 && known.integer(2) == 0;
        if (!retry)
            return makeError(ErrorCode::Conflict,
                known.integer(1) != 0
                    ? QCoreApplication::translate(
                        "Store", "This device is paired already; a pairing code cannot change that.")
                    : QCoreApplication::translate(
                        "Store", "Another device has this identity; a pairing code cannot take it over."));
    }
    known.reset();
    sql::Statement upsert(d->db,
        "INSERT INTO devices(id, name, mode, revoked, secret_hash, paired_at) VALUES(?1, ?2, ?3, 0, ?4, ?5) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, mode = excluded.mode, "
        "secret_hash = excluded.secret_hash, paired_at = excluded.paired_at");
    upsert.bind(1, device.id).bind(2, device.name).bind(3, mode).bind(4, secretHash).bind(5, nowText());
    if (auto s = upsert.exec(); !s.ok())
        return s;
    sql::Statement use(d->db, "UPDATE pairing_tokens SET used_by = ?2 WHERE token_hash = ?1");
    use.bind(1, tokenHash).bind(2, device.id);
    if (auto s = use.exec(); !s.ok())
        return s;
    return tx.commit();
}

Result<Store::DeviceCheck> Store::checkDevice(const QString &deviceId, const QString &secretHash)
{
    sql::Statement st(d->db, "SELECT revoked, secret_hash FROM devices WHERE id = ?1");
    st.bind(1, deviceId);
    if (!st.step())
        return st.error() ? Result<DeviceCheck>(*st.error()) : DeviceCheck::Unknown;
    if (st.integer(0) != 0)
        return DeviceCheck::Revoked;
    const QByteArray stored = st.text(1).toLatin1();
    const QByteArray given = secretHash.toLatin1();
    if (stored.isEmpty() || stored.size() != given.size())
        return DeviceCheck::WrongSecret;
    unsigned char diff = 0; // compared in constant time
    for (qsizetype i = 0; i < stored.size(); ++i)
        diff |= static_cast<unsigned char>(stored[i] ^ given[i]);
    return diff == 0 ? DeviceCheck::Known : DeviceCheck::WrongSecret;
}

Status Store::revokeDevice(const QString &deviceId)
{
    // The hub (or desk) revoking itself would lock its own device out of its log.
    if (deviceId == d->local.id)
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Store", "This is this database's own device: it cannot be revoked."));
    sql::Statement st(d->db, "UPDATE devices SET revoked = 1 WHERE id = ?1");
    st.bind(1, deviceId);
    if (auto s = st.exec(); !s.ok())
        return s;
    if (d->db.changes() == 0)
        return makeError(ErrorCode::NotFound,
            QCoreApplication::translate("Store", "No device has the id «%1».").arg(deviceId));
    return Ok {};
}

Status Store::renameDevice(const QString &deviceId, const QString &name)
{
    const QString shown = name.simplified();
    if (shown.isEmpty() || shown.size() > 40)
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("Store", "A device's name has 1 to 40 characters."));
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun();
    sql::Statement taken(d->db, "SELECT 1 FROM devices WHERE name = ?1 AND id <> ?2");
    taken.bind(1, shown).bind(2, deviceId);
    if (taken.step())
        return makeError(ErrorCode::Conflict,
            QCoreApplication::translate("Store", "Another device is called «%1».").arg(shown));
    if (taken.error())
        return *taken.error();
    sql::Statement st(d->db, "UPDATE devices SET name = ?1 WHERE id = ?2");
    st.bind(1, shown).bind(2, deviceId);
    if (auto s = st.exec(); !s.ok())
        return s;
    if (d->db.changes() == 0)
        return makeError(ErrorCode::NotFound,
            QCoreApplication::translate("Store", "No device has the id «%1».").arg(deviceId));
    return tx.commit();
}

Status Store::rememberDevice(const Device &device)
{
    sql::Statement st(d->db,
        "INSERT INTO devices(id, name, clock_offset_ms) VALUES(?1, ?2, ?3) ON CONFLICT(id) DO UPDATE SET "
        "name = excluded.name, clock_offset_ms = coalesce(excluded.clock_offset_ms, clock_offset_ms)");
    st.bind(1, device.id).bind(2, device.name).bind(3, device.clockOffsetMs);
    return st.exec();
}

Status Store::touchDevice(const QString &deviceId, std::optional<qint64> clockOffsetMs)
{
    sql::Statement st(d->db,
        "UPDATE devices SET last_seen = ?2, clock_offset_ms = coalesce(?3, clock_offset_ms) WHERE id = ?1");
    st.bind(1, deviceId).bind(2, nowText()).bind(3, clockOffsetMs);
    return st.exec();
}

Status Store::noteDeviceStatus(
    const QString &deviceId, const DeviceStatus &status, std::optional<qint64> clockOffsetMs)
{
    // Only a connected device reports: that heals a connection noted wrongly.
    sql::Statement st(d->db,
        "UPDATE devices SET status_unsent = ?2, status_printer = ?3, status_printer_problem = ?4, "
        "status_print_queue = ?5, status_at = ?6, last_seen = ?6, connected = 1, "
        "clock_offset_ms = coalesce(?8, clock_offset_ms) WHERE id = ?1 AND NOT (connected = 1 AND "
        "status_unsent IS ?2 AND status_printer IS ?3 AND status_printer_problem IS ?4 AND "
        "status_print_queue IS ?5 AND status_at > ?7)");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    st.bind(1, deviceId)
        .bind(2, qint64(status.unsent))
        .bind(3, status.printer)
        .bind(4, status.printerProblem)
        .bind(5, qint64(status.printQueue))
        .bind(6, storeutil::timeText(now))
        .bind(7, storeutil::timeText(now.addSecs(-50)))
        .bind(8, clockOffsetMs);
    return st.exec();
}

Status Store::noteDeviceConnected(const QString &deviceId, bool connected)
{
    sql::Statement st(d->db, "UPDATE devices SET connected = ?2 WHERE id = ?1");
    st.bind(1, deviceId).bind(2, connected);
    return st.exec();
}

Status Store::noteNoDeviceConnected()
{
    sql::Statement st(d->db, "UPDATE devices SET connected = 0 WHERE connected <> 0");
    return st.exec();
}

Status Store::writeDeviceCopy(const QString &path, const QString &deviceName, const QString &mode)
{
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Conflict,
            QCoreApplication::translate("Store", "%1 exists already; a kiosk database is made new.")
                .arg(path));
    auto rosterAt = rosterVersion(); // what the copy holds, before its own edits bump its counter
    if (!rosterAt.ok())
        return rosterAt.error();
    {
        sql::Statement st(d->db, "VACUUM INTO ?1");
        st.bind(1, path);
        if (auto s = st.exec(); !s.ok())
            return s;
    }
    sql::Connection copy;
    if (auto s = copy.open(path, false); !s.ok())
        return s;
    sql::WriteTransaction tx(copy);
    if (!tx.begun().ok())
        return tx.begun();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // What a public kiosk must not hold, and what belongs to the hub alone.
    if (auto s = copy.exec(
            "UPDATE attendees SET email = '', phone = ''; DELETE FROM outbox; DELETE FROM walkin_outbox; "
            "UPDATE checkin_events SET note = NULL; UPDATE quarantined_events SET note = NULL; "
            "DELETE FROM pairing_tokens; UPDATE devices SET secret_hash = NULL, last_seen = NULL; "
            "DELETE FROM meta WHERE key LIKE 'hub\\_%' ESCAPE '\\';");
        !s.ok())
        return s;
    sql::Statement device(copy, "INSERT INTO devices(id, name, mode) VALUES(?1, ?2, ?3)");
    device.bind(1, id).bind(2, deviceName).bind(3, mode);
    if (auto s = device.exec(); !s.ok())
        return s;
    sql::Statement meta(copy, "INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)");
    meta.bind(1, QStringLiteral("device_id")).bind(2, id);
    if (auto s = meta.exec(); !s.ok())
        return s;
    auto cursor = copy.scalar("SELECT coalesce(max(hub_seq), 0) FROM checkin_events");
    if (!cursor.ok())
        return cursor.error();
    meta.bind(1, QStringLiteral("sync_cursor")).bind(2, QString::number(cursor.value()));
    if (auto s = meta.exec(); !s.ok())
        return s;
    meta.bind(1, QStringLiteral("hub_roster_version")).bind(2, QString::number(rosterAt.value()));
    if (auto s = meta.exec(); !s.ok())
        return s;
    if (auto s = tx.commit(); !s.ok())
        return s;
    return copy.exec("VACUUM"); // the removed contact details leave the file too
}

} // namespace oppmote
