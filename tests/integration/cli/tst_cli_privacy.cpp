// `oppmote privacy` as a process: a retention date that holds the purge back
// (nothing changes), one person's record with everything held about them, and
// the purge that leaves names, contact details and codes nowhere in the file
// while the counts per session and organisation stay.

#include "cli_workshop.h"
#include "store/store.h"

#include <QDate>
#include <QFile>

#include <memory>

using namespace oppmote;
using namespace oppmote::test;

class TestCliPrivacy : public QObject
{
    Q_OBJECT

    std::unique_ptr<Workshop> w;
    Attendee kari;

    QByteArray fileBytes() const
    {
        QFile f(w->db);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void init()
    {
        w = std::make_unique<Workshop>(); // each test on its own database
        QVERIFY(makeWorkshop(*w, 30));
        Store store = Store::open(w->db).value();
        kari = store.attendees().value().at(3);
        kari.email = QStringLiteral("kari.personvern@example.no");
        QVERIFY(store.upsertAttendees({ kari }).ok());
        QVERIFY(store.checkIn({ kari.id, QString(), CheckinMethod::Staff, {}, {} }).ok());
        QVERIFY(store.checkIn({ kari.id, QStringLiteral("d1-1400"), CheckinMethod::Qr, {}, {} }).ok());
        QVERIFY(store.recordBadgePrinted(kari.id).ok());
    }

    void onePersonsRecordHoldsWhatIsKept()
    {
        const QString out = w->file(QStringLiteral("kari.json"));
        const CliResult r = w->run({ QStringLiteral("privacy"), QStringLiteral("export"), kari.fullName(),
            QStringLiteral("-o"), out });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile file(out);
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions {});
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(record[QStringLiteral("person")][QStringLiteral("email")].toString(), kari.email);
        QCOMPARE(record[QStringLiteral("person")][QStringLiteral("code")].toString(), kari.token);
        const QJsonArray events = record[QStringLiteral("checkinEvents")].toArray();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[1][QStringLiteral("session")].toString(), QStringLiteral("d1-1400"));
        QCOMPARE(events[1][QStringLiteral("method")].toString(), QStringLiteral("qr"));
        QCOMPARE(record[QStringLiteral("badgesPrinted")].toInt(), 1);

        QCOMPARE(w->run({ QStringLiteral("privacy"), QStringLiteral("export"), QStringLiteral("Ingen Slik") })
                     .exitCode,
            3);
    }

    void theRetentionDateHoldsThePurgeBack()
    {
        const QString later = QDate::currentDate().addDays(30).toString(Qt::ISODate);
        QCOMPARE(w->run({ QStringLiteral("privacy"), QStringLiteral("retain"), later }).exitCode, 0);
        const QByteArray before = w->run({ QStringLiteral("attendees"), QStringLiteral("--json") }).out;
        const CliResult refused = w->run({ QStringLiteral("privacy"), QStringLiteral("purge") });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(!refused.err.isEmpty());
        QCOMPARE(w->run({ QStringLiteral("attendees"), QStringLiteral("--json") }).out, before);
        QVERIFY(fileBytes().contains(kari.email.toUtf8()));

        QCOMPARE(w->run({ QStringLiteral("privacy"), QStringLiteral("retain"), QStringLiteral("yesterday") })
                     .exitCode,
            2);
    }

    void thePurgeLeavesCountsAndNoNames()
    {
        const QList<SessionAttendance> counts = Store::open(w->db).value().attendance().value();
        QCOMPARE(w->run({ QStringLiteral("privacy"), QStringLiteral("retain"),
                            QDate::currentDate().toString(Qt::ISODate) })
                     .exitCode,
            0);
        const CliResult purged = w->run({ QStringLiteral("privacy"), QStringLiteral("purge") });
        QVERIFY2(purged.exitCode == 0, purged.err.constData());
        QVERIFY(!purged.out.isEmpty());

        const QByteArray bytes = fileBytes();
        QVERIFY(!bytes.contains(kari.email.toUtf8()));
        QVERIFY(!bytes.contains(kari.lastName.toUtf8()));
        QVERIFY(!bytes.contains(kari.token.toUtf8()));
        Store after = Store::open(w->db).value();
        const QList<SessionAttendance> now = after.attendance().value();
        QCOMPARE(now.size(), counts.size());
        for (qsizetype i = 0; i < now.size(); ++i)
            QCOMPARE(now[i].checkedIn, counts[i].checkedIn);
        const CliResult status = w->run({ QStringLiteral("privacy") });
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.out.count('\n') >= 2); // the date and when it was purged
    }
};

QTEST_GUILESS_MAIN(TestCliPrivacy)
#include "tst_cli_privacy.moc"
