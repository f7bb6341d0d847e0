// alloc::AllocationService on real SQLite files with the sample workshop:
// explaining writes nothing (the files are byte-identical) and explains where
// people are in the saved allocation; fixed groups as organisers write them
// ("Tema 2", "tema 3", "1") hold, an unknown one is a warning naming the
// person; an earlier run comes back with restore, in the audit log; moves by
// group name; messages name people and themes.

#include "alloc/allocation_service.h"
#include "sample_store.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QTest>

#include <sqlite3.h>

using namespace oppmote;
using namespace oppmote::alloc;

namespace {

const QString kSlot = QStringLiteral("d1-1400");
const QString kMixed = QStringLiteral("d2-1100");

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("(none)");
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// Every row of the allocation tables, read with a connection of its own.
QStringList allocationRows(const QString &path)
{
    QStringList rows;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return { QStringLiteral("cannot open") };
    }
    for (const char *table :
        { "assignments", "allocation_runs", "allocation_audit", "allocation_run_assignments" }) {
        sqlite3_stmt *st = nullptr;
        const QByteArray sql = QByteArray("SELECT * FROM ") + table + " ORDER BY rowid";
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
            rows << QStringLiteral("no table %1").arg(QLatin1String(table));
            continue;
        }
        while (sqlite3_step(st) == SQLITE_ROW) {
            QStringList cells { QLatin1String(table) };
            for (int c = 0; c < sqlite3_column_count(st); ++c)
                cells << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, c)));
            rows << cells.join(QLatin1Char('|'));
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return rows;
}

QHash<QString, Assignment> byAttendee(const QList<Assignment> &list)
{
    QHash<QString, Assignment> map;
    for (const Assignment &a : list)
        map.insert(a.attendeeId, a);
    return map;
}

// Participants without a fixed group, from the roster.
QList<Attendee> participants(const QList<Attendee> &roster)
{
    QList<Attendee> list;
    for (const Attendee &a : roster)
        if (a.type == AttendeeType::Participant && a.fixedGroup.isEmpty())
            list.append(a);
    return list;
}

void checkIn(Store &store, const QList<Attendee> &people, int from, int to)
{
    for (int i = from; i < to && i < people.size(); ++i) {
        CheckinRequest r;
        r.attendeeId = people[i].id;
        auto outcome = store.checkIn(r);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
    }
}

RunRequest runRequest(const QString &slot, Population population = Population::Expected, int moveCost = 0)
{
    RunRequest r;
    r.plan.slotKey = slot;
    r.plan.population = population;
    r.plan.options.solver.moveCost = moveCost;
    r.by = QStringLiteral("Anne");
    return r;
}

bool isFixedSeat(const Plan &plan, const QString &id, const QString &groupKey)
{
    for (const FixedSeat &f : plan.problem.problem.fixedSeats)
        if (f.personId == id)
            return plan.problem.problem.groups[std::size_t(f.group)].key == groupKey && !f.locked;
    return false;
}

bool isToPlace(const Plan &plan, const QString &id)
{
    for (const alloc::Person &p : plan.problem.problem.people)
        if (p.id == id)
            return true;
    return false;
}

} // namespace

class TestAllocationService : public QObject
{
    Q_OBJECT

private slots:
    void explainWritesNothingAndExplainsTheSavedPlace()
    {
        test::SampleStore s = test::makeSampleStore(90);
        Store &store = *s.store;
        AllocationService service(store);
        const QList<Attendee> people = participants(s.attendees);
        checkIn(store, people, 0, 60);
        auto first = service.run(runRequest(kSlot, Population::CheckedIn));
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        // Someone moved by hand after the run, and late arrivals a new solve would place.
        const QString moved = people[3].id;
        const QString movedFrom = byAttendee(store.assignments(kSlot).value()).value(moved).groupKey;
        const QString movedTo
            = movedFrom == QLatin1String("d1-1400-g1") ? QStringLiteral("Tema 2") : QStringLiteral("Tema 1");
        QVERIFY(
            service.move(kSlot, moved, movedTo, QStringLiteral("Anne"), QStringLiteral("step-free")).ok());
        checkIn(store, people, 60, people.size());

        const QStringList rowsBefore = allocationRows(s.path);
        const QByteArray dbBefore = fileHash(s.path);
        const QByteArray walBefore = fileHash(s.path + QStringLiteral("-wal"));
        const QList<Assignment> saved = store.assignments(kSlot).value();
        QVERIFY(!saved.isEmpty());

        for (const Assignment &a : saved) {
            auto why = service.explain(kSlot, a.attendeeId);
            QVERIFY2(why.ok(), qPrintable(why.error().message));
            const Explanation &e = why->explanation;
            QCOMPARE(e.personId, a.attendeeId);
            QVERIFY(e.group >= 0);
            // Where the saved allocation has them, not where a new solve would put them.
            QCOMPARE(why->allocation.problem.problem.groups[std::size_t(e.group)].key, a.groupKey);
            QVERIFY(!e.summary().isEmpty());
            if (a.attendeeId == moved) {
                QVERIFY(a.locked);
                QCOMPARE(e.reasons.front().kind, ReasonKind::Locked);
            }
        }
        // Someone who came after the run has no place, and is told so.
        auto late = service.explain(kSlot, people.last().id);
        QVERIFY2(late.ok(), qPrintable(late.error().message));
        QCOMPARE(late->explanation.group, -1);
        QCOMPARE(late->allocation.runId, first->runId);

        QCOMPARE(allocationRows(s.path), rowsBefore);
        QCOMPARE(fileHash(s.path), dbBefore);
        QCOMPARE(fileHash(s.path + QStringLiteral("-wal")), walBefore);
        QCOMPARE(store.assignments(kSlot).value().size(), saved.size());

        // Unknown people and slots never allocated are errors in words.
        auto nobody = service.explain(kSlot, QStringLiteral("nobody"));
        QCOMPARE(nobody.error().code, ErrorCode::NotFound);
        auto never = service.explain(kMixed, people[0].id);
        QCOMPARE(never.error().code, ErrorCode::NotFound);
        QVERIFY2(never.error().message.contains(QStringLiteral("not been allocated")),
            qPrintable(never.error().message));
        QCOMPARE(fileHash(s.path), dbBefore);
    }

