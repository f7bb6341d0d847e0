// The workshop's own case, through the adapter: day 1 14:00 (three themes with
// their case presenters), a re-run after 10 % late arrivals, the group lists,
// and day 2 11:00 (mixed groups).
#include "alloc/alloc_adapter.h"
#include "alloc/alloc_json.h"
#include "alloc/allocator.h"
#include "alloc/group_lists.h"
#include "alloc_fixtures.h"
#include "i18n/translations.h"
#include "pdf_pages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace oppmote;
using namespace oppmote::alloc;

namespace {

constexpr int kRoster = 160;

AdapterOptions workshopOptions()
{
    AdapterOptions o;
    o.solver.orgCapShare = 0.2; // no county council holds more than a fifth of a theme's seats
    o.solver.rankCost = RankCost::Convex;
    return o;
}

QSet<QString> firstArrivals(const QList<Attendee> &roster)
{
    // 90 % came on time: every tenth person on the roster is late. Case presenters are on time.
    QSet<QString> ids;
    for (qsizetype i = 0; i < roster.size(); ++i)
        if (i % 10 != 7 || roster[i].fixedGroup.size() > 0)
            ids.insert(roster[i].id);
    return ids;
}

} // namespace

class TestAllocWorkshop : public QObject
{
    Q_OBJECT

private slots:
    void themesWithCasePresenters()
    {
        const Session slot = fixtures::workshopSlot();
        const QList<Attendee> roster = fixtures::workshopRoster(kRoster, 2017);
        const auto built = buildProblem(slot, roster, {}, workshopOptions());
        QVERIFY2(built.ok(), qPrintable(built.error().message));
        QCOMPARE(built->problem.fixedSeats.size(), std::size_t(5));
        QCOMPARE(built->problem.people.size(), std::size_t(kRoster));
        QCOMPARE(built->problem.organisations.size(), 20);
        const auto outcome = allocate(built->problem);
        QVERIFY(outcome.ok());
        const Quality &q = outcome->quality;
        QCOMPARE(q.placed, kRoster);
        QCOMPARE(q.unplaced, 0);
        QVERIFY(q.rankCounts[1] > kRoster / 2);
        // Tema 2 (50 seats, two case presenters) is wanted by more than it holds: reported with its numbers.
        const GroupReport &tema2 = outcome->groups[1];
        QVERIFY(tema2.firstChoiceDemand > 48);
        QCOMPARE(tema2.size, 50);
        const QString full
            = QStringLiteral("Tema 2 is full: %1 want it, 48 seats").arg(tema2.firstChoiceDemand);
        QVERIFY(std::any_of(outcome->rules.begin(), outcome->rules.end(),
            [&](const RuleNotMet &r) { return r.message == full; }));
        for (const GroupReport &g : outcome->groups) {
            QVERIFY(g.size <= g.capacity);
            QVERIFY(!g.belowMinimum);
            for (const OrgCount &c : g.mix)
                QVERIFY2(c.count <= g.orgCap, qPrintable(c.organisation));
        }
        // Case presenters are in their theme, as fixed seats.
        const QList<Assignment> assignments = toAssignments(built.value(), outcome.value());
        QCOMPARE(assignments.size(), roster.size());
        for (const Assignment &a : assignments)
            if (a.attendeeId.startsWith(QStringLiteral("case-"))) {
                QVERIFY(a.fixed);
                const auto it = std::find_if(
                    roster.begin(), roster.end(), [&](const Attendee &r) { return r.id == a.attendeeId; });
                QCOMPARE(a.groupKey, it->fixedGroup);
            }
        // JSON for `oppmote allocate --json`.
        const QJsonObject json = outcomeToJson(built->problem, outcome.value());
        QCOMPARE(json.value(QStringLiteral("quality")).toObject().value(QStringLiteral("placed")).toInt(),
            kRoster);
        QCOMPARE(json.value(QStringLiteral("groups")).toArray().size(), 3);
        QCOMPARE(json.value(QStringLiteral("assignments")).toArray().size(), kRoster + 5);
        // Every explanation has a reason; someone in their 2nd choice hears why.
        const auto all = explainAll(built->problem, outcome.value());
        QCOMPARE(all.size(), std::size_t(kRoster + 5));
        bool sawSecond = false;
        for (const Explanation &e : all) {
            QVERIFY(!e.reasons.empty());
            if (e.rank == 2) {
                sawSecond = true;
                QVERIFY2(e.summary().contains(QStringLiteral("was full"))
                        || e.summary().contains(QStringLiteral("the most one organisation")),
                    qPrintable(e.summary()));
                QVERIFY(!explanationToJson(built->problem, e)
                             .value(QStringLiteral("summary"))
                             .toString()
                             .isEmpty());
            }
        }
        QVERIFY(sawSecond);
    }

