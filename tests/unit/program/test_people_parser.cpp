// Speakers as the seed writes them after "v/".

#include "program/people_parser.h"

#include <QtTest>

using namespace oppmote;

class TestPeopleParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void people_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // name|role|organisation per person
        QTest::newRow("two people joined by og")
            << QStringLiteral(
                   "Ragna Brenne Bjerkeset, assisterende regional- og næringssjef i Møre og Romsdal "
                   "fylkeskommune og Vincent Fleischer, avdelingsdirektør i KMD.")
            << QStringList { QStringLiteral("Ragna Brenne Bjerkeset|assisterende regional- og "
                                            "næringssjef|Møre og Romsdal fylkeskommune"),
                   QStringLiteral("Vincent Fleischer|avdelingsdirektør|KMD") };
        QTest::newRow("leading role word")
            << QStringLiteral(
                   "verkstedlederne Ragna Brenne Bjerkeset, assisterende regional- og næringssjef Møre og "
                   "Romsdal fylkeskommune og Vincent Fleischer, avdelingsdirektør KMD.")
            << QStringList { QStringLiteral("Ragna Brenne Bjerkeset|assisterende regional- og "
                                            "næringssjef|Møre og Romsdal fylkeskommune"),
                   QStringLiteral("Vincent Fleischer|avdelingsdirektør|KMD") };
        QTest::newRow("acronym with unit")
            << QStringLiteral("Kjetil Staalesen, spesialrådgiver i LO Næringspolitisk avdeling.")
            << QStringList { QStringLiteral(
                   "Kjetil Staalesen|spesialrådgiver, Næringspolitisk avdeling|LO") };
        QTest::newRow("commas inside the role")
            << QStringLiteral(
                   "Kathrin Jakobsen, leder seksjon for forsking, internasjonalisering og analyse, "
                   "Hordaland fylkeskommune (pdf).")
            << QStringList { QStringLiteral("Kathrin Jakobsen|leder seksjon for forsking, "
                                            "internasjonalisering og analyse|Hordaland fylkeskommune") };
        QTest::newRow("hyphenated county")
            << QStringLiteral("Jan Heggheim, fylkesdirektør for næring og kultur,  Sogn- og Fjordane "
                              "fylkeskommune (pdf).")
            << QStringList { QStringLiteral(
                   "Jan Heggheim|fylkesdirektør for næring og kultur|Sogn og Fjordane fylkeskommune") };
        QTest::newRow("title then organisation")
            << QStringLiteral("Margrethe Marstrøm Svensrud, Seksjonsleder, Kompetanse Norge (pdf)")
            << QStringList { QStringLiteral("Margrethe Marstrøm Svensrud|Seksjonsleder|Kompetanse Norge") };
        QTest::newRow("organisation only")
            << QStringLiteral("Liv Sørensen Rask, Nordland fylkeskommune (pdf).")
            << QStringList { QStringLiteral("Liv Sørensen Rask||Nordland fylkeskommune") };
        QTest::newRow("swedish region") << QStringLiteral("David Paulsson, Region Dalarna (pdf).")
                                        << QStringList { QStringLiteral("David Paulsson||Region Dalarna") };
        QTest::newRow("role without a name")
            << QStringLiteral("verkstedleder.") << QStringList { QStringLiteral("|verkstedleder|") };
        QTest::newRow("second role after og stays")
            << QStringLiteral("Hilde Uppstad, seniorrådgiver i næringsavdelingen i Rogaland fylkeskommune og "
                              "prosjektleder VRI Rogaland (pdf).")
            << QStringList { QStringLiteral(
                   "Hilde Uppstad|seniorrådgiver i næringsavdelingen|Rogaland fylkeskommune") };
    }

    void people()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const QList<Person> parsed = parsePeople(text);
        QStringList got;
        for (const Person &p : parsed)
            got << p.name + QLatin1Char('|') + p.role + QLatin1Char('|') + p.organisation;
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestPeopleParser)
#include "test_people_parser.moc"
