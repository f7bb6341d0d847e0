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
    }
};

QTEST_GUILESS_MAIN(TestBadgeData)
#include "test_badge_data.moc"
