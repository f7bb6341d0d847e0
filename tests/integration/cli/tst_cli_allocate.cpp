// `oppmote allocate` as a process, on the sample workshop's day 1 14:00 slot:
// people checked in with their badge code are all placed within capacity;
// a re-run after late arrivals with a moving cost moves few, and says how
// many; manual moves and locks stand on re-runs and are in the audit log.

#include "cli_workshop.h"
#include "io/attendee_file.h"
#include "pdf_pages.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QSet>

using namespace oppmote;
using namespace oppmote::test;

namespace {

const QString kSlot = QStringLiteral("d1-1400");

QHash<QString, QString> groupOf(const QJsonObject &outcome)
{
    QHash<QString, QString> map;
    for (const auto &v : outcome.value(QStringLiteral("assignments")).toArray())
        map.insert(v.toObject().value(QStringLiteral("id")).toString(),
            v.toObject().value(QStringLiteral("group")).toString());
    return map;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("(none)");
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// Capacities hold, sizes add up, nobody is placed twice.
void checkGroups(const QJsonObject &outcome)
{
    int total = 0;
    for (const auto &v : outcome.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject g = v.toObject();
        QVERIFY2(g.value(QStringLiteral("size")).toInt() <= g.value(QStringLiteral("capacity")).toInt(),
            qPrintable(g.value(QStringLiteral("key")).toString()));
        total += g.value(QStringLiteral("size")).toInt();
    }
    const QJsonArray assignments = outcome.value(QStringLiteral("assignments")).toArray();
    QCOMPARE(total, assignments.size());
    QCOMPARE(groupOf(outcome).size(), assignments.size());
}

} // namespace

class TestCliAllocate : public QObject
{
    Q_OBJECT

    Workshop w;
    QJsonArray people;
    QSet<QString> checkedIn;

    // Checks people from..to-1 in with their badge code; those already checked in are skipped.
    void checkInWithToken(int from, int to)
    {
        for (int i = from; i < to; ++i) {
            const QJsonObject a = people[i].toObject();
            if (checkedIn.contains(a.value(QStringLiteral("id")).toString()))
                continue;
            const CliResult r = w.run({ QStringLiteral("checkin"), QStringLiteral("--token"),
                a.value(QStringLiteral("token")).toString() });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            checkedIn.insert(a.value(QStringLiteral("id")).toString());
        }
    }

    QJsonArray auditLog() const
    {
        return w
            .run({ QStringLiteral("allocate"), QStringLiteral("log"), QStringLiteral("--slot"), kSlot,
                QStringLiteral("--json") })
            .json()
            .array();
    }

    // The slot's saved allocation, attendee id → group key, from `export groups`.
    QHash<QString, QString> savedGroups() const
    {
        const QJsonObject o
            = w.run({ QStringLiteral("export"), QStringLiteral("groups"), QStringLiteral("--slot"), kSlot,
                        QStringLiteral("--format"), QStringLiteral("json") })
                  .json()
                  .object();
        QHash<QString, QString> map;
        for (const auto &v : o.value(o.keys().value(0)).toArray())
            map.insert(v.toObject().value(QStringLiteral("attendeeId")).toString(),
                v.toObject().value(QStringLiteral("group")).toString());
        return map;
    }

    QJsonObject person(const QString &id) const
    {
        for (const auto &v : people)
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        return {};
    }

    static QString fullName(const QJsonObject &a)
    {
        return a.value(QStringLiteral("firstName")).toString() + QLatin1Char(' ')
            + a.value(QStringLiteral("lastName")).toString();
    }