    void rerunAfterLateArrivalsMovesFew()
    {
        const Session slot = fixtures::workshopSlot();
        const QList<Attendee> roster = fixtures::workshopRoster(kRoster, 2017);
        const QList<Attendee> onTime = selectPeople(roster, firstArrivals(roster), Population::CheckedIn);
        QVERIFY(onTime.size() < roster.size());
        const auto first = buildProblem(slot, onTime, {}, workshopOptions());
        QVERIFY(first.ok());
        const auto firstOutcome = allocate(first->problem);
        QVERIFY(firstOutcome.ok());
        const QList<Assignment> before = toAssignments(first.value(), firstOutcome.value());

        AdapterOptions sticky = workshopOptions();
        sticky.solver.moveCost = 4;
        const auto again = buildProblem(slot, roster, before, sticky);
        QVERIFY(again.ok());
        const auto stickyOutcome = allocate(again->problem);
        AdapterOptions loose = workshopOptions();
        const auto looseProblem = buildProblem(slot, roster, before, loose);
        const auto looseOutcome = allocate(looseProblem->problem);
        QVERIFY(stickyOutcome.ok() && looseOutcome.ok());
        const int moved = stickyOutcome->quality.moved;
        qInfo("late arrivals: %d; moved with moving cost: %d, without: %d",
            int(roster.size() - onTime.size()), moved, looseOutcome->quality.moved);
        QVERIFY(moved <= looseOutcome->quality.moved);
        QVERIFY2(moved <= int(roster.size() - onTime.size()), "more people moved than arrived late");
        QCOMPARE(stickyOutcome->quality.unplaced, 0);
        // The moved ones are named and explained.
        for (std::size_t i = 0; i < stickyOutcome->placements.size(); ++i)
            if (stickyOutcome->placements[i].moved) {
                const Explanation e
                    = explain(again->problem, stickyOutcome.value(), again->problem.people[i].id);
                QCOMPARE(e.reasons.back().kind, ReasonKind::Moved);
            }
        const QJsonObject json = outcomeToJson(again->problem, stickyOutcome.value());
        QCOMPARE(json.value(QStringLiteral("moved")).toArray().size(), moved);
    }

    void cleanup() { installTranslations(*QCoreApplication::instance(), Language::English); }

