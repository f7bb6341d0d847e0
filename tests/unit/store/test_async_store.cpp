// AsyncStore: the store on its own thread; results arrive on the caller's
// thread without blocking it.

#include "sample_store.h"
#include "store/async_store.h"

#include <QtTest>

using namespace oppmote;

class TestAsyncStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkInRunsOnTheWorkerAndAnswersHere()
    {
        auto s = test::makeSampleStore(10);
        s.store.reset();
        AsyncStore async;
        QSignalSpy opened(&async, &AsyncStore::opened);
        async.open(s.path);
        QVERIFY(opened.wait(5000));
        QCOMPARE(opened.front().at(0).toBool(), true);

        QSignalSpy committed(&async, &AsyncStore::checkedIn);
        QThread *answeredOn = nullptr;
        std::optional<CheckinStatus> status;
        async.checkIn({ s.attendees[0].id, QString(), CheckinMethod::Qr, QString(), {} }, this,
            [&](Result<CheckinOutcome> r) {
                answeredOn = QThread::currentThread();
                if (r.ok())
                    status = r->status;
            });
        QTRY_VERIFY(status.has_value());
        QCOMPARE(*status, CheckinStatus::CheckedIn);
        QCOMPARE(answeredOn, QThread::currentThread());
        QTRY_COMPARE(committed.size(), 1);

        QThread *jobThread = nullptr;
        int count = -1;
        async.run<int>(
            [&](Store &store) {
                jobThread = QThread::currentThread();
                return int(store.events()->size());
            },
            this, [&](int n) { count = n; });
        QTRY_COMPARE(count, 1);
        QVERIFY(jobThread != QThread::currentThread());
    }

    void outboxWrittenFollowsWhatIsForTheHubOnly()
    {
        auto s = test::makeSampleStore(4);
        s.store.reset();
        AsyncStore async;
        QSignalSpy opened(&async, &AsyncStore::opened);
        async.open(s.path);
        QVERIFY(opened.wait(5000));
        QSignalSpy outbox(&async, &AsyncStore::outboxWritten);
        QSignalSpy changed(&async, &AsyncStore::changed);
        auto write = [&](std::function<bool(Store &)> job) {
            bool ok = false;
            async.run<bool>(std::move(job), this, [&](bool r) { ok = r; });
            async.drain();
            QCoreApplication::processEvents();
            return ok;
        };
        // A setting changes the file, not the outbox.
        QVERIFY(
            write([](Store &st) { return st.setMeta(QStringLiteral("note"), QStringLiteral("x")).ok(); }));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(outbox.size(), 0);
        const QString id = s.attendees[0].id;
        QVERIFY(write([id](Store &st) {
            return st.checkIn({ id, QString(), CheckinMethod::Qr, QString(), {} }).ok();
        }));
        QCOMPARE(outbox.size(), 1);
        QVERIFY(write([id](Store &st) { return st.undoCheckIn(id, QString()).ok(); }));
        QCOMPARE(outbox.size(), 2);
        QVERIFY(write([id](Store &st) { return st.recordBadgePrinted(id, CheckinMethod::Staff).ok(); }));
        QCOMPARE(outbox.size(), 3);
        Attendee walkIn;
        walkIn.id = QStringLiteral("walkin-1");
        walkIn.firstName = QStringLiteral("Åse");
        walkIn.lastName = QStringLiteral("Walkinsen");
        walkIn.type = AttendeeType::WalkIn;
        QVERIFY(write([walkIn](Store &st) { return st.upsertAttendees({ walkIn }).ok(); }));
        QCOMPARE(outbox.size(), 4);
        // Approving it here sends the decision and its check-in.
        QVERIFY(write([id = walkIn.id](Store &st) { return st.approveWalkIn(id).ok(); }));
        QCOMPARE(outbox.size(), 5);
        // What comes from the hub changes the file and gives nothing to send.
        CheckinEvent fromHub;
        fromHub.id = CheckinEvent::newId();
        fromHub.deviceId = QStringLiteral("another-kiosk");
        fromHub.deviceSeq = 1;
        fromHub.attendeeId = s.attendees[1].id;
        fromHub.kind = EventKind::Entry;
        fromHub.method = CheckinMethod::Qr;
        fromHub.deviceTime = QDateTime::currentDateTimeUtc();
        fromHub.hubSeq = 1;
        const qsizetype changesBefore = changed.size();
        QVERIFY(write([fromHub](Store &st) { return st.applyHubEvents({ fromHub }, 1).ok(); }));
        QCOMPARE(changed.size(), changesBefore + 1);
        QCOMPARE(outbox.size(), 5);
        // The unsent split as staff read it; the hub's event is not among them.
        Store::UnsentCounts counts;
        QVERIFY(write([&counts](Store &st) {
            auto n = st.unsentCounts();
            if (n.ok())
                counts = n.value();
            return n.ok();
        }));
        QCOMPARE(counts.checkins, 3); // the entry, its undo, the walk-in's entry
        QCOMPARE(counts.badgePrints, 1);
    }

    void openErrorIsReported()
    {
        AsyncStore async;
        QSignalSpy opened(&async, &AsyncStore::opened);
        async.open(QStringLiteral("/proc/nope/oppmote.sqlite"));
        QVERIFY(opened.wait(5000));
        QCOMPARE(opened.front().at(0).toBool(), false);
        QVERIFY(!opened.front().at(1).toString().isEmpty());
    }

    void answersForAGoneReceiverAreDropped()
    {
        auto s = test::makeSampleStore(2);
        s.store.reset();
        AsyncStore async;
        QSignalSpy opened(&async, &AsyncStore::opened);
        async.open(s.path);
        QVERIFY(opened.wait(5000));
        bool called = false;
        auto *receiver = new QObject;
        async.checkIn({ s.attendees[0].id, QString(), CheckinMethod::Qr, QString(), {} }, receiver,
            [&](Result<CheckinOutcome>) { called = true; });
        delete receiver;
        async.drain();
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestAsyncStore)
#include "test_async_store.moc"
