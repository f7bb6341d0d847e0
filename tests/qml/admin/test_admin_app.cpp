// The desk app as organisers use it, offscreen: the real AdminApp on a real
// SQLite file, its pages driven by clicks and typing, and a check-in made by
// a separate `oppmote checkin` process showing on the dashboard within a
// second. Every text item is plain text, with markup in a name.

#include "admin_app.h"
#include "alloc/allocation_service.h"
#include "appkit/allocation_editor_model.h"
#include "appkit/allocation_runs_model.h"
#include "appkit/arrival_curve_model.h"
#include "appkit/attendee_import_desk.h"
#include "appkit/attendee_list_model.h"
#include "appkit/badge_desk.h"
#include "appkit/kiosk_pairing.h"
#include "appkit/privacy_desk.h"
#include "appkit/program_desk.h"
#include "appkit/report_saver.h"
#include "assets.h"
#include "cli_runner.h"
#include "codes/invitation.h"
#include "domain/allocation.h"
#include "domain/plain_text.h"
#include "io/xlsx_reader.h"
#include "kiosk/kiosk_config.h"
#include "pdf_pages.h"
#include "private_cups.h"
#include "qml_plugins.h"
#include "quick_items.h"
#include "reports/privacy.h"
#include "required_tool.h"
#include "sample_store.h"
#include "scan/luma.h"
#include "scan/qr_decoder.h"
#include "store/store.h"
#include "store/venue_arrivals.h"
#include "store/walk_in.h"
#include "sync/hub_certificate.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace oppmote;
using namespace oppmote::admin;
using namespace oppmote::quicktest;

class TestAdminApp : public QObject
{
    Q_OBJECT

    test::SampleStore m_sample;
    std::unique_ptr<AdminApp> m_app;

    QQuickWindow *window() const { return m_app->window(); }

    void startDesk(const QString &language = QStringLiteral("en"))
    {
        AdminOptions options;
        options.databasePath = m_sample.path;
        options.language = language;
        options.testing = true;
        options.by = QStringLiteral("Test desk");
        options.reportsDir = reportsDir();
        m_app = std::make_unique<AdminApp>(options);
        QVERIFY(m_app->start().ok());
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->ready(), 5000);
    }

    QString reportsDir() const { return QFileInfo(m_sample.path).dir().filePath(QStringLiteral("reports")); }

    QStringList savedFiles() const { return QDir(reportsDir()).entryList(QDir::Files, QDir::Name); }

    QByteArray databaseBytes() const
    {
        QByteArray bytes;
        for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
            QFile f(m_sample.path + suffix);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
    }

    // Searched for on the People page until their row shows.
    void findPerson(const Attendee &who)
    {
        QQuickItem *search = item(window(), QStringLiteral("peopleSearch"));
        QVERIFY(search);
        search->setProperty("text", QString());
        search->forceActiveFocus();
        typeText(window(), who.lastName + QLatin1Char(' ') + who.firstName);
        QTRY_VERIFY(item(window(), QStringLiteral("open_") + who.id));
    }

    // The number shown in a dashboard figure.
    int figure(const QString &name) { return itemText(window(), name + QStringLiteral("Value")).toInt(); }

