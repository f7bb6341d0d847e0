// WalkInQueueModel: the walk-ins waiting for staff; approving one gives the
// person a code and a check-in at the venue, and takes the row off the queue.

#include "appkit/walkin_queue_model.h"
#include "appkit_test_support.h"
#include "i18n/translations.h"

#include <QtTest>

using namespace oppmote;

namespace {

// Sample people registering again at a kiosk: walk-ins without a code.
QList<Attendee> walkInsFrom(const QList<Attendee> &sample, int count)
{
    QList<Attendee> walkIns;
    for (int i = 0; i < count; ++i) {
        Attendee a = sample[i];
        a.id = QStringLiteral("walkin-%1").arg(i + 1);
        a.type = AttendeeType::WalkIn;
        a.token.clear();
        walkIns.append(a);
    }
    return walkIns;
}

} // namespace

class TestWalkInQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void approvingTakesTheRowOffAndGivesACode()
    {
        test::ModelFixture<WalkInQueueModel> f(20);
        const QList<Attendee> walkIns = walkInsFrom(f.s.attendees, 2);
        QVERIFY(f.s.store->upsertAttendees(walkIns).ok());
        QVERIFY(f.start());
        WalkInQueueModel &model = *f.model;
        QCOMPARE(model.count(), 2);
        const int row = test::rowWith(model, WalkInQueueModel::IdRole, walkIns[0].id);
        QVERIFY(row >= 0);
        QCOMPARE(test::valueAt(model, row, WalkInQueueModel::NameRole).toString(), walkIns[0].fullName());
        QCOMPARE(test::valueAt(model, row, WalkInQueueModel::OrganisationRole).toString(),
            walkIns[0].organisation);
        const QDateTime registered
            = test::valueAt(model, row, WalkInQueueModel::RegisteredAtRole).toDateTime();
        QVERIFY(registered.isValid());
        QVERIFY(qAbs(registered.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QVERIFY(!model.roleNames().values().contains("email"));

        QSignalSpy done(&model, &StoreListModel::actionDone);
        QSignalSpy approved(&model, &WalkInQueueModel::walkInApproved);
        model.approve(walkIns[0].id);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 2000);
        QVERIFY2(done.front().at(0).toBool(), qPrintable(done.front().at(1).toString()));
        QVERIFY(done.front().at(1).toString().contains(walkIns[0].fullName()));
        QCOMPARE(approved.size(), 1);
        QCOMPARE(approved.front().at(0).toString(), walkIns[0].id);
        QTRY_COMPARE_WITH_TIMEOUT(model.count(), 1, 2000);
        QCOMPARE(test::rowWith(model, WalkInQueueModel::IdRole, walkIns[0].id), -1);

        // In the store, seen from another connection: a code and a check-in at the venue.
        auto person = f.s.store->attendee(walkIns[0].id);
        QVERIFY(person.ok() && person.value());
        QVERIFY(!person.value()->token.isEmpty());
        auto entry = f.s.store->activeEntry(walkIns[0].id, QString());
        QVERIFY(entry.ok());
        QVERIFY(entry.value().has_value());
    }

    // Turned down: off the queue, no code, not counted at the venue.
    void rejectingTakesTheRowOffWithoutACode()
    {
        test::ModelFixture<WalkInQueueModel> f(10);
        const QList<Attendee> walkIns = walkInsFrom(f.s.attendees, 2);
        QVERIFY(f.s.store->upsertAttendees(walkIns).ok());
        QVERIFY(f.start());
        QCOMPARE(f.model->count(), 2);
        QSignalSpy done(f.model.get(), &StoreListModel::actionDone);
        f.model->reject(walkIns[1].id, QStringLiteral("registered twice"));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 2000);
        QVERIFY2(done.front().at(0).toBool(), qPrintable(done.front().at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(f.model->count(), 1, 2000);
        QCOMPARE(test::rowWith(*f.model, WalkInQueueModel::IdRole, walkIns[1].id), -1);
        auto person = f.s.store->attendee(walkIns[1].id);
        QVERIFY(person.ok() && person.value());
        QVERIFY(person.value()->token.isEmpty());
        // A second decision on it is refused, with a message.
        f.model->approve(walkIns[1].id);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 2000);
        QVERIFY(!done.at(1).at(0).toBool());
        QVERIFY(!done.at(1).at(1).toString().isEmpty());
    }

    // The outcome is told in the user's language (here Bokmål).
    void theMessageIsInTheUsersLanguage()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), Language::Bokmal));
        test::ModelFixture<WalkInQueueModel> f(5);
        const QList<Attendee> walkIns = walkInsFrom(f.s.attendees, 1);
        QVERIFY(f.s.store->upsertAttendees(walkIns).ok());
        QVERIFY(f.start());
        QSignalSpy done(f.model.get(), &StoreListModel::actionDone);
        f.model->approve(walkIns[0].id);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 2000);
        QCOMPARE(done.front().at(1).toString(),
            QStringLiteral("%1 er registrert og sjekket inn.").arg(walkIns[0].fullName()));
        QVERIFY(installTranslations(*QCoreApplication::instance(), Language::English));
    }

    void approvingAGoneRegistrationSaysSo()
    {
        test::ModelFixture<WalkInQueueModel> f(5);
        QVERIFY(f.start());
        WalkInQueueModel &model = *f.model;
        QCOMPARE(model.count(), 0);
        QSignalSpy done(&model, &StoreListModel::actionDone);
        QSignalSpy approved(&model, &WalkInQueueModel::walkInApproved);
        model.approve(QStringLiteral("no-such-walkin"));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 2000);
        QCOMPARE(done.front().at(0).toBool(), false);
        QVERIFY(!done.front().at(1).toString().isEmpty());
        QCOMPARE(approved.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWalkInQueueModel)
#include "test_walkin_queue_model.moc"
