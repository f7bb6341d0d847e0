// A real kiosk (KioskApp: controllers, QML window, store thread) prepared
// with `oppmote prepare-kiosk` and synced with `oppmote hub` running as a
// separate process over TLS: it pairs on first start, shows itself online,
// sends its check-ins at once, learns another kiosk's, and wipes its
// personal data when the organisers revoke it. Every write there (a scan,
// staff's undo and manual check-in, a walk-in and its approval) is on the hub
// within 500 ms of the tap.

#include "cli_runner.h"
#include "hub_process.h"
#include "kiosk/hub_link.h"
#include "kiosk/kiosk_roster.h"
#include "kiosk_app.h"
#include "kiosk_test_support.h"
#include "required_tool.h"
#include "sample_store.h"
#include "store/async_store.h"
#include "store/sqlite.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace oppmote;
using namespace oppmote::kiosk;
using namespace oppmote::kiosktest;

namespace {

qint64 scalar(const QString &db, const QString &sql)
{
    sql::Connection raw;
    if (!raw.open(db, false).ok())
        return -1;
    return raw.scalar(sql.toUtf8().constData()).value_or(-1);
}

QString deviceIdOf(const QString &db)
{
    sql::Connection raw;
    if (!raw.open(db, false).ok())
        return {};
    sql::Statement st(raw, "SELECT value FROM meta WHERE key = 'device_id'");
    return st.step() ? st.text(0) : QString();
}

// Milliseconds from `since` until `done` holds (polled every millisecond), or -1 after 5 s.
qint64 msUntil(const QElapsedTimer &since, const std::function<bool()> &done)
{
    return waitFor(done, 5000) ? since.elapsed() : -1;
}

constexpr qint64 kAtOnceMs = 500;

} // namespace

