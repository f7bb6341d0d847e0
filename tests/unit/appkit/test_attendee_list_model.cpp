// AttendeeListModel: the roster searched the way the kiosk searches (folding,
// one typo), filtered by the day's state, type and organisation, following
// the store; and never holding an e-mail address or a phone number.

#include "appkit/attendee_list_model.h"
#include "appkit_test_support.h"
#include "domain/plain_text.h"

#include <QtTest>

using namespace oppmote;

namespace {

using Filter = AttendeeListModel::Filter;

bool lists(const AttendeeListModel &model, const QString &attendeeId)
{
    return test::rowWith(model, AttendeeListModel::IdRole, attendeeId) >= 0;
}

using Fixture = test::ModelFixture<AttendeeListModel>;

} // namespace

class TestAttendeeListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchFoldsNorwegianLettersAndForgivesATypo()
    {
        Fixture f(200);
        QVERIFY(f.start());
        AttendeeListModel &model = *f.model;
        QCOMPARE(model.count(), 200);

        const auto it = std::find_if(f.s.attendees.cbegin(), f.s.attendees.cend(),
            [](const Attendee &a) { return a.lastName.contains(QStringLiteral("Østensjø")); });
        QVERIFY2(it != f.s.attendees.cend(), "the sample roster has an Østensjø");
        model.setQuery(QStringLiteral("ostensjo"));
        QVERIFY(lists(model, it->id));
        QVERIFY(model.count() < 200);
        for (int row = 0; row < model.count(); ++row)
            QVERIFY(test::valueAt(model, row, AttendeeListModel::FullNameRole)
                        .toString()
                        .contains(QStringLiteral("Østensjø")));
        model.setQuery(QStringLiteral("østensjø"));
        QVERIFY(lists(model, it->id));
        model.setQuery(QStringLiteral("ostemsjo")); // one letter wrong
        QVERIFY(lists(model, it->id));
        model.setQuery(QStringLiteral("o")); // one letter does not search yet
        QCOMPARE(model.count(), 200);
        model.setQuery(QString());
        QCOMPARE(model.count(), 200);
    }

    void notArrivedDropsSomeoneWhoChecksIn()
    {
        Fixture f(200);
        QVERIFY(f.start());
        AttendeeListModel &model = *f.model;
        const Attendee &who = f.s.attendees[5];
        model.setFilter(Filter::NotArrived);
        QCOMPARE(model.count(), 200);
        QVERIFY(lists(model, who.id));

        f.async.checkIn({ who.id, QString(), CheckinMethod::Search, QString(), {} }, this, [](auto) {});
        QTRY_VERIFY_WITH_TIMEOUT(!lists(model, who.id), 2000);
        QCOMPARE(model.count(), 199);

        model.setFilter(Filter::ArrivedToday);
        QCOMPARE(model.count(), 1);
        QCOMPARE(test::valueAt(model, 0, AttendeeListModel::IdRole).toString(), who.id);
        QCOMPARE(test::valueAt(model, 0, AttendeeListModel::ArrivedRole).toBool(), true);
        // Search and filter together.
        model.setQuery(who.lastName);
        QCOMPARE(model.count(), 1);
        model.setFilter(Filter::All);
        QVERIFY(model.count() >= 1);
        QCOMPARE(test::valueAt(model, test::rowWith(model, AttendeeListModel::IdRole, who.id),
                     AttendeeListModel::ArrivedRole)
                     .toBool(),
            true);
    }

    void pendingWalkInsFromAnotherConnection()
    {
        Fixture f(200);
        QVERIFY(f.start());
        AttendeeListModel &model = *f.model;
        f.watchOtherConnection();

        // One of the sample people registers again at a kiosk, as a walk-in without a code.
        Attendee walkIn = f.s.attendees[7];
        walkIn.id = QStringLiteral("walkin-1");
        walkIn.type = AttendeeType::WalkIn;
        walkIn.token.clear();
        QVERIFY(f.s.store->upsertAttendees({ walkIn }).ok());

        model.setFilter(Filter::WalkInsPending);
        QTRY_COMPARE_WITH_TIMEOUT(model.count(), 1, 2000);
        QCOMPARE(test::valueAt(model, 0, AttendeeListModel::IdRole).toString(), walkIn.id);
        QCOMPARE(test::valueAt(model, 0, AttendeeListModel::WalkInPendingRole).toBool(), true);
        QCOMPARE(test::valueAt(model, 0, AttendeeListModel::TypeRole).toString(), QStringLiteral("walkin"));
        model.setFilter(Filter::NotArrived);
        QVERIFY(!lists(model, walkIn.id));
        QCOMPARE(model.count(), 200);
    }

    // Check-ins reuse the roster read before (only who arrived changes); a
    // correction from another connection is read, and found by its new name.
    void aCorrectedNameIsListedAndFound()
    {
        Fixture f(200);
        QVERIFY(f.start());
        AttendeeListModel &model = *f.model;
        f.watchOtherConnection();
        Attendee who = f.s.attendees[11];
        f.async.checkIn({ who.id, QString(), CheckinMethod::Search, QString(), {} }, this, [](auto) {});
        QTRY_VERIFY_WITH_TIMEOUT(test::valueAt(model, test::rowWith(model, AttendeeListModel::IdRole, who.id),
                                     AttendeeListModel::ArrivedRole)
                                     .toBool(),
            2000);
        who.lastName = QStringLiteral("Omdøpt");
        QVERIFY(f.s.store->upsertAttendees({ who }).ok());
        model.setQuery(QStringLiteral("omdopt"));
        QTRY_COMPARE_WITH_TIMEOUT(model.count(), 1, 2000);
        QCOMPARE(test::valueAt(model, 0, AttendeeListModel::IdRole).toString(), who.id);
        QVERIFY(test::valueAt(model, 0, AttendeeListModel::FullNameRole)
                    .toString()
                    .endsWith(QStringLiteral("Omdøpt")));
        QCOMPARE(test::valueAt(model, 0, AttendeeListModel::ArrivedRole).toBool(), true); // still arrived
    }

    void typeAndOrganisationFilters()
    {
        Fixture f(200);
        QVERIFY(f.start());
        AttendeeListModel &model = *f.model;
        const int speakers = int(std::count_if(f.s.attendees.cbegin(), f.s.attendees.cend(),
            [](const Attendee &a) { return a.type == AttendeeType::Speaker; }));
        QVERIFY(speakers > 0);
        model.setAttendeeType(QStringLiteral("speaker"));
        QCOMPARE(model.count(), speakers);

        model.setAttendeeType(QString());
        const QString organisation = shownText(f.s.attendees[20].organisation);
        QVERIFY(model.organisations().contains(organisation));
        const int colleagues = int(std::count_if(f.s.attendees.cbegin(), f.s.attendees.cend(),
            [&](const Attendee &a) { return shownText(a.organisation) == organisation; }));
        model.setOrganisation(organisation);
        QCOMPARE(model.count(), colleagues);
        for (int row = 0; row < model.count(); ++row)
            QCOMPARE(test::valueAt(model, row, AttendeeListModel::OrganisationRole).toString(), organisation);
    }

    void noContactDetails()
    {
        Fixture f(200);
        QVERIFY(f.start());
        AttendeeListModel &model = *f.model;
        for (const QByteArray &name : model.roleNames())
            QVERIFY2(!name.contains("mail") && !name.contains("phone"), name.constData());
        QSet<QString> contacts;
        for (const Attendee &a : f.s.attendees)
            for (const QString &c : { a.email, a.phone })
                if (!c.isEmpty())
                    contacts.insert(c);
        QVERIFY(!contacts.isEmpty());
        const QList<int> roles = model.roleNames().keys();
        for (int row = 0; row < model.count(); ++row)
            for (int role : roles) {
                const QString value = test::valueAt(model, row, role).toString();
                QVERIFY2(!contacts.contains(value), qPrintable(value));
            }
    }
};

QTEST_GUILESS_MAIN(TestAttendeeListModel)
#include "test_attendee_list_model.moc"
