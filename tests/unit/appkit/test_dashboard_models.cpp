// The dashboard's two day views: ArrivalCurveModel (today's arrivals per
// five minutes, each person once at their first entry, undone entries not
// counted, two columns for a chart's mapper) and OrganisationAttendanceModel
// (expected and arrived today per organisation); both follow commits made
// by another connection.

#include "appkit/arrival_curve_model.h"
#include "appkit/organisation_attendance_model.h"
#include "appkit_test_support.h"

#include <QtTest>

using namespace oppmote;

namespace {

QDateTime todayAt(int hour, int minute)
{
    return QDateTime(QDate::currentDate(), QTime(hour, minute));
}

bool checkInAt(Store &store, const QString &id, const QDateTime &at)
{
    CheckinRequest request { id, QString(), CheckinMethod::Qr, {}, at };
    auto outcome = store.checkIn(request);
    return outcome.ok() && outcome->status == CheckinStatus::CheckedIn;
}

} // namespace

class TestDashboardModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arrivalsPerFiveMinutes()
    {
        test::ModelFixture<ArrivalCurveModel> f(12);
        Store &store = *f.s.store;
        const QList<Attendee> &people = f.s.attendees;
        QVERIFY(checkInAt(store, people[0].id, todayAt(9, 1)));
        QVERIFY(checkInAt(store, people[1].id, todayAt(9, 4)));
        QVERIFY(checkInAt(store, people[2].id, todayAt(9, 12)));
        // Admitted again at 09:31 by a kiosk that was offline: counted once, at the first entry.
        CheckinEvent again;
        again.id = CheckinEvent::newId();
        again.deviceId = QStringLiteral("kiosk-offline");
        again.deviceSeq = 1;
        again.attendeeId = people[0].id;
        again.deviceTime = todayAt(9, 31).toUTC();
        QCOMPARE(store.recordEvents({ again }).value_or(0), 1);
        // An entry undone is no arrival.
        QVERIFY(checkInAt(store, people[3].id, todayAt(9, 2)));
        QVERIFY(store.undoCheckIn(people[3].id, QString()).ok());
        // Yesterday is another day.
        QVERIFY(checkInAt(store, people[4].id, todayAt(9, 2).addDays(-1)));

        QVERIFY(f.start());
        ArrivalCurveModel &m = *f.model;
        QCOMPARE(m.columnCount(), 2);
        QCOMPARE(m.rowCount(), 3); // 09:00, 09:05 (nobody), 09:10
        QCOMPARE(m.data(m.index(0, 1), Qt::DisplayRole).toInt(), 2);
        QCOMPARE(m.data(m.index(1, 1), Qt::DisplayRole).toInt(), 0);
        QCOMPARE(m.data(m.index(2, 1), Qt::DisplayRole).toInt(), 1);
        QCOMPARE(
            m.data(m.index(0, 0), Qt::DisplayRole).toDouble(), double(todayAt(9, 0).toMSecsSinceEpoch()));
        QCOMPARE(m.total(), 3);
        QCOMPARE(m.peak(), 2);
        QCOMPARE(m.from(), todayAt(9, 0));
        QCOMPARE(m.to(), todayAt(9, 15));

        // Another process checks someone in at 09:22: the curve grows to it.
        f.watchOtherConnection();
        QSignalSpy curve(&m, &ArrivalCurveModel::curveChanged);
        QVERIFY(checkInAt(store, people[5].id, todayAt(9, 22)));
        QTRY_COMPARE_WITH_TIMEOUT(m.total(), 4, 2000);
        QCOMPARE(m.rowCount(), 5);
        QCOMPARE(m.data(m.index(4, 1), Qt::DisplayRole).toInt(), 1);
        QCOMPARE(m.to(), todayAt(9, 25));
        QVERIFY(!curve.isEmpty());
    }

    void nobodyYetIsAnEmptyMorning()
    {
        test::ModelFixture<ArrivalCurveModel> f(3);
        QVERIFY(f.start());
        QCOMPARE(f.model->rowCount(), 0);
        QCOMPARE(f.model->total(), 0);
        QVERIFY(f.model->from() < f.model->to()); // the axes still have a span
    }

    void arrivedTodayPerOrganisation()
    {
        test::ModelFixture<OrganisationAttendanceModel> f(30);
        Store &store = *f.s.store;
        QHash<QString, int> expected;
        for (const Attendee &a : f.s.attendees)
            ++expected[a.organisation];
        const Attendee &first = f.s.attendees[0];
        QVERIFY(checkInAt(store, first.id, QDateTime::currentDateTime()));
        QVERIFY(f.start());
        OrganisationAttendanceModel &m = *f.model;
        QCOMPARE(m.rowCount(), int(expected.size()));
        int arrived = 0;
        for (int row = 0; row < m.rowCount(); ++row) {
            const QString name
                = test::valueAt(m, row, OrganisationAttendanceModel::OrganisationRole).toString();
            QCOMPARE(test::valueAt(m, row, OrganisationAttendanceModel::ExpectedRole).toInt(),
                expected.value(name));
            arrived += test::valueAt(m, row, OrganisationAttendanceModel::ArrivedRole).toInt();
            if (row > 0) // by name
                QVERIFY(
                    name.compare(
                        test::valueAt(m, row - 1, OrganisationAttendanceModel::OrganisationRole).toString(),
                        Qt::CaseInsensitive)
                    >= 0);
        }
        QCOMPARE(arrived, 1);
        const int row = test::rowWith(m, OrganisationAttendanceModel::OrganisationRole, first.organisation);
        QCOMPARE(test::valueAt(m, row, OrganisationAttendanceModel::ArrivedRole).toInt(), 1);
        QCOMPARE(test::valueAt(m, row, OrganisationAttendanceModel::ShareRole).toDouble(),
            1.0 / expected.value(first.organisation));

        // A colleague arrives through another connection; an undo takes one back.
        f.watchOtherConnection();
        const auto colleague = std::find_if(f.s.attendees.cbegin() + 1, f.s.attendees.cend(),
            [&](const Attendee &a) { return a.organisation == first.organisation; });
        if (colleague != f.s.attendees.cend()) {
            QVERIFY(checkInAt(store, colleague->id, QDateTime::currentDateTime()));
            QTRY_COMPARE_WITH_TIMEOUT(
                test::valueAt(m, row, OrganisationAttendanceModel::ArrivedRole).toInt(), 2, 2000);
        }
        QVERIFY(store.undoCheckIn(first.id, QString()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(test::valueAt(m, row, OrganisationAttendanceModel::ArrivedRole).toInt(),
            colleague != f.s.attendees.cend() ? 1 : 0, 2000);
    }
};

QTEST_GUILESS_MAIN(TestDashboardModels)
#include "test_dashboard_models.moc"