    // A re-run names whom it moved: someone put by hand outside their first
    // choice and unlocked goes back (no moving cost), from the group they were in.
    void aRerunSaysWhoItMoved()
    {
        test::SampleStore s = test::makeSampleStore(60);
        Store &store = *s.store;
        AllocationService service(store);
        auto first = service.run(runRequest(kSlot));
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QVERIFY(first->moved.isEmpty()); // nothing before it
        const Plan &plan = first->plan;
        QString who;
        for (std::size_t i = 0; i < plan.problem.problem.people.size() && who.isEmpty(); ++i)
            if (plan.outcome.placements[i].rank == 1 && plan.outcome.placements[i].group >= 0)
                who = plan.problem.problem.people[i].id;
        QVERIFY(!who.isEmpty());
        const QString firstChoice = byAttendee(store.assignments(kSlot).value()).value(who).groupKey;
        const QString elsewhere = firstChoice == QLatin1String("d1-1400-g1") ? QStringLiteral("d1-1400-g2")
                                                                             : QStringLiteral("d1-1400-g1");
        QVERIFY(service.move(kSlot, who, elsewhere, QStringLiteral("Anne"), QStringLiteral("test")).ok());
        QVERIFY(service.unlock(kSlot, who, QStringLiteral("Anne")).ok());

        auto second = service.run(runRequest(kSlot));
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        const QHash<QString, Assignment> now = byAttendee(store.assignments(kSlot).value());
        QCOMPARE(now.value(who).groupKey, firstChoice);
        bool named = false;
        for (const MoveResult &m : second->moved) {
            QVERIFY(m.from.has_value());
            QVERIFY(m.from->key != m.to.key);
            QCOMPARE(now.value(m.person.id).groupKey, m.to.key);
            if (m.person.id == who) {
                named = true;
                QCOMPARE(m.from->key, elsewhere);
                QCOMPARE(m.from->name, service.groupName(plan.slot, elsewhere));
                QVERIFY(!personName(m.person).isEmpty());
            }
        }
        QVERIFY(named);
        QCOMPARE(int(second->moved.size()), second->plan.outcome.quality.moved);
    }

