// What goes on a badge: name, organisation, code, and the group and room
// from a fixed group or the allocation.

#include "badge/badge_data.h"
#include "sample_store.h"

#include <QtTest>

using namespace oppmote;

class TestBadgeData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupAndRoomFromTheAllocation()
    {
        const Event event = test::sampleEvent();
        Attendee a;
        a.id = QStringLiteral("a1");
        a.firstName = QStringLiteral("Åse");
        a.lastName = QStringLiteral("Løvås");
        a.organisation = QStringLiteral("Rogaland fylkeskommune");
        a.token = QStringLiteral("OP1-TEST");
        const BadgeData none = badgeDataFor(a, event, {});
        QCOMPARE(none.eventName, event.name);
        QVERIFY(none.group.isEmpty());
        const BadgeData placed
            = badgeDataFor(a, event, { QStringLiteral("d1-1400-g2"), QStringLiteral("d2-1100-g4") });
        QCOMPARE(placed.group, QStringLiteral("Tema 2"));
        QCOMPARE(placed.room, event.group(QStringLiteral("d1-1400-g2"))->room);
        QCOMPARE(placed.token, a.token);
        // A case presenter's fixed group wins over an allocation.
        a.fixedGroup = QStringLiteral("d1-1400-g3");
        QCOMPARE(badgeDataFor(a, event, { QStringLiteral("d1-1400-g2") }).group, QStringLiteral("Tema 3"));
        // Unknown keys are ignored, not printed.
        a.fixedGroup.clear();
        QVERIFY(badgeDataFor(a, event, { QStringLiteral("d9-0000-g1") }).group.isEmpty());

        // Each day's badge shows that day's group: day 1 the theme, day 2 the mixed group.
        const QStringList both { QStringLiteral("d1-1400-g2"), QStringLiteral("d2-1100-g4") };
        QCOMPARE(event.days.size(), 2);
        const BadgeData day1 = badgeDataFor(a, event, both, event.days[0].date);
        QCOMPARE(day1.group, QStringLiteral("Tema 2"));
        const BadgeData day2 = badgeDataFor(a, event, both, event.days[1].date);
        QCOMPARE(day2.group, event.group(QStringLiteral("d2-1100-g4"))->name);
        QCOMPARE(day2.room, event.group(QStringLiteral("d2-1100-g4"))->room);
        QVERIFY(day2.group != day1.group);
        // A day without group work (or no day): the first of them.
        QCOMPARE(badgeDataFor(a, event, both, event.days[1].date.addDays(5)).group, QStringLiteral("Tema 2"));
        // A facilitator fixed in a day-1 theme shows their day-2 group on day 2.
        a.fixedGroup = QStringLiteral("d1-1400-g3");
        QCOMPARE(badgeDataFor(a, event, { QStringLiteral("d2-1100-g4") }, event.days[1].date).group,
            event.group(QStringLiteral("d2-1100-g4"))->name);
        QCOMPARE(badgeDataFor(a, event, { QStringLiteral("d2-1100-g4") }, event.days[0].date).group,
            QStringLiteral("Tema 3"));
    }
};

QTEST_GUILESS_MAIN(TestBadgeData)
#include "test_badge_data.moc"
