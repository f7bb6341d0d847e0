// The hub and its devices as separate processes over real TLS WebSockets:
// `oppmote hub` on a free port with the certificate it makes itself, and
// `oppmote sync` / `oppmote checkin` on two device databases (docs/sync.md).

#include "cli_runner.h"
#include "hub_process.h"
#include "required_tool.h"
#include "sample_store.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "sync/sync_messages.h"
#include "synced_device.h"
#include "test_paths.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

using namespace oppmote;
using namespace oppmote::test;

namespace {

CliResult cli(const QString &db, QStringList args)
{
    return runCli(args, db, 60000);
}

QString pairingCode(const QString &hubDb, const QString &url)
{
    const CliResult r
        = cli(hubDb, { QStringLiteral("pair"), QStringLiteral("--hub"), url, QStringLiteral("--json") });
    return r.json().object().value(QLatin1String("code")).toString();
}

qint64 scalar(const QString &db, const char *sql)
{
    sql::Connection raw;
    if (!raw.open(db, false).ok())
        return -1;
    return raw.scalar(sql).value_or(-1);
}

// A walk-in registered on a device's database, as its kiosk's form does it.
bool registerWalkIn(const QString &db, const QString &id, const QString &first, const QString &last)
{
    auto store = Store::open(db);
    Attendee a;
    a.id = id;
    a.firstName = first;
    a.lastName = last;
    a.organisation = QStringLiteral("Vinje kommune");
    a.email = id + QStringLiteral("@example.no");
    a.type = AttendeeType::WalkIn;
    return store.ok() && store->upsertAttendees({ a }).ok();
}

// The walk-ins `oppmote walkins --json` lists on `db` (pending ones, or all), by id.
QHash<QString, QJsonObject> walkIns(const QString &db, bool all = false)
{
    QStringList args { QStringLiteral("walkins"), QStringLiteral("--json") };
    if (all)
        args << QStringLiteral("--all");
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : runCli(args, db, 60000).json().array())
        byId.insert(v.toObject().value(QLatin1String("id")).toString(), v.toObject());
    return byId;
}

} // namespace

class TestHubSync : public QObject
{
    Q_OBJECT

    // A fresh fixture for every test function (init), so each runs alone:
    // a hub process on its own database and kiosks A and B paired with it.
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_hubDb, m_a, m_b;
    QList<Attendee> m_people;
    std::unique_ptr<HubProcess> m_hub;

    QString copySample(const QString &name, const QString &deviceName)
    {
        SampleStore sample = makeSampleStore(40, deviceName);
        if (m_people.isEmpty())
            m_people = sample.attendees;
        sample.store.reset();
        const QString target = m_dir->filePath(name);
        QFile::copy(sample.path, target);
        return target;
    }

    bool pair(const QString &db, QString *why)
    {
        const CliResult r = cli(db,
            { QStringLiteral("sync"), QStringLiteral("--pairing"), pairingCode(m_hubDb, m_hub->url()),
                QStringLiteral("--json") });
        *why = r.errors() + r.text() + m_hub->log();
        return r.exitCode == 0;
    }

