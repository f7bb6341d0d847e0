// The kiosk end to end under the offscreen platform: the real QML, the real
// controllers, a real SQLite store prepared with the sample workshop. Input
// is a synthetic camera frame, hand-scanner key bursts, typed keys and mouse
// clicks on items found by objectName; every test checks the screen AND the
// store.

#include "codes/token.h"
#include "kiosk_app.h"
#include "kiosk_sample_store.h"
#include "kiosk_test_support.h"
#include "qml_plugins.h"
#include "store/async_store.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoSink>

#include <sys/stat.h>

using namespace oppmote;
using namespace oppmote::kiosk;
using namespace oppmote::kiosktest;

namespace {

const QDate kDayOne(2017, 9, 25);

} // namespace

class TestKioskFlows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QList<Attendee> m_people;
    int m_next = 0; // each test takes fresh people
    std::unique_ptr<KioskApp> m_app;

    // A participant not used by an earlier test, optionally with a given first preference.
    Attendee freshPerson(const QString &preference = {})
    {
        while (m_next < m_people.size()) {
            const Attendee &a = m_people[m_next++];
            if (a.type != AttendeeType::Participant || !a.fixedGroup.isEmpty())
                continue;
            if (!preference.isEmpty() && a.preferences.value(0) != preference)
                continue;
            return a;
        }
        qFatal("out of people");
    }

    KioskApp *startKiosk(QJsonObject config = {})
    {
        if (!config.contains(QStringLiteral("eventDate")))
            config.insert(QStringLiteral("eventDate"), kDayOne.toString(Qt::ISODate));
        config.insert(QStringLiteral("deviceName"), QStringLiteral("Kiosk 1"));
        const QString path = m_dir.filePath(QStringLiteral("kiosk.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the settings");
        file.write(QJsonDocument(config).toJson());
        file.close();
        KioskOptions options;
        options.configPath = path;
        options.databasePath = m_db;
        options.testing = true;
        options.virtualKeyboard = false;
        options.windowSize = QSize(1280, 800);
        m_app = std::make_unique<KioskApp>(options);
        const Status started = m_app->start();
        if (!started.ok())
            qFatal("%s", qPrintable(started.error().message));
        if (!waitFor([this] { return m_app->controller()->screen() == KioskController::Welcome; }))
            qFatal("the welcome screen did not come");
        return m_app.get();
    }

    QQuickWindow *window() const { return m_app->window(); }
    KioskController *kiosk() const { return m_app->controller(); }

    bool waitForScreen(KioskController::Screen screen, int ms = 5000)
    {
        return waitFor([this, screen] { return kiosk()->screen() == screen; }, ms);
    }

    bool waitForConfirm()
    {
        return waitForScreen(KioskController::Confirm)
            && waitFor([this] { return kiosk()->confirm()->state() != ConfirmController::Busy; });
    }

    // What the store says, read through a second connection after the kiosk's writes landed.
    QList<CheckinEvent> eventsOf(const QString &attendeeId)
    {
        kiosk()->store()->drain();
        auto store = Store::open(m_db);
        if (!store.ok())
            return {};
        auto events = store->events(attendeeId);
        return events.ok() ? events.value() : QList<CheckinEvent>();
    }

    bool checkedIn(const QString &attendeeId, const QString &session = {})
    {
        kiosk()->store()->drain();
        auto store = Store::open(m_db);
        auto active = store->activeEntry(attendeeId, session);
        return active.ok() && active.value().has_value();
    }

    void enterPin(const QString &pin)
    {
        for (const QChar c : pin)
            QVERIFY(click(window(), QStringLiteral("pin_") + c));
        QVERIFY(click(window(), QStringLiteral("pinOk")));
    }

    void scanWithHandScanner(const QString &code)
    {
        typeText(window(), code);
        QTest::keyClick(window(), Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("kiosk.sqlite"));
        auto sample = prepareSampleStore(m_db, 300);
        QVERIFY2(sample.ok(), qPrintable(sample.error().message));
        m_people = sample->attendees;
        // Someone whose name needs Norwegian folding to be found.
        Attendee kari;
        kari.id = QStringLiteral("test-kari");
        kari.firstName = QStringLiteral("Kari");
        kari.lastName = QStringLiteral("Østensjø");
        kari.organisation = QStringLiteral("Innlandet fylkeskommune");
        kari.email = QStringLiteral("kari@example.no");
        kari.token = Token::generate();
        auto store = Store::open(m_db);
        QVERIFY(store.ok());
        QVERIFY(store->upsertAttendees({ kari }).ok());
    }

    void cleanup() { m_app.reset(); }

    void welcomeScreenShowsTheEventAndNoCamera()
    {
        startKiosk();
        QVERIFY2(itemText(window(), QStringLiteral("eventName")).contains(QStringLiteral("Verksted")),
            qPrintable(itemText(window(), QStringLiteral("eventName")) + QLatin1Char('|')
                + kiosk()->welcome()->eventName()));
        QCOMPARE(itemText(window(), QStringLiteral("welcomeTitle")), QStringLiteral("Velkommen!"));
        QCOMPARE(itemText(window(), QStringLiteral("cameraUnavailable")),
            QStringLiteral("Kamera ikke tilgjengelig"));
        QVERIFY(item(window(), QStringLiteral("programme")));
        QVERIFY(item(window(), QStringLiteral("findNameButton"))->height() >= 90); // ≥ 9 mm even at 10 px/mm
    }

    void cameraFrameChecksIn()
    {
        startKiosk();
        const Attendee who = freshPerson(QStringLiteral("d1-1400-g2"));
        QVERIFY(kiosk()->scan()->videoSink());
        kiosk()->scan()->videoSink()->setVideoFrame(codeFrame(who.token));
        QVERIFY(waitForConfirm());
        QCOMPARE(itemText(window(), QStringLiteral("confirmTitle")),
            QStringLiteral("Velkommen, %1!").arg(who.firstName));
        QCOMPARE(itemText(window(), QStringLiteral("confirmOrganisation")), who.organisation);
        // The sample allocation puts a first preference "2" in Tema 2, Møterom Fjorden.
        QCOMPARE(
            itemText(window(), QStringLiteral("groupText")), QStringLiteral("Tema 2 — rom Møterom Fjorden"));
        const auto events = eventsOf(who.id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, EventKind::Entry);
        QCOMPARE(events[0].method, CheckinMethod::Qr);
        QVERIFY(events[0].sessionKey.isEmpty());
    }

    void handScannerBurstChecksIn()
    {
        startKiosk();
        const Attendee who = freshPerson();
        scanWithHandScanner(who.token);
        QVERIFY(waitForConfirm());
        QCOMPARE(itemText(window(), QStringLiteral("confirmTitle")),
            QStringLiteral("Velkommen, %1!").arg(who.firstName));
        const auto events = eventsOf(who.id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].method, CheckinMethod::Wedge);
    }

    // The kiosk's one hand-scanner path is the WedgeKeyFilter on the window:
    // the same keys are a scan or typing by their timing alone, on every screen.
    void handScannerFilterTellsScansFromTyping()
    {
        startKiosk();
        QVERIFY(kiosk()->device()->config().scannerDevice.isEmpty()); // keys come through the window
        // A person typing on the welcome screen: that opens the name search with those letters.
        typeText(window(), QStringLiteral("kari"), 120);
        QVERIFY(waitForScreen(KioskController::Search));
        QTRY_COMPARE(kiosk()->search()->query(), QStringLiteral("kari"));
        QTRY_VERIFY(item(window(), QStringLiteral("searchInput"))->hasActiveFocus());

        // Eight letters (as long as the shortest burst) typed at a person's pace stay typing.
        kiosk()->search()->setQuery(QString());
        typeText(window(), QStringLiteral("ostensjo"), 90);
        QTRY_COMPARE(kiosk()->search()->query(), QStringLiteral("ostensjo"));
        QTest::keyClick(window(), Qt::Key_Return);
        QTest::qWait(100);
        QCOMPARE(kiosk()->screen(), KioskController::Search);
        QCOMPARE(itemText(window(), QStringLiteral("searchInput")), QStringLiteral("ostensjo"));

        // The same letters as a scanner's burst: a code (not one of ours), never in the field.
        kiosk()->search()->setQuery(QString());
        scanWithHandScanner(QStringLiteral("ostensjo"));
        QVERIFY(waitForScreen(KioskController::Problem));
        QCOMPARE(kiosk()->search()->query(), QString());

        // A badge scanned while the search field has the focus checks in.
        kiosk()->startSearch();
        QTRY_VERIFY(item(window(), QStringLiteral("searchInput"))
            && item(window(), QStringLiteral("searchInput"))->hasActiveFocus());
        const Attendee who = freshPerson();
        scanWithHandScanner(who.token);
        QVERIFY(waitForConfirm());
        QCOMPARE(kiosk()->confirm()->attendeeId(), who.id);
        const auto events = eventsOf(who.id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].method, CheckinMethod::Wedge);
        QCOMPARE(kiosk()->search()->query(), QString());

        // In the walk-in form a scan is kept out of the fields (and checks no one in
        // there); typing reaches them.
        kiosk()->startWalkIn();
        QVERIFY(waitForScreen(KioskController::WalkIn));
        QTRY_VERIFY(item(window(), QStringLiteral("walkInFirstNameInput"))
            && item(window(), QStringLiteral("walkInFirstNameInput"))->hasActiveFocus());
        const Attendee other = freshPerson();
        scanWithHandScanner(other.token);
        QTest::qWait(100);
        QCOMPARE(kiosk()->screen(), KioskController::WalkIn);
        QCOMPARE(itemText(window(), QStringLiteral("walkInFirstNameInput")), QString());
        QCOMPARE(kiosk()->walkIn()->property("firstName").toString(), QString());
        QVERIFY(eventsOf(other.id).isEmpty());
        typeText(window(), QStringLiteral("Per"), 90);
        QTRY_COMPARE(kiosk()->walkIn()->property("firstName").toString(), QStringLiteral("Per"));

        // The PIN screen takes typed digits.
        kiosk()->goHome();
        kiosk()->openStaff();
        QVERIFY(waitForScreen(KioskController::StaffPin));
        typeText(window(), QStringLiteral("12"), 90);
        QTRY_COMPARE(kiosk()->staff()->pinLength(), 2);
    }

    void aScannerDeviceThatCannotBeGrabbedLeavesTheWindowPath()
    {
        // A FIFO opens like an input device but refuses EVIOCGRAB: the kiosk
        // must not read the scanner twice, so it keeps to the window filter.
        const QString fifo = m_dir.filePath(QStringLiteral("scanner-event-kbd"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        startKiosk(QJsonObject { { QStringLiteral("scannerDevice"), fifo } });
        QCOMPARE(kiosk()->device()->config().scannerDevice, fifo);
        QVERIFY(m_app->evdevScanner() == nullptr);
        QVERIFY(m_app->keyFilter() != nullptr);
        const Attendee who = freshPerson();
        scanWithHandScanner(who.token);
        QVERIFY(waitForConfirm());
        QCOMPARE(kiosk()->confirm()->attendeeId(), who.id);
        QFile::remove(fifo);
    }

    void confirmationReturnsToWelcomeByItself()
    {
        startKiosk(QJsonObject { { QStringLiteral("confirmSeconds"), 1 } });
        scanWithHandScanner(freshPerson().token);
        QVERIFY(waitForConfirm());
        QVERIFY(waitForScreen(KioskController::Welcome, 3000));
        QCOMPARE(kiosk()->confirm()->firstName(), QString());
    }

    void searchFindsFoldedNameAndChecksIn()
    {
        startKiosk();
        QVERIFY(click(window(), QStringLiteral("findNameButton")));
        QVERIFY(waitForScreen(KioskController::Search));
        QVERIFY(waitFor([this] { return item(window(), QStringLiteral("searchInput")) != nullptr; }));
        QTRY_VERIFY(item(window(), QStringLiteral("searchInput"))->hasActiveFocus());
        // A person typing without ø on the keyboard; the roster has more than one Østensjø.
        typeText(window(), QStringLiteral("kari ostensjo"), 40);
        QTRY_COMPARE(kiosk()->search()->query(), QStringLiteral("kari ostensjo"));
        QTRY_VERIFY(item(window(), QStringLiteral("result_0")));
        QCOMPARE(itemText(window(), QStringLiteral("result_0")), QStringLiteral("Kari Østensjø"));
        // Only names and organisations: no e-mail anywhere in the results.
        QVERIFY(!kiosk()->search()->results()->roleNames().values().contains("email"));
        QVERIFY(click(window(), QStringLiteral("result_0")));
        QVERIFY(waitForScreen(KioskController::Identify));
        QCOMPARE(itemText(window(), QStringLiteral("candidateName")), QStringLiteral("Kari Østensjø"));
        QVERIFY(click(window(), QStringLiteral("yesButton")));
        QVERIFY(waitForConfirm());
        QCOMPARE(itemText(window(), QStringLiteral("confirmTitle")), QStringLiteral("Velkommen, Kari!"));
        const auto events = eventsOf(QStringLiteral("test-kari"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].method, CheckinMethod::Search);
    }

    void tooShortQueryShowsNoList()
    {
        startKiosk();
        kiosk()->startSearch();
        kiosk()->search()->setQuery(QStringLiteral("a"));
        QCOMPARE(kiosk()->search()->results()->rowCount(), 0);
        QTRY_VERIFY(item(window(), QStringLiteral("searchHint")));
        QVERIFY(!item(window(), QStringLiteral("result_0")));
    }

    void alreadyCheckedIn()
    {
        startKiosk(QJsonObject { { QStringLiteral("reprintNeedsStaff"), false } });
        QSignalSpy badge(kiosk(), &KioskController::badgeRequested);
        const Attendee who = freshPerson();
        scanWithHandScanner(who.token);
        QVERIFY(waitForConfirm());
        QVERIFY(click(window(), QStringLiteral("doneButton")));
        QVERIFY(waitForScreen(KioskController::Welcome));
        scanWithHandScanner(who.token);
        QVERIFY(waitForConfirm());
        QCOMPARE(kiosk()->confirm()->state(), ConfirmController::AlreadyCheckedIn);
        QCOMPARE(itemText(window(), QStringLiteral("confirmTitle")),
            QStringLiteral("Hei igjen, %1!").arg(who.firstName));
        const QString time
            = eventsOf(who.id).first().deviceTime.toLocalTime().toString(QStringLiteral("HH:mm"));
        QVERIFY2(itemText(window(), QStringLiteral("confirmDetail")).contains(time),
            qPrintable(itemText(window(), QStringLiteral("confirmDetail"))));
        QCOMPARE(eventsOf(who.id).size(), 1); // nothing written the second time
        // This kiosk has no printer: nothing offers a badge it cannot print, and
        // the screen says where the badge is (tests/e2e/kiosk prints through CUPS).
        QCOMPARE(itemText(window(), QStringLiteral("badgeStatus")),
            QStringLiteral("Hent navneskiltet ditt i skranken."));
        QQuickItem *reprint = item(window(), QStringLiteral("reprintButton"));
        QVERIFY(!reprint || !reprint->isVisible());
        kiosk()->requestReprint();
        QCoreApplication::processEvents();
        QCOMPARE(badge.size(), 0);
        QCOMPARE(kiosk()->screen(), KioskController::Confirm);
    }

    void staffSeesWhatIsUnsentLive()
    {
        startKiosk();
        const Attendee who = freshPerson();
        scanWithHandScanner(who.token);
        QVERIFY(waitForConfirm());
        kiosk()->openStaff();
        enterPin(QStringLiteral("1234"));
        QVERIFY(waitForScreen(KioskController::Staff, 8000));
        QQuickItem *reprint = item(window(), QStringLiteral("staffReprintButton"));
        QVERIFY(!reprint || !reprint->isVisible()); // no printer here
        QTRY_VERIFY(kiosk()->staff()->unsentCheckins() > 0);
        const int before = kiosk()->staff()->unsentCheckins();
        QCOMPARE(itemText(window(), QStringLiteral("syncStatus")),
            QStringLiteral("Innsjekkinger som ikke er sendt til huben ennå: %1").arg(before));
        // Written while staff look (another check-in and a badge print on this
        // kiosk's store): the counts follow without reopening, each counting its own.
        const Attendee other = freshPerson();
        kiosk()->store()->run<bool>(
            [id = other.id](Store &store) {
                CheckinRequest request;
                request.attendeeId = id;
                request.method = CheckinMethod::Qr;
                return store.checkIn(request).ok() && store.recordBadgePrinted(id, CheckinMethod::Staff).ok();
            },
            this, [](bool) {});
        QTRY_COMPARE(kiosk()->staff()->unsentCheckins(), before + 1);
        QTRY_COMPARE(kiosk()->staff()->unsentBadgePrints(), 1);
        QCOMPARE(itemText(window(), QStringLiteral("syncStatus")),
            QStringLiteral("Innsjekkinger som ikke er sendt til huben ennå: %1").arg(before + 1));
        QCOMPARE(itemText(window(), QStringLiteral("syncBadgeStatus")),
            QStringLiteral("Navneskilt som ikke er sendt ennå: 1"));
        QCOMPARE(itemText(window(), QStringLiteral("printerStatus")),
            QStringLiteral("Skriver: ingen – navneskilt i skranken"));
    }

    void damagedCodeAsksAtTheDesk()
    {
        startKiosk();
        QString damaged = freshPerson().token;
        damaged[10] = damaged[10] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        scanWithHandScanner(damaged);
        QVERIFY(waitForScreen(KioskController::Problem));
        QVERIFY(!itemText(window(), QStringLiteral("problemText")).isEmpty());
        QCOMPARE(itemText(window(), QStringLiteral("askAtDesk")),
            QStringLiteral("Spør i skranken, så hjelper vi deg."));
        // Not a dead end: find my name from here.
        QVERIFY(click(window(), QStringLiteral("problemFindNameButton")));
        QVERIFY(waitForScreen(KioskController::Search));
    }

    void replacedCodeIsRefusedWithItsReason()
    {
        // A lost badge: the organisers reissued the code before the kiosk
        // loaded the roster; the old code is refused, the new one works.
        const Attendee person = freshPerson();
        QString newToken;
        {
            auto store = Store::open(m_db);
            QVERIFY(store.ok());
            auto updated = store->replaceToken(person.id, Token::generate());
            QVERIFY(updated.ok());
            newToken = updated->token;
        }
        startKiosk();
        scanWithHandScanner(person.token);
        QVERIFY(waitForScreen(KioskController::Problem));
        QVERIFY2(itemText(window(), QStringLiteral("problemText")).contains(QStringLiteral("erstattet")),
            qPrintable(itemText(window(), QStringLiteral("problemText"))));
        QVERIFY(!checkedIn(person.id));
        kiosk()->goHome();
        scanWithHandScanner(newToken);
        QVERIFY(waitForConfirm());
        QVERIFY(checkedIn(person.id));
    }

    void unknownCodeAsksAtTheDesk()
    {
        startKiosk();
        scanWithHandScanner(Token::generate()); // well formed, not on the roster
        QVERIFY(waitForScreen(KioskController::Problem));
        QVERIFY(item(window(), QStringLiteral("askAtDesk")));
    }

    void staffUndoesACheckIn()
    {
        startKiosk();
        const Attendee who = freshPerson();
        scanWithHandScanner(who.token);
        QVERIFY(waitForConfirm());
        QVERIFY(checkedIn(who.id));
        QVERIFY(click(window(), QStringLiteral("staffButton")));
        QVERIFY(waitForScreen(KioskController::StaffPin));
        enterPin(QStringLiteral("9999"));
        QTRY_VERIFY(item(window(), QStringLiteral("pinRefused")) && kiosk()->staff()->pinRefused());
        QCOMPARE(kiosk()->screen(), KioskController::StaffPin);
        enterPin(QStringLiteral("1234"));
        QVERIFY(waitForScreen(KioskController::Staff, 8000));
        QVERIFY(itemText(window(), QStringLiteral("staffSubject")).contains(who.lastName));
        QVERIFY(click(window(), QStringLiteral("undoButton")));
        QTRY_VERIFY(!itemText(window(), QStringLiteral("staffMessage")).isEmpty());
        QVERIFY(!checkedIn(who.id));
        const auto events = eventsOf(who.id);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.last().kind, EventKind::Undo);
    }

    void staffManualCheckIn()
    {
        startKiosk();
        kiosk()->openStaff();
        enterPin(QStringLiteral("1234"));
        QVERIFY(waitForScreen(KioskController::Staff, 8000));
        QVERIFY(click(window(), QStringLiteral("manualCheckInButton")));
        QVERIFY(waitForScreen(KioskController::Search));
        const Attendee who = freshPerson();
        kiosk()->search()->setQuery(who.firstName + QLatin1Char(' ') + who.lastName);
        QTRY_VERIFY(item(window(), QStringLiteral("result_0")));
        int row = 0; // namesakes: pick the right one
        while (row < SearchController::kMaxResults
            && itemText(window(), QStringLiteral("result_%1").arg(row))
                != who.firstName + QLatin1Char(' ') + who.lastName)
            ++row;
        QVERIFY(click(window(), QStringLiteral("result_%1").arg(row)));
        QVERIFY(waitForConfirm()); // staff: no "Is this you?"
        QCOMPARE(kiosk()->confirm()->lastName(), who.lastName);
        const auto events = eventsOf(kiosk()->confirm()->attendeeId());
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.last().method, CheckinMethod::Staff);
    }

    void idleTimeoutClearsPersonalData()
    {
        startKiosk(QJsonObject {
            { QStringLiteral("idleTimeoutSeconds"), 1 }, { QStringLiteral("confirmSeconds"), 30 } });
        const Attendee who = freshPerson();
        scanWithHandScanner(who.token);
        QVERIFY(waitForConfirm());
        QVERIFY(itemText(window(), QStringLiteral("confirmTitle")).contains(who.firstName));
        kiosk()->device()->setLanguage(QStringLiteral("en"));
        QVERIFY(waitForScreen(KioskController::Welcome, 3000));
        QCOMPARE(kiosk()->confirm()->firstName(), QString());
        QCOMPARE(kiosk()->device()->language(), QStringLiteral("nb")); // back to the kiosk's language
        // Nothing on screen names the person.
        std::function<void(QQuickItem *)> noName = [&](QQuickItem *i) {
            if (i->isVisible())
                QVERIFY2(!i->property("text").toString().contains(who.lastName), qPrintable(i->objectName()));
            for (QQuickItem *child : i->childItems())
                noName(child);
        };
        noName(window()->contentItem());
        // A search left open is cleared as well.
        kiosk()->startSearch();
        kiosk()->search()->setQuery(who.lastName);
        QVERIFY(waitForScreen(KioskController::Welcome, 3000));
        QCOMPARE(kiosk()->search()->query(), QString());
        QCOMPARE(kiosk()->search()->results()->rowCount(), 0);
    }

    void sessionDoorRecordsAndSpotsTheWrongRoom()
    {
        startKiosk(QJsonObject { { QStringLiteral("mode"), QStringLiteral("session:d1-1400-g1") } });
        QVERIFY(
            itemText(window(), QStringLiteral("welcomeTitle")).startsWith(QStringLiteral("Gruppearbeid")));
        const Attendee right = freshPerson(QStringLiteral("d1-1400-g1"));
        scanWithHandScanner(right.token);
        QVERIFY(waitForConfirm());
        QCOMPARE(kiosk()->confirm()->state(), ConfirmController::CheckedIn);
        QVERIFY(checkedIn(right.id, QStringLiteral("d1-1400")));
        QVERIFY(!checkedIn(right.id)); // the venue entry is the entrance's business
        kiosk()->goHome();

        const Attendee wrong = freshPerson(QStringLiteral("d1-1400-g3"));
        scanWithHandScanner(wrong.token);
        QVERIFY(waitForConfirm());
        QCOMPARE(kiosk()->confirm()->state(), ConfirmController::WrongRoom);
        QCOMPARE(itemText(window(), QStringLiteral("confirmDetail")),
            QStringLiteral("Dette rommet er for Tema 1."));
        QCOMPARE(
            itemText(window(), QStringLiteral("groupText")), QStringLiteral("Tema 3 — rom Møterom Kysten"));
        QVERIFY(eventsOf(wrong.id).isEmpty());
    }

    void walkInRegistersAndStaffApprove()
    {
        startKiosk();
        QSignalSpy badge(kiosk(), &KioskController::badgeRequested);
        QVERIFY(click(window(), QStringLiteral("walkInButton")));
        QVERIFY(waitForScreen(KioskController::WalkIn));
        QTRY_VERIFY(item(window(), QStringLiteral("walkInFirstNameInput"))->hasActiveFocus());
        typeText(window(), QStringLiteral("Åse"), 40);
        QVERIFY(click(window(), QStringLiteral("walkInSubmitButton")));
        QTRY_VERIFY(!itemText(window(), QStringLiteral("walkInError")).isEmpty()); // surname missing
        item(window(), QStringLiteral("walkInLastNameInput"))->forceActiveFocus();
        typeText(window(), QStringLiteral("Walkinsen"), 40);
        item(window(), QStringLiteral("walkInOrganisationInput"))->forceActiveFocus();
        typeText(window(), QStringLiteral("Viken fylkeskommune"), 40);
        QVERIFY(click(window(), QStringLiteral("walkInConsent")));
        QVERIFY(click(window(), QStringLiteral("walkInSubmitButton")));
        QVERIFY(waitForScreen(KioskController::WalkInDone));
        QCOMPARE(itemText(window(), QStringLiteral("walkInDoneTitle")), QStringLiteral("Takk, Åse!"));

        kiosk()->store()->drain();
        QString id;
        {
            auto store = Store::open(m_db);
            auto pending = store->pendingWalkIns();
            QVERIFY(pending.ok());
            for (const Attendee &a : pending.value())
                if (a.lastName == QLatin1String("Walkinsen"))
                    id = a.id;
            QVERIFY(!id.isEmpty());
            auto a = store->attendee(id);
            QCOMPARE(a.value()->type, AttendeeType::WalkIn);
            QVERIFY(a.value()->consent);
            QCOMPARE(a.value()->organisation, QStringLiteral("Viken fylkeskommune"));
        }
        QVERIFY(!checkedIn(id)); // not before staff approve

        QVERIFY(click(window(), QStringLiteral("walkInDoneButton")));
        kiosk()->openStaff();
        enterPin(QStringLiteral("1234"));
        QVERIFY(waitForScreen(KioskController::Staff, 8000));
        QTRY_VERIFY(item(window(), QStringLiteral("approve_0")));
        QVERIFY(click(window(), QStringLiteral("approve_0")));
        QTRY_COMPARE(itemText(window(), QStringLiteral("staffMessage")),
            QStringLiteral("Åse Walkinsen er registrert og sjekket inn."));
        QCOMPARE(badge.size(), 0); // no printer here: the badge is made at the desk
        QVERIFY(checkedIn(id));
        auto store = Store::open(m_db);
        QVERIFY(!store->attendee(id).value()->token.isEmpty());
        // Now findable by name.
        kiosk()->goHome();
        kiosk()->startSearch();
        kiosk()->search()->setQuery(QStringLiteral("walkinsen"));
        QCOMPARE(kiosk()->search()->results()->rowCount(), 1);
    }

    void languageSwitch()
    {
        startKiosk();
        QVERIFY(click(window(), QStringLiteral("language_en")));
        QTRY_COMPARE(itemText(window(), QStringLiteral("welcomeTitle")), QStringLiteral("Welcome!"));
        QCOMPARE(itemText(window(), QStringLiteral("findNameButton")), QStringLiteral("Find my name"));
        QVERIFY(click(window(), QStringLiteral("language_nn")));
        QTRY_COMPARE(
            itemText(window(), QStringLiteral("findNameButton")), QStringLiteral("Finn namnet mitt"));
        QVERIFY(click(window(), QStringLiteral("language_nb")));
        QTRY_COMPARE(
            itemText(window(), QStringLiteral("findNameButton")), QStringLiteral("Finn navnet mitt"));
    }

    void dayTwoShowsItsCorrectedDate()
    {
        // The seed writes "Tirsdag 25. september"; the parser corrected it to
        // the 26th, and the kiosk shows the date, in the UI language.
        startKiosk(QJsonObject { { QStringLiteral("eventDate"), QStringLiteral("2017-09-26") } });
        QCOMPARE(kiosk()->welcome()->dayHeading(), QStringLiteral("Tirsdag 26. september"));
        QVERIFY(click(window(), QStringLiteral("language_en")));
        QTRY_COMPARE(kiosk()->welcome()->dayHeading(), QStringLiteral("Tuesday 26 September"));
        QVERIFY(click(window(), QStringLiteral("language_nn")));
        QTRY_COMPARE(kiosk()->welcome()->dayHeading(), QStringLiteral("Tysdag 26. september"));
        QVERIFY(click(window(), QStringLiteral("language_nb")));
    }

    void pairingCodeIsStored()
    {
        startKiosk();
        PairingCode code { QStringLiteral("wss://hub.example.no:8443"),
            QStringLiteral("abcdefghijklmnopqrstuvwx"), KioskMode { QStringLiteral("d1-1400-g2") },
            QStringLiteral("badges"), QString(64, QLatin1Char('b')) };
        kiosk()->handleCode(pairingCodeText(code), CheckinMethod::Qr); // an unpaired kiosk accepts it
        QCOMPARE(kiosk()->device()->config().hubUrl, code.hubUrl);
        QCOMPARE(kiosk()->device()->config().mode.sessionKey, QStringLiteral("d1-1400-g2"));
        auto saved = KioskConfig::read(m_dir.filePath(QStringLiteral("kiosk.json")));
        QVERIFY(saved.ok());
        QCOMPARE(saved->deviceToken, code.token);
        QCOMPARE(saved->printerQueue, QStringLiteral("badges"));
        QTRY_VERIFY(item(window(), QStringLiteral("offlineIndicator")));
        // A paired kiosk refuses a stranger's pairing code outside staff mode.
        code.hubUrl = QStringLiteral("wss://evil.example");
        kiosk()->handleCode(pairingCodeText(code), CheckinMethod::Qr);
        QCOMPARE(kiosk()->screen(), KioskController::Problem);
        QCOMPARE(kiosk()->device()->config().hubUrl, QStringLiteral("wss://hub.example.no:8443"));
    }

    void restartKeepsEveryCheckIn()
    {
        startKiosk();
        const Attendee who = freshPerson();
        scanWithHandScanner(who.token);
        // The kiosk goes away right after the scan (power cut, crash, restart).
        QVERIFY(waitFor([this] { return kiosk()->confirm()->state() != ConfirmController::Busy; }));
        m_app.reset();
        startKiosk();
        scanWithHandScanner(who.token);
        QVERIFY(waitForConfirm());
        QCOMPARE(kiosk()->confirm()->state(), ConfirmController::AlreadyCheckedIn);
    }
};

QTEST_MAIN(TestKioskFlows)
#include "test_kiosk_flows.moc"
