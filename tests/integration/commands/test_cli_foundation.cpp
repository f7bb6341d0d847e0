// The foundation's commands as a script uses them: init, import-program,
// attendees, search, checkin, attendance and demo, with their --json output
// and exit codes (admin/cli/command.h).

#include "cli_runner.h"
#include "kiosk/kiosk_config.h"
#include "scan/qr_decoder.h"
#include "store/sqlite.h"
#include "test_paths.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QtTest>

using namespace oppmote::test;

class TestCliFoundation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    // A workshop as the organiser sets one up: the database ("Kiosk 2"), the sample programme
    // and `people` generated attendees. The steps' own output is checked by the test functions
    // about them; here a failed step fails the caller (check QTest::currentTestFailed()).
    static void createWorkshop(const QString &db, int people)
    {
        QCOMPARE(
            runCli({ QStringLiteral("init"), QStringLiteral("--device-name"), QStringLiteral("Kiosk 2") }, db)
                .exitCode,
            0);
        QCOMPARE(runCli({ QStringLiteral("import-program"), QStringLiteral("--sample") }, db).exitCode, 0);
        if (people > 0) {
            QCOMPARE(
                runCli(
                    { QStringLiteral("attendees"), QStringLiteral("generate"), QString::number(people) }, db)
                    .exitCode,
                0);
        }
    }

    // How many are checked in at the venue (the first row of `attendance`), or -1.
    int venueCheckedIn()
    {
        const CliResult att = runCli({ QStringLiteral("attendance"), QStringLiteral("--json") }, m_db);
        const QJsonArray sessions = att.json().object().value(QLatin1String("sessions")).toArray();
        return sessions.at(0).toObject().value(QLatin1String("checkedIn")).toInt(-1);
    }

    QJsonObject firstAttendee(const QString &filter = {})
    {
        const CliResult r = runCli({ QStringLiteral("attendees"), QStringLiteral("--json") }, m_db);
        for (const auto &v : r.json().array())
            if (filter.isEmpty() || v.toObject().value(QLatin1String("lastName")).toString().contains(filter))
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    // The shared workshop: "Kiosk 2" with the sample programme and 200 attendees, so that
    // every test function can also run alone.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("workshop.sqlite"));
        createWorkshop(m_db, 200);
    }

    void helpAndUsage()
    {
        const CliResult none = runCli({});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.text().contains(QStringLiteral("import-program")));
        const CliResult unknown = runCli({ QStringLiteral("frobnicate") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.errors().contains(QStringLiteral("frobnicate")));
        for (const char *cmd : { "init", "import-program", "attendees", "search", "checkin", "attendance",
                 "export", "demo", "import-attendees", "allocate" }) {
            const CliResult help = runCli({ QString::fromLatin1(cmd), QStringLiteral("--help") });
            QVERIFY2(help.exitCode == 0, cmd);
            QVERIFY2(help.text().contains(QStringLiteral("Usage")), cmd);
        }
        QCOMPARE(runCli({ QStringLiteral("checkin"), QStringLiteral("--bogus") }).exitCode, 2);
    }

    void missingDatabaseSaysHowToCreateIt()
    {
        const CliResult r
            = runCli({ QStringLiteral("attendees") }, m_dir.filePath(QStringLiteral("absent.sqlite")));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.errors().contains(QStringLiteral("oppmote init")));
    }

    void initAndImportTheSample()
    {
        // A database of its own: the shared one was made in initTestCase().
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("fresh.sqlite"));
        const CliResult init = runCli({ QStringLiteral("init"), QStringLiteral("--json"),
                                          QStringLiteral("--device-name"), QStringLiteral("Kiosk 2") },
            db);
        QCOMPARE(init.exitCode, 0);
        QCOMPARE(
            init.json().object().value(QLatin1String("deviceName")).toString(), QStringLiteral("Kiosk 2"));
        QVERIFY(init.json().object().value(QLatin1String("schemaVersion")).toInt() >= 1);

        const CliResult imp = runCli(
            { QStringLiteral("import-program"), QStringLiteral("--sample"), QStringLiteral("--json") }, db);
        QCOMPARE(imp.exitCode, 0);
        const QJsonObject o = imp.json().object();
        QCOMPARE(o.value(QLatin1String("stored")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("event")).toObject().value(QLatin1String("days")).toArray().size(), 2);
        // The seed's date slip is reported, with the fix.
        const QJsonArray warnings = o.value(QLatin1String("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.at(0)
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QStringLiteral("2017-09-26")));
    }

    void programWithoutYearAsksForOne()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("p.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Seminar\n\nProgram\n\nMandag 25. september\n09.00 Start\n");
        f.close();
        const CliResult r
            = runCli({ QStringLiteral("import-program"), file, QStringLiteral("--dry-run") }, m_db);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.errors().contains(QStringLiteral("2017")));
        const CliResult withYear
            = runCli({ QStringLiteral("import-program"), file, QStringLiteral("--dry-run"),
                         QStringLiteral("--year"), QStringLiteral("2023") },
                m_db);
        QCOMPARE(withYear.exitCode, 0);
        QCOMPARE(runCli({ QStringLiteral("import-program"), dir.filePath(QStringLiteral("none.txt")) }, m_db)
                     .exitCode,
            5);
    }

    void generateListAndSearch()
    {
        // A database of its own, with no one on it yet: the shared one has its 200 already.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("roster.sqlite"));
        createWorkshop(db, 0);
        if (QTest::currentTestFailed())
            return;
        const CliResult gen = runCli({ QStringLiteral("attendees"), QStringLiteral("generate"),
                                         QStringLiteral("200"), QStringLiteral("--json") },
            db);
        QCOMPARE(gen.exitCode, 0);
        QCOMPARE(gen.json().object().value(QLatin1String("added")).toInt(), 200);
        const CliResult list = runCli({ QStringLiteral("attendees"), QStringLiteral("--json") }, db);
        QCOMPARE(list.json().array().size(), 200);
        const QJsonObject someone = list.json().array().at(17).toObject();
        QVERIFY(someone.value(QLatin1String("token")).toString().startsWith(QStringLiteral("OP1-")));

        // Search by a folded surname prefix finds them.
        const QString last = someone.value(QLatin1String("lastName")).toString();
        const CliResult found
            = runCli({ QStringLiteral("search"), someone.value(QLatin1String("firstName")).toString(),
                         last.left(4), QStringLiteral("--json") },
                db);
        QCOMPARE(found.exitCode, 0);
        bool hit = false;
        for (const auto &v : found.json().array())
            hit |= v.toObject().value(QLatin1String("id")).toString()
                == someone.value(QLatin1String("id")).toString();
        QVERIFY(hit);
        QCOMPARE(runCli({ QStringLiteral("search"), QStringLiteral("zzqx") }, db).exitCode, 3);
        // Search results never carry e-mail addresses.
        QVERIFY(!found.text().contains(QLatin1Char('@')));
    }

    void checkInTwiceAndUndo()
    {
        const QJsonObject a = firstAttendee();
        const QString token = a.value(QLatin1String("token")).toString();
        const CliResult first = runCli({ QStringLiteral("checkin"), QStringLiteral("--token"),
                                           token.toLower(), QStringLiteral("--json") },
            m_db);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(
            first.json().object().value(QLatin1String("status")).toString(), QStringLiteral("checked-in"));

        const CliResult again
            = runCli({ QStringLiteral("checkin"), a.value(QLatin1String("id")).toString() }, m_db);
        QCOMPARE(again.exitCode, 7);
        QVERIFY2(
            again.text().contains(QStringLiteral("was already checked in at")), qPrintable(again.text()));
        QVERIFY2(again.text().contains(QStringLiteral("Kiosk 2")), qPrintable(again.text()));

        // A damaged code is refused before any lookup.
        QString damaged = token;
        damaged[6] = damaged[6] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(runCli({ QStringLiteral("checkin"), QStringLiteral("--token"), damaged }, m_db).exitCode, 4);
        QCOMPARE(runCli({ QStringLiteral("checkin"), QStringLiteral("no-such-id") }, m_db).exitCode, 3);
        QCOMPARE(runCli({ QStringLiteral("checkin"), a.value(QLatin1String("id")).toString(),
                            QStringLiteral("--session"), QStringLiteral("d9-9999") },
                     m_db)
                     .exitCode,
            3);

        const CliResult undo = runCli({ QStringLiteral("checkin"), a.value(QLatin1String("id")).toString(),
                                          QStringLiteral("--undo"), QStringLiteral("--json") },
            m_db);
        QCOMPARE(undo.exitCode, 0);
        QCOMPARE(undo.json().object().value(QLatin1String("status")).toString(), QStringLiteral("undone"));
        QCOMPARE(
            runCli({ QStringLiteral("checkin"), a.value(QLatin1String("id")).toString() }, m_db).exitCode, 0);
    }

    void retriedEventIdIsRecordedOnce()
    {
        const QJsonObject a = firstAttendee();
        const QString id = a.value(QLatin1String("id")).toString();
        const QStringList args { QStringLiteral("checkin"), id, QStringLiteral("--session"),
            QStringLiteral("d1-1400"), QStringLiteral("--event-id"),
            QStringLiteral("5b0c4d36-8f5c-4c6f-9d5a-2f7d3b1c0e11") };
        const QStringList attendance { QStringLiteral("attendance"), QStringLiteral("--session"),
            QStringLiteral("d1-1400"), QStringLiteral("--json") };
        const CliResult before = runCli(attendance, m_db);
        QCOMPARE(before.exitCode, 0);
        const int earlier = before.json().object().value(QLatin1String("checkedIn")).toInt(-1);
        QVERIFY(earlier >= 0);
        QCOMPARE(runCli(args, m_db).exitCode, 0);
        QCOMPARE(runCli(args, m_db).exitCode, 0);
        const CliResult att = runCli(attendance, m_db);
        QCOMPARE(att.json().object().value(QLatin1String("checkedIn")).toInt(), earlier + 1);
    }

    void searchCheckinAndAttendance()
    {
        // Check in a handful by name search; ambiguous names are refused, not guessed.
        const int earlier = venueCheckedIn();
        QVERIFY(earlier >= 0);
        const CliResult list = runCli({ QStringLiteral("attendees"), QStringLiteral("--json") }, m_db);
        int done = 0;
        for (const auto &v : list.json().array()) {
            const QJsonObject p = v.toObject();
            const QString query = p.value(QLatin1String("firstName")).toString() + QLatin1Char(' ')
                + p.value(QLatin1String("lastName")).toString();
            const CliResult r
                = runCli({ QStringLiteral("checkin"), QStringLiteral("--search"), query }, m_db);
            QVERIFY2(r.exitCode == 0 || r.exitCode == 7 || r.exitCode == 1, qPrintable(r.errors()));
            if (r.exitCode == 0)
                ++done;
            if (done == 5)
                break;
        }
        QCOMPARE(done, 5);
        const CliResult att = runCli({ QStringLiteral("attendance"), QStringLiteral("--json") }, m_db);
        QCOMPARE(att.exitCode, 0);
        const QJsonObject o = att.json().object();
        QCOMPARE(o.value(QLatin1String("registered")).toInt(), 200);
        const QJsonArray sessions = o.value(QLatin1String("sessions")).toArray();
        QCOMPARE(sessions.at(0).toObject().value(QLatin1String("session")).toString(), QString());
        QCOMPARE(sessions.at(0).toObject().value(QLatin1String("checkedIn")).toInt(), earlier + 5);
        const CliResult table = runCli({ QStringLiteral("attendance") }, m_db);
        QVERIFY(table.text().contains(QStringLiteral("Gruppearbeid")));
    }

    void reissueAndTickets()
    {
        const QJsonObject a = firstAttendee();
        const QString id = a.value(QLatin1String("id")).toString();
        const QString oldToken = a.value(QLatin1String("token")).toString();
        const CliResult r = runCli({ QStringLiteral("reissue"), id, QStringLiteral("--json") }, m_db);
        QCOMPARE(r.exitCode, 0);
        const QString newToken = r.json().object().value(QLatin1String("token")).toString();
        QVERIFY(newToken.startsWith(QStringLiteral("OP1-")));
        QVERIFY(newToken != oldToken);
        // The old code is refused with its own reason; the new one is this person.
        const CliResult old
            = runCli({ QStringLiteral("checkin"), QStringLiteral("--token"), oldToken }, m_db);
        QCOMPARE(old.exitCode, 1);
        QVERIFY2(old.errors().contains(QStringLiteral("replaced")), qPrintable(old.errors()));
        const CliResult fresh = runCli(
            { QStringLiteral("checkin"), QStringLiteral("--token"), newToken, QStringLiteral("--json") },
            m_db);
        QVERIFY(fresh.exitCode == 0 || fresh.exitCode == 7);
        QCOMPARE(fresh.json().object().value(QLatin1String("attendeeId")).toString(), id);

        QTemporaryDir out;
        const CliResult t = runCli({ QStringLiteral("tickets"), QStringLiteral("--out"), out.path(),
                                       QStringLiteral("--attendee"), id, QStringLiteral("--json") },
            m_db);
        QCOMPARE(t.exitCode, 0);
        const QJsonArray files = t.json().object().value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), 2); // the attendee's PDF and all.pdf
        for (const auto &f : files)
            QVERIFY(QFileInfo(f.toString()).size() > 1000);
        QCOMPARE(runCli({ QStringLiteral("tickets") }, m_db).exitCode, 2);
    }

    void sampleRosterInAssetsIsTheGeneratorsOutput()
    {
        // assets/sample/attendees.csv is the generator's roster for the sample
        // workshop (seed 2017, 150 people), exported as organisers get it.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("init") }, db).exitCode, 0);
        QCOMPARE(runCli({ QStringLiteral("import-program"), QStringLiteral("--sample") }, db).exitCode, 0);
        QCOMPARE(runCli({ QStringLiteral("attendees"), QStringLiteral("generate"), QStringLiteral("150"),
                            QStringLiteral("--seed"), QStringLiteral("2017") },
                     db)
                     .exitCode,
            0);
        const QString csv = dir.filePath(QStringLiteral("a.csv"));
        QCOMPARE(runCli({ QStringLiteral("export"), QStringLiteral("attendees"), QStringLiteral("--format"),
                            QStringLiteral("csv"), QStringLiteral("-o"), csv },
                     db)
                     .exitCode,
            0);
        QFile fresh(csv), shipped(sourcePath(QStringLiteral("assets/sample/attendees.csv")));
        QVERIFY(fresh.open(QIODevice::ReadOnly));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QCOMPARE(fresh.readAll(), shipped.readAll());

        // And it imports as the organisers' list would.
        const QString other = dir.filePath(QStringLiteral("o.sqlite"));
        QCOMPARE(runCli({ QStringLiteral("init") }, other).exitCode, 0);
        const CliResult imp = runCli(
            { QStringLiteral("import-attendees"), shipped.fileName(), QStringLiteral("--json") }, other);
        QCOMPARE(imp.exitCode, 0);
        QCOMPARE(
            runCli({ QStringLiteral("attendees"), QStringLiteral("--json") }, other).json().array().size(),
            150);
    }

    void pairingCodeForANewKiosk()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("pair.png"));
        const QString hubDb = dir.filePath(QStringLiteral("hub.sqlite"));
        // The token is the hub's: without the hub's database there is nothing to register it in.
        QCOMPARE(runCli({ QStringLiteral("pair"), QStringLiteral("--hub"),
                            QStringLiteral("wss://hub.local:8443") },
                     hubDb)
                     .exitCode,
            3); // NotFound (docs/cli.md)
        QCOMPARE(runCli({ QStringLiteral("init") }, hubDb).exitCode, 0);
        const CliResult r = runCli(
            { QStringLiteral("pair"), QStringLiteral("--hub"), QStringLiteral("wss://hub.local:8443"),
                QStringLiteral("--mode"), QStringLiteral("session:d1-1400"), QStringLiteral("--printer"),
                QStringLiteral("badges"), QStringLiteral("--png"), png, QStringLiteral("--json") },
            hubDb);
        QCOMPARE(r.exitCode, 0);
        const QString text = r.json().object().value(QLatin1String("code")).toString();
        // What the kiosk reads from it, both from the text and from the printed QR.
        auto parsed = oppmote::parsePairingCode(text);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->hubUrl, QStringLiteral("wss://hub.local:8443"));
        QCOMPARE(parsed->mode.text(), QStringLiteral("session:d1-1400"));
        QCOMPARE(parsed->printerQueue, QStringLiteral("badges"));
        // The hub's certificate was made beside its database; the code pins it.
        QFile cert(hubDb + QStringLiteral(".cert.pem"));
        QVERIFY(cert.open(QIODevice::ReadOnly));
        QCOMPARE(parsed->fingerprint,
            QString::fromLatin1(QSslCertificate(&cert).digest(QCryptographicHash::Sha256).toHex()));
        {
            oppmote::sql::Connection raw;
            QVERIFY(raw.open(hubDb, false).ok());
            QCOMPARE(
                raw.scalar("SELECT count(*) FROM pairing_tokens WHERE used_by IS NULL").value(), qint64(1));
        }
        const auto found = oppmote::decodeImageFile(png);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.front().text, text);
        QCOMPARE(runCli({ QStringLiteral("pair"), QStringLiteral("--hub"), QStringLiteral("x"),
                            QStringLiteral("--mode"), QStringLiteral("sideways") },
                     hubDb)
                     .exitCode,
            2);
    }

    void demoRunsHeadless()
    {
        QTemporaryDir out;
        const CliResult r = runCli({ QStringLiteral("demo"), QStringLiteral("--out"), out.path(),
                                       QStringLiteral("--attendees"), QStringLiteral("60") },
            {}, 120000);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.text().contains(QStringLiteral("Already checked in at")));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("hub.sqlite"))));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("kiosk.json")))); // for opening kiosk 1 on the data
        QFile report(out.filePath(QStringLiteral("attendance.json")));
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(report.readAll()).object();
        QCOMPARE(o.value(QLatin1String("registered")).toInt(), 60);
        QVERIFY(o.value(QLatin1String("sessions"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QLatin1String("checkedIn"))
                    .toInt()
            > 40);
    }
};

QTEST_GUILESS_MAIN(TestCliFoundation)
#include "test_cli_foundation.moc"