    void fixedGroupsAsOrganisersWriteThemHold()
    {
        test::SampleStore s = test::makeSampleStore(60);
        Store &store = *s.store;
        QList<Attendee> people = participants(s.attendees);
        QVERIFY(people.size() >= 4);
        people[0].fixedGroup = QStringLiteral("Tema 2");
        people[1].fixedGroup = QStringLiteral("tema 3");
        people[2].fixedGroup = QStringLiteral("1");
        people[3].fixedGroup = QStringLiteral("d1-1400-g2");
        QVERIFY(store.upsertAttendees(people.mid(0, 4)).ok());
        AllocationService service(store);

        auto run = service.run(runRequest(kSlot));
        QVERIFY2(run.ok(), qPrintable(run.error().message));
        QVERIFY2(run->plan.warnings().isEmpty(), qPrintable(run->plan.warnings().join(QLatin1Char('\n'))));
        const QStringList expected { QStringLiteral("d1-1400-g2"), QStringLiteral("d1-1400-g3"),
            QStringLiteral("d1-1400-g1"), QStringLiteral("d1-1400-g2") };
        const auto saved = byAttendee(store.assignments(kSlot).value());
        for (int i = 0; i < 4; ++i) {
            QVERIFY2(isFixedSeat(run->plan, people[i].id, expected[i]), qPrintable(people[i].fixedGroup));
            QCOMPARE(saved.value(people[i].id).groupKey, expected[i]);
            QVERIFY(saved.value(people[i].id).fixed);
        }

        // Day 2's mixed groups: "Tema 2" and "1" are day 1's themes, so these
        // people are placed like everyone else there, without a warning.
        auto mixed = service.plan({ kMixed, {}, Population::Expected });
        QVERIFY2(mixed.ok(), qPrintable(mixed.error().message));
        QVERIFY2(mixed->warnings().isEmpty(), qPrintable(mixed->warnings().join(QLatin1Char('\n'))));
        for (int i = 0; i < 4; ++i)
            QVERIFY(isToPlace(mixed.value(), people[i].id));
        // A mixed group by its name holds there.
        auto event = store.program().value();
        const Session *day2 = event.session(kMixed);
        QVERIFY(day2 && day2->mixedGroups && day2->groups.size() >= 2);
        people[0].fixedGroup = day2->groups[1].name;
        QVERIFY(store.upsertAttendees({ people[0] }).ok());
        auto again = service.plan({ kMixed, {}, Population::Expected });
        QVERIFY(again.ok());
        QVERIFY(isFixedSeat(again.value(), people[0].id, day2->groups[1].key));
    }