    // In the UI language (Bokmål here), like everything the desk and the command line make.
    void groupListsAsCsvAndPdf()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), Language::Bokmal));
        const Session slot = fixtures::workshopSlot();
        const QList<Attendee> roster = fixtures::workshopRoster(kRoster, 2017);
        const auto built = buildProblem(slot, roster, {}, workshopOptions());
        const auto outcome = allocate(built->problem);
        QVERIFY(outcome.ok());
        const auto rows = groupListRows(built.value(), outcome.value(), roster);
        QCOMPARE(rows.size(), roster.size());
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("grupper.csv"));
        const QString pdf = dir.filePath(QStringLiteral("grupper.pdf"));
        const QString signs = dir.filePath(QStringLiteral("skilt.pdf"));
        QVERIFY(writeGroupListsCsv(csv, rows).ok());
        QVERIFY(writeDoorSignsPdf(signs, slot.title, rows).ok());
        QVERIFY(writeGroupListsPdf(pdf, slot.title, rows).ok());
        if (qEnvironmentVariableIsSet("OPPMOTE_KEEP_PDF"))
            QFile::copy(pdf, qEnvironmentVariable("OPPMOTE_KEEP_PDF"));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray bytes = c.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFRom;Gruppe;Navn;Organisasjon;Rolle\r\n"));
        QCOMPARE(bytes.count("\r\n"), roster.size() + 1);
        QVERIFY(bytes.contains(
            QStringLiteral("Møterom Nordmøre;Tema 2;Kathrin Jakobsen;Hordaland fylkeskommune;fasilitator")
                .toUtf8()));
        // Three groups of 48–60 people: each starts a page and runs onto a second.
        QCOMPARE(test::pdfPageCount(pdf), 6);
        // One door sign per group.
        QCOMPARE(test::pdfPageCount(signs), 3);
        const auto unwritable = writeGroupListsCsv(QStringLiteral("/nonexistent-dir/x.csv"), rows);
        QVERIFY(!unwritable.ok());
        QVERIFY2(unwritable.error().message.startsWith(QStringLiteral("Kan ikke skrive")),
            qPrintable(unwritable.error().message));
        QVERIFY(!writeDoorSignsPdf(QStringLiteral("/nonexistent-dir/x.pdf"), slot.title, rows).ok());
    }

    void mixedGroupsOnDayTwo()
    {
        Session slot;
        slot.key = QStringLiteral("d2-1100");
        slot.kind = SessionKind::GroupWork;
        slot.mixedGroups = true;
        const QList<Attendee> roster = fixtures::workshopRoster(120, 99);
        AdapterOptions o;
        o.mixedGroupSize = 8;
        const auto built = buildProblem(slot, roster, {}, o);
        QVERIFY(built.ok());
        QCOMPARE(built->problem.groups.size(), std::size_t(16)); // 125 people in groups of about 8
        for (const alloc::Person &p : built->problem.people)
            QVERIFY(p.choices.empty());
        const auto outcome = allocate(built->problem);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->quality.unplaced, 0);
        int smallest = 1000, largest = 0, worstSameOrg = 0;
        for (const GroupReport &g : outcome->groups) {
            smallest = std::min(smallest, g.size);
            largest = std::max(largest, g.size);
            worstSameOrg = std::max(worstSameOrg, g.mix.front().count);
        }
        QVERIFY2(largest - smallest <= 1, qPrintable(QStringLiteral("%1..%2").arg(smallest).arg(largest)));
        // The largest organisation has ~13 people over 16 groups: nobody needs to sit with two colleagues.
        QVERIFY2(worstSameOrg <= 2, qPrintable(QString::number(worstSameOrg)));
    }

    void adapterMapsPreferencesLocksAndWarnings()
    {
        const Session slot = fixtures::workshopSlot();
        QList<Attendee> people(3);
        people[0].id = QStringLiteral("x1");
        people[0].preferences
            = { QStringLiteral("d1-1400-g3"), QStringLiteral("Tema 1"), QStringLiteral("9") };
        people[1].id = QStringLiteral("x2");
        people[1].preferences = { QStringLiteral("2") };
        people[2].id = QStringLiteral("x3");
        const QList<Assignment> existing
            = { { slot.key, QStringLiteral("x3"), QStringLiteral("d1-1400-g1"), true, false },
                  { slot.key, QStringLiteral("x2"), QStringLiteral("d1-1400-g3"), false, false } };
        const auto built = buildProblem(slot, people, existing, {});
        QVERIFY(built.ok());
        const Problem &p = built->problem;
        QCOMPARE(p.people.size(), std::size_t(2));
        QCOMPARE(p.people[0].choices.size(), std::size_t(2));
        QCOMPARE(p.people[0].choices[0].group, 2);
        QCOMPARE(p.people[0].choices[1].group, 0);
        QCOMPARE(p.people[0].choices[1].rank, 2);
        QCOMPARE(p.people[1].previousGroup, 2);
        QCOMPARE(p.fixedSeats.size(), std::size_t(1));
        QVERIFY(p.fixedSeats[0].locked);
        QCOMPARE(built->warnings.size(), 1);
        QVERIFY(built->warnings.first().contains(QStringLiteral("«9»")));
        Session plenary;
        plenary.key = QStringLiteral("d1-1000");
        QVERIFY(!buildProblem(plenary, people, {}, {}).ok());
    }

    // A fixed group as organisers write it: key, theme name in any case, number;
    // another slot's group is not for this slot; anything else is a warning with the name.
    void fixedGroupsAsWritten()
    {
        const Session slot = fixtures::workshopSlot();
        Session mixed;
        mixed.key = QStringLiteral("d2-1100");
        mixed.kind = SessionKind::GroupWork;
        mixed.mixedGroups = true;
        QList<Attendee> people(6);
        const QStringList written { QStringLiteral("Tema 2"), QStringLiteral("tema 3"), QStringLiteral("1"),
            QStringLiteral("d1-1400-g2"), QStringLiteral("Tema 9"), QStringLiteral("Gruppe 2") };
        for (int i = 0; i < 6; ++i) {
            people[i].id = QStringLiteral("p%1").arg(i);
            people[i].firstName = QStringLiteral("Kari%1").arg(i);
            people[i].lastName = QStringLiteral("Nordmann");
            people[i].fixedGroup = written[i];
        }
        AdapterOptions o;
        o.allSlots = { slot, mixed };
        o.mixedGroupSize = 2; // day 2: three groups for six people
        const auto built = buildProblem(slot, people, {}, o);
        QVERIFY(built.ok());
        QHash<QString, int> fixedTo;
        for (const FixedSeat &f : built->problem.fixedSeats)
            fixedTo.insert(f.personId, f.group);
        QCOMPARE(fixedTo.value(QStringLiteral("p0"), -1), 1);
        QCOMPARE(fixedTo.value(QStringLiteral("p1"), -1), 2);
        QCOMPARE(fixedTo.value(QStringLiteral("p2"), -1), 0);
        QCOMPARE(fixedTo.value(QStringLiteral("p3"), -1), 1);
        QVERIFY(!fixedTo.contains(QStringLiteral("p4")));
        QVERIFY(!fixedTo.contains(QStringLiteral("p5"))); // day 2's group: placed here like anyone
        QCOMPARE(built->warnings,
            QStringList { QStringLiteral("Kari4 Nordmann: fixed group «Tema 9» is not a group of d1-1400") });

        // Day 2: only "Gruppe 2" is for it; "1" and "Tema 2" are day 1's themes.
        const auto day2 = buildProblem(mixed, people, {}, o);
        QVERIFY(day2.ok());
        QCOMPARE(day2->problem.fixedSeats.size(), std::size_t(1));
        QCOMPARE(day2->problem.fixedSeats[0].personId, QStringLiteral("p5"));
        QCOMPARE(day2->problem.groups[std::size_t(day2->problem.fixedSeats[0].group)].key,
            QStringLiteral("d2-1100-m2"));
        QCOMPARE(day2->warnings.size(), 1);
        QVERIFY(day2->warnings.front().startsWith(QStringLiteral("Kari4 Nordmann: fixed group «Tema 9»")));
    }
};

QTEST_MAIN(TestAllocWorkshop) // the PDF needs a QGuiApplication (fonts)
#include "tst_alloc_workshop.moc"
