// Durability: a process checking people in is killed with SIGKILL at random
// moments, many times over. Every check-in it acknowledged (COMMIT returned)
// must still be there, nothing may be there twice, and PRAGMA
// integrity_check must pass.

#include "sample_store.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

using namespace oppmote;

class TestDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidStreamLosesNothingAcknowledged()
    {
        constexpr int kRounds = 50;
        constexpr int kPeople = 3000;
        auto s = test::makeSampleStore(kPeople);
        s.store.reset();

        QSet<QString> acked; // event ids
        QSet<QString> ackedAttendees;
        int next = 0;
        int killedMidStream = 0;
        QRandomGenerator rng(20170925);
        for (int round = 0; round < kRounds && next < kPeople; ++round) {
            QProcess p;
            p.start(QStringLiteral(CHECKIN_STREAM_PATH),
                { s.path, QString::number(next), QString::number(kPeople - next) });
            QVERIFY(p.waitForStarted());
            // Pull the plug after a random number of acknowledged check-ins
            // (1–60), whatever the speed of the disk: always mid-stream.
            const int target = 1 + int(rng.bounded(60));
            QByteArray seen;
            while (seen.count("ACK ") < target && p.state() == QProcess::Running) {
                p.waitForReadyRead(2000);
                seen += p.readAllStandardOutput();
            }
            if (p.state() == QProcess::Running) {
                p.kill(); // SIGKILL on Unix: no chance to clean up
                QVERIFY(p.waitForFinished(5000));
            }
            QVERIFY2(p.exitStatus() == QProcess::CrashExit || p.exitCode() == 0,
                p.readAllStandardError().constData());
            if (p.exitStatus() == QProcess::CrashExit)
                ++killedMidStream;
            seen += p.readAllStandardOutput();
            const QList<QByteArray> lines = seen.split('\n');
            for (const QByteArray &line : lines) {
                if (!line.startsWith("ACK "))
                    continue;
                const QList<QByteArray> parts = line.split(' ');
                QVERIFY(parts.size() == 3);
                acked.insert(QString::fromLatin1(parts[1]));
                ackedAttendees.insert(QString::fromLatin1(parts[2]));
            }

            // After every kill: the file is sound and holds every acknowledged check-in.
            auto store = Store::open(s.path, StoreOptions { false, {} });
            QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
            QVERIFY(store->checkIntegrity().ok());
            const auto events = store->events().value();
            QSet<QString> stored;
            QSet<QString> storedAttendees;
            for (const CheckinEvent &e : events) {
                QVERIFY2(!storedAttendees.contains(e.attendeeId), "an attendee was checked in twice");
                storedAttendees.insert(e.attendeeId);
                stored.insert(e.id);
            }
            for (const QString &id : std::as_const(acked))
                QVERIFY2(
                    stored.contains(id), qPrintable(QStringLiteral("acknowledged event %1 is lost").arg(id)));
            // At most one commit per round can land without its ACK being read.
            QVERIFY(stored.size() - acked.size() <= round + 1);
            // Device sequence numbers stay unique and dense from 1.
            QList<qint64> seqs;
            for (const CheckinEvent &e : events)
                seqs << e.deviceSeq;
            std::sort(seqs.begin(), seqs.end());
            for (int i = 0; i < seqs.size(); ++i)
                QCOMPARE(seqs[i], qint64(i + 1));
            next = int(storedAttendees.size());
        }
        QVERIFY2(killedMidStream == kRounds, "the process finished before it could be killed");
        QVERIFY(acked.size() > 100);
        qInfo("rounds %d, killed mid-stream %d, acknowledged %lld check-ins, all present", kRounds,
            killedMidStream, qlonglong(acked.size()));
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "test_durability.moc"
