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