private Q_SLOTS:
    void init()
    {
        m_sample = test::makeSampleStore(40);
        QVERIFY(m_sample.store.has_value());
    }

    void cleanup()
    {
        m_app.reset();
        m_sample.store.reset();
    }

    void theDashboardFollowsACheckInByAnotherProcess()
    {
        startDesk();
        QTRY_VERIFY(item(window(), QStringLiteral("venueArrivedValue")));
        QCOMPARE(figure(QStringLiteral("venueArrived")), 0);
        // The sample's days may be over (no-shows) or to come (not yet).
        const auto waiting = [this] {
            return figure(QStringLiteral("venueNotYet")) + figure(QStringLiteral("venueNoShows"));
        };
        const int before = waiting();
        QCOMPARE(before, m_sample.attendees.size());

        // The command line is another process with its own connection.
        const Attendee &who = m_sample.attendees.first();
        const auto checkin = test::runCli({ QStringLiteral("checkin"), who.id }, m_sample.path);
        QCOMPARE(checkin.exitCode, 0);
        QElapsedTimer shown;
        shown.start();
        QTRY_COMPARE_WITH_TIMEOUT(figure(QStringLiteral("venueArrived")), 1, 1000);
        qInfo("on the dashboard %lld ms after the command returned", shown.elapsed());
        QCOMPARE(waiting(), before - 1);
        // The arrival chart and the person's organisation today follow too.
        QTRY_COMPARE_WITH_TIMEOUT(m_app->arrivals()->total(), 1, 1000);
        QVERIFY(item(window(), QStringLiteral("arrivalChart")));
        int colleagues = 0;
        for (const Attendee &a : m_sample.attendees)
            colleagues += a.organisation == who.organisation;
        QTRY_COMPARE_WITH_TIMEOUT(itemText(window(), QStringLiteral("organisationCount_") + who.organisation),
            QStringLiteral("1 / %1").arg(colleagues), 1000);
    }

    void navigationShowsEachPage()
    {
        startDesk();
        const QList<std::pair<QString, QString>> pages {
            { QStringLiteral("nav_people"), QStringLiteral("peoplePage") },
            { QStringLiteral("nav_walkIns"), QStringLiteral("walkInsPage") },
            { QStringLiteral("nav_groupWork"), QStringLiteral("groupWorkPage") },
            { QStringLiteral("nav_devices"), QStringLiteral("devicesPage") },
            { QStringLiteral("nav_reports"), QStringLiteral("reportsPage") },
            { QStringLiteral("nav_privacy"), QStringLiteral("privacyPage") },
            { QStringLiteral("nav_dashboard"), QStringLiteral("dashboardPage") },
        };
        for (const auto &[button, page] : pages) {
            QVERIFY2(click(window(), button), qPrintable(button));
            QTRY_VERIFY2(item(window(), page), qPrintable(page));
        }
        QCOMPARE(m_app->navigation()->page(), AdminNavigation::Dashboard);
    }

    void peopleAreFoundAsTheKioskFindsThem()
    {
        Attendee a = m_sample.attendees.at(3);
        a.firstName = QStringLiteral("Sigbjørn");
        a.lastName = QStringLiteral("Østensjø");
        QVERIFY(m_sample.store->upsertAttendees({ a }).ok());
        startDesk();
        QVERIFY(click(window(), QStringLiteral("nav_people")));
        QTRY_VERIFY(item(window(), QStringLiteral("peopleSearch")));
        item(window(), QStringLiteral("peopleSearch"))->forceActiveFocus();
        typeText(window(), QStringLiteral("ostensjo"), 20);
        QTRY_VERIFY(item(window(), QStringLiteral("person_") + a.id));
        QTRY_COMPARE(m_app->people()->rowCount(), 1);
    }

    // By hand at the desk, with the kiosks' rules and a reason kept on each
    // event: checked in, checked out, checked in again and undone.
    void someoneIsCheckedInOutAndUndoneByHandWithAReason()
    {
        const Attendee &who = m_sample.attendees.at(7);
        startDesk();
        QVERIFY(click(window(), QStringLiteral("nav_people")));
        item(window(), QStringLiteral("peopleSearch"))->forceActiveFocus();
        typeText(window(), who.lastName, 5);
        const QString button = QStringLiteral("checkIn_") + who.id;
        QTRY_VERIFY(item(window(), button));
        const auto dialogShown = [&] {
            QQuickItem *reason = item(window(), QStringLiteral("handReason"));
            return reason && reason->isVisible();
        };
        const auto byHand = [&](const char *choice, const QString &reason) {
            QVERIFY(click(window(), button));
            QTRY_VERIFY(dialogShown());
            QCOMPARE(item(window(), QStringLiteral("handConfirm"))->isEnabled(), false); // no reason yet
            if (choice)
                QVERIFY(click(window(), QString::fromLatin1(choice)));
            item(window(), QStringLiteral("handReason"))->forceActiveFocus();
            typeText(window(), reason, 2);
            QVERIFY(click(window(), QStringLiteral("handConfirm")));
            QTRY_VERIFY(!dialogShown());
        };
        const auto lastEvent = [&] {
            const auto events = m_sample.store->events(who.id);
            return events.ok() && !events->isEmpty() ? events->back() : CheckinEvent {};
        };
        byHand(nullptr, QStringLiteral("forgot the invitation"));
        QTRY_VERIFY(m_sample.store->activeEntry(who.id, QString()).value_or(std::nullopt).has_value());
        QTRY_COMPARE(itemText(window(), QStringLiteral("status_") + who.id), QStringLiteral("arrived"));
        QCOMPARE(lastEvent().kind, EventKind::Entry);
        QCOMPARE(lastEvent().method, CheckinMethod::Staff);
        QCOMPARE(lastEvent().note, QStringLiteral("forgot the invitation"));

        byHand(nullptr, QStringLiteral("left after lunch")); // checking out is what is offered first
        QTRY_COMPARE(lastEvent().kind, EventKind::Exit);
        QCOMPARE(lastEvent().note, QStringLiteral("left after lunch"));
        QTRY_COMPARE(itemText(window(), QStringLiteral("peopleMessage")), QStringLiteral("Checked out."));

        byHand("handUndo", QStringLiteral("wrong person"));
        QTRY_COMPARE(itemText(window(), QStringLiteral("status_") + who.id), QStringLiteral("not arrived"));
        QCOMPARE(lastEvent().kind, EventKind::Undo);
        QCOMPARE(lastEvent().note, QStringLiteral("wrong person"));
        QVERIFY(!m_sample.store->activeEntry(who.id, QString()).value_or(std::nullopt).has_value());

        // Without a reason nothing is written, and the desk says why.
        const auto before = m_sample.store->events(who.id)->size();
        QSignalSpy said(m_app->people(), &StoreListModel::actionDone);
        m_app->people()->checkIn(who.id, QStringLiteral("  "));
        QCOMPARE(said.size(), 1);
        QCOMPARE(said.at(0).at(0).toBool(), false);
        QCOMPARE(m_sample.store->events(who.id)->size(), before);
        // The person's own record says why (data access).
        auto record = reports::personalRecord(*m_sample.store, who.id);
        QVERIFY(record.ok());
        QVERIFY(QJsonDocument(record.value()).toJson().contains("forgot the invitation"));
    }

    // A person's card: added with the import's rules (a code at once, a second
    // registration refused), corrected (an invalid e-mail changes nothing), a
    // new code that the old one no longer finds, and a ticket saved as PDF.
    void aPersonIsAddedCorrectedGivenANewCodeAndATicket()
    {
        startDesk();
        QVERIFY(click(window(), QStringLiteral("nav_people")));
        const auto fillIn = [this](const QString &field, const QString &text) {
            QQuickItem *input = item(window(), field);
            QVERIFY(input);
            input->setProperty("text", QString());
            input->forceActiveFocus();
            typeText(window(), text);
        };
        QVERIFY(click(window(), QStringLiteral("addPerson")));
        QTRY_VERIFY(item(window(), QStringLiteral("personFirstName")));
        QVERIFY(!item(window(), QStringLiteral("personCode"))); // nobody stored yet
        fillIn(QStringLiteral("personFirstName"), QStringLiteral("Nora"));
        fillIn(QStringLiteral("personLastName"), QStringLiteral("Nyregistrert"));
        fillIn(QStringLiteral("personOrganisation"), QStringLiteral("Vestland fylkeskommune"));
        fillIn(QStringLiteral("personEmail"), QStringLiteral("nora@example.no"));
        QVERIFY(click(window(), QStringLiteral("personSave")));
        QTRY_VERIFY(
            itemText(window(), QStringLiteral("personMessage")).contains(QStringLiteral("is registered")));
        auto all = m_sample.store->attendees();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), m_sample.attendees.size() + 1);
        const auto added = std::find_if(all->begin(), all->end(),
            [](const Attendee &a) { return a.lastName == QStringLiteral("Nyregistrert"); });
        QVERIFY(added != all->end());
        QCOMPARE(added->email, QStringLiteral("nora@example.no"));
        QVERIFY(!added->token.isEmpty());
        QTRY_COMPARE(itemText(window(), QStringLiteral("personCode")), groupedCodeText(added->token));
        QTRY_COMPARE(m_app->people()->rowCount(), m_sample.attendees.size() + 1); // the list follows
        QVERIFY(click(window(), QStringLiteral("personClose")));

        // The same person again: refused, nothing written.
        QVERIFY(click(window(), QStringLiteral("addPerson")));
        QTRY_VERIFY(itemText(window(), QStringLiteral("personFirstName")).isEmpty());
        fillIn(QStringLiteral("personFirstName"), QStringLiteral("Nora"));
        fillIn(QStringLiteral("personLastName"), QStringLiteral("Nyregistrert"));
        fillIn(QStringLiteral("personEmail"), QStringLiteral("NORA@example.no"));
        QVERIFY(click(window(), QStringLiteral("personSave")));
        QTRY_VERIFY(itemText(window(), QStringLiteral("personMessage")).contains(QStringLiteral("already")));
        QCOMPARE(m_sample.store->attendeeCount().value_or(-1), m_sample.attendees.size() + 1);
        QVERIFY(click(window(), QStringLiteral("personClose")));

        // Corrected: a mistyped e-mail changes nothing; then the organisation.
        const Attendee &who = m_sample.attendees.at(3);
        findPerson(who);
        QVERIFY(click(window(), QStringLiteral("open_") + who.id));
        QTRY_COMPARE(itemText(window(), QStringLiteral("personLastName")), who.lastName);
        QCOMPARE(itemText(window(), QStringLiteral("personEmail")), who.email); // the desk's own card
        fillIn(QStringLiteral("personEmail"), QStringLiteral("not an address"));
        fillIn(QStringLiteral("personOrganisation"), QStringLiteral("Troms fylkeskommune"));
        // A check-in elsewhere meanwhile (another process) does not overwrite what is typed.
        const Attendee &other = m_sample.attendees.at(9);
        QCOMPARE(test::runCli({ QStringLiteral("checkin"), other.id }, m_sample.path).exitCode, 0);
        QTRY_VERIFY(venueArrivals(*m_sample.store).value_or(QSet<QString>()).contains(other.id));
        QTRY_COMPARE(m_app->arrivals()->total(), 1); // the desk has read it
        QCOMPARE(
            itemText(window(), QStringLiteral("personOrganisation")), QStringLiteral("Troms fylkeskommune"));
        QVERIFY(click(window(), QStringLiteral("personSave")));
        QTRY_VERIFY(
            itemText(window(), QStringLiteral("personMessage")).contains(QStringLiteral("is not changed")));
        QCOMPARE(m_sample.store->attendee(who.id)->value().organisation, who.organisation);
        fillIn(QStringLiteral("personEmail"), who.email);
        QVERIFY(click(window(), QStringLiteral("personSave")));
        QTRY_VERIFY(
            itemText(window(), QStringLiteral("personMessage")).contains(QStringLiteral("organisation")));
        QCOMPARE(
            m_sample.store->attendee(who.id)->value().organisation, QStringLiteral("Troms fylkeskommune"));
        QCOMPARE(m_sample.store->attendee(who.id)->value().email, who.email);

        // A new code, after saying so: the old one finds nobody.
        QVERIFY(click(window(), QStringLiteral("personNewCode")));
        QTRY_VERIFY(item(window(), QStringLiteral("personNewCodeConfirm")));
        QCOMPARE(m_sample.store->attendee(who.id)->value().token, who.token); // not before confirming
        QVERIFY(click(window(), QStringLiteral("personNewCodeConfirm")));
        QTRY_VERIFY(m_sample.store->attendee(who.id)->value().token != who.token);
        const QString fresh = m_sample.store->attendee(who.id)->value().token;
        QVERIFY(!m_sample.store->attendeeByToken(who.token)->has_value());
        QTRY_COMPARE(itemText(window(), QStringLiteral("personCode")), groupedCodeText(fresh));
        QVERIFY(itemText(window(), QStringLiteral("personMessage")).contains(QStringLiteral("new code")));

        // The invitation ticket with the new code, as a one-page PDF.
        QVERIFY(click(window(), QStringLiteral("personTicket")));
        QTRY_VERIFY(savedFiles().filter(QStringLiteral("ticket-")).size() == 1);
        QTRY_VERIFY(itemText(window(), QStringLiteral("personMessage")).contains(QStringLiteral("ticket")));
        QCOMPARE(test::pdfPageCount(
                     QDir(reportsDir()).filePath(savedFiles().filter(QStringLiteral("ticket-")).first())),
            1);
    }

    // A list imported at the desk: previewed with what each row would do,
    // then imported; a file that is no attendee list is said and changes nothing.
    void anAttendeeListIsPreviewedAndImported()
    {
        const Attendee &known = m_sample.attendees.at(2);
        const QString csv = QFileInfo(m_sample.path).dir().filePath(QStringLiteral("påmeldte.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("Fornavn;Etternavn;Organisasjon;E-post\n"
                                   "Tora;Nyimport;Nordland fylkeskommune;tora@nordland.example\n"
                                   "%1;%2;%3;%4\n"
                                   ";;Troms fylkeskommune;\n")
                        .arg(known.firstName, known.lastName, known.organisation, known.email)
                        .toUtf8());
        }
        startDesk();
        QVERIFY(click(window(), QStringLiteral("nav_people")));
        m_app->attendeeImport()->preview(QUrl::fromLocalFile(csv));
        QTRY_VERIFY(item(window(), QStringLiteral("importSummary")));
        QVERIFY2(itemText(window(), QStringLiteral("importSummary")).startsWith(QStringLiteral("1 added")),
            qPrintable(itemText(window(), QStringLiteral("importSummary"))));
        QStringList attention;
        for (int i = 0; item(window(), QStringLiteral("importRow_%1").arg(i)); ++i)
            attention << itemText(window(), QStringLiteral("importRow_%1").arg(i));
        QVERIFY2(attention.join(QLatin1Char('\n')).contains(QStringLiteral("no name")),
            qPrintable(attention.join(QLatin1Char('\n'))));
        QCOMPARE(m_sample.store->attendeeCount().value_or(-1),
            m_sample.attendees.size()); // a preview writes nothing
        QVERIFY(click(window(), QStringLiteral("importConfirm")));
        QTRY_VERIFY(
            itemText(window(), QStringLiteral("peopleMessage")).startsWith(QStringLiteral("Imported")));
        QCOMPARE(m_sample.store->attendeeCount().value_or(-1), m_sample.attendees.size() + 1);
        QTRY_COMPARE(m_app->people()->rowCount(), m_sample.attendees.size() + 1);

        const QString notAList = QFileInfo(m_sample.path).dir().filePath(QStringLiteral("notes.csv"));
        {
            QFile f(notAList);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Dato;Beløp\n01.03.2027;120\n");
        }
        m_app->attendeeImport()->preview(QUrl::fromLocalFile(notAList));
        QTRY_VERIFY(!m_app->attendeeImport()->busy());
        QTRY_VERIFY(
            !itemText(window(), QStringLiteral("peopleMessage")).startsWith(QStringLiteral("Imported")));
        QVERIFY(!item(window(), QStringLiteral("importSummary")));
        QCOMPARE(m_sample.store->attendeeCount().value_or(-1), m_sample.attendees.size() + 1);
    }

    // The programme text imported at the desk: previewed with the parser's
    // warnings by line, stored on "Import"; a text with errors cannot be imported.
    void aProgrammeIsPreviewedWithItsWarningsAndImported()
    {
        const QDir dir = QFileInfo(m_sample.path).dir();
        const QString text = dir.filePath(QStringLiteral("program.txt"));
        QVERIFY(QFile::copy(assets::sampleProgram(), text));
        QFile::setPermissions(text, QFile::ReadOwner | QFile::WriteOwner);
        Event renamed = m_sample.store->program().value(); // stored under another name: the import shows
        const QString sampleName = renamed.name;
        renamed.name = QStringLiteral("Gammelt navn");
        QVERIFY(m_sample.store->replaceProgram(renamed).ok());
        startDesk();
        QVERIFY(click(window(), QStringLiteral("nav_programme")));
        QTRY_VERIFY(item(window(), QStringLiteral("programmeImport")));
        m_app->programme()->preview(QUrl::fromLocalFile(text), QUrl::fromLocalFile(assets::sampleSettings()));
        QTRY_VERIFY(item(window(), QStringLiteral("programmeSummary")));
        QVERIFY2(itemText(window(), QStringLiteral("programmeSummary")).contains(QStringLiteral("2 days")),
            qPrintable(itemText(window(), QStringLiteral("programmeSummary"))));
        QVERIFY(itemText(window(), QStringLiteral("programmeMessage_0"))
                    .startsWith(QStringLiteral("Warning, line")));
        QVERIFY(click(window(), QStringLiteral("programmeImportConfirm")));
        QTRY_VERIFY(
            itemText(window(), QStringLiteral("programmeMessage")).contains(QStringLiteral("stored")));
        QCOMPARE(m_sample.store->program()->name, sampleName);
        QCOMPARE(m_sample.store->program()->days.size(), 2);
        QTRY_COMPARE(itemText(window(), QStringLiteral("programmeEvent")), sampleName);
        QTRY_VERIFY(item(window(), QStringLiteral("programmeDay_1")));

        // A text that is no programme: its errors are shown and it cannot be imported.
        const QString notes = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(notes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Handleliste\n- melk\n- brød\n");
        }
        m_app->programme()->preview(QUrl::fromLocalFile(notes));
        QTRY_VERIFY(itemText(window(), QStringLiteral("programmeMessage_0"))
                        .startsWith(QStringLiteral("Error, line")));
        QVERIFY(!m_app->programme()->canImport());
        QVERIFY(!item(window(), QStringLiteral("programmeImportConfirm"))->isEnabled());
        QCOMPARE(m_sample.store->program()->name, sampleName);
    }

    void aWalkInIsApprovedAtTheDesk()
    {
        Attendee walkIn;
        walkIn.id = QStringLiteral("walkin-desk-1");
        walkIn.firstName = QStringLiteral("Vera");
        walkIn.lastName = QStringLiteral("Walkinsen");
        walkIn.organisation = QStringLiteral("Agder fylkeskommune");
        walkIn.type = AttendeeType::WalkIn;
        QVERIFY(m_sample.store->upsertAttendees({ walkIn }).ok());
        startDesk();
        QVERIFY(click(window(), QStringLiteral("nav_walkIns")));
        const QString approve = QStringLiteral("approve_") + walkIn.id;
        QTRY_VERIFY(item(window(), approve));
        QVERIFY(click(window(), approve));
        QTRY_VERIFY(!item(window(), approve));
        QTRY_VERIFY(itemText(window(), QStringLiteral("walkInsMessage")).contains(QStringLiteral("Vera")));
        const auto stored = m_sample.store->attendee(walkIn.id);
        QVERIFY(stored.ok() && stored.value());
        QVERIFY(!stored.value()->token.isEmpty());
        // Approved is checked in: the dashboard counts them.
        QVERIFY(click(window(), QStringLiteral("nav_dashboard")));
        QTRY_COMPARE(figure(QStringLiteral("venueArrived")), 1);
    }

    // A typo in a walk-in's registration corrected on the card before approving:
    // the walk-in's rules (an e-mail that looks like one), still waiting after.
    void aWalkInIsCorrectedBeforeApproval()
    {
        Attendee walkIn;
        walkIn.id = QStringLiteral("walkin-desk-3");
        walkIn.firstName = QStringLiteral("Siri");
        walkIn.lastName = QStringLiteral("Skrivfeil");
        walkIn.organisation = QStringLiteral("Agder fylkeskommune");
        walkIn.type = AttendeeType::WalkIn;
        QVERIFY(m_sample.store->upsertAttendees({ walkIn }).ok());
        startDesk();
        QVERIFY(click(window(), QStringLiteral("nav_walkIns")));
        QTRY_VERIFY(item(window(), QStringLiteral("edit_") + walkIn.id));
        QVERIFY(click(window(), QStringLiteral("edit_") + walkIn.id));
        QTRY_COMPARE(itemText(window(), QStringLiteral("personLastName")), walkIn.lastName);
        QVERIFY(!item(window(), QStringLiteral("personNewCode"))); // approving gives the code
        QVERIFY(!item(window(), QStringLiteral("personType"))->isEnabled()); // it stays a walk-in
        QQuickItem *lastName = item(window(), QStringLiteral("personLastName"));
        lastName->setProperty("text", QString());
        lastName->forceActiveFocus();
        typeText(window(), QStringLiteral("Skrivefeil"));
        QQuickItem *email = item(window(), QStringLiteral("personEmail"));
        email->forceActiveFocus();
        typeText(window(), QStringLiteral("siri(at)agder"));
        QVERIFY(click(window(), QStringLiteral("personSave")));
        QTRY_VERIFY(itemText(window(), QStringLiteral("personMessage")).contains(QStringLiteral("e-mail")));
        QCOMPARE(m_sample.store->attendee(walkIn.id)->value().lastName, walkIn.lastName);
        email->setProperty("text", QString());
        email->forceActiveFocus();
        typeText(window(), QStringLiteral("siri@agder.example"));
        QVERIFY(click(window(), QStringLiteral("personSave")));
        QTRY_VERIFY(
            itemText(window(), QStringLiteral("personMessage")).contains(QStringLiteral("corrected")));
        const Attendee stored = m_sample.store->attendee(walkIn.id)->value();
        QCOMPARE(stored.lastName, QStringLiteral("Skrivefeil"));
        QCOMPARE(stored.email, QStringLiteral("siri@agder.example"));
        QCOMPARE(stored.type, AttendeeType::WalkIn);
        QVERIFY(stored.token.isEmpty()); // still waiting for approval
        QVERIFY(click(window(), QStringLiteral("personClose")));
        QTRY_VERIFY(item(window(), QStringLiteral("approve_") + walkIn.id));
    }

    void aWalkInIsTurnedDownAtTheDesk()
    {
        Attendee walkIn;
        walkIn.id = QStringLiteral("walkin-desk-2");
        walkIn.firstName = QStringLiteral("Rolf");
        walkIn.lastName = QStringLiteral("Dobbel");
        walkIn.organisation = QStringLiteral("Agder fylkeskommune");
        walkIn.type = AttendeeType::WalkIn;
        QVERIFY(m_sample.store->upsertAttendees({ walkIn }).ok());
        startDesk();
        QVERIFY(click(window(), QStringLiteral("nav_walkIns")));
        const QString reject = QStringLiteral("reject_") + walkIn.id;
        QTRY_VERIFY(item(window(), reject));
        QVERIFY(click(window(), reject));
        QTRY_VERIFY(item(window(), QStringLiteral("rejectReason")));
        item(window(), QStringLiteral("rejectReason"))->forceActiveFocus();
        typeText(window(), QStringLiteral("registered twice"), 5);
        QVERIFY(click(window(), QStringLiteral("rejectConfirm")));
        QTRY_VERIFY(!item(window(), reject));
        QTRY_VERIFY(item(window(), QStringLiteral("walkInsEmpty")));
        const auto stored = m_sample.store->walkIn(walkIn.id);
        QVERIFY(stored.ok() && stored.value());
        QCOMPARE(stored.value()->state, WalkInState::Rejected);
        QVERIFY(stored.value()->person.token.isEmpty());
        // Not on the People page either (nothing to check in).
        QVERIFY(click(window(), QStringLiteral("nav_people")));
        QTRY_VERIFY(item(window(), QStringLiteral("peopleList")));
        QTRY_COMPARE(m_app->people()->rowCount(), m_sample.attendees.size());
        QVERIFY(!item(window(), QStringLiteral("person_") + walkIn.id));
    }

    void everyTextIsPlainEvenWithMarkupInANameNorwegian()
    {
        Attendee a = m_sample.attendees.at(5);
        a.firstName = QStringLiteral("<img src=\"http://127.0.0.1:1/x.png\"><b>Kari</b>");
        a.organisation = QStringLiteral("<h1>Org</h1>");
        QVERIFY(m_sample.store->upsertAttendees({ a }).ok());
        startDesk(QStringLiteral("nb"));
        for (AdminNavigation::Page page : AdminNavigation::pages()) {
            m_app->navigation()->show(page);
            QTest::qWait(100);
            const QStringList offenders = nonPlainTexts(window()->contentItem());
            QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1String("; "))));
        }
        // The organisation list (a popup) shows "<h1>Org</h1>" as written too.
        m_app->navigation()->show(AdminNavigation::People);
        QTRY_VERIFY(item(window(), QStringLiteral("peopleOrganisation")));
        QVERIFY(click(window(), QStringLiteral("peopleOrganisation")));
        QTest::qWait(200);
        QStringList shown;
        std::function<void(QQuickItem *)> collect = [&](QQuickItem *i) {
            if (i->isVisible() && i->inherits("QQuickText"))
                shown << i->property("text").toString();
            for (QQuickItem *c : i->childItems())
                collect(c);
        };
        collect(window()->contentItem());
        QVERIFY2(
            shown.contains(QStringLiteral("<h1>Org</h1>")), qPrintable(shown.join(QLatin1String(" | "))));
        const QStringList inPopup = nonPlainTexts(window()->contentItem());
        QVERIFY2(inPopup.isEmpty(), qPrintable(inPopup.join(QLatin1String("; "))));
        QTest::keyClick(window(), Qt::Key_Escape);

        // Bokmål on screen, no English page titles.
        m_app->navigation()->show(AdminNavigation::People);
        QTRY_VERIFY(item(window(), QStringLiteral("peoplePage")));
        QVERIFY(!itemText(window(), QStringLiteral("nav_people")).isEmpty());
        QCOMPARE(itemText(window(), QStringLiteral("peopleCount")).contains(QLatin1String("people")), false);
    }

    // A member dragged onto another group is asked a reason, moved and locked there.
    void aMemberIsDraggedToAnotherGroup()
    {
        const auto run = test::runCli({ QStringLiteral("allocate"), QStringLiteral("--slot"),
                                          QStringLiteral("d1-1400"), QStringLiteral("--expected") },
            m_sample.path);
        QCOMPARE(run.exitCode, 0);
        const auto placed = m_sample.store->assignments(QStringLiteral("d1-1400"));
        QVERIFY(placed.ok() && !placed->isEmpty());
        // Someone the allocation placed (not fixed), and a group that is not theirs.
        const Assignment who = [&] {
            for (const Assignment &a : placed.value())
                if (!a.locked && !a.fixed)
                    return a;
            return Assignment {};
        }();
        QVERIFY(!who.attendeeId.isEmpty());
        const QString to = who.groupKey == QStringLiteral("d1-1400-g1") ? QStringLiteral("d1-1400-g2")
                                                                        : QStringLiteral("d1-1400-g1");

        startDesk();
        QVERIFY(click(window(), QStringLiteral("nav_groupWork")));
        const QString member = QStringLiteral("member_") + who.attendeeId;
        QTRY_VERIFY(item(window(), member));
        QTRY_VERIFY(item(window(), QStringLiteral("group_") + to));
        // The cards are laid out side by side (the second is right of the first).
        QTRY_VERIFY(item(window(), QStringLiteral("group_d1-1400-g2"))->x() > 0);
        QQuickItem *from = item(window(), member);
        QQuickItem *target = item(window(), QStringLiteral("group_") + to);
        const QPoint start = from->mapToScene(QPointF(10, from->height() / 2)).toPoint();
        const QPoint end = target->mapToScene(QPointF(target->width() / 2, 30)).toPoint();
        QTest::mousePress(window(), Qt::LeftButton, Qt::NoModifier, start);
        for (int step = 1; step <= 10; ++step) {
            QTest::mouseMove(window(), start + (end - start) * step / 10);
            QTest::qWait(10);
        }
        QTest::mouseRelease(window(), Qt::LeftButton, Qt::NoModifier, end);
        QTRY_VERIFY(item(window(), QStringLiteral("moveReason")));
        QVERIFY(!item(window(), QStringLiteral("moveConfirm"))->isEnabled()); // no reason yet
        item(window(), QStringLiteral("moveReason"))->forceActiveFocus();
        typeText(window(), QStringLiteral("joins a colleague"), 5);
        QVERIFY(click(window(), QStringLiteral("moveConfirm")));
        QTRY_VERIFY(itemText(window(), QStringLiteral("groupWorkMessage")).contains(who.attendeeId) == false
            && !itemText(window(), QStringLiteral("groupWorkMessage")).isEmpty());
        const auto after = m_sample.store->assignments(QStringLiteral("d1-1400"));
        QVERIFY(after.ok());
        bool moved = false;
        for (const Assignment &a : after.value())
            if (a.attendeeId == who.attendeeId)
                moved = a.groupKey == to && a.locked;
        QVERIFY(moved);
        // The card of the group it went to lists them now.
        QTRY_VERIFY(item(window(), member)
            && target->mapFromItem(item(window(), member), QPointF(1, 1)).x() >= 0
            && target->contains(target->mapFromItem(item(window(), member), QPointF(1, 1))));
    }

    // The run's form starts from the latest run's moving cost and organisation
    // cap; left as it was, a cap given as a share (oppmote allocate) is kept;
    // changed, the run keeps to the new cap and saves both.
    void aRunAtTheDeskTakesTheSolverOptions()
    {
        alloc::AllocationService service(*m_sample.store);
        alloc::RunRequest first;
        first.plan.slotKey = QStringLiteral("d1-1400");
        first.plan.population = alloc::Population::Expected;
        first.plan.options.solver.moveCost = 3;
        first.plan.options.solver.orgCapShare = 0.5;
        first.by = QStringLiteral("Anne");
        QVERIFY(service.run(first).ok());
        startDesk();
        QVERIFY(click(window(), QStringLiteral("nav_groupWork")));
        QTRY_COMPARE(m_app->groups()->slotKey(), QStringLiteral("d1-1400"));
        QTRY_COMPARE(m_app->groupRuns()->lastMoveCost(), 3);
        QVERIFY(click(window(), QStringLiteral("groupWorkRun")));
        QTRY_VERIFY(item(window(), QStringLiteral("runOrgCap")));
        QCOMPARE(item(window(), QStringLiteral("runMoveCost"))->property("value").toInt(), 3);
        QVERIFY(click(window(), QStringLiteral("runExpected")));
        QVERIFY(click(window(), QStringLiteral("runConfirm")));
        QTRY_VERIFY_WITH_TIMEOUT(
            itemText(window(), QStringLiteral("groupWorkMessage")).startsWith(QStringLiteral("Run 2 saved")),
            10000);
        auto kept = m_sample.store->allocationRuns(QStringLiteral("d1-1400"));
        QVERIFY(kept.ok() && kept->size() == 2);
        const QJsonObject keptOptions = QJsonDocument::fromJson(kept->last().optionsJson.toUtf8()).object();
        QCOMPARE(keptOptions.value(QLatin1String("orgCapShare")).toDouble(), 0.5);
        QCOMPARE(keptOptions.value(QLatin1String("moveCost")).toInt(), 3);

        QVERIFY(click(window(), QStringLiteral("groupWorkRun")));
        QTRY_VERIFY(item(window(), QStringLiteral("runOrgCap")));
        item(window(), QStringLiteral("runOrgCap"))->setProperty("value", 1);
        item(window(), QStringLiteral("runMoveCost"))->setProperty("value", 7);
        QVERIFY(click(window(), QStringLiteral("runExpected")));
        QVERIFY(click(window(), QStringLiteral("runConfirm")));
        QTRY_VERIFY_WITH_TIMEOUT(
            itemText(window(), QStringLiteral("groupWorkMessage")).startsWith(QStringLiteral("Run 3 saved")),
            10000);
        auto runs = m_sample.store->allocationRuns(QStringLiteral("d1-1400"));
        QVERIFY(runs.ok() && runs->size() == 3);
        const QJsonObject options = QJsonDocument::fromJson(runs->last().optionsJson.toUtf8()).object();
        QCOMPARE(options.value(QLatin1String("moveCost")).toInt(), 7);
        QHash<QString, QString> organisationOf;
        for (const Attendee &a : m_sample.attendees)
            organisationOf.insert(a.id, a.organisation);
        QHash<QString, int> perGroupAndOrganisation;
        for (const Assignment &a : m_sample.store->assignments(QStringLiteral("d1-1400")).value())
            if (!a.fixed && !a.locked)
                QVERIFY2(++perGroupAndOrganisation[a.groupKey + QLatin1Char('|')
                             + organisationOf.value(a.attendeeId)]
                        <= 1,
                    qPrintable(a.groupKey + QStringLiteral(" holds two from ")
                        + organisationOf.value(a.attendeeId)));
        QVERIFY(!perGroupAndOrganisation.isEmpty());
        // The next run's form starts from these.
        QTRY_COMPARE(m_app->groupRuns()->lastOrgCap(), 1);
        QVERIFY(click(window(), QStringLiteral("groupWorkRun")));
        QTRY_COMPARE(item(window(), QStringLiteral("runOrgCap"))->property("value").toInt(), 1);
        QCOMPARE(item(window(), QStringLiteral("runMoveCost"))->property("value").toInt(), 7);
        QVERIFY(click(window(), QStringLiteral("runCancel")));
    }

    // Group work from the desk alone: a re-run that lists whom it moved, the
    // quality, why one person is where they are (writing nothing), a lock,
    // the group lists and door signs as PDF, and an earlier run restored.
    void groupWorkIsRunExplainedLockedPrintedAndRestored()
    {
        // Run 1 without a moving cost; someone then moved by hand out of their
        // first choice and unlocked, whom the next run moves back.
        alloc::AllocationService service(*m_sample.store);
        alloc::RunRequest first;
        first.plan.slotKey = QStringLiteral("d1-1400");
        first.plan.population = alloc::Population::Expected;
        first.plan.options.solver.moveCost = 0;
        first.by = QStringLiteral("Anne");
        auto run1 = service.run(first);
        QVERIFY2(run1.ok(), qPrintable(run1.error().message));
        QString who;
        const alloc::Plan &plan = run1->plan;
        for (std::size_t i = 0; i < plan.problem.problem.people.size() && who.isEmpty(); ++i)
            if (plan.outcome.placements[i].rank == 1 && plan.outcome.placements[i].group >= 0)
                who = plan.problem.problem.people[i].id;
        QVERIFY(!who.isEmpty());
        auto groupOf = [&](const QString &id) {
            for (const Assignment &a : m_sample.store->assignments(QStringLiteral("d1-1400")).value())
                if (a.attendeeId == id)
                    return a;
            return Assignment {};
        };
        const QString firstChoice = groupOf(who).groupKey;
        const QString elsewhere = firstChoice == QLatin1String("d1-1400-g1") ? QStringLiteral("d1-1400-g2")
                                                                             : QStringLiteral("d1-1400-g1");
        QVERIFY(service
                    .move(QStringLiteral("d1-1400"), who, elsewhere, QStringLiteral("Anne"),
                        QStringLiteral("test"))
                    .ok());
        QVERIFY(service.unlock(QStringLiteral("d1-1400"), who, QStringLiteral("Anne")).ok());

        startDesk();
        QVERIFY(click(window(), QStringLiteral("nav_groupWork")));
        QTRY_VERIFY(itemText(window(), QStringLiteral("quality_0")).contains(QStringLiteral("placed")));
        QTRY_VERIFY(item(window(), QStringLiteral("member_") + who));

        // Run again, on everyone expected.
        QVERIFY(click(window(), QStringLiteral("groupWorkRun")));
        QTRY_VERIFY(item(window(), QStringLiteral("runExpected")));
        QVERIFY(click(window(), QStringLiteral("runExpected")));
        QVERIFY(click(window(), QStringLiteral("runConfirm")));
        QTRY_VERIFY_WITH_TIMEOUT(item(window(), QStringLiteral("moved_") + who), 5000);
        const QString movedText = itemText(window(), QStringLiteral("moved_") + who);
        QVERIFY2(movedText.contains(service.groupName(plan.slot, elsewhere) + QStringLiteral(" → ")
                     + service.groupName(plan.slot, firstChoice)),
            qPrintable(movedText));
        QVERIFY2(itemText(window(), QStringLiteral("groupWorkMessage")).startsWith(QStringLiteral("Run ")),
            qPrintable(itemText(window(), QStringLiteral("groupWorkMessage"))));
        QCOMPARE(groupOf(who).groupKey, firstChoice);
        auto runs = m_sample.store->allocationRuns(QStringLiteral("d1-1400"));
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), 2);
        QCOMPARE(runs->last().by, QStringLiteral("Test desk"));

        // Why there: the explanation, and nothing written.
        const QByteArray before = databaseBytes();
        QVERIFY(click(window(), QStringLiteral("member_") + who));
        QTRY_VERIFY(item(window(), QStringLiteral("memberExplain")));
        QVERIFY(click(window(), QStringLiteral("memberExplain")));
        QTRY_VERIFY(item(window(), QStringLiteral("explanation"))
            && !itemText(window(), QStringLiteral("explanation")).isEmpty());
        QCOMPARE(databaseBytes(), before);
        QVERIFY(click(window(), QStringLiteral("explainClose")));
        QTRY_VERIFY(!item(window(), QStringLiteral("explanation")));

        // Locked where they are.
        QVERIFY(click(window(), QStringLiteral("member_") + who));
        QTRY_VERIFY(item(window(), QStringLiteral("memberLock")));
        QVERIFY(click(window(), QStringLiteral("memberLock")));
        QTRY_VERIFY(groupOf(who).locked);
        QCOMPARE(groupOf(who).groupKey, firstChoice);

        // The lists for the facilitators and a sign for each door.
        QVERIFY(click(window(), QStringLiteral("groupWorkLists")));
        QTRY_VERIFY(savedFiles().filter(QStringLiteral("group-lists-d1-1400-")).size() == 1);
        QTRY_VERIFY(item(window(), QStringLiteral("groupWorkSigns"))->isEnabled());
        QVERIFY(click(window(), QStringLiteral("groupWorkSigns")));
        QTRY_VERIFY(savedFiles().filter(QStringLiteral("door-signs-d1-1400-")).size() == 1);
        for (const QString &name : savedFiles()) {
            QFile f(QDir(reportsDir()).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(f.read(5) == "%PDF-", qPrintable(name));
        }

        // Run 1 again: the person is where run 1 had them.
        QTRY_VERIFY(item(window(), QStringLiteral("groupWorkRestore"))->isEnabled());
        QVERIFY(click(window(), QStringLiteral("groupWorkRestore")));
        const QString run1Row = QStringLiteral("run_%1").arg(run1->runId);
        QTRY_VERIFY(item(window(), run1Row));
        QVERIFY(click(window(), run1Row));
        QVERIFY(click(window(), QStringLiteral("restoreConfirm")));
        QTRY_VERIFY(m_sample.store->allocationRuns(QStringLiteral("d1-1400"))->size() == 3);
        QCOMPARE(groupOf(who).groupKey, firstChoice);
        QTRY_VERIFY(itemText(window(), QStringLiteral("groupWorkMessage"))
                        .contains(QStringLiteral("Run %1 is the allocation again").arg(run1->runId)));
    }

    // One organisation's badges printed as one job to a real (private) cupsd,
    // the one who had a badge left out, the print log, a printer that is off
    // said in words with nothing recorded, and the batch saved as a PDF.
    void aBatchOfBadgesIsPrintedToACupsQueue()
    {
        OPPMOTE_REQUIRE_TOOL("cupsd", "cups-daemon");
        test::PrivateCups cups;
        QString error;
        QVERIFY2(cups.start(&error), qPrintable(error));
        QVERIFY2(cups.addPdfQueue(QStringLiteral("desk-badges"), &error), qPrintable(error));
        const QString organisation = m_sample.attendees.first().organisation;
        QStringList members;
        for (const Attendee &a : m_sample.attendees)
            if (a.organisation == organisation)
                members << a.id;
        QVERIFY(members.size() >= 2);
        QVERIFY(m_sample.store->recordBadgePrinted(members.first()).ok()); // has one already

        startDesk();
        QVERIFY(click(window(), QStringLiteral("nav_badges")));
        QVERIFY(click(window(), QStringLiteral("badgesOrganisation")));
        const int index = int(m_app->badges()->organisations().indexOf(shownText(organisation)));
        QVERIFY(index >= 0);
        QVERIFY(click(window(), QStringLiteral("badgesOrganisationChoice")));
        const QString option = QStringLiteral("badgesOrganisationChoice_%1").arg(index);
        QTRY_VERIFY(item(window(), option));
        QVERIFY(click(window(), option));
        QTRY_COMPARE(m_app->badges()->badgeCount(), int(members.size()) - 1);
        QCOMPARE(m_app->badges()->skippedCount(), 1);
        QTRY_VERIFY(itemText(window(), QStringLiteral("badgesSummary")).contains(QStringLiteral("left out")));
        QVERIFY(!item(window(), QStringLiteral("badgePreview"))->property("image").value<QImage>().isNull());
        QVERIFY(
            itemText(window(), QStringLiteral("badgePreviewName")).startsWith(QStringLiteral("Preview: ")));
        QTRY_COMPARE(itemText(window(), QStringLiteral("badgesPrinterState")), QStringLiteral("Ready"));

        QVERIFY(click(window(), QStringLiteral("badgesPrint")));
        QTRY_VERIFY_WITH_TIMEOUT(itemText(window(), QStringLiteral("badgesMessage"))
                                     .contains(QStringLiteral("printed on desk-badges")),
            30000);
        QVERIFY(cups.waitIdle(QStringLiteral("desk-badges"), 20000));
        QFile printed(cups.outputPath(QStringLiteral("desk-badges")));
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.read(5) == "%PDF-");
        QVERIFY(printed.size() > 1000);
        const auto withBadges = m_sample.store->attendeesWithBadges();
        QVERIFY(withBadges.ok());
        for (const QString &id : members)
            QVERIFY(withBadges->contains(id));
        QTRY_COMPARE(m_app->badges()->count(), int(members.size())); // the print log
        QTRY_COMPARE(m_app->badges()->badgeCount(), 0); // everyone has one now

        // One lost badge printed again from the person's card.
        QVERIFY(click(window(), QStringLiteral("nav_people")));
        findPerson(m_sample.store->attendee(members.first())->value());
        QVERIFY(click(window(), QStringLiteral("open_") + members.first()));
        QTRY_COMPARE(itemText(window(), QStringLiteral("personBadges")), QStringLiteral("1 printed"));
        QVERIFY(click(window(), QStringLiteral("personPrintBadge")));
        QTRY_VERIFY_WITH_TIMEOUT(itemText(window(), QStringLiteral("personMessage"))
                                     .contains(QStringLiteral("1 badge printed on desk-badges")),
            30000);
        QTRY_COMPARE(itemText(window(), QStringLiteral("personBadges")), QStringLiteral("2 printed"));
        QCOMPARE(m_sample.store->badgePrints(1000)->size(), members.size() + 1);
        QVERIFY(click(window(), QStringLiteral("personClose")));
        QVERIFY(click(window(), QStringLiteral("nav_badges")));

        // The printer off: said in words, and nothing recorded.
        QVERIFY2(cups.disableQueue(QStringLiteral("desk-badges"), &error), qPrintable(error));
        QVERIFY(click(window(), QStringLiteral("badgesRefreshPrinters")));
        QTRY_VERIFY(itemText(window(), QStringLiteral("badgesPrinterState")) != QStringLiteral("Ready"));
        QVERIFY(click(window(), QStringLiteral("badgesReprint")));
        QTRY_COMPARE(m_app->badges()->badgeCount(), int(members.size()));
        QVERIFY(click(window(), QStringLiteral("badgesPrint")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->badges()->busy()
                && !itemText(window(), QStringLiteral("badgesMessage"))
                        .contains(QStringLiteral("printed on")),
            30000);
        QVERIFY(!itemText(window(), QStringLiteral("badgesMessage")).isEmpty());
        QCOMPARE(m_sample.store->badgePrints(1000)->size(), members.size() + 1);

        // The same batch as a PDF for an office printer.
        QVERIFY(click(window(), QStringLiteral("badgesSavePdf")));
        QTRY_VERIFY(savedFiles().filter(QStringLiteral("badges-")).size() == 1);
        QTRY_VERIFY(!m_app->badges()->busy());
        QCOMPARE(test::pdfPageCount(
                     QDir(reportsDir()).filePath(savedFiles().filter(QStringLiteral("badges-")).first())),
            m_app->badges()->pageCount());
    }

    // Badges printed at 09:30, before the afternoon's allocation, show no
    // group: the Badges page says how many and prints them again, with their
    // groups, in one action. The organiser's logo is chosen there too.
    void publishedGroupsReprintEarlierBadgesInOneAction()
    {
        OPPMOTE_REQUIRE_TOOL("cupsd", "cups-daemon");
        OPPMOTE_REQUIRE_TOOL("pdftotext", "poppler-utils");
        test::PrivateCups cups;
        QString error;
        QVERIFY2(cups.start(&error), qPrintable(error));
        QVERIFY2(cups.addPdfQueue(QStringLiteral("desk-badges"), &error), qPrintable(error));
        const QString slot = QStringLiteral("d1-1400");
        QList<Assignment> placed;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(m_sample.store->recordBadgePrinted(m_sample.attendees[i].id).ok());
            placed.append(
                { slot, m_sample.attendees[i].id, QStringLiteral("d1-1400-g%1").arg(i + 1), false, false });
        }
        QVERIFY(m_sample.store
                    ->saveAllocation(slot, placed, AllocationRunInfo { QStringLiteral("test"), {}, {}, {} })
                    .ok());
        QVERIFY(m_sample.store->publish(slot, QStringLiteral("test")).ok());

        startDesk();
        QVERIFY(click(window(), QStringLiteral("nav_badges")));
        QTRY_COMPARE(m_app->badges()->outdatedCount(), 3);
        QTRY_VERIFY(item(window(), QStringLiteral("badgesOutdatedBanner")));
        QTRY_VERIFY(itemText(window(), QStringLiteral("badgesReprintOutdated"))
                        .contains(QStringLiteral("desk-badges")));
        QVERIFY(click(window(), QStringLiteral("badgesReprintOutdated")));
        QTRY_VERIFY_WITH_TIMEOUT(itemText(window(), QStringLiteral("badgesMessage"))
                                     .contains(QStringLiteral("3 badges printed on desk-badges")),
            30000);
        QTRY_COMPARE(m_app->badges()->outdatedCount(), 0);
        QTRY_VERIFY(!item(window(), QStringLiteral("badgesOutdatedBanner")));
        QVERIFY(cups.waitIdle(QStringLiteral("desk-badges"), 20000));
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
            { cups.outputPath(QStringLiteral("desk-badges")), QStringLiteral("-") });
        QVERIFY(text.waitForFinished(20000));
        const QString printed = QString::fromUtf8(text.readAllStandardOutput());
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(printed.contains(m_sample.attendees[i].lastName), qPrintable(printed));
            QVERIFY2(printed.contains(QStringLiteral("Tema %1").arg(i + 1)), qPrintable(printed));
        }
        QCOMPARE(m_sample.store->badgePrints(1000)->size(), 6);

        // The logo: a file that is no image is refused in words; an SVG is taken and shows in the preview.
        QTRY_VERIFY(!m_app->badges()->preview().isNull());
        const QImage before = m_app->badges()->preview();
        QCOMPARE(itemText(window(), QStringLiteral("badgesLogoState")),
            QStringLiteral("None: the space stays empty"));
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("logo.png")));
        QVERIFY(bad.open(QIODevice::WriteOnly) && bad.write("not an image") > 0);
        bad.close();
        m_app->badges()->setLogo(QUrl::fromLocalFile(bad.fileName()));
        QTRY_VERIFY(
            itemText(window(), QStringLiteral("badgesMessage")).contains(QStringLiteral("PNG, JPEG or SVG")));
        QVERIFY(!m_app->badges()->hasLogo());
        m_app->badges()->setLogo(QUrl(QStringLiteral("qrc") + assets::sampleLogo()));
        QTRY_VERIFY(m_app->badges()->hasLogo());
        QTRY_COMPARE(
            itemText(window(), QStringLiteral("badgesLogoState")), QStringLiteral("The organiser's logo"));
        QTRY_VERIFY(m_app->badges()->preview() != before);
        QVERIFY(click(window(), QStringLiteral("badgesRemoveLogo")));
        QTRY_VERIFY(!m_app->badges()->hasLogo());
    }

    // The pairing QR on screen is a code a kiosk accepts: read back from the
    // window's pixels by the kiosks' own decoder.
    void aKioskPairingCodeIsShownAsAQrCode()
    {
        startDesk();
        m_app->pairing()->setHubUrl(QStringLiteral("wss://hub.test:8443"));
        QVERIFY(click(window(), QStringLiteral("nav_devices")));
        QTRY_VERIFY(item(window(), QStringLiteral("pairingMake")));
        QVERIFY(!item(window(), QStringLiteral("pairingQr")));
        QVERIFY(click(window(), QStringLiteral("pairingMake")));
        QTRY_VERIFY(item(window(), QStringLiteral("pairingQr")));
        QTest::qWait(50); // painted
        const QImage shot = window()->grabWindow();
        QrDecoder decoder;
        const auto found = decoder.decode(lumaFromImage(shot));
        QCOMPARE(found.size(), 1);
        const auto code = parsePairingCode(found.front().text);
        QVERIFY2(code.ok(), qPrintable(found.front().text));
        QCOMPARE(code->hubUrl, QStringLiteral("wss://hub.test:8443"));
        QVERIFY(code->mode.isEntrance());
        QCOMPARE(code->fingerprint.size(), 64); // the hub certificate's, made beside the database
        QVERIFY(QFile::exists(sync::defaultCertificatePath(m_sample.path)));
        QVERIFY(code->printerQueue.isEmpty());
        QVERIFY(code->badgeTemplate.isEmpty());

        // A group room's door, its printer and the labels in it, chosen from lists: all in the code.
        const QVariantList modes = m_app->pairing()->modes();
        qsizetype room = -1;
        for (qsizetype i = 0; i < modes.size(); ++i)
            if (modes[i].toMap().value(QStringLiteral("value")) == QStringLiteral("session:d1-1400-g2"))
                room = i;
        QVERIFY2(room > 0, qPrintable(QString::number(modes.size())));
        QVERIFY2(modes[room]
                     .toMap()
                     .value(QStringLiteral("title"))
                     .toString()
                     .contains(QStringLiteral("Møterom Fjorden")),
            qPrintable(modes[room].toMap().value(QStringLiteral("title")).toString()));
        // The doors staff can choose at a kiosk: no break, meal or registration desk.
        for (const Day &day : m_sample.event.days)
            for (const Session &s : day.sessions)
                if (s.kind == SessionKind::Break || s.kind == SessionKind::Meal
                    || s.kind == SessionKind::Registration)
                    for (const QVariant &mode : modes)
                        QVERIFY(mode.toMap().value(QStringLiteral("value"))
                            != QStringLiteral("session:") + s.key);
        QVERIFY(click(window(), QStringLiteral("pairingMode")));
        const QString roomOption = QStringLiteral("pairingMode_%1").arg(room);
        QTRY_VERIFY(item(window(), roomOption));
        QVERIFY(click(window(), roomOption));
        QQuickItem *printer = item(window(), QStringLiteral("pairingPrinter"));
        QVERIFY(printer);
        printer->forceActiveFocus();
        typeText(window(), QStringLiteral("ql-door-2"));
        const QVariantList templates = m_app->pairing()->templates();
        qsizetype label = -1;
        for (qsizetype i = 0; i < templates.size(); ++i)
            if (templates[i].toMap().value(QStringLiteral("name")) == QStringLiteral("ql-62x100"))
                label = i;
        QVERIFY(label > 0);
        QVERIFY(click(window(), QStringLiteral("pairingTemplate")));
        const QString labelOption = QStringLiteral("pairingTemplate_%1").arg(label);
        QTRY_VERIFY(item(window(), labelOption));
        QVERIFY(click(window(), labelOption));
        const QString firstCode = m_app->pairing()->code();
        QVERIFY(click(window(), QStringLiteral("pairingMake")));
        QTRY_VERIFY(!m_app->pairing()->code().isEmpty() && m_app->pairing()->code() != firstCode);
        const auto door = parsePairingCode(m_app->pairing()->code());
        QVERIFY2(door.ok(), qPrintable(m_app->pairing()->code()));
        QCOMPARE(door->mode.text(), QStringLiteral("session:d1-1400-g2"));
        QCOMPARE(door->printerQueue, QStringLiteral("ql-door-2"));
        QCOMPARE(door->badgeTemplate, QStringLiteral("ql-62x100"));

        // A mode the kiosk would not take is said, and no code shown.
        m_app->pairing()->offer(QStringLiteral("nowhere"));
        QTRY_VERIFY(!itemText(window(), QStringLiteral("pairingError")).isEmpty());
    }

    // A kiosk renamed at the desk as people at the venue call it; a name
    // another device has is refused and nothing changes; the command line the same.
    void aKioskIsRenamed()
    {
        Device kiosk;
        kiosk.id = QStringLiteral("kiosk-2-id");
        kiosk.name = QStringLiteral("Kiosk 2");
        kiosk.mode = QStringLiteral("entrance");
        QVERIFY(m_sample.store->upsertDevice(kiosk).ok());
        startDesk();
        QVERIFY(click(window(), QStringLiteral("nav_devices")));
        const auto renameTo = [this, &kiosk](const QString &name) {
            QTRY_VERIFY(item(window(), QStringLiteral("rename_") + kiosk.id));
            QVERIFY(click(window(), QStringLiteral("rename_") + kiosk.id));
            QTRY_VERIFY(item(window(), QStringLiteral("renameName")));
            item(window(), QStringLiteral("renameName"))->setProperty("text", QString());
            typeText(window(), name);
            QVERIFY(click(window(), QStringLiteral("renameConfirm")));
        };
        renameTo(QStringLiteral("Inngang nord"));
        QTRY_COMPARE(
            m_sample.store->deviceName(kiosk.id).value_or(QString()), QStringLiteral("Inngang nord"));
        QTRY_VERIFY(item(window(), QStringLiteral("device_Inngang nord")));
        const QString own = m_sample.store->localDevice().name;
        renameTo(own);
        QTRY_VERIFY(
            itemText(window(), QStringLiteral("devicesMessage")).contains(QStringLiteral("Another device")));
        QCOMPARE(m_sample.store->deviceName(kiosk.id).value_or(QString()), QStringLiteral("Inngang nord"));

        QCOMPARE(test::runCli({ QStringLiteral("devices"), QStringLiteral("--rename"), kiosk.id,
                                  QStringLiteral("--name"), QStringLiteral("Inngang sør") },
                     m_sample.path)
                     .exitCode,
            0);
        QCOMPARE(m_sample.store->deviceName(kiosk.id).value_or(QString()), QStringLiteral("Inngang sør"));
        QCOMPARE(test::runCli({ QStringLiteral("devices"), QStringLiteral("--rename"), kiosk.id,
                                  QStringLiteral("--name"), QStringLiteral("   ") },
                     m_sample.path)
                     .exitCode,
            4); // InvalidData
    }

    // Reports are saved into the reports folder: a workbook read back by the
    // importer's own reader, a PDF that is one, and no CSV of everything.
    void reportsAreSavedAsSpreadsheetAndPdf()
    {
        QVERIFY(
            m_sample.store->checkIn({ m_sample.attendees.at(2).id, QString(), CheckinMethod::Staff, {}, {} })
                .ok());
        startDesk();
        QVERIFY(click(window(), QStringLiteral("nav_reports")));
        QTRY_VERIFY(item(window(), QStringLiteral("save_attendees_xlsx")));
        QVERIFY(!item(window(), QStringLiteral("save_all_csv")));
        QVERIFY(click(window(), QStringLiteral("save_attendees_xlsx")));
        QTRY_COMPARE(savedFiles().size(), 1);
        QTRY_VERIFY(!m_app->reports()->busy());
        QVERIFY(!m_app->reports()->failed());
        const auto sheet = io::readXlsxFile(m_app->reports()->lastPath());
        QVERIFY2(sheet.ok(), qPrintable(m_app->reports()->lastPath()));
        QCOMPARE(sheet->rows.size(), m_sample.attendees.size());
        QVERIFY(itemText(window(), QStringLiteral("reportsMessage")).contains(m_app->reports()->lastPath()));

        QVERIFY(click(window(), QStringLiteral("save_sessions_pdf")));
        QTRY_COMPARE(savedFiles().size(), 2);
        QTRY_VERIFY(!m_app->reports()->busy());
        QFile pdf(m_app->reports()->lastPath());
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    // A person's own data from the People page; the purge held back by the
    // retention date, then run with a second, explicit step.
    void personalDataIsExportedAndPurgedAfterTheRetentionDate()
    {
        Attendee who = m_sample.attendees.at(5);
        who.email = QStringLiteral("innsyn.test@example.no");
        who.lastName = QStringLiteral("Innsynsdóttir"); // in no programme or other record
        QVERIFY(m_sample.store->upsertAttendees({ who }).ok());
        startDesk();
        QVERIFY(click(window(), QStringLiteral("nav_people")));
        item(window(), QStringLiteral("peopleSearch"))->forceActiveFocus();
        typeText(window(), who.fullName(), 5);
        QTRY_VERIFY(item(window(), QStringLiteral("exportData_") + who.id));
        QVERIFY(click(window(), QStringLiteral("exportData_") + who.id));
        QTRY_COMPARE(savedFiles().size(), 1);
        QFile record(QDir(reportsDir()).filePath(savedFiles().front()));
        QTRY_VERIFY(record.size() > 0);
        QVERIFY(record.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(record.readAll())
                     .object()[QStringLiteral("person")][QStringLiteral("email")]
                     .toString(),
            who.email);

        QVERIFY(click(window(), QStringLiteral("nav_privacy")));
        QTRY_VERIFY(item(window(), QStringLiteral("retentionDate")));
        QVERIFY(item(window(), QStringLiteral("purgeConfirm"))->isEnabled()); // no date set yet
        item(window(), QStringLiteral("retentionDate"))->setProperty("text", QString());
        item(window(), QStringLiteral("retentionDate"))->forceActiveFocus();
        typeText(window(), QDate::currentDate().addDays(10).toString(QStringLiteral("dd.MM.yyyy")));
        QVERIFY(click(window(), QStringLiteral("setRetention")));
        QTRY_VERIFY(!m_app->privacy()->canPurge());
        QVERIFY(!item(window(), QStringLiteral("purgeConfirm"))->isEnabled());
        QVERIFY(!item(window(), QStringLiteral("purge"))->isEnabled());
        QVERIFY(itemText(window(), QStringLiteral("privacyState")).contains(m_app->privacy()->retainUntil()));
        m_app->privacy()->purge(); // refused even when asked directly
        QTRY_VERIFY(m_app->privacy()->failed());
        QVERIFY(databaseBytes().contains(who.email.toUtf8()));

        item(window(), QStringLiteral("retentionDate"))->setProperty("text", QString());
        item(window(), QStringLiteral("retentionDate"))->forceActiveFocus();
        typeText(window(), QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy")));
        QVERIFY(click(window(), QStringLiteral("setRetention")));
        QTRY_VERIFY(m_app->privacy()->canPurge());
        QTRY_VERIFY(item(window(), QStringLiteral("purgeConfirm"))->isEnabled());
        QVERIFY(!item(window(), QStringLiteral("purge"))->isEnabled()); // not without the tick
        QVERIFY(click(window(), QStringLiteral("purgeConfirm")));
        QTRY_VERIFY(item(window(), QStringLiteral("purge"))->isEnabled());
        QVERIFY(click(window(), QStringLiteral("purge")));
        QTRY_VERIFY(!m_app->privacy()->purgedAt().isEmpty());
        QVERIFY(!m_app->privacy()->failed());
        QVERIFY(!databaseBytes().contains(who.email.toUtf8()));
        QVERIFY(!databaseBytes().contains(who.lastName.toUtf8()));
        QTRY_VERIFY(
            itemText(window(), QStringLiteral("privacyState")).contains(m_app->privacy()->purgedAt()));
    }

    void aDatabaseThatCannotOpenIsSaidOnScreen()
    {
        AdminOptions options;
        // A mistyped name in a folder that exists: nothing is created.
        options.databasePath = QFileInfo(m_sample.path).dir().filePath(QStringLiteral("hub-typo.sqlite"));
        options.testing = true;
        options.language = QStringLiteral("en");
        m_app = std::make_unique<AdminApp>(options);
        QVERIFY(m_app->start().ok());
        QTRY_VERIFY(item(window(), QStringLiteral("storeErrorBanner")));
        QVERIFY(!m_app->ready());
        QVERIFY(!QFile::exists(options.databasePath));
    }
};

QTEST_MAIN(TestAdminApp)
#include "test_admin_app.moc"