    void anUnknownFixedGroupWarnsNamingThePerson()
    {
        test::SampleStore s = test::makeSampleStore(40);
        Store &store = *s.store;
        Attendee kari = participants(s.attendees).front();
        kari.firstName = QStringLiteral("Kari");
        kari.lastName = QStringLiteral("Nordmann");
        kari.fixedGroup = QStringLiteral("Tema 9");
        QVERIFY(store.upsertAttendees({ kari }).ok());
        AllocationService service(store);
        auto plan = service.plan({ kSlot, {}, Population::Expected });
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan->warnings(),
            QStringList { QStringLiteral("Kari Nordmann: fixed group «Tema 9» is not a group of d1-1400") });
        QVERIFY(isToPlace(plan.value(), kari.id)); // not fixed anywhere: placed as a participant
        auto mixed = service.plan({ kMixed, {}, Population::Expected });
        QVERIFY(mixed.ok());
        QCOMPARE(mixed->warnings().size(), 1);
        QVERIFY(mixed->warnings().front().startsWith(QStringLiteral("Kari Nordmann: ")));
        QVERIFY(!mixed->warnings().front().contains(kari.id));
    }

    void restoreBringsBackAnEarlierRun()
    {
        test::SampleStore s = test::makeSampleStore(80);
        Store &store = *s.store;
        AllocationService service(store);
        auto first = service.run(runRequest(kSlot));
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        const QList<Assignment> run1 = store.assignments(kSlot).value();
        QCOMPARE(store.runAssignments(first->runId).value().size(), run1.size());

        // A second run of fewer people (only those checked in), and a manual move on top.
        const QList<Attendee> people = participants(s.attendees);
        checkIn(store, people, 0, 20);
        auto second = service.run(runRequest(kSlot, Population::CheckedIn));
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QVERIFY(store.assignments(kSlot).value().size() < run1.size());
        QVERIFY(
            service
                .move(kSlot, people[0].id, QStringLiteral("3"), QStringLiteral("Anne"), QStringLiteral("x"))
                .ok());

        auto restored
            = service.restore(kSlot, first->runId, QStringLiteral("Ola"), QStringLiteral("lists printed"));
        QVERIFY2(restored.ok(), qPrintable(restored.error().message));
        QCOMPARE(restored->restoredRun, first->runId);
        QVERIFY(restored->runId > second->runId);
        QCOMPARE(restored->people, run1.size());
        const auto now = byAttendee(store.assignments(kSlot).value());
        QCOMPARE(now.size(), run1.size());
        for (const Assignment &a : run1) {
            QCOMPARE(now.value(a.attendeeId).groupKey, a.groupKey);
            QCOMPARE(now.value(a.attendeeId).locked, a.locked);
            QCOMPARE(now.value(a.attendeeId).fixed, a.fixed); // case presenters stay fixed
        }
        QVERIFY(std::any_of(run1.begin(), run1.end(), [](const Assignment &a) { return a.fixed; }));

        auto log = store.auditLog(kSlot).value();
        QCOMPARE(log.last().kind, AuditKind::Run);
        QCOMPARE(log.last().by, QStringLiteral("Ola"));
        QVERIFY2(log.last().reason.contains(QStringLiteral("restored run %1").arg(first->runId)),
            qPrintable(log.last().reason));
        QVERIFY(log.last().reason.contains(QStringLiteral("lists printed")));
        auto runs = service.runs(kSlot).value();
        QCOMPARE(runs.size(), 3);
        QVERIFY(runs.last().current);
        QCOMPARE(runs.last().run.id, restored->runId);
        QCOMPARE(runs.last().placed, runs.first().placed);
        // Publishing now publishes the restored allocation's run.
        QCOMPARE(service.publish(kSlot, QStringLiteral("Ola")).value(), restored->runId);

        auto missing = service.restore(kSlot, 999, QStringLiteral("Ola"));
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QCOMPARE(
            service.restore(kMixed, first->runId, QStringLiteral("Ola")).error().code, ErrorCode::NotFound);
        QCOMPARE(store.allocationRuns(kSlot).value().size(), 3);
    }

    void movesByGroupNameAndMessagesNamePeople()
    {
        test::SampleStore s = test::makeSampleStore(60);
        Store &store = *s.store;
        AllocationService service(store);
        QVERIFY(service.run(runRequest(kSlot)).ok());
        const QList<Attendee> people = participants(s.attendees);
        const Attendee &who = people[5];
        const QString name = personName(who);

        auto moved = service.move(
            kSlot, who.id, QStringLiteral("tema 3"), QStringLiteral("Anne"), QStringLiteral("x"));
        QVERIFY2(moved.ok(), qPrintable(moved.error().message));
        QCOMPARE(moved->to.key, QStringLiteral("d1-1400-g3"));
        QCOMPARE(moved->to.name, QStringLiteral("Tema 3"));
        auto now = byAttendee(store.assignments(kSlot).value());
        QCOMPARE(now.value(who.id).groupKey, QStringLiteral("d1-1400-g3"));
        QVERIFY(now.value(who.id).locked);
        const AuditEntry move = store.auditLog(kSlot).value().last();
        QCOMPARE(move.kind, AuditKind::Move);
        QCOMPARE(move.toGroup, QStringLiteral("d1-1400-g3"));

        QVERIFY(service.move(kSlot, who.id, QStringLiteral("1"), QStringLiteral("Anne"), QStringLiteral("x"))
                    .ok());
        QCOMPARE(byAttendee(store.assignments(kSlot).value()).value(who.id).groupKey,
            QStringLiteral("d1-1400-g1"));

        auto unknown = service.move(
            kSlot, who.id, QStringLiteral("Tema 9"), QStringLiteral("Anne"), QStringLiteral("x"));
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QVERIFY2(unknown.error().message.contains(QStringLiteral("Tema 1, Tema 2, Tema 3")),
            qPrintable(unknown.error().message));
        QVERIFY(
            !service.move(kSlot, who.id, QStringLiteral("Tema 2"), QStringLiteral("Anne"), QString()).ok());

        // A case presenter is fixed: the refusal names them and their theme.
        Attendee presenter;
        for (const Attendee &a : s.attendees)
            if (a.fixedGroup == QLatin1String("d1-1400-g2"))
                presenter = a;
        QVERIFY(!presenter.id.isEmpty());
        auto fixed = service.move(
            kSlot, presenter.id, QStringLiteral("Tema 1"), QStringLiteral("Anne"), QStringLiteral("x"));
        QCOMPARE(fixed.error().code, ErrorCode::Conflict);
        QVERIFY2(fixed.error().message.contains(personName(presenter)), qPrintable(fixed.error().message));
        QVERIFY(fixed.error().message.contains(QStringLiteral("Tema 2")));
        QVERIFY(!fixed.error().message.contains(presenter.id));

        // Locking someone without a place names them, not their id.
        auto lock = service.lock(kMixed, who.id, QStringLiteral("Anne"));
        QCOMPARE(lock.error().code, ErrorCode::NotFound);
        QVERIFY2(lock.error().message.contains(name), qPrintable(lock.error().message));
        QVERIFY(!lock.error().message.contains(who.id));
        auto locked = service.lock(kSlot, people[6].id, QStringLiteral("Anne"));
        QVERIFY(locked.ok());
        QVERIFY(locked->name.startsWith(QStringLiteral("Tema ")));

        // A mixed slot's groups by number once it is allocated.
        QVERIFY(service.run(runRequest(kMixed)).ok());
        auto mixed
            = service.move(kMixed, who.id, QStringLiteral("2"), QStringLiteral("Anne"), QStringLiteral("x"));
        QVERIFY2(mixed.ok(), qPrintable(mixed.error().message));
        QCOMPARE(mixed->to.key, QStringLiteral("d2-1100-g2"));
    }
};

QTEST_GUILESS_MAIN(TestAllocationService)
#include "tst_allocation_service.moc"
