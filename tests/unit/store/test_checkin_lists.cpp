// The check-in lists' rules (the venue once a day, a session once, a
// group-work room its own group), decided with the event and the badge state
// in one transaction; attendance per day and per session; device clocks
// corrected by the offset the hub measured; the store's one change signal.

#include "sample_store.h"
#include "store/async_store.h"

#include <QSignalSpy>
#include <QtTest>

using namespace oppmote;

namespace {

// The sample workshop is on 25 and 26 September 2017.
QDateTime onDay(int day, int hour, int minute)
{
    return QDateTime(QDate(2017, 9, 24 + day), QTime(hour, minute)).toUTC();
}

CheckinRequest at(const QString &id, const QString &session, const QDateTime &when)
{
    CheckinRequest r;
    r.attendeeId = id;
    r.sessionKey = session;
    r.method = CheckinMethod::Qr;
    r.at = when;
    return r;
}

const SessionAttendance *row(const QList<SessionAttendance> &rows, const QString &key)
{
    for (const SessionAttendance &r : rows)
        if (r.sessionKey == key)
            return &r;
    return nullptr;
}

} // namespace

class TestCheckinLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dayTwoIsANewArrival()
    {
        auto s = test::makeSampleStore(4);
        const QString id = s.attendees[0].id;
        QCOMPARE(s.store->checkIn(at(id, {}, onDay(1, 9, 40)))->status, CheckinStatus::CheckedIn);
        QCOMPARE(s.store->checkIn(at(id, {}, onDay(1, 13, 0)))->status, CheckinStatus::AlreadyCheckedIn);
        // Day 2 at 09:00: recorded, not "already checked in at 09:40".
        auto second = s.store->checkIn(at(id, {}, onDay(2, 9, 0)));
        QCOMPARE(second->status, CheckinStatus::CheckedIn);
        QVERIFY(second->event.has_value());
        auto again = s.store->checkIn(at(id, {}, onDay(2, 9, 30)));
        QCOMPARE(again->status, CheckinStatus::AlreadyCheckedIn);
        QCOMPARE(again->earlierAt, onDay(2, 9, 0));
        // A session counts once, whatever the day.
        QCOMPARE(s.store->checkIn(at(id, QStringLiteral("d1-1000"), onDay(1, 10, 0)))->status,
            CheckinStatus::CheckedIn);
        QCOMPARE(s.store->checkIn(at(id, QStringLiteral("d1-1000"), onDay(2, 10, 0)))->status,
            CheckinStatus::AlreadyCheckedIn);
    }

    void undoAndExitAtTheVenueAreTheDays()
    {
        auto s = test::makeSampleStore(2);
        const QString id = s.attendees[0].id;
        QVERIFY(s.store->checkIn(at(id, {}, onDay(1, 9, 0))).ok());
        // No entry today: an exit has nothing to close, an undo nothing to undo.
        QCOMPARE(s.store->checkOut(at(id, {}, onDay(2, 17, 0)))->status, CheckinStatus::NotCheckedIn);
        QCOMPARE(s.store->checkOut(at(id, {}, onDay(1, 17, 0)))->status, CheckinStatus::CheckedOut);
    }

    void attendancePerDay()
    {
        auto s = test::makeSampleStore(10);
        // Day 1: six arrive, one of them admitted twice by two offline kiosks.
        for (int i = 0; i < 6; ++i)
            QVERIFY(s.store->checkIn(at(s.attendees[i].id, {}, onDay(1, 9, i))).ok());
        auto other = test::makeSampleStore(0, QStringLiteral("Kiosk 2"));
        QVERIFY(other.store->upsertAttendees({ s.attendees[0] }).ok());
        QVERIFY(other.store->checkIn(at(s.attendees[0].id, {}, onDay(1, 9, 30))).ok());
        QCOMPARE(s.store->recordEvents(other.store->events().value()).value(), 1);
        // Day 2: four of them come back, and one more.
        for (int i = 2; i < 7; ++i)
            QVERIFY(s.store->checkIn(at(s.attendees[i].id, {}, onDay(2, 9, i))).ok());
        QVERIFY(s.store->checkOut(at(s.attendees[6].id, {}, onDay(2, 15, 0))).ok());

        auto days = s.store->dayAttendance();
        QVERIFY2(days.ok(), qPrintable(days.ok() ? QString() : days.error().message));
        QCOMPARE(days->size(), 2);
        const AttendanceFigures d1 = days->at(0).figures, d2 = days->at(1).figures;
        QCOMPARE(d1.expected, 10);
        QCOMPARE(d1.arrived, 6);
        QCOMPARE(d1.duplicates, 1);
        QCOMPARE(d1.noShows, 4); // 2017 is over
        QCOMPARE(d1.notYet, 0);
        QCOMPARE(d2.arrived, 5);
        QCOMPARE(d2.present, 4);
        QCOMPARE(d2.duplicates, 0);
        QCOMPARE(d2.noShows, 5);

        auto sessions = s.store->attendance();
        QVERIFY(sessions.ok());
        const SessionAttendance *venue = row(sessions.value(), {});
        QVERIFY(venue);
        QCOMPARE(venue->checkedIn, 7); // seven different people, over both days
        QCOMPARE(venue->figures.duplicates, 1);
        // A plenary on day 2 expects everyone and counts day 2's arrivals.
        const SessionAttendance *plenary = row(sessions.value(), QStringLiteral("d2-0900"));
        QVERIFY(plenary);
        QCOMPARE(plenary->figures.arrived, 5);
        QCOMPARE(plenary->figures.noShows, 5);
        QCOMPARE(plenary->checkedIn, 0); // no door scanned there
    }

    void allocatedGroupWorkExpectsThePeoplePlaced()
    {
        auto s = test::makeSampleStore(6);
        const QString slot = QStringLiteral("d1-1400");
        QList<Assignment> placed;
        for (int i = 0; i < 4; ++i)
            placed.append(
                { slot, s.attendees[i].id, QStringLiteral("d1-1400-g%1").arg(1 + i % 2), false, false });
        QVERIFY(
            s.store->saveAllocation(slot, placed, AllocationRunInfo { QStringLiteral("test"), {}, {}, {} })
                .ok());
        for (int i = 0; i < 6; i += 2) // 0 and 2 are placed, 4 is not
            QVERIFY(s.store->checkIn(at(s.attendees[i].id, {}, onDay(1, 9, i))).ok());
        QVERIFY(s.store->checkIn(at(s.attendees[0].id, slot, onDay(1, 14, 0))).ok());
        auto rows = s.store->attendance();
        QVERIFY(rows.ok());
        const SessionAttendance *groupWork = row(rows.value(), slot);
        QVERIFY(groupWork);
        QCOMPARE(groupWork->figures.expected, 4);
        QCOMPARE(groupWork->figures.arrived, 2);
        QCOMPARE(groupWork->figures.noShows, 2);
        QCOMPARE(groupWork->checkedIn, 1);
    }

    void aRoomAdmitsItsOwnGroupInTheSameTransaction()
    {
        auto s = test::makeSampleStore(3);
        const QString slot = QStringLiteral("d1-1400");
        QVERIFY(s.store
                    ->saveAllocation(slot,
                        { { slot, s.attendees[0].id, QStringLiteral("d1-1400-g2"), false, false } },
                        AllocationRunInfo { QStringLiteral("test"), {}, {}, {} })
                    .ok());
        CheckinRequest wrong = at(s.attendees[0].id, slot, onDay(1, 14, 0));
        wrong.groupKey = QStringLiteral("d1-1400-g1");
        auto refused = s.store->checkIn(wrong);
        QCOMPARE(refused->status, CheckinStatus::WrongRoom);
        QCOMPARE(refused->placedGroupKey, QStringLiteral("d1-1400-g2"));
        QCOMPARE(checkinStatusCode(refused->status), QStringLiteral("wrong-room"));
        QVERIFY(s.store->events(s.attendees[0].id)->isEmpty()); // nothing written
        wrong.groupKey = QStringLiteral("d1-1400-g2");
        QCOMPARE(s.store->checkIn(wrong)->status, CheckinStatus::CheckedIn);
        // Someone not placed may come into any room.
        CheckinRequest unplaced = at(s.attendees[1].id, slot, onDay(1, 14, 1));
        unplaced.groupKey = QStringLiteral("d1-1400-g1");
        QCOMPARE(s.store->checkIn(unplaced)->status, CheckinStatus::CheckedIn);
    }

    void theOutcomeCarriesGroupsAndBadgeState()
    {
        auto s = test::makeSampleStore(2);
        const QString id = s.attendees[0].id;
        const QString slot = QStringLiteral("d2-1100");
        QVERIFY(s.store
                    ->saveAllocation(slot, { { slot, id, QStringLiteral("d2-1100-g3"), false, false } },
                        AllocationRunInfo { QStringLiteral("test"), {}, {}, {} })
                    .ok());
        auto first = s.store->checkIn(at(id, {}, onDay(2, 9, 0)));
        QCOMPARE(first->status, CheckinStatus::CheckedIn);
        QCOMPARE(first->assignments.size(), 1);
        QCOMPARE(first->assignments.front().groupKey, QStringLiteral("d2-1100-g3"));
        QVERIFY(!first->badgePrintedAt.isValid());
        QVERIFY(s.store->recordBadgePrinted(id).ok());
        auto again = s.store->checkIn(at(id, {}, onDay(2, 9, 5)));
        QCOMPARE(again->status, CheckinStatus::AlreadyCheckedIn);
        QVERIFY(again->badgePrintedAt.isValid());
    }

    void timesAreShownOnTheHubsClock()
    {
        auto s = test::makeSampleStore(1);
        const QString id = s.attendees[0].id;
        // Kiosk 2's clock is 5 h behind; the hub measured it and told this device.
        Device kiosk2;
        kiosk2.id = QStringLiteral("kiosk-2");
        kiosk2.name = QStringLiteral("Kiosk 2");
        kiosk2.clockOffsetMs = -5 * 3600 * 1000LL;
        QVERIFY(s.store->rememberDevice(kiosk2).ok());
        CheckinEvent e;
        e.id = CheckinEvent::newId();
        e.deviceId = kiosk2.id;
        e.deviceSeq = 1;
        e.attendeeId = id;
        e.kind = EventKind::Entry;
        e.method = CheckinMethod::Qr;
        if (QTime::currentTime() < QTime(0, 0, 5))
            QTest::qWait(6000); // the entry and the check-in on the same day
        const QDateTime real = QDateTime::currentDateTimeUtc().addSecs(-2);
        e.deviceTime = real.addSecs(-5 * 3600);
        QCOMPARE(s.store->recordEvents({ e }).value(), 1);
        CheckinRequest now;
        now.attendeeId = id;
        auto out = s.store->checkIn(now);
        // Today's entry, even when its device's clock says yesterday (before 05:00).
        QCOMPARE(out->status, CheckinStatus::AlreadyCheckedIn);
        QCOMPARE(out->earlierDeviceName, QStringLiteral("Kiosk 2"));
        QCOMPARE(out->earlierAt, real);
        QVERIFY(out->message().contains(real.toLocalTime().toString(QStringLiteral("HH:mm"))));
        // A name relayed again without an offset keeps the measured one.
        kiosk2.clockOffsetMs.reset();
        QVERIFY(s.store->rememberDevice(kiosk2).ok());
        for (const Device &d : s.store->devices().value())
            if (d.id == kiosk2.id)
                QCOMPARE(d.clockOffsetMs, std::optional<qint64>(-5 * 3600 * 1000LL));
    }

    void clockOffsetsInWords()
    {
        Device d;
        QCOMPARE(clockOffsetText(d), QStringLiteral("unknown"));
        d.clockOffsetMs = 20 * 1000;
        QVERIFY(!d.clockIsOff());
        QCOMPARE(clockOffsetText(d), QStringLiteral("on time"));
        d.clockOffsetMs = -(5 * 60 + 2) * 60 * 1000LL;
        QVERIFY(d.clockIsOff());
        QCOMPARE(clockOffsetText(d), QStringLiteral("5 h 2 min behind"));
        d.clockOffsetMs = 3 * 60 * 1000 + 10;
        QCOMPARE(clockOffsetText(d), QStringLiteral("3 min ahead"));
    }

    void oneChangeSignalForEveryWrite()
    {
        auto s = test::makeSampleStore(3);
        const QString path = s.path;
        const QString id = s.attendees[0].id;
        s.store.reset();
        AsyncStore async;
        QSignalSpy opened(&async, &AsyncStore::opened);
        async.open(path);
        QVERIFY(opened.wait());
        QSignalSpy changed(&async, &AsyncStore::changed);
        // A read changes nothing.
        async.run<int>([](Store &st) { return st.attendeeCount().value_or(0); }, this, [](int) {});
        async.drain();
        QCoreApplication::processEvents();
        QCOMPARE(changed.count(), 0);
        CheckinRequest r;
        r.attendeeId = id;
        async.checkIn(r, this, [](Result<CheckinOutcome>) {});
        QVERIFY(changed.wait());
        QCOMPARE(changed.count(), 1);
        // Another process writing the same file is seen too.
        async.watchExternalWrites(50);
        async.drain();
        {
            auto other = Store::open(path);
            QVERIFY(other.ok());
            CheckinRequest second;
            second.attendeeId = s.attendees[1].id;
            QCOMPARE(other->checkIn(second)->status, CheckinStatus::CheckedIn);
        }
        QVERIFY(changed.wait());
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCheckinLists)
#include "test_checkin_lists.moc"
