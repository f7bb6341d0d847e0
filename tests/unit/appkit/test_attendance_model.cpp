// AttendanceModel: the store's attendance figures per venue, day and session,
// live: a check-in made through the store shows up after `changed`, and one
// made by another connection once external writes are watched.

#include "appkit/attendance_model.h"
#include "appkit_test_support.h"

#include <QtTest>

using namespace oppmote;

namespace {

using Fixture = test::ModelFixture<AttendanceModel>;

// The row of a kind (and day, and session).
int rowOf(const AttendanceModel &model, const QString &kind, int dayNumber = 0, const QString &session = {})
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row, 0);
        if (i.data(AttendanceModel::KindRole).toString() == kind
            && i.data(AttendanceModel::DayNumberRole).toInt() == dayNumber
            && i.data(AttendanceModel::SessionKeyRole).toString() == session)
            return row;
    }
    return -1;
}

int figure(const AttendanceModel &model, int row, AttendanceModel::Role role)
{
    return test::valueAt(model, row, role).toInt();
}

CheckinRequest venueEntry(const QString &attendeeId, const QDate &day)
{
    CheckinRequest request;
    request.attendeeId = attendeeId;
    request.method = CheckinMethod::Staff;
    request.at = QDateTime(day, QTime(9, 30)); // local time on that programme day
    return request;
}

} // namespace

class TestAttendanceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theVenueThenEachDayWithItsSessions()
    {
        Fixture f(30);
        QVERIFY(f.start());
        const AttendanceModel &model = *f.model;
        const Event &event = f.s.event;
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));

        int sessions = 0;
        for (const Day &d : event.days)
            sessions += int(d.sessions.size());
        QCOMPARE(model.count(), 1 + int(event.days.size()) + sessions);
        QCOMPARE(test::valueAt(model, 0, AttendanceModel::KindRole).toString(), QStringLiteral("venue"));
        QCOMPARE(figure(model, 0, AttendanceModel::ExpectedRole), 30);
        QCOMPARE(test::valueAt(model, 1, AttendanceModel::KindRole).toString(), QStringLiteral("day"));
        QCOMPARE(test::valueAt(model, 1, AttendanceModel::DayRole).toString(), event.days[0].heading);
        QCOMPARE(test::valueAt(model, 2, AttendanceModel::SessionKeyRole).toString(),
            event.days[0].sessions[0].key);
        QCOMPARE(
            test::valueAt(model, 2, AttendanceModel::TitleRole).toString(), event.days[0].sessions[0].title);
        QCOMPARE(rowOf(model, QStringLiteral("day"), 2), 2 + int(event.days[0].sessions.size()));
        QVERIFY(model.roleNames().values().contains("noShows"));
    }

    void aCheckInRaisesArrivedAfterChanged()
    {
        Fixture f(30);
        QVERIFY(f.start());
        const AttendanceModel &model = *f.model;
        const int venue = rowOf(model, QStringLiteral("venue"));
        const int day1 = rowOf(model, QStringLiteral("day"), 1);
        const int day2 = rowOf(model, QStringLiteral("day"), 2);
        QCOMPARE(figure(model, day1, AttendanceModel::ArrivedRole), 0);
        // The sample's days are over: everyone expected is a no-show so far.
        QCOMPARE(figure(model, day1, AttendanceModel::NoShowsRole), 30);

        QSignalSpy changed(&f.async, &AsyncStore::changed);
        std::optional<CheckinStatus> status;
        f.async.checkIn(venueEntry(f.s.attendees[0].id, f.s.event.days[0].date), this,
            [&](Result<CheckinOutcome> r) { status = r.ok() ? std::optional(r->status) : std::nullopt; });
        QTRY_COMPARE_WITH_TIMEOUT(figure(model, day1, AttendanceModel::ArrivedRole), 1, 2000);
        QCOMPARE(status, std::optional(CheckinStatus::CheckedIn));
        QVERIFY(changed.size() >= 1);
        QCOMPARE(figure(model, day1, AttendanceModel::NoShowsRole), 29);
        QCOMPARE(figure(model, day1, AttendanceModel::PresentRole), 1);
        QCOMPARE(figure(model, venue, AttendanceModel::ArrivedRole), 1);
        QCOMPARE(figure(model, day2, AttendanceModel::ArrivedRole), 0);
    }

    void aCheckInByAnotherConnectionIsSeenOnceWatched()
    {
        Fixture f(30);
        QVERIFY(f.start());
        const AttendanceModel &model = *f.model;
        f.watchOtherConnection();
        auto written = f.s.store->checkIn(venueEntry(f.s.attendees[1].id, f.s.event.days[1].date));
        QVERIFY(written.ok());
        QCOMPARE(written->status, CheckinStatus::CheckedIn);
        const int day2 = rowOf(model, QStringLiteral("day"), 2);
        QTRY_COMPARE_WITH_TIMEOUT(figure(model, day2, AttendanceModel::ArrivedRole), 1, 2000);
        QCOMPARE(figure(model, rowOf(model, QStringLiteral("venue")), AttendanceModel::ArrivedRole), 1);
    }
};

QTEST_GUILESS_MAIN(TestAttendanceModel)
#include "test_attendance_model.moc"
