// The sample roster generator: deterministic, realistic, any size.

#include "sample/attendee_generator.h"
#include "sample_store.h"

#include <QSet>
#include <QtTest>

using namespace oppmote;

class TestAttendeeGenerator : public QObject
{
    Q_OBJECT

    Event m_event = test::sampleEvent();

private Q_SLOTS:
    void sameSeedSamePeople()
    {
        const auto a = AttendeeGenerator(42).generate(m_event, 500);
        const auto b = AttendeeGenerator(42).generate(m_event, 500);
        const auto c = AttendeeGenerator(43).generate(m_event, 500);
        QCOMPARE(a.size(), 500);
        int same = 0, differ = 0;
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].id, b[i].id);
            QCOMPARE(a[i].fullName(), b[i].fullName());
            QCOMPARE(a[i].preferences, b[i].preferences);
            (a[i].fullName() == c[i].fullName() ? same : differ)++;
        }
        QVERIFY(differ > 400); // another seed, other people (named speakers aside)
        // Generating twice with one generator gives the same list too.
        AttendeeGenerator g(42);
        QCOMPARE(g.generate(m_event, 50).last().id, g.generate(m_event, 50).last().id);
    }

    void namedPeopleFirstWithTheirGroups()
    {
        const auto people = AttendeeGenerator(1).generate(m_event, 100);
        QSet<QString> names;
        for (const Attendee &a : people)
            names.insert(a.fullName());
        for (const char *n : { "Hilde Uppstad", "Kathrin Jakobsen", "Vigdis Espnes Landheim",
                 "Kjetil Staalesen", "David Paulsson", "Anja Gjærum", "Ragna Brenne Bjerkeset" })
            QVERIFY2(names.contains(QString::fromUtf8(n)), n);
        for (const Attendee &a : people) {
            if (a.fullName() == QLatin1String("Hilde Uppstad")) {
                QCOMPARE(a.fixedGroup, QStringLiteral("d1-1400-g1"));
                QCOMPARE(a.type, AttendeeType::Facilitator);
                QCOMPARE(a.organisation, QStringLiteral("Rogaland fylkeskommune"));
            }
            if (a.fullName() == QLatin1String("Kjetil Staalesen"))
                QCOMPARE(a.type, AttendeeType::Speaker);
        }
    }

    void realisticAndValid()
    {
        const auto people = AttendeeGenerator(2017).generate(m_event, 3000);
        QSet<QString> ids, orgs;
        QString letters;
        int withPrefs = 0, swedish = 0;
        const QStringList themeKeys { QStringLiteral("d1-1400-g1"), QStringLiteral("d1-1400-g2"),
            QStringLiteral("d1-1400-g3") };
        for (const Attendee &a : people) {
            QVERIFY(!a.firstName.isEmpty());
            QVERIFY(!a.lastName.isEmpty());
            QVERIFY(!a.organisation.isEmpty());
            QVERIFY(a.email.contains(QLatin1Char('@')));
            QVERIFY(a.email.endsWith(QLatin1String(".example"))); // never a real address
            ids.insert(a.id);
            orgs.insert(a.organisation);
            letters += a.fullName();
            if (!a.preferences.isEmpty()) {
                ++withPrefs;
                QCOMPARE(QSet<QString>(a.preferences.begin(), a.preferences.end()),
                    QSet<QString>(themeKeys.begin(), themeKeys.end()));
            }
            if (a.organisation.startsWith(QLatin1String("Region ")))
                ++swedish;
        }
        QCOMPARE(ids.size(), people.size());
        for (QChar c : QStringLiteral("æøåÆØÅäöÖ"))
            QVERIFY2(letters.contains(c), qPrintable(QString(c)));
        QVERIFY(orgs.contains(QStringLiteral("Møre og Romsdal fylkeskommune")));
        QVERIFY(orgs.contains(QStringLiteral("KMD")));
        QVERIFY(orgs.contains(QStringLiteral("LO")));
        QVERIFY(orgs.contains(QStringLiteral("Kompetanse Norge")));
        QVERIFY(orgs.contains(QStringLiteral("Region Dalarna")));
        QVERIFY(withPrefs > 2300 && withPrefs < 2800); // about 85 % state preferences
        QVERIFY(swedish > 20);
    }

    void anySizeUpTo100k()
    {
        QCOMPARE(AttendeeGenerator(3).generate(m_event, 0).size(), 0);
        QCOMPARE(AttendeeGenerator(3).generate(m_event, 3).size(), 3);
        const auto big = AttendeeGenerator(3).generate(m_event, 100000);
        QCOMPARE(big.size(), 100000);
        QSet<QString> ids;
        for (const Attendee &a : big)
            ids.insert(a.id);
        QCOMPARE(ids.size(), 100000);
    }
};

QTEST_GUILESS_MAIN(TestAttendeeGenerator)
#include "test_attendee_generator.moc"
