// Walk-ins (store_walk_ins.cpp, store_walk_in_sync.cpp, docs/checkin.md): a
// registration waits in the device's walk-in outbox and is taken by the hub
// without an event; approving, turning down and correcting are one
// transaction each with their errors; a rejected walk-in is never pending or
// counted; the roster brings the hub's decisions to a kiosk and keeps the
// kiosk's own walk-ins the hub has not sent back.

#include "sample_store.h"
#include "store/sqlite.h"

#include <QtTest>

using namespace oppmote;

namespace {

Attendee walkIn(const QString &id, const QString &first, const QString &last)
{
    Attendee a;
    a.id = id;
    a.firstName = first;
    a.lastName = last;
    a.organisation = QStringLiteral("Nordre Land kommune");
    a.email = first.toLower() + QStringLiteral("@example.no");
    a.type = AttendeeType::WalkIn;
    return a;
}

WalkInState stateOf(Store &store, const QString &id)
{
    return store.walkIn(id).value().value().state;
}

QStringList pendingIds(Store &store)
{
    QStringList ids;
    for (const Attendee &a : store.pendingWalkIns().value())
        ids << a.id;
    return ids;
}

// A statement the next write of `table` fails on, as a full disk would fail it.
void breakWrites(const QString &path, const char *table, const char *when = "INSERT")
{
    sql::Connection raw;
    QVERIFY(raw.open(path, false).ok());
    const QByteArray sql = QByteArray("CREATE TRIGGER broken BEFORE ") + when + " ON " + table
        + " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;";
    QVERIFY(raw.exec(sql.constData()).ok());
}

void mendWrites(const QString &path)
{
    sql::Connection raw;
    QVERIFY(raw.open(path, false).ok());
    QVERIFY(raw.exec("DROP TRIGGER broken").ok());
}

int venueWalkIns(Store &store)
{
    return store.attendance().value().constFirst().figures.walkIns;
}

// Kiosk 1's database, made from the hub's as prepare-kiosk makes it.
std::optional<Store> kioskOf(test::SampleStore &hub)
{
    const QString path = hub.dir->filePath(QStringLiteral("kiosk.sqlite"));
    if (!hub.store->writeDeviceCopy(path, QStringLiteral("Kiosk 1"), QStringLiteral("entrance")).ok())
        return std::nullopt;
    auto opened = Store::open(path);
    if (!opened.ok())
        return std::nullopt;
    return std::move(opened).value();
}

// What a kiosk pushes, the hub takes, and the kiosk hears back.
QList<WalkInAnswer> push(Store &kiosk, Store &hub)
{
    const auto answers = hub.receiveWalkIns(kiosk.localDevice().id, kiosk.unsentWalkIns(100).value());
    if (!answers.ok() || !kiosk.acknowledgeWalkIns(answers.value()).ok())
        return { WalkInAnswer {
            QStringLiteral("failed"), answers.ok() ? QString() : answers.error().message } };
    return answers.value();
}

} // namespace

