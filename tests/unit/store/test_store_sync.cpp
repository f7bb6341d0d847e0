// The store's side of the hub (store_sync.cpp) and the protocol's messages:
// hub order, idempotency, cursors, pairing, device copies, and what a forged
// or damaged message gets.

#include "codes/revocation_list.h"
#include "codes/token.h"
#include "sample_store.h"
#include "store/sqlite.h"
#include "sync/device_secret.h"
#include "sync/sync_messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace oppmote;

namespace {

CheckinEvent checkInOn(Store &store, const QString &attendeeId)
{
    CheckinRequest r;
    r.attendeeId = attendeeId;
    r.method = CheckinMethod::Qr;
    return *store.checkIn(r).value().event;
}

// The places the hub gave, or -1 for each one it did not take.
QList<qint64> hubSeqs(const Result<QList<EventAcceptance>> &answers)
{
    QList<qint64> seqs;
    if (!answers.ok())
        return { -2 };
    for (const EventAcceptance &a : answers.value())
        seqs.append(a.refusal.isEmpty() ? a.hubSeq : -1);
    return seqs;
}

CheckinEvent eventOf(const QString &device, qint64 seq, const QString &attendee)
{
    CheckinEvent e;
    e.id = CheckinEvent::newId();
    e.deviceId = device;
    e.deviceSeq = seq;
    e.attendeeId = attendee;
    e.kind = EventKind::Entry;
    e.method = CheckinMethod::Qr;
    e.deviceTime = QDateTime::currentDateTimeUtc();
    return e;
}

QString deviceIdOf(Store &store)
{
    return store.meta(QStringLiteral("device_id")).value();
}

} // namespace

class TestStoreSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hubOrderIsIdempotent()
    {
        auto hub = test::makeSampleStore(5, QStringLiteral("Hub"));
        auto kiosk = test::makeSampleStore(5, QStringLiteral("Kiosk 1"));
        const CheckinEvent a = checkInOn(*kiosk.store, kiosk.attendees[0].id);
        const CheckinEvent b = checkInOn(*kiosk.store, kiosk.attendees[1].id);
        QCOMPARE(kiosk.store->outboxEvents(10)->size(), 2);

        QCOMPARE(hubSeqs(hub.store->acceptEvents({ a, b })), (QList<qint64> { 1, 2 }));
        // A retry (lost ack) gets the same places and adds nothing.
        QCOMPARE(hubSeqs(hub.store->acceptEvents({ b, a })), (QList<qint64> { 2, 1 }));
        QCOMPARE(hub.store->events()->size(), 2);
        // The same id with other content is refused, not merged.
        CheckinEvent forged = a;
        forged.deviceSeq = 99;
        QCOMPARE(hub.store->acceptEvents({ forged }).error().code, ErrorCode::Conflict);

        // The ack empties the outbox; the same events coming back change nothing more.
        QVERIFY(kiosk.store->acknowledgeEvents({ { a.id, 1 }, { b.id, 2 } }).ok());
        QCOMPARE(kiosk.store->unsentEventCount().value(), 0);
        const auto back = hub.store->eventsAfter(0, 10);
        QCOMPARE(back->size(), 2);
        QCOMPARE(kiosk.store->applyHubEvents(back.value(), 2).value(), 0);
        QCOMPARE(kiosk.store->syncCursor().value(), 2);
        // The cursor never goes back.
        QCOMPARE(kiosk.store->applyHubEvents({}, 1).value(), 0);
        QCOMPARE(kiosk.store->syncCursor().value(), 2);
        QCOMPARE(hub.store->eventsAfter(1, 10)->size(), 1);
        QCOMPARE(hub.store->lastHubSeq().value(), 2);
    }

    void ownEventsComingBackLeaveTheOutbox()
    {
        // The ack was lost, but the hub's stream carries the event back: that counts as the ack.
        auto hub = test::makeSampleStore(3, QStringLiteral("Hub"));
        auto kiosk = test::makeSampleStore(3, QStringLiteral("Kiosk 1"));
        const CheckinEvent a = checkInOn(*kiosk.store, kiosk.attendees[0].id);
        QVERIFY(hub.store->acceptEvents({ a }).ok());
        QCOMPARE(kiosk.store->applyHubEvents(hub.store->eventsAfter(0, 10).value(), 1).value(), 0);
        QCOMPARE(kiosk.store->unsentEventCount().value(), 0);
        QCOMPARE(kiosk.store->events().value().first().hubSeq, std::optional<qint64>(1));
        // Events without a place in the hub's order are refused.
        CheckinEvent loose = a;
        loose.id = CheckinEvent::newId();
        loose.hubSeq.reset();
        QCOMPARE(kiosk.store->applyHubEvents({ loose }, 2).error().code, ErrorCode::InvalidInput);
        QCOMPARE(kiosk.store->syncCursor().value(), 1); // one transaction: the cursor did not move to 2
    }

    void theHubPutsAsideEventsThatCannotBeRight()
    {
        auto hub = test::makeSampleStore(5, QStringLiteral("Hub"));
        const QString person = hub.attendees[0].id;
        CheckinEvent ghost = eventOf(QStringLiteral("dev-x"), 1, QStringLiteral("nobody"));
        CheckinEvent room = eventOf(QStringLiteral("dev-x"), 2, person);
        room.sessionKey = QStringLiteral("d9-9999");
        CheckinEvent undo = eventOf(QStringLiteral("dev-x"), 3, person);
        undo.kind = EventKind::Undo;
        undo.undoes = QStringLiteral("never-was");
        CheckinEvent future = eventOf(QStringLiteral("dev-x"), 4, person);
        future.deviceTime = QDateTime::currentDateTimeUtc().addYears(2);
        const CheckinEvent good = eventOf(QStringLiteral("dev-x"), 5, person);
        const auto answers = hub.store->acceptEvents({ ghost, room, undo, future, good });
        QVERIFY(answers.ok());
        QStringList reasons;
        for (const EventAcceptance &a : answers.value())
            reasons << a.refusal;
        QCOMPARE(reasons,
            (QStringList { QStringLiteral("unknown-attendee"), QStringLiteral("unknown-session"),
                QStringLiteral("undo-of-nothing"), QStringLiteral("device-time"), QString() }));
        QVERIFY(answers->last().hubSeq > 0);
        // Put aside with the reason, never in the order, never counted.
        QCOMPARE(hub.store->quarantinedEvents()->size(), 4);
        QCOMPARE(hub.store->events()->size(), 1);
        QCOMPARE(hub.store->eventsAfter(0, 10)->size(), 1);
        // A retry gets the same answer; the device's numbers count as the hub's.
        QCOMPARE(hub.store->acceptEvents({ ghost })->first().refusal, QStringLiteral("unknown-attendee"));
        QCOMPARE(hub.store->quarantinedEvents()->size(), 4);
        QCOMPARE(hub.store->lastDeviceSeq(QStringLiteral("dev-x")).value(), 5);
        QVERIFY(!quarantineReasonText(QStringLiteral("device-time")).isEmpty());
    }

    void aRestoredDeviceNumbersOnAndDropsNothing()
    {
        // The hub has kiosk K's events 1–3; K's database comes back from a backup
        // that has only 1, so its next check-ins take numbers 2 and 3 again.
        auto hub = test::makeSampleStore(8, QStringLiteral("Hub"));
        auto kiosk = test::makeSampleStore(8, QStringLiteral("Kiosk K"));
        const QString k = deviceIdOf(*kiosk.store);
        const CheckinEvent first = checkInOn(*kiosk.store, kiosk.attendees[0].id);
        QCOMPARE(hubSeqs(hub.store->acceptEvents({ first })), (QList<qint64> { 1 }));
        QVERIFY(kiosk.store->acknowledgeEvents({ { first.id, 1 } }).ok());
        const CheckinEvent lostA = eventOf(k, 2, kiosk.attendees[1].id);
        const CheckinEvent lostB = eventOf(k, 3, kiosk.attendees[2].id);
        QCOMPARE(hubSeqs(hub.store->acceptEvents({ lostA, lostB })), (QList<qint64> { 2, 3 }));
        const CheckinEvent fresh = checkInOn(*kiosk.store, kiosk.attendees[3].id);
        QCOMPARE(fresh.deviceSeq, 2);
        // And its undo, in the same batch: the undo must not be judged before its entry.
        auto undone = kiosk.store->undoCheckIn(kiosk.attendees[3].id, QString());
        QVERIFY(undone.ok());
        const CheckinEvent other = checkInOn(*kiosk.store, kiosk.attendees[4].id);

        // Pushing first: the hub refuses the reused numbers, and everything after the
        // first in the batch, and takes nothing of them; the batch does not fail.
        const auto answers = hub.store->acceptEvents(kiosk.store->outboxEvents(10).value());
        QVERIFY(answers.ok());
        QCOMPARE(answers->size(), 3);
        QList<QString> taken;
        const auto pushed = kiosk.store->outboxEvents(10).value();
        for (qsizetype i = 0; i < answers->size(); ++i) {
            QCOMPARE(answers->at(i).refusal, QString::fromLatin1(kSequenceTaken));
            taken << pushed[i].id;
        }
        QCOMPARE(hub.store->events()->size(), 3);
        QCOMPARE(hub.store->quarantinedEvents()->size(), 0);
        QVERIFY(kiosk.store->renumberTaken(taken, hub.store->lastDeviceSeq(k).value()).ok());
        const auto again = hub.store->acceptEvents(kiosk.store->outboxEvents(10).value());
        QCOMPARE(hubSeqs(again), (QList<qint64> { 4, 5, 6 }));
        // In order: the entry, then its undo, so the person is not checked in.
        QVERIFY(!hub.store->activeEntry(kiosk.attendees[3].id, QString())->has_value());
        QVERIFY(hub.store->activeEntry(kiosk.attendees[4].id, QString())->has_value());

        // Pulling: the hub's 2 and 3 are taken here too; nothing is dropped, numbers stay distinct.
        QVERIFY(kiosk.store->acknowledgeEvents({ { taken[0], 4 }, { taken[1], 5 }, { taken[2], 6 } }).ok());
        QCOMPARE(kiosk.store->applyHubEvents(hub.store->eventsAfter(1, 10).value(), 6).value(), 2);
        auto events = kiosk.store->events();
        QCOMPARE(events->size(), 6);
        QSet<qint64> numbers;
        for (const CheckinEvent &e : events.value())
            numbers.insert(e.deviceSeq);
        QCOMPARE(numbers.size(), 6);
        // New check-ins go on after everything the hub has.
        QVERIFY(checkInOn(*kiosk.store, kiosk.attendees[5].id).deviceSeq > 6);
    }

    void aLostAckIsNotRenumbered()
    {
        // The hub took event X but its ack got lost: X keeps its number, and sending it
        // again gets the place it already has.
        auto hub = test::makeSampleStore(3, QStringLiteral("Hub"));
        auto kiosk = test::makeSampleStore(3, QStringLiteral("Kiosk 1"));
        const CheckinEvent x = checkInOn(*kiosk.store, kiosk.attendees[0].id);
        QCOMPARE(hubSeqs(hub.store->acceptEvents({ x })), (QList<qint64> { 1 }));
        // The next hello: the hub's last number for this device is X's.
        QVERIFY(
            kiosk.store->raiseSequenceFloor(hub.store->lastDeviceSeq(deviceIdOf(*kiosk.store)).value()).ok());
        const auto outbox = kiosk.store->outboxEvents(10).value();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().deviceSeq, x.deviceSeq);
        QCOMPARE(hubSeqs(hub.store->acceptEvents(outbox)), (QList<qint64> { 1 }));
        QCOMPARE(checkInOn(*kiosk.store, kiosk.attendees[1].id).deviceSeq, x.deviceSeq + 1);
    }

    void presenceFollowsTheHubsOrderNotDeviceClocks()
    {
        // In at kiosk A at 16:00, out at kiosk B whose clock is 5 h behind (11:00):
        // out, because the hub had the exit after the entry.
        auto hub = test::makeSampleStore(3, QStringLiteral("Hub"));
        const QString person = hub.attendees[0].id;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        CheckinEvent in = eventOf(QStringLiteral("kiosk-a"), 1, person);
        in.deviceTime = now;
        CheckinEvent out = eventOf(QStringLiteral("kiosk-b"), 1, person);
        out.kind = EventKind::Exit;
        out.deviceTime = now.addSecs(-5 * 3600);
        // The hub measured kiosk B's clock, so the exit falls on today even at 02:00.
        Device kioskB;
        kioskB.id = QStringLiteral("kiosk-b");
        kioskB.name = QStringLiteral("Kiosk B");
        kioskB.clockOffsetMs = -5 * 3600 * 1000LL;
        QVERIFY(hub.store->rememberDevice(kioskB).ok());
        QCOMPARE(hubSeqs(hub.store->acceptEvents({ in })), (QList<qint64> { 1 }));
        QCOMPARE(hubSeqs(hub.store->acceptEvents({ out })), (QList<qint64> { 2 }));
        const auto rows = hub.store->attendance();
        QVERIFY(rows.ok());
        QCOMPARE(rows->first().checkedIn, 1);
        QCOMPARE(rows->first().present, 0);
    }

    void aRefusedEventNeverBlocksTheOutbox()
    {
        auto kiosk = test::makeSampleStore(3, QStringLiteral("Kiosk 1"));
        const CheckinEvent a = checkInOn(*kiosk.store, kiosk.attendees[0].id);
        const CheckinEvent b = checkInOn(*kiosk.store, kiosk.attendees[1].id);
        QVERIFY(kiosk.store->markRefused({ { a.id, QStringLiteral("unknown-session") } }).ok());
        const auto outbox = kiosk.store->outboxEvents(10);
        QCOMPARE(outbox->size(), 1);
        QCOMPARE(outbox->first().id, b.id);
        QCOMPARE(kiosk.store->unsentEventCount().value(), 1);
        const auto refused = kiosk.store->refusedEvents();
        QCOMPARE(refused->size(), 1);
        QCOMPARE(refused->first().event.id, a.id);
        QCOMPARE(refused->first().reason, QStringLiteral("unknown-session"));
        QCOMPARE(kiosk.store->events()->size(), 2); // kept, not deleted
    }

    void theHubsOwnEventsJoinTheOrder()
    {
        auto hub = test::makeSampleStore(3, QStringLiteral("Hub"));
        checkInOn(*hub.store, hub.attendees[0].id); // an organiser at the desk, on the hub's database
        QCOMPARE(hub.store->eventsAfter(0, 10)->size(), 0);
        QCOMPARE(hub.store->adoptLocalEvents().value(), 1);
        QCOMPARE(hub.store->eventsAfter(0, 10)->size(), 1);
        QCOMPARE(hub.store->adoptLocalEvents().value(), 0);
        QCOMPARE(hub.store->unsentEventCount().value(), 0);
    }

    void aReasonGivenByHandTravelsWithItsEventAndIsPurged()
    {
        auto kiosk = test::makeSampleStore(2, QStringLiteral("Kiosk"));
        CheckinRequest r;
        r.attendeeId = kiosk.attendees.at(0).id;
        r.method = CheckinMethod::Staff;
        r.note = QStringLiteral("  forgot   the invitation ");
        auto in = kiosk.store->checkIn(r);
        QVERIFY(in.ok() && in->event);
        QCOMPARE(in->event->note, QStringLiteral("forgot the invitation"));
        auto back = sync::eventFromJson(sync::eventToJson(*in->event));
        QVERIFY(back.ok());
        QCOMPARE(back->note, QStringLiteral("forgot the invitation"));
        // The hub keeps it as it came.
        auto hub = test::makeSampleStore(2, QStringLiteral("Hub"));
        QCOMPARE(hubSeqs(hub.store->acceptEvents({ back.value() })), (QList<qint64> { 1 }));
        auto atHub = hub.store->events(kiosk.attendees.at(0).id);
        QVERIFY(atHub.ok() && !atHub->isEmpty());
        QCOMPARE(atHub->back().note, QStringLiteral("forgot the invitation"));
        // Too long: refused by the store and by the protocol, nothing written.
        CheckinRequest tooLong = r;
        tooLong.attendeeId = kiosk.attendees.at(1).id;
        tooLong.note = QString(CheckinEvent::kMaxNoteLength + 1, QLatin1Char('x'));
        QVERIFY(!kiosk.store->checkIn(tooLong).ok());
        QVERIFY(kiosk.store->events(tooLong.attendeeId)->isEmpty());
        QJsonObject forged = sync::eventToJson(*in->event);
        forged.insert(QStringLiteral("note"), tooLong.note);
        QVERIFY(!sync::eventFromJson(forged).ok());
        // The purge after the event takes the reasons (they are about people) and keeps the counts.
        QVERIFY(hub.store->purgePersonalData().ok());
        atHub = hub.store->events(kiosk.attendees.at(0).id);
        QVERIFY(atHub.ok() && !atHub->isEmpty());
        QVERIFY(atHub->back().note.isEmpty());
    }

    void aDevicesStatusIsCheckedThenKeptAndItsConnectionNoted()
    {
        // What the hub ignores: a figure missing or out of range. A printer problem it does not
        // know is "off" (a newer kiosk's), a long queue name is cut.
        QVERIFY(
            !sync::statusFromJson(QJsonObject { { QStringLiteral("printer"), QStringLiteral("x") } }).ok());
        QVERIFY(!sync::statusFromJson(
            QJsonObject { { QStringLiteral("unsent"), -1 }, { QStringLiteral("printQueue"), 0 } })
                     .ok());
        auto newer = sync::statusFromJson(
            QJsonObject { { QStringLiteral("unsent"), 0 }, { QStringLiteral("printQueue"), 0 },
                { QStringLiteral("printer"), QString(200, QLatin1Char('q')) },
                { QStringLiteral("printerProblem"), QStringLiteral("on-fire") } });
        QVERIFY(newer.ok());
        QCOMPARE(newer->printerProblem, QStringLiteral("off"));
        QCOMPARE(newer->printer.size(), 127);
        const DeviceStatus sent { 3, QStringLiteral("badges"), QStringLiteral("out-of-labels"), 2 };
        auto received = sync::statusFromJson(sync::statusToJson(sent));
        QVERIFY2(received.ok(), qPrintable(received.ok() ? QString() : received.error().message));
        QCOMPARE(received.value(), sent);

        auto hub = test::makeSampleStore(1, QStringLiteral("Hub"));
        Device k1;
        k1.id = QStringLiteral("k1");
        k1.name = QStringLiteral("Kiosk 1");
        QVERIFY(hub.store->upsertDevice(k1).ok());
        auto kiosk = [&] {
            for (const Device &d : hub.store->devices().value())
                if (d.id == k1.id)
                    return d;
            return Device {};
        };
        QVERIFY(!kiosk().status);
        QVERIFY(!kiosk().onlineAt(QDateTime::currentDateTimeUtc()));
        QVERIFY(hub.store->noteDeviceConnected(k1.id, true).ok());
        QVERIFY(hub.store->noteDeviceStatus(k1.id, received.value()).ok());
        const Device reported = kiosk();
        QVERIFY(reported.status);
        QCOMPARE(*reported.status, sent);
        QVERIFY(!reported.statusAt.isEmpty());
        QCOMPARE(reported.lastSeen, reported.statusAt); // a status is a sign of life
        QVERIFY(reported.connected);
        QVERIFY(reported.onlineAt(QDateTime::currentDateTimeUtc()));
        QVERIFY(reported.printerNeedsAttention());
        // The same again at once (a heartbeat) is not written; a change is.
        QVERIFY(hub.store->noteDeviceStatus(k1.id, sent).ok());
        QCOMPARE(kiosk().statusAt, reported.statusAt);
        DeviceStatus fixed = sent;
        fixed.printerProblem.clear();
        QTest::qSleep(2); // another millisecond on the clock
        QVERIFY(hub.store->noteDeviceStatus(k1.id, fixed, 1500).ok());
        QCOMPARE(kiosk().status->printerProblem, QString());
        QVERIFY(kiosk().statusAt > reported.statusAt);
        QCOMPARE(kiosk().clockOffsetMs, std::optional<qint64>(1500));
        // Heard from longer ago than the window: offline even while "connected" (the hub died).
        QVERIFY(
            !reported.onlineAt(QDateTime::currentDateTimeUtc().addSecs(Device::kOnlineWindowSeconds + 5)));
        // The hub starts again: nobody is connected.
        QVERIFY(hub.store->noteNoDeviceConnected().ok());
        QVERIFY(!kiosk().connected);
        QCOMPARE(*kiosk().status, fixed); // what it said last stays
        // A status comes only over a live connection: it notes the device connected again.
        QVERIFY(hub.store->noteDeviceStatus(k1.id, fixed).ok());
        QVERIFY(kiosk().connected);
    }

    void pairingTokensWorkOnceAndRevocationSticks()
    {
        auto hub = test::makeSampleStore(1, QStringLiteral("Hub"));
        const QString token = sync::secretHash(QStringLiteral("OP1-TOKEN"));
        QVERIFY(hub.store->addPairingToken(token, QStringLiteral("entrance")).ok());
        Device k1;
        k1.id = QStringLiteral("k1");
        k1.name = QStringLiteral("Kiosk 1");
        const QString secret = sync::makeDeviceSecret();
        QCOMPARE(secret.size(), 43);
        QVERIFY(secret != sync::makeDeviceSecret());
        k1.mode = QStringLiteral("admin"); // what it claims
        QVERIFY(hub.store->pairDevice(token, k1, sync::secretHash(secret)).ok());
        // The mode is the code's, not the device's claim (admin devices get contact details).
        for (const Device &d : hub.store->devices().value())
            if (d.id == QStringLiteral("k1"))
                QCOMPARE(d.mode, QStringLiteral("entrance"));
        // The same device may repeat the exchange (its answer got lost); another may not.
        QVERIFY(hub.store->pairDevice(token, k1, sync::secretHash(secret)).ok());
        Device k2 = k1;
        k2.id = QStringLiteral("k2");
        QCOMPARE(
            hub.store->pairDevice(token, k2, sync::secretHash(secret)).error().code, ErrorCode::Conflict);
        QCOMPARE(
            hub.store->pairDevice(sync::secretHash(QStringLiteral("unknown")), k2, QString()).error().code,
            ErrorCode::NotFound);
        QCOMPARE(hub.store->checkDevice(QStringLiteral("k1"), sync::secretHash(secret)).value(),
            Store::DeviceCheck::Known);
        QCOMPARE(
            hub.store->checkDevice(QStringLiteral("k1"), sync::secretHash(QStringLiteral("guess"))).value(),
            Store::DeviceCheck::WrongSecret);
        QCOMPARE(hub.store->checkDevice(QStringLiteral("k2"), sync::secretHash(secret)).value(),
            Store::DeviceCheck::Unknown);
        // Once it has said hello, no code — fresh or its own — can change its secret.
        QVERIFY(hub.store->touchDevice(QStringLiteral("k1")).ok());
        QCOMPARE(hub.store->pairDevice(token, k1, sync::secretHash(QStringLiteral("thief"))).error().code,
            ErrorCode::Conflict);
        const QString another = sync::secretHash(QStringLiteral("OP1-ANOTHER"));
        QVERIFY(hub.store->addPairingToken(another, QString()).ok());
        QCOMPARE(hub.store->pairDevice(another, k1, sync::secretHash(QStringLiteral("thief"))).error().code,
            ErrorCode::Conflict);
        QCOMPARE(hub.store->checkDevice(QStringLiteral("k1"), sync::secretHash(secret)).value(),
            Store::DeviceCheck::Known);
        QVERIFY(hub.store->revokeDevice(QStringLiteral("k1")).ok());
        QCOMPARE(hub.store->checkDevice(QStringLiteral("k1"), sync::secretHash(secret)).value(),
            Store::DeviceCheck::Revoked);
        // A revoked device cannot come back with a fresh code.
        const QString fresh = sync::secretHash(QStringLiteral("OP1-FRESH"));
        QVERIFY(hub.store->addPairingToken(fresh, QString()).ok());
        QCOMPARE(
            hub.store->pairDevice(fresh, k1, sync::secretHash(secret)).error().code, ErrorCode::Conflict);
        QCOMPARE(hub.store->revokeDevice(QStringLiteral("nobody")).error().code, ErrorCode::NotFound);
    }

    void aDeviceCopyHasNoContactDetailsAndItsOwnId()
    {
        auto hub = test::makeSampleStore(20, QStringLiteral("Hub"));
        checkInOn(*hub.store, hub.attendees[0].id);
        QVERIFY(hub.store->adoptLocalEvents().ok());
        QVERIFY(hub.store->setMeta(QStringLiteral("hub_secret"), QStringLiteral("x")).ok());
        const QString path = hub.dir->filePath(QStringLiteral("kiosk.sqlite"));
        QVERIFY(hub.store->writeDeviceCopy(path, QStringLiteral("Kiosk 9"), QStringLiteral("entrance")).ok());
        QCOMPARE(hub.store->writeDeviceCopy(path, QStringLiteral("Kiosk 9"), QString()).error().code,
            ErrorCode::Conflict);
        auto copy = Store::open(path);
        QVERIFY(copy.ok());
        QVERIFY(copy->localDevice().id != hub.store->localDevice().id);
        QCOMPARE(copy->localDevice().name, QStringLiteral("Kiosk 9"));
        QCOMPARE(copy->attendeeCount().value(), 20);
        for (const Attendee &a : copy->attendees().value())
            QVERIFY(a.email.isEmpty() && a.phone.isEmpty() && !a.token.isEmpty());
        QCOMPARE(copy->events()->size(), 1);
        QCOMPARE(copy->syncCursor().value(), 1); // it pulls from after what it has
        QCOMPARE(copy->meta(QStringLiteral("hub_secret")).value(), QString());
        QCOMPARE(copy->unsentEventCount().value(), 0);
    }

    void theRosterTravelsWithItsVersion()
    {
        auto hub = test::makeSampleStore(10, QStringLiteral("Hub"));
        const QString kioskPath = hub.dir->filePath(QStringLiteral("kiosk.sqlite"));
        QVERIFY(hub.store->writeDeviceCopy(kioskPath, QStringLiteral("Kiosk 1"), QStringLiteral("entrance"))
                    .ok());
        auto kiosk = Store::open(kioskPath);
        QVERIFY(kiosk.ok());
        const qint64 v0 = hub.store->rosterVersion().value();
        QCOMPARE(kiosk->appliedRosterVersion().value(), v0); // the copy is that version

        // A check-in and a walk-in do not change the roster's version; a reissued code does.
        checkInOn(*hub.store, hub.attendees[0].id);
        Attendee walkIn;
        walkIn.id = QStringLiteral("walkin-1");
        walkIn.firstName = QStringLiteral("Åse");
        walkIn.lastName = QStringLiteral("Ødegård");
        walkIn.type = AttendeeType::WalkIn;
        QVERIFY(hub.store->upsertAttendees({ walkIn }).ok());
        QCOMPARE(hub.store->rosterVersion().value(), v0);
        const Attendee &lost = hub.attendees[1];
        const auto reissued = hub.store->replaceToken(lost.id, Token::generate());
        QVERIFY(reissued.ok());
        QVERIFY(hub.store->rosterVersion().value() > v0);

        // A walk-in registered at the kiosk, not yet on the hub, survives the new roster.
        Attendee local = walkIn;
        local.id = QStringLiteral("walkin-kiosk");
        QVERIFY(kiosk->upsertAttendees({ local }).ok());
        const auto snapshot = hub.store->rosterSnapshot();
        QVERIFY(snapshot.ok());
        QVERIFY(kiosk->applyRosterSnapshot(snapshot.value()).ok());
        QCOMPARE(kiosk->appliedRosterVersion().value(), hub.store->rosterVersion().value());
        QCOMPARE(kiosk->attendee(lost.id).value()->token, reissued->token);
        QVERIFY(kiosk->attendee(QStringLiteral("walkin-kiosk")).value().has_value());
        QVERIFY(kiosk->attendee(QStringLiteral("walkin-1")).value().has_value());
        QCOMPARE(kiosk->revocations()->size(), 1); // the old code is refused there too
        for (const Attendee &a : kiosk->attendees().value())
            QVERIFY(a.email.isEmpty() && a.phone.isEmpty());
        QCOMPARE(kiosk->program()->name, hub.event.name);
        QCOMPARE(
            kiosk->meta(QStringLiteral("device_id")).value(), kiosk->localDevice().id); // its own id kept
        // An admin laptop gets the contact details.
        QVERIFY(hub.store->rosterSnapshot(true)
                    ->value(QLatin1String("tables"))
                    .toObject()
                    .contains(QLatin1String("attendees")));
        // A damaged snapshot changes nothing.
        QJsonObject damaged = snapshot.value();
        damaged.remove(QStringLiteral("tables"));
        QCOMPARE(kiosk->applyRosterSnapshot(damaged).error().code, ErrorCode::InvalidInput);
        QCOMPARE(kiosk->attendeeCount().value(), 12);
    }

    void damagedAndForgedMessagesAreRefused()
    {
        QVERIFY(!sync::parseMessage(QStringLiteral("not json")).ok());
        QVERIFY(!sync::parseMessage(QStringLiteral("[1,2]")).ok());
        QVERIFY(!sync::parseMessage(QStringLiteral("{\"t\":\"drop tables\"}")).ok());
        QVERIFY(!sync::parseMessage(QString(9 * 1024 * 1024, QLatin1Char(' '))).ok());
        QVERIFY(sync::parseMessage(QStringLiteral("{\"t\":\"push\",\"events\":[]}")).ok());

        CheckinEvent e;
        e.id = CheckinEvent::newId();
        e.deviceId = QStringLiteral("k1");
        e.deviceSeq = 3;
        e.attendeeId = QStringLiteral("p1");
        e.deviceTime = QDateTime::currentDateTimeUtc();
        e.hubSeq = 7;
        const QJsonObject good = sync::eventToJson(e);
        auto back = sync::eventFromJson(good);
        QVERIFY(back.ok());
        QCOMPARE(back->id, e.id);
        QCOMPARE(back->hubSeq, e.hubSeq);
        QCOMPARE(back->deviceTime.toMSecsSinceEpoch(), e.deviceTime.toMSecsSinceEpoch());
        for (const auto &[key, value] :
            { std::pair { "kind", QJsonValue(QStringLiteral("teleport")) }, { "seq", QJsonValue(0) },
                { "time", QJsonValue(QStringLiteral("yesterday")) }, { "id", QJsonValue(QString()) },
                { "hubSeq", QJsonValue(-4) }, { "kind", QJsonValue(QStringLiteral("undo")) } }) {
            QJsonObject bad = good;
            bad.insert(QLatin1String(key), value);
            QVERIFY2(!sync::eventFromJson(bad).ok(), key);
        }
        QJsonArray many;
        for (int i = 0; i < sync::kBatch * 2 + 1; ++i)
            many.append(good);
        QVERIFY(!sync::eventsFrom(QJsonObject { { QStringLiteral("events"), many } }).ok());
        QVERIFY(
            !sync::walkInsFrom(QJsonObject { { QStringLiteral("attendees"), QJsonArray { QJsonObject {} } } })
                 .ok());
    }
};

QTEST_GUILESS_MAIN(TestStoreSync)
#include "test_store_sync.moc"