    // The state placesEveryoneCheckedIn leaves: people 0..upTo-1 checked in and a first
    // allocation of the slot, by Anne. Allocates only if the slot's audit log is still empty,
    // so in a full run the log is the same as without it. Check QTest::currentTestFailed() after.
    void ensureAllocated(int upTo)
    {
        checkInWithToken(0, upTo);
        if (QTest::currentTestFailed())
            return;
        if (!auditLog().isEmpty())
            return;
        const CliResult r = w.run({ QStringLiteral("allocate"), QStringLiteral("--slot"), kSlot,
            QStringLiteral("--by"), QStringLiteral("Anne") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!auditLog().isEmpty());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(makeWorkshop(w, 120));
        people = w.attendees();
        QCOMPARE(people.size(), 120);
    }

    void nobodyCheckedInIsAClearRefusal()
    {
        const CliResult r = w.run({ QStringLiteral("allocate"), QStringLiteral("--slot"), kSlot });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errors().contains(QStringLiteral("--expected")), r.err.constData());
        QCOMPARE(w.run({ QStringLiteral("allocate") }).exitCode, 2);
        QCOMPARE(w.run({ QStringLiteral("allocate"), QStringLiteral("--slot"), QStringLiteral("d9-0000") })
                     .exitCode,
            3);
        QCOMPARE(w.run({ QStringLiteral("allocate"), QStringLiteral("--slot"), QStringLiteral("d1-1400"),
                           QStringLiteral("--move-cost"), QStringLiteral("x") })
                     .exitCode,
            2);
    }

    void placesEveryoneCheckedIn()
    {
        checkInWithToken(0, 60);
        const QString csv = w.file(QStringLiteral("groups.csv"));
        const QString pdf = w.file(QStringLiteral("groups.pdf"));
        const QString signs = w.file(QStringLiteral("signs.pdf"));
        const CliResult r = w.run({ QStringLiteral("allocate"), QStringLiteral("--slot"), kSlot,
            QStringLiteral("--json"), QStringLiteral("--csv"), csv, QStringLiteral("--pdf"), pdf,
            QStringLiteral("--door-signs"), signs, QStringLiteral("--by"), QStringLiteral("Anne") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        checkGroups(o);
        const QJsonObject q = o.value(QStringLiteral("quality")).toObject();
        QCOMPARE(q.value(QStringLiteral("unplaced")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("rerun")).toBool(), false);
        const QHash<QString, QString> placed = groupOf(o);
        QCOMPARE(QSet<QString>(placed.keyBegin(), placed.keyEnd()), checkedIn); // all of them, nobody else

        auto list = io::readAttendeeTable(csv);
        QVERIFY2(list.ok(), qPrintable(list.error().message));
        QCOMPARE(list->rows.size(), 60);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5).startsWith("%PDF-"));
        QVERIFY(f.size() > 2000);
        // A door sign per group.
        QCOMPARE(test::pdfPageCount(signs), int(o.value(QStringLiteral("groups")).toArray().size()));
    }