    static bool pointAtHub(const QString &db, const QString &url)
    {
        sql::Connection raw;
        return raw.open(db, false).ok()
            && raw.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'hub_url'")
                            .arg(url)
                            .toUtf8()
                            .constData())
                   .ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        OPPMOTE_REQUIRE_TOOL("openssl", "openssl"); // the hub makes its certificate with it
    }

    void init()
    {
        // Three databases with the same roster and programme, each its own device.
        m_dir = std::make_unique<QTemporaryDir>();
        m_hub = std::make_unique<HubProcess>();
        m_people.clear(); // codes are new in every sample: this test's hub's people
        m_hubDb = copySample(QStringLiteral("hub.sqlite"), QStringLiteral("Hub"));
        m_a = copySample(QStringLiteral("a.sqlite"), QStringLiteral("Kiosk A"));
        m_b = copySample(QStringLiteral("b.sqlite"), QStringLiteral("Kiosk B"));
        QString why;
        QVERIFY2(m_hub->start(m_hubDb, &why), qPrintable(why));
        QVERIFY2(pair(m_a, &why), qPrintable(why));
        QVERIFY2(pair(m_b, &why), qPrintable(why));
    }

    void cleanup()
    {
        if (!m_hub)
            return;
        m_hub->stop();
        QCOMPARE(m_hub->exitCode(), 0); // SIGTERM ends it cleanly
        QVERIFY(m_hub->log().contains(QStringLiteral("Hub stopped.")));
        m_hub.reset();
        m_dir.reset();
    }

    void pairedDevicesShareCheckIns()
    {
        QCOMPARE(scalar(m_hubDb, "SELECT count(*) FROM devices WHERE secret_hash IS NOT NULL"), qint64(2));
        // Kiosk A checks someone in; after A and B sync, B refuses a second entry and names A.
        const Attendee &who = m_people.at(0);
        QCOMPARE(cli(m_a, { QStringLiteral("checkin"), who.id }).exitCode, 0);
        QCOMPARE(cli(m_a, { QStringLiteral("sync") }).exitCode, 0);
        const CliResult pulled = cli(m_b, { QStringLiteral("sync"), QStringLiteral("--json") });
        QCOMPARE(pulled.exitCode, 0);
        QCOMPARE(pulled.json().object().value(QLatin1String("received")).toInt(), 1);
        const CliResult again = cli(m_b, { QStringLiteral("checkin"), who.id });
        QCOMPARE(again.exitCode, 7); // AlreadyDone
        QVERIFY2(again.text().contains(QStringLiteral("at Kiosk A")), qPrintable(again.text()));
        QCOMPARE(scalar(m_a, "SELECT count(*) FROM outbox"), qint64(0));
        QCOMPARE(scalar(m_hubDb, "SELECT count(*) FROM checkin_events WHERE hub_seq IS NOT NULL"), qint64(1));
        // Syncing again changes nothing: every step is idempotent.
        const CliResult idle = cli(m_a, { QStringLiteral("sync"), QStringLiteral("--json") });
        QCOMPARE(idle.json().object().value(QLatin1String("pushed")).toInt(), 0);
        QCOMPARE(scalar(m_hubDb, "SELECT count(*) FROM checkin_events"), qint64(1));
    }

    void offlineDevicesCatchUpAndKeepBothAdmissions()
    {
        m_hub->stop();
        // The network is gone: both kiosks keep checking in, and both admit person 1.
        for (int i : { 1, 2 })
            QCOMPARE(cli(m_a, { QStringLiteral("checkin"), m_people.at(i).id }).exitCode, 0);
        for (int i : { 1, 3 })
            QCOMPARE(cli(m_b, { QStringLiteral("checkin"), m_people.at(i).id }).exitCode, 0);
        const CliResult offline
            = cli(m_a, { QStringLiteral("sync"), QStringLiteral("--timeout"), QStringLiteral("3") });
        QCOMPARE(offline.exitCode, 1);
        QVERIFY2(offline.errors().contains(QStringLiteral("2 check-in(s) wait here")),
            qPrintable(offline.errors()));
        QCOMPARE(scalar(m_a, "SELECT count(*) FROM outbox"), qint64(2));

        // The hub comes back (same database, same certificate): everything arrives once.
        QString why;
        QVERIFY2(m_hub->start(m_hubDb, &why), qPrintable(why));
        // A new port: tell the devices (a real hub keeps its port; the pin is what matters).
        for (const QString &db : { m_a, m_b })
            QVERIFY(pointAtHub(db, m_hub->url()));
        QCOMPARE(cli(m_a, { QStringLiteral("sync") }).exitCode, 0);
        QCOMPARE(cli(m_b, { QStringLiteral("sync") }).exitCode, 0);
        QCOMPARE(cli(m_a, { QStringLiteral("sync") }).exitCode, 0);
        QCOMPARE(scalar(m_hubDb, "SELECT count(*) FROM checkin_events"), qint64(4));
        for (const QString &db : { m_a, m_b })
            QCOMPARE(scalar(db, "SELECT count(*) FROM checkin_events WHERE hub_seq IS NOT NULL"), qint64(4));
        // Both admissions of person 1 are kept (nothing is dropped); they count once.
        const QByteArray twice
            = QStringLiteral("SELECT count(*) FROM checkin_events WHERE attendee_id = '%1'")
                  .arg(m_people.at(1).id)
                  .toUtf8();
        QCOMPARE(scalar(m_hubDb, twice.constData()), qint64(2));
        const CliResult attendance = cli(m_hubDb, { QStringLiteral("attendance"), QStringLiteral("--json") });
        QCOMPARE(attendance.exitCode, 0);
        QVERIFY2(
            attendance.text().contains(QStringLiteral("\"checkedIn\": 3")), qPrintable(attendance.text()));
    }

    void aKioskWhoseClockIsOffIsMeasuredAndCorrected()
    {
        OPPMOTE_REQUIRE_TOOL("faketime", "faketime");
        // Kiosk A's clock is 5 h behind (a board that lost its time): a real process under faketime.
        const QStringList behind { QStringLiteral("faketime"), QStringLiteral("-f"), QStringLiteral("-5h") };
        const Attendee &who = m_people.at(2);
        const QDateTime realTime = QDateTime::currentDateTimeUtc();
        QCOMPARE(runCli({ QStringLiteral("checkin"), who.id }, m_a, 60000, behind).exitCode, 0);
        const CliResult pushed
            = runCli({ QStringLiteral("sync"), QStringLiteral("--json") }, m_a, 60000, behind);
        QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.errors() + m_hub->log()));
        // The hub measured the offset and keeps it (within the seconds a sync takes).
        const CliResult devices = cli(m_hubDb, { QStringLiteral("devices"), QStringLiteral("--json") });
        qint64 offset = 0;
        for (const QJsonValue &d : devices.json().array())
            if (d.toObject().value(QLatin1String("name")).toString() == QLatin1String("Kiosk A"))
                offset = d.toObject().value(QLatin1String("clockOffsetMs")).toInteger();
        QVERIFY2(std::abs(offset + 5 * 3600 * 1000LL) < 30000, qPrintable(QString::number(offset)));
        const CliResult table = cli(m_hubDb, { QStringLiteral("devices") });
        QVERIFY2(table.text().contains(QStringLiteral("5 h 0 min behind")), qPrintable(table.text()));
        // The entry counted (not put aside as an impossible time), and Kiosk B shows
        // it at the real time, not five hours early.
        QCOMPARE(scalar(m_hubDb, "SELECT count(*) FROM quarantined_events"), qint64(0));
        QCOMPARE(cli(m_b, { QStringLiteral("sync") }).exitCode, 0);
        const CliResult again = cli(m_b, { QStringLiteral("checkin"), who.id, QStringLiteral("--json") });
        QCOMPARE(again.exitCode, 7);
        const QDateTime shown = QDateTime::fromString(
            again.json().object().value(QLatin1String("earlierTime")).toString(), Qt::ISODateWithMs);
        QVERIFY2(std::abs(shown.secsTo(realTime)) < 60, qPrintable(shown.toString(Qt::ISODate)));
    }

    void aWrongSecretAndARevokedDeviceAreRefused()
    {
        // A copied database with a guessed secret.
        QCOMPARE(cli(m_a, { QStringLiteral("checkin"), m_people.at(4).id }).exitCode, 0);
        QCOMPARE(cli(m_a, { QStringLiteral("sync") }).exitCode, 0);
        const qint64 onHub = scalar(m_hubDb, "SELECT count(*) FROM checkin_events");
        QCOMPARE(onHub, qint64(1));
        const QString forged = m_dir->filePath(QStringLiteral("forged.sqlite"));
        QVERIFY(QFile::copy(m_b, forged));
        {
            sql::Connection raw;
            QVERIFY(raw.open(forged, false).ok());
            QVERIFY(raw.exec("UPDATE meta SET value = 'guessed' WHERE key = 'hub_secret'").ok());
        }
        const CliResult guessed = cli(forged, { QStringLiteral("sync") });
        QCOMPARE(guessed.exitCode, 8); // Refused
        QVERIFY2(guessed.errors().contains(QStringLiteral("secret is wrong")), qPrintable(guessed.errors()));

        // The organisers revoke kiosk B: the hub refuses it from then on.
        const QString deviceB = [&] {
            sql::Connection raw;
            if (!raw.open(m_b, false).ok())
                return QString();
            sql::Statement st(raw, "SELECT value FROM meta WHERE key = 'device_id'");
            return st.step() ? st.text(0) : QString();
        }();
        QVERIFY(!deviceB.isEmpty());
        QCOMPARE(
            cli(m_hubDb, { QStringLiteral("devices"), QStringLiteral("--revoke"), deviceB }).exitCode, 0);
        QCOMPARE(cli(m_b, { QStringLiteral("checkin"), m_people.at(5).id }).exitCode, 0);
        const CliResult revoked = cli(m_b, { QStringLiteral("sync") });
        QCOMPARE(revoked.exitCode, 8);
        QVERIFY2(revoked.errors().contains(QStringLiteral("revoked")), qPrintable(revoked.errors()));
        QCOMPARE(scalar(m_hubDb, "SELECT count(*) FROM checkin_events"), onHub); // nothing taken from it
        QCOMPARE(
            cli(m_hubDb, { QStringLiteral("devices"), QStringLiteral("--revoke"), QStringLiteral("nope") })
                .exitCode,
            3);
    }

    void aDeviceRestoredFromABackupLosesNothing()
    {
        // Kiosk A's database is restored from a backup taken after its first check-in:
        // it numbers its next check-in as one the hub already has from it.
        QCOMPARE(cli(m_a, { QStringLiteral("checkin"), m_people.at(0).id }).exitCode, 0);
        QCOMPARE(cli(m_a, { QStringLiteral("sync") }).exitCode, 0);
        const QString backup = m_dir->filePath(QStringLiteral("a.backup"));
        QVERIFY(QFile::copy(m_a, backup));
        for (int i : { 1, 2 })
            QCOMPARE(cli(m_a, { QStringLiteral("checkin"), m_people.at(i).id }).exitCode, 0);
        QCOMPARE(cli(m_a, { QStringLiteral("sync") }).exitCode, 0);
        for (const char *side : { "", "-wal", "-shm" })
            QFile::remove(m_a + QLatin1String(side));
        QVERIFY(QFile::copy(backup, m_a));
        QCOMPARE(cli(m_a, { QStringLiteral("checkin"), m_people.at(3).id }).exitCode, 0);

        const CliResult r = cli(m_a, { QStringLiteral("sync"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.errors() + r.text() + m_hub->log()));
        QCOMPARE(r.json().object().value(QLatin1String("unsent")).toInt(), 0);
        // Everything is at the hub once, with distinct numbers, and back at A.
        QCOMPARE(scalar(m_hubDb, "SELECT count(*) FROM checkin_events"), qint64(4));
        QCOMPARE(scalar(m_hubDb, "SELECT count(DISTINCT device_seq) FROM checkin_events"), qint64(4));
        QCOMPARE(scalar(m_a, "SELECT count(*) FROM checkin_events WHERE hub_seq IS NOT NULL"), qint64(4));
        QCOMPARE(scalar(m_a, "SELECT count(*) FROM outbox"), qint64(0));
        // So A does not admit again someone it had admitted after the backup.
        QCOMPARE(cli(m_a, { QStringLiteral("checkin"), m_people.at(1).id }).exitCode, 7);
        QCOMPARE(cli(m_b, { QStringLiteral("sync") }).exitCode, 0);
        QCOMPARE(scalar(m_b, "SELECT count(*) FROM checkin_events"), qint64(4));
    }

    void impossibleEventsArePutAsideAndTheRestFlows()
    {
        // An event the hub cannot count (a person it does not know), made here by hand
        // as a bug or a tampered kiosk would, ahead of a good check-in in the outbox.
        {
            sql::Connection raw;
            QVERIFY(raw.open(m_a, false).ok());
            QVERIFY(raw.exec("INSERT INTO attendees(id, first_name, last_name, updated_at) "
                             "VALUES('ghost', 'Gjest', 'Ukjent', '2017-09-25T09:00:00.000Z')")
                        .ok());
        }
        QCOMPARE(cli(m_a, { QStringLiteral("checkin"), QStringLiteral("ghost") }).exitCode, 0);
        QCOMPARE(cli(m_a, { QStringLiteral("checkin"), m_people.at(5).id }).exitCode, 0);
        const CliResult r = cli(m_a, { QStringLiteral("sync"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray refused = r.json().object().value(QLatin1String("refused")).toArray();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused[0].toObject().value(QLatin1String("reason")).toString(),
            QStringLiteral("unknown-attendee"));
        QCOMPARE(r.json().object().value(QLatin1String("unsent")).toInt(), 0);
        // The good one is in the hub's order; the other put aside there, never counted.
        QCOMPARE(scalar(m_hubDb, "SELECT count(*) FROM checkin_events"), qint64(1));
        QCOMPARE(scalar(m_hubDb, "SELECT count(*) FROM quarantined_events WHERE attendee_id = 'ghost'"),
            qint64(1));
        // Kept at the kiosk with the reason, not sent again, and said in words.
        const CliResult again = cli(m_a, { QStringLiteral("sync") });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.errors().contains(QStringLiteral("put aside by the hub")), qPrintable(again.errors()));
        QVERIFY2(again.errors().contains(QStringLiteral("does not know the attendee")),
            qPrintable(again.errors()));
        QCOMPARE(scalar(m_a, "SELECT count(*) FROM checkin_events WHERE attendee_id = 'ghost'"), qint64(1));
        QCOMPARE(scalar(m_hubDb, "SELECT count(*) FROM quarantined_events"), qint64(1));
    }

    void aPairingCodeWorksOnce()
    {
        for (int i : { 1, 2 })
            QCOMPARE(cli(m_a, { QStringLiteral("checkin"), m_people.at(i).id }).exitCode, 0);
        QCOMPARE(cli(m_a, { QStringLiteral("sync") }).exitCode, 0);
        const QString code = pairingCode(m_hubDb, m_hub->url());
        const QString c = copySample(QStringLiteral("c.sqlite"), QStringLiteral("Kiosk C"));
        const QString d = copySample(QStringLiteral("d.sqlite"), QStringLiteral("Kiosk D"));
        QCOMPARE(cli(c, { QStringLiteral("sync"), QStringLiteral("--pairing"), code }).exitCode, 0);
        const CliResult second = cli(d, { QStringLiteral("sync"), QStringLiteral("--pairing"), code });
        QCOMPARE(second.exitCode, 8);
        QVERIFY2(
            second.errors().contains(QStringLiteral("used by another device")), qPrintable(second.errors()));
        // C got everything the hub has, and the hub's roster without contact details.
        QCOMPARE(scalar(c, "SELECT count(*) FROM checkin_events"), qint64(2));
        QCOMPARE(scalar(c, "SELECT count(*) FROM attendees WHERE email <> ''"), qint64(0));
        // An organiser's laptop, paired with an admin code, gets them.
        const QString laptop = copySample(QStringLiteral("laptop.sqlite"), QStringLiteral("Laptop"));
        {
            sql::Connection raw;
            QVERIFY(raw.open(laptop, false).ok());
            QVERIFY(raw.exec("UPDATE attendees SET email = ''").ok());
        }
        const QString admin = cli(m_hubDb,
            { QStringLiteral("pair"), QStringLiteral("--hub"), m_hub->url(), QStringLiteral("--admin"),
                QStringLiteral("--json") })
                                  .json()
                                  .object()
                                  .value(QLatin1String("code"))
                                  .toString();
        QCOMPARE(cli(laptop, { QStringLiteral("sync"), QStringLiteral("--pairing"), admin }).exitCode, 0);
        QVERIFY(scalar(laptop, "SELECT count(*) FROM attendees WHERE email <> ''") > 0);
    }

    // Why someone was checked in by hand is about them: the hub and an
    // organiser's laptop have it, the other kiosks get the check-in without it.
    void aReasonByHandReachesTheHubAndTheOrganisersButNoKiosk()
    {
        const Attendee &who = m_people.at(3);
        QCOMPARE(cli(m_a,
                     { QStringLiteral("checkin"), who.id, QStringLiteral("--reason"),
                         QStringLiteral("glemte invitasjonen") })
                     .exitCode,
            0);
        QCOMPARE(cli(m_a, { QStringLiteral("sync") }).exitCode, 0);
        const QByteArray atHub = "SELECT coalesce(note, '') FROM checkin_events WHERE attendee_id = '"
            + who.id.toUtf8() + "' AND kind = 'entry'";
        auto textAt = [&](const QString &db) {
            sql::Connection raw;
            if (!raw.open(db, false).ok())
                return QStringLiteral("?");
            sql::Statement st(raw, atHub.constData());
            return st.step() ? st.text(0) : QStringLiteral("(no event)");
        };
        QCOMPARE(textAt(m_hubDb), QStringLiteral("glemte invitasjonen"));
        QCOMPARE(cli(m_b, { QStringLiteral("sync") }).exitCode, 0);
        QCOMPARE(textAt(m_b), QString()); // the entry, without the reason
        const QString laptop = copySample(QStringLiteral("laptop.sqlite"), QStringLiteral("Laptop"));
        const QString admin = cli(m_hubDb,
            { QStringLiteral("pair"), QStringLiteral("--hub"), m_hub->url(), QStringLiteral("--admin"),
                QStringLiteral("--json") })
                                  .json()
                                  .object()
                                  .value(QLatin1String("code"))
                                  .toString();
        QCOMPARE(cli(laptop, { QStringLiteral("sync"), QStringLiteral("--pairing"), admin }).exitCode, 0);
        QCOMPARE(textAt(laptop), QStringLiteral("glemte invitasjonen"));
        // A copy made for a kiosk has none either.
        const QString copy = m_dir->filePath(QStringLiteral("kiosk9.sqlite"));
        QCOMPARE(
            cli(m_hubDb,
                { QStringLiteral("prepare-kiosk"), QStringLiteral("--out"), copy, QStringLiteral("--name"),
                    QStringLiteral("Kiosk 9"), QStringLiteral("--hub"), m_hub->url(),
                    QStringLiteral("--config"), m_dir->filePath(QStringLiteral("kiosk9.json")),
                    QStringLiteral("--pin"), QStringLiteral("1357") })
                .exitCode,
            0);
        QCOMPARE(textAt(copy), QString());
    }

    void aReissuedCodeReachesTheDevices()
    {
        // A lost badge at the desk: the hub gives a new code; a synced device takes the
        // new one and refuses the old one, as replaced.
        const QString c = m_a;
        const Attendee &who = m_people.at(8);
        const CliResult reissued
            = cli(m_hubDb, { QStringLiteral("reissue"), who.id, QStringLiteral("--json") });
        QCOMPARE(reissued.exitCode, 0);
        const QString fresh = reissued.json().object().value(QLatin1String("token")).toString();
        QVERIFY(!fresh.isEmpty() && fresh != who.token);
        QCOMPARE(cli(c, { QStringLiteral("sync") }).exitCode, 0);
        const CliResult old = cli(c, { QStringLiteral("checkin"), QStringLiteral("--token"), who.token });
        QVERIFY(old.exitCode != 0);
        QVERIFY2(old.text().contains(QStringLiteral("replaced"))
                || old.errors().contains(QStringLiteral("replaced")),
            qPrintable(old.text() + old.errors()));
        QCOMPARE(cli(c, { QStringLiteral("checkin"), QStringLiteral("--token"), fresh }).exitCode, 0);
    }

    void aWalkInReachesTheDeskAtOnceAndTheDecisionComesBack()
    {
        // Registered at kiosk A (no one approves it there): one sync, and the desk has it.
        QVERIFY(registerWalkIn(
            m_a, QStringLiteral("walkin-ase"), QStringLiteral("Åse"), QStringLiteral("Ødegård")));
        QCOMPARE(walkIns(m_a).keys(), QList<QString> { QStringLiteral("walkin-ase") });
        const CliResult pushed = cli(m_a, { QStringLiteral("sync") });
        QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.errors() + m_hub->log()));
        const QJsonObject atDesk = walkIns(m_hubDb).value(QStringLiteral("walkin-ase"));
        QCOMPARE(atDesk.value(QLatin1String("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(atDesk.value(QLatin1String("device")).toString(), QStringLiteral("Kiosk A"));
        QCOMPARE(atDesk.value(QLatin1String("email")).toString(), QStringLiteral("walkin-ase@example.no"));
        const CliResult listed = cli(m_hubDb, { QStringLiteral("walkins") });
        QVERIFY2(listed.text().contains(QStringLiteral("Åse Ødegård"))
                && listed.text().contains(QStringLiteral("Kiosk A")),
            qPrintable(listed.text()));
        QCOMPARE(scalar(m_hubDb, "SELECT count(*) FROM checkin_events"), qint64(0)); // no event travelled
        // The contact details stay on the hub; the kiosk keeps none once the hub has them.
        QCOMPARE(scalar(m_a, "SELECT count(*) FROM attendees WHERE email <> ''"), qint64(0));

        // The desk approves it by name: a code and the check-in, on the hub.
        const CliResult approved = cli(m_hubDb,
            { QStringLiteral("walkins"), QStringLiteral("approve"), QStringLiteral("Åse Ødegård"),
                QStringLiteral("--json") });
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.errors()));
        const QString code = approved.json().object().value(QLatin1String("token")).toString();
        QVERIFY(!code.isEmpty());
        QVERIFY(walkIns(m_hubDb).isEmpty());
        // After its next sync the kiosk no longer has it pending, and has its code.
        QCOMPARE(cli(m_a, { QStringLiteral("sync") }).exitCode, 0);
        QVERIFY(walkIns(m_a).isEmpty());
        const QJsonObject atKiosk = walkIns(m_a, true).value(QStringLiteral("walkin-ase"));
        QCOMPARE(atKiosk.value(QLatin1String("state")).toString(), QStringLiteral("approved"));
        QCOMPARE(atKiosk.value(QLatin1String("token")).toString(), code);
        // Every kiosk knows the code (kiosk B never saw the registration).
        QCOMPARE(cli(m_b, { QStringLiteral("sync") }).exitCode, 0);
        const int atB = cli(m_b, { QStringLiteral("checkin"), QStringLiteral("--token"), code }).exitCode;
        QVERIFY2(
            atB == 0 || atB == 7, qPrintable(QString::number(atB))); // checked in, or already by the desk

        // Kiosk B's walk-in the desk turns down: gone from the lists, never counted.
        QVERIFY(registerWalkIn(
            m_b, QStringLiteral("walkin-per"), QStringLiteral("Per"), QStringLiteral("Persen")));
        QCOMPARE(cli(m_b, { QStringLiteral("sync") }).exitCode, 0);
        const CliResult rejected = cli(m_hubDb,
            { QStringLiteral("walkins"), QStringLiteral("reject"), QStringLiteral("walkin-per"),
                QStringLiteral("--reason"), QStringLiteral("registered twice") });
        QVERIFY2(rejected.exitCode == 0, qPrintable(rejected.errors()));
        QVERIFY(walkIns(m_hubDb).isEmpty());
        QCOMPARE(cli(m_b, { QStringLiteral("sync") }).exitCode, 0);
        QVERIFY(walkIns(m_b).isEmpty());
        const QJsonObject turnedDown = walkIns(m_b, true).value(QStringLiteral("walkin-per"));
        QCOMPARE(turnedDown.value(QLatin1String("state")).toString(), QStringLiteral("rejected"));
        // The desk's reason stays on the hub; the kiosk knows only that it was turned down.
        QCOMPARE(turnedDown.value(QLatin1String("reason")).toString(), QString());
        QCOMPARE(walkIns(m_hubDb, true)
                     .value(QStringLiteral("walkin-per"))
                     .value(QLatin1String("reason"))
                     .toString(),
            QStringLiteral("registered twice"));

        // Kiosk A approves, while cut off, one the desk has turned down meanwhile: the hub keeps
        // the rejection, puts A's check-in aside with the reason, and A takes the hub's word.
        QVERIFY(registerWalkIn(
            m_a, QStringLiteral("walkin-ola"), QStringLiteral("Ola"), QStringLiteral("Olsen")));
        QCOMPARE(cli(m_a, { QStringLiteral("sync") }).exitCode, 0);
        QCOMPARE(
            cli(m_hubDb, { QStringLiteral("walkins"), QStringLiteral("reject"), QStringLiteral("Ola Olsen") })
                .exitCode,
            0);
        QCOMPARE(
            cli(m_a, { QStringLiteral("walkins"), QStringLiteral("approve"), QStringLiteral("Ola Olsen") })
                .exitCode,
            0);
        const CliResult late = cli(m_a, { QStringLiteral("sync"), QStringLiteral("--json") });
        QVERIFY2(late.exitCode == 0, qPrintable(late.errors() + m_hub->log()));
        const QJsonArray aside = late.json().object().value(QLatin1String("refused")).toArray();
        QCOMPARE(aside.size(), 1);
        QCOMPARE(aside[0].toObject().value(QLatin1String("reason")).toString(),
            QString::fromLatin1(kWalkInRejected));
        QCOMPARE(walkIns(m_hubDb, true)
                     .value(QStringLiteral("walkin-ola"))
                     .value(QLatin1String("state"))
                     .toString(),
            QStringLiteral("rejected"));
        QCOMPARE(scalar(m_hubDb, "SELECT count(*) FROM quarantined_events WHERE attendee_id = 'walkin-ola'"),
            qint64(1));
        QCOMPARE(cli(m_a, { QStringLiteral("sync") }).exitCode, 0);
        QCOMPARE(
            walkIns(m_a, true).value(QStringLiteral("walkin-ola")).value(QLatin1String("state")).toString(),
            QStringLiteral("rejected"));
        QCOMPARE(scalar(m_a, "SELECT count(*) FROM checkin_events WHERE attendee_id = 'walkin-ola'"),
            qint64(1)); // kept
        // The desk's figures: one walk-in arrived (Åse); the turned-down ones never count.
        const CliResult attendance = cli(m_hubDb, { QStringLiteral("attendance"), QStringLiteral("--json") });
        QVERIFY2(attendance.text().contains(QStringLiteral("\"walkIns\": 1")), qPrintable(attendance.text()));
    }

    void anotherCertificateIsNotTrusted()
    {
        // A second hub (another certificate) where kiosk A's hub should be: A refuses to talk to it.
        const QString otherDb = copySample(QStringLiteral("other.sqlite"), QStringLiteral("Other"));
        HubProcess other;
        QString why;
        QVERIFY2(other.start(otherDb, &why), qPrintable(why));
        QVERIFY(pointAtHub(m_a, other.url()));
        QCOMPARE(cli(m_a, { QStringLiteral("checkin"), m_people.at(6).id }).exitCode, 0);
        const CliResult r
            = cli(m_a, { QStringLiteral("sync"), QStringLiteral("--timeout"), QStringLiteral("20") });
        QCOMPARE(r.exitCode, 9); // WrongHub: its own code and words, not "could not be reached"
        QVERIFY2(r.errors().contains(QStringLiteral("not the hub this device was paired with")),
            qPrintable(r.errors()));
        QVERIFY2(r.elapsedMs < 15000, "told at once, not after the time-out");
        QCOMPARE(scalar(otherDb, "SELECT count(*) FROM checkin_events"), qint64(0));
        QCOMPARE(scalar(m_a, "SELECT count(*) FROM outbox"), qint64(1)); // kept for the real hub
    }

    void aDevicesStatusReachesTheHubAndItsDepartureToo()
    {
        auto kioskA = [this] {
            for (const QJsonValue &d :
                cli(m_hubDb, { QStringLiteral("devices"), QStringLiteral("--json") }).json().array())
                if (d.toObject().value(QLatin1String("name")).toString() == QLatin1String("Kiosk A"))
                    return d.toObject();
            return QJsonObject {};
        };
        // Kiosk A paired (and said how it was then); not connected now: offline.
        QVERIFY(waitUntil([&] { return !kioskA().value(QLatin1String("online")).toBool(true); }, 3000));

        // It syncs and stays connected (a separate process).
        QProcess follow;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OPPMOTE_DB"), m_a);
        env.insert(QStringLiteral("OPPMOTE_LANG"), QStringLiteral("en"));
        follow.setProcessEnvironment(env);
        follow.start(cliPath(), { QStringLiteral("sync"), QStringLiteral("--follow") });
        QVERIFY(follow.waitForStarted());
        QVERIFY2(waitUntil([&] { return kioskA().value(QLatin1String("online")).toBool(); }, 20000),
            qPrintable(QString::fromUtf8(follow.readAllStandardError()) + m_hub->log()));
        const QJsonObject status = kioskA().value(QLatin1String("status")).toObject();
        QCOMPARE(status.value(QLatin1String("unsent")).toInt(-1), 0);
        QCOMPARE(
            status.value(QLatin1String("printer")).toString(), QString()); // the command line prints nothing
        QCOMPARE(status.value(QLatin1String("printQueue")).toInt(-1), 0);
        QVERIFY(!status.value(QLatin1String("at")).toString().isEmpty());
        const CliResult table = cli(m_hubDb, { QStringLiteral("devices") });
        QVERIFY2(table.text().contains(QStringLiteral("everything sent · no badge printer")),
            qPrintable(table.text()));

        // It stops: the hub notes the connection's end, so it is offline at once, not in minutes.
        follow.terminate();
        QVERIFY(follow.waitForFinished(10000));
        QVERIFY2(waitUntil([&] { return !kioskA().value(QLatin1String("online")).toBool(true); }, 3000),
            qPrintable(m_hub->log()));
        QCOMPARE(scalar(m_hubDb, "SELECT connected FROM devices WHERE name = 'Kiosk A'"), qint64(0));
        QVERIFY(kioskA().contains(QLatin1String("status"))); // what it said last is kept
    }

    void garbageIsRefusedAndTheHubCarriesOn()
    {
        // A client that speaks nonsense, then one that pushes before saying who it is.
        for (const QString &message :
            { QStringLiteral("not json"), QStringLiteral("{\"t\":\"push\",\"events\":[]}"),
                QStringLiteral("{\"t\":\"hello\",\"v\":1,\"device\":\"x\",\"secret\":\"y\"}") }) {
            QWebSocket socket;
            connect(&socket, &QWebSocket::sslErrors, &socket, [&socket] { socket.ignoreSslErrors(); });
            QSignalSpy connected(&socket, &QWebSocket::connected);
            QSignalSpy received(&socket, &QWebSocket::textMessageReceived);
            QSignalSpy closed(&socket, &QWebSocket::disconnected);
            socket.open(QUrl(m_hub->url()));
            QVERIFY(connected.wait(10000));
            socket.sendTextMessage(message);
            QVERIFY(closed.wait(10000));
            QVERIFY(!received.isEmpty());
            auto reply = sync::parseMessage(received.first().first().toString());
            QVERIFY(reply.ok());
            QCOMPARE(reply->type, QStringLiteral("refused"));
        }
        // Still serving the real devices.
        const CliResult r = cli(m_a, { QStringLiteral("sync"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestHubSync)
#include "tst_hub_sync.moc"
