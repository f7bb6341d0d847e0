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

    void scheduleListsEveryDaysGroup()
    {
        QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
        const Event event = test::sampleEvent();
        Attendee a;
        a.id = QStringLiteral("a1");
        a.firstName = QStringLiteral("Åse");
        const auto day2 = event.group(QStringLiteral("d2-1100-g4"));
        QVERIFY(day2);
        const BadgeData both = badgeDataFor(
            a, event, { QStringLiteral("d2-1100-g4"), QStringLiteral("d1-1400-g2") }, event.days[0].date);
        QCOMPARE(both.schedule.size(), 2); // in programme order, whatever order the keys came in
        QCOMPARE(both.schedule[0].group, QStringLiteral("Tema 2"));
        QCOMPARE(both.schedule[0].groupKey, QStringLiteral("d1-1400-g2"));
        QCOMPARE(both.schedule[1].group, day2->name);
        QCOMPARE(both.schedule[1].date, event.days[1].date);
        const QStringList lines = both.field(QStringLiteral("schedule")).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2); // a line per place
        QVERIFY2(lines[0].endsWith(QStringLiteral(" 14:00 Tema 2 · Møterom Fjorden")), qPrintable(lines[0]));
        QVERIFY2(lines[1].endsWith(QStringLiteral(" 11:00 %1 · %2").arg(day2->name, day2->room)),
            qPrintable(lines[1]));
        QCOMPARE(both.schedule[0].when, QStringLiteral("man. 14:00")); // written when made, in Bokmål
        QCOMPARE(badgeShowsNote(both), QStringLiteral("groups: d1-1400-g2 d2-1100-g4"));
        // The weekday in the UI language, not English inside Norwegian.
        QVERIFY2(!lines[0].contains(QStringLiteral("Mon")) && !lines[0].contains(QStringLiteral("Tue")),
            qPrintable(lines[0]));
        // Nobody placed yet: no schedule, and a template line with only {schedule} disappears.
        const BadgeData none = badgeDataFor(a, event, {});
        QVERIFY(none.schedule.isEmpty());
        QCOMPARE(badgeShowsNote(none), QString());
        QCOMPARE(none.expand(QStringLiteral("{schedule}")), QString());
    }

    void facilitatorsGroupByNameOrNumber()
    {
        const Event event = test::sampleEvent();
        Attendee a;
        a.id = QStringLiteral("f1");
        a.type = AttendeeType::Facilitator;
        // Organisers write the fixed group as they say it; the badge finds the theme.
        for (const QString &written : { QStringLiteral("Tema 3"), QStringLiteral("tema 3"),
                 QStringLiteral("3"), QStringLiteral("d1-1400-g3") }) {
            a.fixedGroup = written;
            const BadgeData d = badgeDataFor(a, event, {}, event.days[0].date);
            QCOMPARE(d.group, QStringLiteral("Tema 3"));
            QCOMPARE(d.room, QStringLiteral("Møterom Kysten"));
        }
        // A bare number is a theme, never also a mixed group of day 2.
        a.fixedGroup = QStringLiteral("3");
        QCOMPARE(badgeDataFor(a, event, {}).schedule.size(), 1);
    }

    void mixedGroupsMadeByTheAllocationAreFound()
    {
        // A mixed slot whose groups the settings do not list: the allocation names them "<slot>-mN".
        Event event = test::sampleEvent();
        Session *slot = nullptr;
        for (Day &d : event.days)
            for (Session &s : d.sessions)
                if (s.mixedGroups)
                    slot = &s;
        QVERIFY(slot);
        slot->groups.clear();
        const QString key = slot->key + QStringLiteral("-m5");
        const auto group = event.group(key);
        QVERIFY(group);
        QCOMPARE(group->name, QStringLiteral("Gruppe 5"));
        QCOMPARE(event.slotOfGroup(key), slot);
        QVERIFY(!event.group(slot->key + QStringLiteral("-m0")));
        QVERIFY(!event.group(slot->key + QStringLiteral("-mx")));
        Attendee a;
        a.id = QStringLiteral("a2");
        const BadgeData d = badgeDataFor(a, event, { key }, event.days[1].date);
        QCOMPARE(d.group, QStringLiteral("Gruppe 5"));
    }

    void eventDatesInTheUiLanguage()
    {
        Event event;
        Day one;
        one.date = QDate(2017, 9, 25);
        Day two;
        two.date = QDate(2017, 9, 26);
        event.days = { one, two };
        QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
        QCOMPARE(eventDatesText(event), QStringLiteral("25.–26. september 2017"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(eventDatesText(event), QStringLiteral("25–26 September 2017"));
        event.days[1].date = QDate(2017, 10, 2);
        QCOMPARE(eventDatesText(event), QStringLiteral("25 September – 2 October 2017"));
        event.days.removeLast();
        QCOMPARE(eventDatesText(event), QStringLiteral("25 September 2017"));
        event.days[0].date = {};
        QCOMPARE(eventDatesText(event), QString());
        QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    }

    void expandKeepsLineBreaks()
    {
        BadgeData d;
        d.eventName = QStringLiteral("Verksted");
        d.dates = QStringLiteral("25.–26. september 2017");
        QCOMPARE(
            d.expand(QStringLiteral("{event}\n{dates}")), QStringLiteral("Verksted\n25.–26. september 2017"));
        d.dates.clear();
        QCOMPARE(d.expand(QStringLiteral("{event}\n{dates}")), QStringLiteral("Verksted")); // no empty line
        d.group = QStringLiteral("Tema 2");
        QCOMPARE(d.expand(QStringLiteral("{group} · {room}")), QStringLiteral("Tema 2"));
    }
};

QTEST_GUILESS_MAIN(TestBadgeData)
#include "test_badge_data.moc"