class TestKioskHub : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_hubDb, m_kioskDb, m_kioskConfig, m_otherDb;
    QList<Attendee> m_people;
    test::HubProcess m_hub;
    std::unique_ptr<KioskApp> m_app;

    void scan(const QString &code)
    {
        m_app->controller()->goHome();
        typeText(m_app->window(), code);
        QTest::keyClick(m_app->window(), Qt::Key_Return);
        QVERIFY(waitFor([this] {
            return m_app->controller()->screen() == KioskController::Confirm
                && m_app->controller()->confirm()->state() != ConfirmController::Busy;
        }));
    }

    // Paired with the hub and connected, as pairsOnFirstStartAndShowsOnline leaves the kiosk:
    // what the sync test functions start from, so that each can also run alone. The first
    // start pairs within 20 s. Check QTest::currentTestFailed() after.
    void ensureOnline()
    {
        QVERIFY2(waitFor([this] { return m_app->device()->online(); }, 20000),
            qPrintable(m_app->hubLink()->client()->lastError() + m_hub.log()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        OPPMOTE_REQUIRE_TOOL("openssl", "openssl"); // the hub makes its certificate with it
        // Large enough that its roster (about 400 KB of JSON) is parsed off the GUI thread.
        test::SampleStore sample = test::makeSampleStore(1500, QStringLiteral("Hub"));
        m_people = sample.attendees;
        sample.store.reset();
        m_hubDb = m_dir.filePath(QStringLiteral("hub.sqlite"));
        QVERIFY(QFile::copy(sample.path, m_hubDb));
        QString why;
        QVERIFY2(m_hub.start(m_hubDb, &why), qPrintable(why));
        m_kioskDb = m_dir.filePath(QStringLiteral("kiosk7.sqlite"));
        m_kioskConfig = m_dir.filePath(QStringLiteral("kiosk7.json"));
        const test::CliResult prepared = test::runCli(
            { QStringLiteral("prepare-kiosk"), QStringLiteral("--out"), m_kioskDb, QStringLiteral("--name"),
                QStringLiteral("Kiosk 7"), QStringLiteral("--hub"), m_hub.url(), QStringLiteral("--config"),
                m_kioskConfig, QStringLiteral("--pin"), QStringLiteral("2468") },
            m_hubDb);
        QVERIFY2(prepared.exitCode == 0, qPrintable(prepared.errors()));
        // A public kiosk holds no contact details; the hub keeps them.
        QVERIFY(scalar(m_hubDb, QStringLiteral("SELECT count(*) FROM attendees WHERE email <> ''")) > 0);
        QCOMPARE(
            scalar(m_kioskDb, QStringLiteral("SELECT count(*) FROM attendees WHERE email <> ''")), qint64(0));
        QCOMPARE(
            scalar(m_kioskDb, QStringLiteral("SELECT count(*) FROM attendees")), qint64(m_people.size()));
        QVERIFY(deviceIdOf(m_kioskDb) != deviceIdOf(m_hubDb));

        KioskOptions options;
        options.configPath = m_kioskConfig;
        options.databasePath = m_kioskDb;
        options.testing = true;
        options.virtualKeyboard = false;
        options.windowSize = QSize(1280, 800);
        m_app = std::make_unique<KioskApp>(options);
        QVERIFY(m_app->start().ok());
        QVERIFY(waitFor([this] { return m_app->controller()->screen() == KioskController::Welcome; }));
    }

    void pairsOnFirstStartAndShowsOnline()
    {
        QVERIFY2(waitFor([this] { return m_app->device()->online(); }, 20000),
            qPrintable(m_app->hubLink()->client()->lastError() + m_hub.log()));
        QVERIFY(item(m_app->window(), QStringLiteral("offlineIndicator")) == nullptr);
        auto saved = KioskConfig::read(m_kioskConfig);
        QVERIFY(saved.ok());
        QVERIFY(!saved->deviceSecret.isEmpty()); // kept for every later start
        QVERIFY(saved->deviceToken.isEmpty()); // the one-time token is spent
        QCOMPARE(scalar(m_hubDb,
                     QStringLiteral("SELECT count(*) FROM devices WHERE name = 'Kiosk 7' AND "
                                    "secret_hash IS NOT NULL")),
            qint64(1));
    }

    void aCheckInReachesTheHubAtOnce()
    {
        ensureOnline();
        if (QTest::currentTestFailed())
            return;
        const Attendee &who = m_people.at(0);
        QElapsedTimer t;
        t.start();
        scan(who.token);
        QCOMPARE(m_app->controller()->confirm()->state(), ConfirmController::CheckedIn);
        const QString sql = QStringLiteral("SELECT count(*) FROM checkin_events WHERE attendee_id = '%1' AND "
                                           "hub_seq IS NOT NULL")
                                .arg(who.id);
        const qint64 ms = msUntil(t, [&] { return scalar(m_hubDb, sql) == 1; });
        qInfo("scan → on the hub: %lld ms", ms);
        QVERIFY2(ms >= 0 && ms < kAtOnceMs, qPrintable(QString::number(ms)));
        QVERIFY(waitFor([this] { return m_app->hubLink()->client()->unsent() == 0; }, 2000));
    }

    void staffWritesReachTheHubAtOnce()
    {
        ensureOnline();
        if (QTest::currentTestFailed())
            return;
        QQuickWindow *window = m_app->window();
        KioskController *kiosk = m_app->controller();
        const Attendee &who = m_people.at(4);
        scan(who.token);
        QCOMPARE(kiosk->confirm()->state(), ConfirmController::CheckedIn);
        kiosk->openStaff();
        for (const QChar c : QStringLiteral("2468"))
            QVERIFY(click(window, QStringLiteral("pin_") + c));
        QVERIFY(click(window, QStringLiteral("pinOk")));
        QVERIFY(waitFor([kiosk] { return kiosk->screen() == KioskController::Staff; }, 8000));

        // Undo: the person on the confirmation was checked in by mistake.
        QElapsedTimer t;
        t.start();
        QVERIFY(click(window, QStringLiteral("undoButton")));
        const QString undone
            = QStringLiteral("SELECT count(*) FROM checkin_events WHERE attendee_id = '%1' AND "
                             "kind = 'undo' AND hub_seq IS NOT NULL")
                  .arg(who.id);
        qint64 ms = msUntil(t, [&] { return scalar(m_hubDb, undone) == 1; });
        qInfo("staff undo → on the hub: %lld ms", ms);
        QVERIFY2(ms >= 0 && ms < kAtOnceMs, qPrintable(QString::number(ms)));

        // Manual check-in: staff find the name and check them in.
        QVERIFY(click(window, QStringLiteral("manualCheckInButton")));
        QVERIFY(waitFor([kiosk] { return kiosk->screen() == KioskController::Search; }));
        const Attendee &found = m_people.at(5);
        kiosk->search()->setQuery(found.firstName + QLatin1Char(' ') + found.lastName);
        QVERIFY(waitFor([&] { return item(window, QStringLiteral("result_0")) != nullptr; }));
        int row = 0; // namesakes: pick the right one
        while (row < SearchController::kMaxResults
            && itemText(window, QStringLiteral("result_%1").arg(row))
                != found.firstName + QLatin1Char(' ') + found.lastName)
            ++row;
        t.start();
        QVERIFY(click(window, QStringLiteral("result_%1").arg(row)));
        const QString entered
            = QStringLiteral("SELECT count(*) FROM checkin_events WHERE attendee_id = '%1' AND "
                             "kind = 'entry' AND method = 'staff' AND hub_seq IS NOT NULL")
                  .arg(found.id);
        ms = msUntil(t, [&] { return scalar(m_hubDb, entered) == 1; });
        qInfo("manual check-in → on the hub: %lld ms", ms);
        QVERIFY2(ms >= 0 && ms < kAtOnceMs, qPrintable(QString::number(ms)));
        kiosk->goHome();
    }

    void aWalkInAndItsApprovalReachTheHubAtOnce()
    {
        ensureOnline();
        if (QTest::currentTestFailed())
            return;
        QQuickWindow *window = m_app->window();
        KioskController *kiosk = m_app->controller();
        kiosk->goHome();
        QVERIFY(click(window, QStringLiteral("walkInButton")));
        QVERIFY(waitFor([kiosk] { return kiosk->screen() == KioskController::WalkIn; }));
        QVERIFY(
            waitFor([&] { return item(window, QStringLiteral("walkInFirstNameInput"))->hasActiveFocus(); }));
        typeText(window, QStringLiteral("Åse"), 40);
        item(window, QStringLiteral("walkInLastNameInput"))->forceActiveFocus();
        typeText(window, QStringLiteral("Hubsen"), 40);
        item(window, QStringLiteral("walkInOrganisationInput"))->forceActiveFocus();
        typeText(window, QStringLiteral("Viken fylkeskommune"), 40);
        QVERIFY(click(window, QStringLiteral("walkInConsent")));
        QElapsedTimer t;
        t.start();
        QVERIFY(click(window, QStringLiteral("walkInSubmitButton")));
        const QString registered = QStringLiteral("SELECT count(*) FROM attendees WHERE last_name = 'Hubsen' "
                                                  "AND type = 'walkin' AND token IS NULL");
        qint64 ms = msUntil(t, [&] { return scalar(m_hubDb, registered) == 1; });
        qInfo("walk-in registered → on the hub: %lld ms", ms);
        QVERIFY2(ms >= 0 && ms < kAtOnceMs, qPrintable(QString::number(ms)));

        // Staff approve it at this kiosk: its code and its check-in go at once too.
        QVERIFY(click(window, QStringLiteral("walkInDoneButton")));
        kiosk->openStaff();
        for (const QChar c : QStringLiteral("2468"))
            QVERIFY(click(window, QStringLiteral("pin_") + c));
        QVERIFY(click(window, QStringLiteral("pinOk")));
        QVERIFY(waitFor([kiosk] { return kiosk->screen() == KioskController::Staff; }, 8000));
        QVERIFY(waitFor([&] { return item(window, QStringLiteral("approve_0")) != nullptr; }));
        t.start();
        QVERIFY(click(window, QStringLiteral("approve_0")));
        const QString approved = QStringLiteral(
            "SELECT count(*) FROM attendees a JOIN checkin_events e ON e.attendee_id = a.id WHERE "
            "a.last_name = "
            "'Hubsen' AND a.token IS NOT NULL AND e.kind = 'entry' AND e.hub_seq IS NOT NULL");
        ms = msUntil(t, [&] { return scalar(m_hubDb, approved) == 1; });
        qInfo("walk-in approved → on the hub: %lld ms", ms);
        QVERIFY2(ms >= 0 && ms < kAtOnceMs, qPrintable(QString::number(ms)));
        kiosk->goHome();
    }

    void anotherKiosksCheckInArrives()
    {
        ensureOnline();
        if (QTest::currentTestFailed())
            return;
        // Kiosk 8, prepared the same way, checks person 1 in and syncs from the command line.
        m_otherDb = m_dir.filePath(QStringLiteral("kiosk8.sqlite"));
        const QString otherConfig = m_dir.filePath(QStringLiteral("kiosk8.json"));
        QCOMPARE(
            test::runCli({ QStringLiteral("prepare-kiosk"), QStringLiteral("--out"), m_otherDb,
                             QStringLiteral("--name"), QStringLiteral("Kiosk 8"), QStringLiteral("--hub"),
                             m_hub.url(), QStringLiteral("--config"), otherConfig },
                m_hubDb)
                .exitCode,
            0);
        const QString code = test::runCli(
            { QStringLiteral("pair"), QStringLiteral("--hub"), m_hub.url(), QStringLiteral("--json") },
            m_hubDb)
                                 .json()
                                 .object()
                                 .value(QLatin1String("code"))
                                 .toString();
        const Attendee &who = m_people.at(1);
        QCOMPARE(test::runCli({ QStringLiteral("checkin"), who.id }, m_otherDb).exitCode, 0);
        QCOMPARE(
            test::runCli({ QStringLiteral("sync"), QStringLiteral("--pairing"), code }, m_otherDb).exitCode,
            0);
        // The hub sends it to kiosk 7 without being asked.
        const QString sql
            = QStringLiteral("SELECT count(*) FROM checkin_events WHERE attendee_id = '%1'").arg(who.id);
        m_app->controller()->store()->drain();
        QVERIFY(waitFor(
            [&] {
                m_app->controller()->store()->drain();
                return scalar(m_kioskDb, sql) == 1;
            },
            10000));
        scan(who.token);
        QCOMPARE(m_app->controller()->confirm()->state(), ConfirmController::AlreadyCheckedIn);
        QCOMPARE(m_app->controller()->confirm()->earlierPlace(), QStringLiteral("Kiosk 8"));
    }

    void aReissuedCodeWorksAtTheKioskAtOnce()
    {
        ensureOnline();
        if (QTest::currentTestFailed())
            return;
        // A lost badge at the desk while the kiosk runs: the hub announces the new
        // roster, the kiosk fetches it and reloads, and the new code works there.
        const Attendee &who = m_people.at(3);
        QElapsedTimer t;
        t.start();
        const test::CliResult reissued
            = test::runCli({ QStringLiteral("reissue"), who.id, QStringLiteral("--json") }, m_hubDb);
        QCOMPARE(reissued.exitCode, 0);
        const QString fresh = reissued.json().object().value(QLatin1String("token")).toString();
        const QString sql = QStringLiteral("SELECT count(*) FROM attendees WHERE token = '%1'").arg(fresh);
        QVERIFY(waitFor([&] { return scalar(m_kioskDb, sql) == 1; }, 15000));
        QVERIFY(waitFor([&] {
            const KioskRoster *r = m_app->controller()->context().roster.get();
            return r && r->byToken(fresh) != nullptr;
        }));
        qInfo("reissue on the hub → the kiosk knows the new code: %lld ms", t.elapsed());
        m_app->controller()->goHome();
        typeText(m_app->window(), who.token); // the old badge
        QTest::keyClick(m_app->window(), Qt::Key_Return);
        QVERIFY(waitFor([this] { return m_app->controller()->screen() == KioskController::Problem; }));
        scan(fresh);
        QCOMPARE(m_app->controller()->confirm()->state(), ConfirmController::CheckedIn);
        QCOMPARE(m_app->controller()->confirm()->lastName(), who.lastName);
    }

    // Declared last, so that it runs last in a full run (Qt Test runs the functions in the
    // order they are declared): after it the kiosk is wiped and out of service.
    void aRevokedKioskWipesItself()
    {
        ensureOnline();
        if (QTest::currentTestFailed())
            return;
        const QString id = deviceIdOf(m_kioskDb);
        // A migration's backup beside the database holds the same people: the wipe covers it.
        const QString backup = m_kioskDb + QStringLiteral(".before-v4.bak");
        QVERIFY(QFile::copy(m_kioskDb, backup));
        QCOMPARE(
            test::runCli({ QStringLiteral("devices"), QStringLiteral("--revoke"), id }, m_hubDb).exitCode, 0);
        QVERIFY(waitFor([this] { return m_app->device()->revoked(); }, 15000));
        QVERIFY(!m_app->device()->online());
        QCOMPARE(m_app->controller()->screen(), KioskController::Loading);
        QVERIFY(!m_app->controller()->loadError().isEmpty());
        m_app->controller()->store()->drain();
        // Nothing about people is left: no roster, no organisations, no log, no backup.
        for (const char *table : { "attendees", "organisations", "checkin_events", "outbox", "assignments" })
            QCOMPARE(scalar(m_kioskDb, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                qint64(0));
        QVERIFY(!QFile::exists(backup));
        QCOMPARE(scalar(m_kioskDb, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'revocations'")),
            qint64(0));
        // What holds secrets or personal data is the owner's only.
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        for (const QString &file : { m_kioskDb, m_kioskConfig })
            QVERIFY2(
                (QFile::permissions(file) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser)) == ownerOnly,
                qPrintable(file));
        // Scanning now does nothing: the kiosk stays out of service.
        typeText(m_app->window(), m_people.at(2).token);
        QTest::keyClick(m_app->window(), Qt::Key_Return);
        QTest::qWait(300);
        QCOMPARE(m_app->controller()->screen(), KioskController::Loading);
        auto saved = KioskConfig::read(m_kioskConfig);
        QVERIFY(saved.ok() && saved->deviceSecret.isEmpty() && saved->revoked);
        // A restart does not bring it back into service.
        KioskOptions options = m_app->options();
        m_app.reset();
        m_app = std::make_unique<KioskApp>(options);
        QVERIFY(m_app->start().ok());
        QTest::qWait(500);
        QVERIFY(m_app->device()->revoked());
        QCOMPARE(m_app->controller()->screen(), KioskController::Loading);
        QVERIFY(!m_app->controller()->loadError().isEmpty());
        QVERIFY(!m_app->device()->online());
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_hub.stop();
    }
};

QTEST_MAIN(TestKioskHub)
#include "test_kiosk_hub.moc"