class TestWalkIns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRegistrationReachesTheHubWithoutAnEvent()
    {
        auto hub = test::makeSampleStore(5, QStringLiteral("Hub"));
        auto opened = kioskOf(hub);
        QVERIFY(opened);
        Store &kiosk = *opened;
        QCOMPARE(kiosk.unsentWalkInCount().value(), 0);
        QVERIFY(kiosk
                    .upsertAttendees(
                        { walkIn(QStringLiteral("w1"), QStringLiteral("Åse"), QStringLiteral("Ødegård")) })
                    .ok());
        const WalkIn here = kiosk.walkIn(QStringLiteral("w1")).value().value();
        QCOMPARE(here.state, WalkInState::Pending);
        QCOMPARE(here.deviceId, kiosk.localDevice().id);
        QVERIFY(here.registeredAt.isValid());
        QCOMPARE(pendingIds(kiosk), QStringList { QStringLiteral("w1") });
        QCOMPARE(kiosk.unsentWalkInCount().value(), 1);
        QCOMPARE(kiosk.unsentEventCount().value(), 0); // no event: a registration is not a check-in

        QVERIFY(hub.store->upsertDevice(kiosk.localDevice()).ok()); // paired: the hub knows its name
        const qint64 before = hub.store->rosterVersion().value();
        const auto answers = push(kiosk, *hub.store);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].refusal, QString());
        // The hub has it, pending, registered by the kiosk, with the contact details.
        const WalkIn there = hub.store->walkIn(QStringLiteral("w1")).value().value();
        QCOMPARE(there.state, WalkInState::Pending);
        QCOMPARE(there.deviceName, QStringLiteral("Kiosk 1"));
        QCOMPARE(there.person.email, QStringLiteral("åse@example.no"));
        QCOMPARE(pendingIds(*hub.store), QStringList { QStringLiteral("w1") });
        QVERIFY(hub.store->rosterVersion().value() > before); // every kiosk learns of it
        // The kiosk sends it no more and keeps no contact details now.
        QCOMPARE(kiosk.unsentWalkInCount().value(), 0);
        QCOMPARE(kiosk.attendee(QStringLiteral("w1")).value()->email, QString());
        // A retry (a lost ack) changes nothing at the hub.
        const qint64 after = hub.store->rosterVersion().value();
        const auto again = hub.store->receiveWalkIns(kiosk.localDevice().id, { there });
        QVERIFY(again.ok());
        QCOMPARE(again->constFirst().refusal, QString());
        QCOMPARE(hub.store->rosterVersion().value(), after);
        QCOMPARE(hub.store->walkIns()->size(), 1);
        // A device cannot turn someone on the roster into a walk-in.
        WalkIn forged = there;
        forged.person.id = hub.attendees[0].id;
        QCOMPARE(hub.store->receiveWalkIns(kiosk.localDevice().id, { forged })->constFirst().refusal,
            QString::fromLatin1(kNotAWalkIn));
        QCOMPARE(hub.store->attendee(hub.attendees[0].id).value()->type, hub.attendees[0].type);
    }

    void approvingIsOneTransaction()
    {
        auto s = test::makeSampleStore(3);
        QVERIFY(s.store
                    ->upsertAttendees(
                        { walkIn(QStringLiteral("w1"), QStringLiteral("Kari"), QStringLiteral("Nordmann")) })
                    .ok());
        QCOMPARE(s.store->approveWalkIn(QStringLiteral("nobody")).error().code, ErrorCode::NotFound);
        QCOMPARE(s.store->approveWalkIn(s.attendees[0].id).error().code, ErrorCode::Conflict);
        // The check-in fails (a full disk): the code is not given either.
        breakWrites(s.path, "checkin_events");
        QVERIFY(!s.store->approveWalkIn(QStringLiteral("w1")).ok());
        QCOMPARE(stateOf(*s.store, QStringLiteral("w1")), WalkInState::Pending);
        QVERIFY(s.store->events()->isEmpty());
        mendWrites(s.path);
        QVERIFY(
            s.store->acknowledgeWalkIns({ { QStringLiteral("w1"), QString(), WalkInState::Pending } }).ok());
        QCOMPARE(s.store->unsentWalkInCount().value(), 0);

        const auto approved = s.store->approveWalkIn(QStringLiteral("w1"));
        QVERIFY(approved.ok());
        QCOMPARE(approved->status, CheckinStatus::CheckedIn);
        const WalkIn w = s.store->walkIn(QStringLiteral("w1")).value().value();
        QCOMPARE(w.state, WalkInState::Approved);
        QVERIFY(!w.person.token.isEmpty());
        QCOMPARE(w.decidedBy, s.store->localDevice().id);
        QVERIFY(pendingIds(*s.store).isEmpty());
        QCOMPARE(s.store->unsentWalkInCount().value(), 1); // the approval goes to the hub
        QCOMPARE(venueWalkIns(*s.store), 1);
        // Approving again gives no second code.
        QCOMPARE(s.store->approveWalkIn(QStringLiteral("w1"))->status, CheckinStatus::AlreadyCheckedIn);
        QCOMPARE(s.store->walkIn(QStringLiteral("w1")).value()->person.token, w.person.token);
        // An approved walk-in is not turned down afterwards.
        QCOMPARE(s.store->rejectWalkIn(QStringLiteral("w1")).error().code, ErrorCode::Conflict);
    }

    void aRejectedWalkInIsNotPendingAndNeverCounted()
    {
        auto s = test::makeSampleStore(3, QStringLiteral("Hub"));
        QVERIFY(s.store
                    ->upsertAttendees(
                        { walkIn(QStringLiteral("w1"), QStringLiteral("Per"), QStringLiteral("Hansen")),
                            walkIn(QStringLiteral("w2"), QStringLiteral("Pål"), QStringLiteral("Hansen")) })
                    .ok());
        QCOMPARE(s.store->rejectWalkIn(QStringLiteral("nobody")).error().code, ErrorCode::NotFound);
        QCOMPARE(s.store->rejectWalkIn(s.attendees[0].id).error().code, ErrorCode::Conflict);
        // A kiosk checked w1 in before the desk saw it (the hub takes a pending walk-in's events).
        CheckinEvent e;
        e.id = CheckinEvent::newId();
        e.deviceId = QStringLiteral("kiosk-1");
        e.deviceSeq = 1;
        e.attendeeId = QStringLiteral("w1");
        e.kind = EventKind::Entry;
        e.method = CheckinMethod::Staff;
        e.deviceTime = QDateTime::currentDateTimeUtc();
        QCOMPARE(s.store->acceptEvents({ e })->constFirst().refusal, QString());
        QCOMPARE(venueWalkIns(*s.store), 1);
        // The write fails: w1 stays pending.
        breakWrites(s.path, "walkin_outbox", "UPDATE");
        QVERIFY(!s.store->rejectWalkIn(QStringLiteral("w1"), QStringLiteral("not invited")).ok());
        QCOMPARE(stateOf(*s.store, QStringLiteral("w1")), WalkInState::Pending);
        mendWrites(s.path);

        QVERIFY(s.store->rejectWalkIn(QStringLiteral("w1"), QStringLiteral("  not   invited ")).ok());
        const WalkIn w = s.store->walkIn(QStringLiteral("w1")).value().value();
        QCOMPARE(w.state, WalkInState::Rejected);
        QCOMPARE(w.reason, QStringLiteral("not invited"));
        QCOMPARE(pendingIds(*s.store), QStringList { QStringLiteral("w2") });
        QCOMPARE(venueWalkIns(*s.store), 0); // its check-in stays in the log, never counted
        QCOMPARE(s.store->attendance().value().constFirst().figures.arrived, 0);
        QCOMPARE(s.store->events()->size(), 1);
        // Turned down stays turned down: no approval, no correction; a second rejection changes nothing.
        QCOMPARE(s.store->approveWalkIn(QStringLiteral("w1")).error().code, ErrorCode::Conflict);
        Attendee fixed = w.person;
        fixed.firstName = QStringLiteral("Peder");
        QCOMPARE(s.store->updateWalkIn(fixed).error().code, ErrorCode::Conflict);
        QVERIFY(s.store->rejectWalkIn(QStringLiteral("w1"), QStringLiteral("other")).ok());
        QCOMPARE(s.store->walkIn(QStringLiteral("w1")).value()->reason, QStringLiteral("not invited"));
        // A later check-in of a rejected walk-in is put aside with its reason.
        CheckinEvent later = e;
        later.id = CheckinEvent::newId();
        later.deviceSeq = 2;
        QCOMPARE(
            s.store->acceptEvents({ later })->constFirst().refusal, QString::fromLatin1(kWalkInRejected));
        // Nor can anyone check them in here (a name search, the command line).
        CheckinRequest byName;
        byName.attendeeId = QStringLiteral("w1");
        byName.method = CheckinMethod::Search;
        const auto refused = s.store->checkIn(byName);
        QVERIFY(refused.ok());
        QCOMPARE(refused->status, CheckinStatus::UnknownAttendee);
        QCOMPARE(s.store->events(QStringLiteral("w1"))->size(), 1);
    }

    void correctingIsOneTransaction()
    {
        auto s = test::makeSampleStore(3, QStringLiteral("Hub"));
        QVERIFY(s.store
                    ->upsertAttendees(
                        { walkIn(QStringLiteral("w1"), QStringLiteral("kari"), QStringLiteral("nordman")) })
                    .ok());
        Attendee nobody = walkIn(QStringLiteral("nobody"), QStringLiteral("A"), QStringLiteral("B"));
        QCOMPARE(s.store->updateWalkIn(nobody).error().code, ErrorCode::NotFound);
        Attendee rostered = s.attendees[0];
        QCOMPARE(s.store->updateWalkIn(rostered).error().code, ErrorCode::Conflict);
        Attendee fixed = s.store->attendee(QStringLiteral("w1")).value().value();
        fixed.lastName = QString();
        QCOMPARE(s.store->updateWalkIn(fixed).error().code, ErrorCode::InvalidInput);
        fixed.firstName = QStringLiteral(" Kari ");
        fixed.lastName = QStringLiteral("Nordmann");
        fixed.organisation = QStringLiteral("Testkommune Nord");
        fixed.email = QStringLiteral("kari.nordmann@example.no");
        fixed.token = QStringLiteral("OP1-FORGED"); // not the desk's to set
        fixed.type = AttendeeType::Speaker;
        // A new organisation cannot be written: nothing changes.
        breakWrites(s.path, "organisations");
        QVERIFY(!s.store->updateWalkIn(fixed).ok());
        QCOMPARE(s.store->attendee(QStringLiteral("w1")).value()->lastName, QStringLiteral("nordman"));
        mendWrites(s.path);

        const auto stored = s.store->updateWalkIn(fixed);
        QVERIFY(stored.ok());
        QCOMPARE(stored->firstName, QStringLiteral("Kari"));
        const WalkIn w = s.store->walkIn(QStringLiteral("w1")).value().value();
        QCOMPARE(w.person.fullName(), QStringLiteral("Kari Nordmann"));
        QCOMPARE(w.person.organisation, QStringLiteral("Testkommune Nord"));
        QCOMPARE(w.person.email, QStringLiteral("kari.nordmann@example.no"));
        QCOMPARE(w.person.type, AttendeeType::WalkIn);
        QCOMPARE(w.state, WalkInState::Pending);
        QVERIFY(w.person.token.isEmpty());
        // Then approved: the corrected person gets the code.
        QVERIFY(s.store->approveWalkIn(QStringLiteral("w1")).ok());
        QCOMPARE(s.store->attendee(QStringLiteral("w1")).value()->lastName, QStringLiteral("Nordmann"));
    }

    void theRosterBringsTheHubsDecisions()
    {
        auto hub = test::makeSampleStore(5, QStringLiteral("Hub"));
        auto opened = kioskOf(hub);
        QVERIFY(opened);
        Store &kiosk = *opened;
        QVERIFY(kiosk
                    .upsertAttendees({ walkIn(QStringLiteral("approved"), QStringLiteral("Anne"),
                                           QStringLiteral("Berg")),
                        walkIn(QStringLiteral("rejected"), QStringLiteral("Rune"), QStringLiteral("Dahl")),
                        walkIn(QStringLiteral("mine"), QStringLiteral("Mona"), QStringLiteral("Lie")),
                        walkIn(QStringLiteral("raced"), QStringLiteral("Rolf"), QStringLiteral("Eng")) })
                    .ok());
        QCOMPARE(push(kiosk, *hub.store).size(), 4);
        // The desk decides two; the kiosk, offline, approves "mine" and "raced", and
        // registers one more that the hub has not seen.
        QVERIFY(hub.store->approveWalkIn(QStringLiteral("approved")).ok());
        QVERIFY(hub.store->rejectWalkIn(QStringLiteral("rejected"), QStringLiteral("double booking")).ok());
        QVERIFY(hub.store->approveWalkIn(QStringLiteral("raced")).ok());
        QVERIFY(kiosk.approveWalkIn(QStringLiteral("mine")).ok());
        QVERIFY(kiosk.approveWalkIn(QStringLiteral("raced")).ok());
        QVERIFY(kiosk
                    .upsertAttendees(
                        { walkIn(QStringLiteral("new"), QStringLiteral("Nils"), QStringLiteral("Ness")) })
                    .ok());
        // A walk-in relayed from another kiosk that the hub's roster does not have: not kept.
        // (Only approved ones are taken from a relay: the others come with the roster.)
        Attendee stale = walkIn(QStringLiteral("stale"), QStringLiteral("Siv"), QStringLiteral("Sand"));
        QVERIFY(kiosk.addRelayedWalkIns({ stale }).ok());
        QVERIFY(!kiosk.attendee(QStringLiteral("stale")).value().has_value());
        stale.token = QStringLiteral("OP1-RELAYED");
        QVERIFY(kiosk.addRelayedWalkIns({ stale }).ok());
        QCOMPARE(stateOf(kiosk, QStringLiteral("stale")), WalkInState::Approved);
        QCOMPARE(kiosk.unsentWalkInCount().value(), 3); // mine, raced, new: a relayed one is never sent back
        const QString desksCode = hub.store->attendee(QStringLiteral("approved")).value()->token;
        const QString kiosksRaced = kiosk.attendee(QStringLiteral("raced")).value()->token;

        QVERIFY(kiosk.applyRosterSnapshot(hub.store->rosterSnapshot().value()).ok());
        // The hub's version of what it knows: approved (its code), rejected, not pending.
        QCOMPARE(kiosk.walkIn(QStringLiteral("approved")).value()->person.token, desksCode);
        QCOMPARE(stateOf(kiosk, QStringLiteral("rejected")), WalkInState::Rejected);
        // The desk's reason stays on the hub: a kiosk is no place for notes about a person.
        QCOMPARE(kiosk.walkIn(QStringLiteral("rejected")).value()->reason, QString());
        QCOMPARE(
            hub.store->walkIn(QStringLiteral("rejected")).value()->reason, QStringLiteral("double booking"));
        // The kiosk's own not yet acknowledged: its approval of "mine" (the hub has it
        // pending) and the new registration; "raced" the desk approved first: the hub's code.
        QCOMPARE(stateOf(kiosk, QStringLiteral("mine")), WalkInState::Approved);
        QCOMPARE(stateOf(kiosk, QStringLiteral("new")), WalkInState::Pending);
        QVERIFY(kiosk.attendee(QStringLiteral("raced")).value()->token != kiosksRaced);
        QVERIFY(!kiosk.attendee(QStringLiteral("stale")).value().has_value());
        QCOMPARE(pendingIds(kiosk), QStringList { QStringLiteral("new") });
        for (const WalkIn &w : kiosk.walkIns().value())
            QVERIFY2(
                w.person.email.isEmpty() || w.person.id == QLatin1String("new"), qPrintable(w.person.id));
        // What goes next: "mine" approved and "new"; the rest came back from the hub.
        QStringList unsent;
        for (const WalkIn &w : kiosk.unsentWalkIns(10).value())
            unsent << w.person.id;
        unsent.sort();
        QCOMPARE(unsent, (QStringList { QStringLiteral("mine"), QStringLiteral("new") }));

        // The kiosk's approval reaches the hub: the first one it records, so it stands.
        const auto answers = push(kiosk, *hub.store);
        QCOMPARE(answers.size(), 2);
        for (const WalkInAnswer &a : answers)
            QCOMPARE(a.refusal, QString());
        QCOMPARE(hub.store->walkIn(QStringLiteral("mine")).value()->person.token,
            kiosk.attendee(QStringLiteral("mine")).value()->token);
        QCOMPARE(hub.store->walkIn(QStringLiteral("mine")).value()->decidedBy, kiosk.localDevice().id);
        // A kiosk's later approval of what the desk decided is refused with its reason; nothing changes.
        WalkIn late = kiosk.walkIn(QStringLiteral("rejected")).value().value();
        late.state = WalkInState::Approved;
        late.person.token = QStringLiteral("OP1-LATE");
        WalkIn second = hub.store->walkIn(QStringLiteral("approved")).value().value();
        second.person.token = QStringLiteral("OP1-SECOND");
        const auto refused = hub.store->receiveWalkIns(kiosk.localDevice().id, { late, second });
        QVERIFY(refused.ok());
        QCOMPARE(refused->at(0).refusal, QString::fromLatin1(kWalkInRejected));
        QCOMPARE(refused->at(1).refusal, QString::fromLatin1(kWalkInApproved));
        QCOMPARE(stateOf(*hub.store, QStringLiteral("rejected")), WalkInState::Rejected);
        QCOMPARE(hub.store->attendee(QStringLiteral("approved")).value()->token, desksCode);
        // The next roster has the kiosk's approval: nothing of its own is waiting any more.
        QVERIFY(kiosk.applyRosterSnapshot(hub.store->rosterSnapshot().value()).ok());
        QCOMPARE(stateOf(kiosk, QStringLiteral("mine")), WalkInState::Approved);
        QCOMPARE(kiosk.unsentWalkInCount().value(), 0);
        sql::Connection raw;
        QVERIFY(raw.open(kiosk.path(), false).ok());
        QCOMPARE(raw.scalar("SELECT count(*) FROM walkin_outbox").value(), qint64(0));
    }

    void anApprovalMadeWhileTheRegistrationWasOnItsWayIsSentAgain()
    {
        auto hub = test::makeSampleStore(2, QStringLiteral("Hub"));
        auto kiosk = test::makeSampleStore(2, QStringLiteral("Kiosk 1"));
        QVERIFY(kiosk.store
                    ->upsertAttendees(
                        { walkIn(QStringLiteral("w1"), QStringLiteral("Eva"), QStringLiteral("Holm")) })
                    .ok());
        const auto sent = kiosk.store->unsentWalkIns(10).value();
        QVERIFY(kiosk.store->approveWalkIn(QStringLiteral("w1")).ok()); // before the ack came back
        const auto answers = hub.store->receiveWalkIns(kiosk.store->localDevice().id, sent);
        QVERIFY(kiosk.store->acknowledgeWalkIns(answers.value()).ok());
        QCOMPARE(kiosk.store->unsentWalkInCount().value(), 1);
        QCOMPARE(kiosk.store->unsentWalkIns(10)->constFirst().state, WalkInState::Approved);
    }
};

QTEST_GUILESS_MAIN(TestWalkIns)
#include "test_walk_ins.moc"