    void rerunWithMovingCostMovesFew()
    {
        ensureAllocated(60);
        if (QTest::currentTestFailed())
            return;
        const QJsonObject first
            = w.run({ QStringLiteral("export"), QStringLiteral("groups"), QStringLiteral("--slot"), kSlot,
                        QStringLiteral("--format"), QStringLiteral("json") })
                  .json()
                  .object();
        const QJsonArray rows = first.value(first.keys().value(0)).toArray();
        QCOMPARE(rows.size(), 60);

        checkInWithToken(60, 72);
        const CliResult r = w.run({ QStringLiteral("allocate"), QStringLiteral("--slot"), kSlot,
            QStringLiteral("--json"), QStringLiteral("--move-cost"), QStringLiteral("4") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.json().object();
        checkGroups(o);
        QCOMPARE(o.value(QStringLiteral("rerun")).toBool(), true);
        QCOMPARE(groupOf(o).size(), 72);
        const int moved = o.value(QStringLiteral("movedCount")).toInt();
        QCOMPARE(o.value(QStringLiteral("moved")).toArray().size(), moved);
        QVERIFY2(moved <= 3, qPrintable(QString::number(moved)));

        // The text form says how many moved.
        const CliResult text = w.run({ QStringLiteral("allocate"), QStringLiteral("--slot"), kSlot,
            QStringLiteral("--move-cost"), QStringLiteral("4") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.text().contains(QStringLiteral("0 moved since the last run")), text.out.constData());
        QVERIFY2(text.text().contains(QStringLiteral("0 not placed")), text.out.constData());
    }

    void manualMoveStandsAndIsLogged()
    {
        ensureAllocated(60);
        if (QTest::currentTestFailed())
            return;
        // The runs that made the allocation this function starts from (three in a full run,
        // one when run alone); what this function adds comes after them in the log.
        const qsizetype logged = auditLog().size();
        const QJsonObject run
            = w.run({ QStringLiteral("allocate"), QStringLiteral("--slot"), kSlot, QStringLiteral("--json") })
                  .json()
                  .object();
        const QHash<QString, QString> placed = groupOf(run);
        // Someone placed by the solver, moved by hand to another group.
        QString who, from, to;
        for (const auto &v : run.value(QStringLiteral("assignments")).toArray()) {
            const QJsonObject a = v.toObject();
            if (a.contains(QStringLiteral("fixed")) || a.contains(QStringLiteral("locked")))
                continue;
            who = a.value(QStringLiteral("id")).toString();
            from = a.value(QStringLiteral("group")).toString();
            break;
        }
        QVERIFY(!who.isEmpty());
        to = from == QLatin1String("d1-1400-g2") ? QStringLiteral("d1-1400-g3")
                                                 : QStringLiteral("d1-1400-g2");

        QCOMPARE(w.run({ QStringLiteral("allocate"), QStringLiteral("move"), QStringLiteral("--slot"), kSlot,
                           QStringLiteral("--attendee"), who, QStringLiteral("--to"), to })
                     .exitCode,
            2); // no reason
        QCOMPARE(w.run({ QStringLiteral("allocate"), QStringLiteral("move"), QStringLiteral("--slot"), kSlot,
                           QStringLiteral("--attendee"), who, QStringLiteral("--to"),
                           QStringLiteral("d1-1400-g9"), QStringLiteral("--reason"), QStringLiteral("x") })
                     .exitCode,
            3);
        QCOMPARE(w.run({ QStringLiteral("allocate"), QStringLiteral("move"), QStringLiteral("--slot"), kSlot,
                           QStringLiteral("--attendee"), QStringLiteral("nobody"), QStringLiteral("--to"), to,
                           QStringLiteral("--reason"), QStringLiteral("x") })
                     .exitCode,
            3);
        const CliResult moved
            = w.run({ QStringLiteral("allocate"), QStringLiteral("move"), QStringLiteral("--slot"), kSlot,
                QStringLiteral("--attendee"), who, QStringLiteral("--to"), to, QStringLiteral("--reason"),
                QStringLiteral("step-free access"), QStringLiteral("--by"), QStringLiteral("Anne") });
        QVERIFY2(moved.exitCode == 0, moved.err.constData());

        // A second person: lock, then unlock.
        QString other;
        for (auto it = placed.begin(); it != placed.end() && other.isEmpty(); ++it)
            if (it.key() != who)
                other = it.key();
        QCOMPARE(w.run({ QStringLiteral("allocate"), QStringLiteral("lock"), QStringLiteral("--slot"), kSlot,
                           QStringLiteral("--attendee"), other, QStringLiteral("--reason"),
                           QStringLiteral("presenter's colleague") })
                     .exitCode,
            0);
        QCOMPARE(w.run({ QStringLiteral("allocate"), QStringLiteral("unlock"), QStringLiteral("--slot"),
                           kSlot, QStringLiteral("--attendee"), other })
                     .exitCode,
            0);
        QCOMPARE(w.run({ QStringLiteral("allocate"), QStringLiteral("lock"), QStringLiteral("--slot"), kSlot,
                           QStringLiteral("--attendee"),
                           people[119].toObject().value(QStringLiteral("id")).toString() })
                     .exitCode,
            3);

        // A re-run keeps the manual placement; explaining it afterwards writes nothing.
        const CliResult rerun = w.run({ QStringLiteral("allocate"), QStringLiteral("--slot"), kSlot,
            QStringLiteral("--json"), QStringLiteral("--publish") });
        QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
        const QJsonObject after = rerun.json().object();
        checkGroups(after);
        QCOMPARE(groupOf(after).value(who), to);
        QCOMPARE(after.value(QStringLiteral("published")).toBool(), true);
        const CliResult explained = w.run({ QStringLiteral("allocate"), QStringLiteral("--slot"), kSlot,
            QStringLiteral("--json"), QStringLiteral("--explain"), who });
        QVERIFY2(explained.exitCode == 0, explained.err.constData());
        const QJsonObject explanation
            = explained.json().object().value(QStringLiteral("explanation")).toObject();
        QCOMPARE(explanation.value(QStringLiteral("id")).toString(), who);
        QCOMPARE(explanation.value(QStringLiteral("group")).toString(), to);
        QCOMPARE(explanation.value(QStringLiteral("reasons"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("kind")),
            QStringLiteral("locked"));
        QVERIFY(!explanation.value(QStringLiteral("summary")).toString().isEmpty());
        QCOMPARE(w.run({ QStringLiteral("allocate"), QStringLiteral("--slot"), kSlot,
                           QStringLiteral("--explain"), QStringLiteral("nobody") })
                     .exitCode,
            3);

        const CliResult log = w.run({ QStringLiteral("allocate"), QStringLiteral("log"),
            QStringLiteral("--slot"), kSlot, QStringLiteral("--json") });
        QCOMPARE(log.exitCode, 0);
        const QJsonArray entries = log.json().array();
        QVERIFY(entries.size() >= logged);
        QStringList before, kinds;
        QJsonObject moveEntry;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject e = entries.at(i).toObject();
            if (i < logged) {
                before << e.value(QStringLiteral("kind")).toString();
                continue;
            }
            kinds << e.value(QStringLiteral("kind")).toString();
            if (kinds.last() == QLatin1String("move"))
                moveEntry = e;
        }
        // Before this function: only the allocation runs it started from.
        QVERIFY(!before.isEmpty());
        QCOMPARE(before, QStringList(before.size(), QStringLiteral("run")));
        // This function's own: a run, the move, lock and unlock, and the re-run it publishes.
        QCOMPARE(kinds, QStringList({ "run", "move", "lock", "unlock", "run", "publish" }));
        QCOMPARE(moveEntry.value(QStringLiteral("by")).toString(), QStringLiteral("Anne"));
        QCOMPARE(moveEntry.value(QStringLiteral("attendeeId")).toString(), who);
        QCOMPARE(moveEntry.value(QStringLiteral("from")).toString(), from);
        QCOMPARE(moveEntry.value(QStringLiteral("to")).toString(), to);
        QCOMPARE(moveEntry.value(QStringLiteral("reason")).toString(), QStringLiteral("step-free access"));
        QCOMPARE(log.json().array().first().toObject().value(QStringLiteral("by")).toString(),
            QStringLiteral("Anne"));

        const CliResult table = w.run({ QStringLiteral("allocate"), QStringLiteral("log") });
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.text().contains(QStringLiteral("step-free access")));
    }

    void expectedPlacesEveryoneRegistered()
    {
        const CliResult r = w.run({ QStringLiteral("allocate"), QStringLiteral("--slot"), kSlot,
            QStringLiteral("--json"), QStringLiteral("--expected"), QStringLiteral("--worst-off-first"),
            QStringLiteral("--org-cap-share"), QStringLiteral("0.2") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.json().object();
        checkGroups(o);
        QCOMPARE(groupOf(o).size() + o.value(QStringLiteral("unplaced")).toArray().size(), 120);
        QCOMPARE(o.value(QStringLiteral("options")).toObject().value(QStringLiteral("population")).toString(),
            QStringLiteral("expected"));
    }

    // --explain explains the saved allocation and writes nothing, even when late
    // arrivals since the run would make a new solve place people elsewhere.
    void explainChangesNothing()
    {
        ensureAllocated(60);
        if (QTest::currentTestFailed())
            return;
        const QJsonArray runsBefore = w.run({ QStringLiteral("allocate"), QStringLiteral("runs"),
                                                QStringLiteral("--slot"), kSlot, QStringLiteral("--json") })
                                          .json()
                                          .array();
        QVERIFY(!runsBefore.isEmpty());
        checkInWithToken(60, 100);
        const QHash<QString, QString> before = savedGroups();
        QVERIFY(!before.isEmpty());
        const qsizetype logBefore = auditLog().size();
        const QByteArray fileBefore = fileHash(w.db);

        int explained = 0;
        for (auto it = before.begin(); it != before.end() && explained < 8; ++it, ++explained) {
            const CliResult r = w.run({ QStringLiteral("allocate"), QStringLiteral("--slot"), kSlot,
                QStringLiteral("--json"), QStringLiteral("--explain"), it.key() });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject o = r.json().object();
            QCOMPARE(o.value(QStringLiteral("saved")).toBool(true), false);
            const QJsonObject e = o.value(QStringLiteral("explanation")).toObject();
            QCOMPARE(e.value(QStringLiteral("group")).toString(), it.value()); // where they are
            QCOMPARE(e.value(QStringLiteral("name")).toString(), fullName(person(it.key())));
        }
        // In words, by name (someone whose name nobody else has).
        QHash<QString, int> names;
        for (const auto &v : people)
            ++names[fullName(v.toObject())];
        QString id;
        for (auto it = before.begin(); it != before.end() && id.isEmpty(); ++it)
            if (names.value(fullName(person(it.key()))) == 1)
                id = it.key();
        QVERIFY(!id.isEmpty());
        const CliResult text = w.run({ QStringLiteral("allocate"), QStringLiteral("--slot"), kSlot,
            QStringLiteral("--explain"), fullName(person(id)) });
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.text().startsWith(fullName(person(id)) + QStringLiteral(": ")), text.out.constData());
        QVERIFY2(text.text().contains(QStringLiteral("nothing was changed")), text.out.constData());
        // Options that would run the solver are refused, not silently used.
        QCOMPARE(w.run({ QStringLiteral("allocate"), QStringLiteral("--slot"), kSlot,
                           QStringLiteral("--explain"), id, QStringLiteral("--publish") })
                     .exitCode,
            2);

        QCOMPARE(fileHash(w.db), fileBefore);
        QCOMPARE(savedGroups(), before);
        QCOMPARE(auditLog().size(), logBefore);
        QCOMPARE(w.run({ QStringLiteral("allocate"), QStringLiteral("runs"), QStringLiteral("--slot"), kSlot,
                           QStringLiteral("--json") })
                     .json()
                     .array(),
            runsBefore);
    }

    // --attendee takes a name; an ambiguous one lists the candidates with their ids.
    void peopleByName()
    {
        ensureAllocated(60);
        if (QTest::currentTestFailed())
            return;
        const QHash<QString, QString> placed = savedGroups();
        // Someone with a name nobody else shares, placed by the solver.
        QHash<QString, int> firstNames, fullNames;
        for (const auto &v : people) {
            ++firstNames[v.toObject().value(QStringLiteral("firstName")).toString()];
            ++fullNames[fullName(v.toObject())];
        }
        QJsonObject who, namesake;
        for (const auto &v : people) {
            const QJsonObject a = v.toObject();
            const QString id = a.value(QStringLiteral("id")).toString();
            if (who.isEmpty() && placed.contains(id) && fullNames.value(fullName(a)) == 1
                && !a.value(QStringLiteral("fixedGroup")).toString().size())
                who = a;
            if (namesake.isEmpty() && firstNames.value(a.value(QStringLiteral("firstName")).toString()) > 1)
                namesake = a;
        }
        QVERIFY(!who.isEmpty());
        const QString id = who.value(QStringLiteral("id")).toString();
        const QString to = placed.value(id) == QLatin1String("d1-1400-g2") ? QStringLiteral("Tema 3")
                                                                           : QStringLiteral("Tema 2");
        const CliResult moved = w.run({ QStringLiteral("allocate"), QStringLiteral("move"),
            QStringLiteral("--slot"), kSlot, QStringLiteral("--attendee"), fullName(who),
            QStringLiteral("--to"), to, QStringLiteral("--reason"), QStringLiteral("asked at the desk"),
            QStringLiteral("--by"), QStringLiteral("Anne") });
        QVERIFY2(moved.exitCode == 0, moved.err.constData());
        QCOMPARE(moved.text().trimmed(), QStringLiteral("%1 is now in %2 (locked).").arg(fullName(who), to));
        QCOMPARE(savedGroups().value(id),
            to == QLatin1String("Tema 2") ? QStringLiteral("d1-1400-g2") : QStringLiteral("d1-1400-g3"));
        // The log names them and the themes.
        const CliResult log
            = w.run({ QStringLiteral("allocate"), QStringLiteral("log"), QStringLiteral("--slot"), kSlot });
        QCOMPARE(log.exitCode, 0);
        QVERIFY2(log.text().contains(fullName(who)), log.out.constData());
        QVERIFY(log.text().contains(QStringLiteral("→ %1").arg(to)));
        const CliResult lock = w.run({ QStringLiteral("allocate"), QStringLiteral("unlock"),
            QStringLiteral("--slot"), kSlot, QStringLiteral("--attendee"), fullName(who) });
        QVERIFY2(lock.exitCode == 0, lock.err.constData());
        QCOMPARE(lock.text().trimmed(), QStringLiteral("%1 is unlocked in %2.").arg(fullName(who), to));

        if (!namesake.isEmpty()) {
            const QString first = namesake.value(QStringLiteral("firstName")).toString();
            const CliResult ambiguous = w.run({ QStringLiteral("allocate"), QStringLiteral("lock"),
                QStringLiteral("--slot"), kSlot, QStringLiteral("--attendee"), first });
            QCOMPARE(ambiguous.exitCode, 1);
            QVERIFY2(ambiguous.errors().contains(QStringLiteral("More than one person")),
                ambiguous.err.constData());
            int listed = 0;
            for (const auto &v : people)
                if (v.toObject().value(QStringLiteral("firstName")).toString() == first)
                    listed
                        += ambiguous.errors().contains(v.toObject().value(QStringLiteral("id")).toString());
            QVERIFY2(listed >= 2, ambiguous.err.constData());
        }
        const CliResult unknown = w.run({ QStringLiteral("allocate"), QStringLiteral("lock"),
            QStringLiteral("--slot"), kSlot, QStringLiteral("--attendee"), QStringLiteral("Zyxwq Qvvxz") });
        QCOMPARE(unknown.exitCode, 3);
        QVERIFY2(unknown.errors().contains(QStringLiteral("Zyxwq Qvvxz")), unknown.err.constData());
    }

    // restore brings an earlier run back, as a new run in the log.
    void restoreAnEarlierRun()
    {
        ensureAllocated(60);
        if (QTest::currentTestFailed())
            return;
        const CliResult first = w.run({ QStringLiteral("allocate"), QStringLiteral("--slot"), kSlot,
            QStringLiteral("--json"), QStringLiteral("--expected") });
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const qint64 runId = qint64(first.json().object().value(QStringLiteral("runId")).toDouble());
        const QHash<QString, QString> expected = savedGroups();
        const CliResult second = w.run(
            { QStringLiteral("allocate"), QStringLiteral("--slot"), kSlot, QStringLiteral("--json") });
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY(savedGroups() != expected);

        QCOMPARE(
            w.run({ QStringLiteral("allocate"), QStringLiteral("restore"), QStringLiteral("--slot"), kSlot })
                .exitCode,
            2);
        QCOMPARE(w.run({ QStringLiteral("allocate"), QStringLiteral("restore"), QStringLiteral("--slot"),
                           kSlot, QStringLiteral("--run"), QStringLiteral("9999") })
                     .exitCode,
            3);
        const CliResult restored = w.run({ QStringLiteral("allocate"), QStringLiteral("restore"),
            QStringLiteral("--slot"), kSlot, QStringLiteral("--run"), QString::number(runId),
            QStringLiteral("--by"), QStringLiteral("Ola") });
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        QCOMPARE(savedGroups(), expected);
        const QJsonObject last = auditLog().last().toObject();
        QCOMPARE(last.value(QStringLiteral("kind")).toString(), QStringLiteral("run"));
        QCOMPARE(last.value(QStringLiteral("by")).toString(), QStringLiteral("Ola"));
        QVERIFY(last.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("restored run %1").arg(runId)));
        const QJsonArray runs = w.run({ QStringLiteral("allocate"), QStringLiteral("runs"),
                                          QStringLiteral("--slot"), kSlot, QStringLiteral("--json") })
                                    .json()
                                    .array();
        QVERIFY(runs.last().toObject().value(QStringLiteral("current")).toBool());
        QVERIFY(qint64(runs.last().toObject().value(QStringLiteral("id")).toDouble()) > runId);
        const CliResult log
            = w.run({ QStringLiteral("allocate"), QStringLiteral("log"), QStringLiteral("--slot"), kSlot });
        QVERIFY2(
            log.text().contains(QStringLiteral("Run")) && log.text().contains(QStringLiteral("Published")),
            log.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliAllocate)
#include "tst_cli_allocate.moc"
