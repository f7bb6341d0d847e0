// A session door shows its session's first sentence, and no abbreviation,
// ordinal or date ends a sentence.

#include "program/door_title.h"

#include <QTest>

using namespace oppmote;

class TestDoorTitle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstSentence_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("door");
        QTest::newRow("the seed's group work")
            << QStringLiteral(
                   "Gruppearbeid: Erfaringsutveksling med tanke på praksisutvikling. Hvordan jobber vi og "
                   "hva kan vi lære av hverandre?")
            << QStringLiteral("Gruppearbeid: Erfaringsutveksling med tanke på praksisutvikling.");
        QTest::newRow("a question first")
            << QStringLiteral("Hva nå? Veien videre for regionene") << QStringLiteral("Hva nå?");
        QTest::newRow("one sentence")
            << QStringLiteral("Dialog med salen") << QStringLiteral("Dialog med salen");
        QTest::newRow("v. (ved)") << QStringLiteral("Innledning v. fylkesordfører Anne Berit Nordmann")
                                  << QStringLiteral("Innledning v. fylkesordfører Anne Berit Nordmann");
        QTest::newRow("an ordinal") << QStringLiteral("Erfaringer fra 1. samling. Neste steg")
                                    << QStringLiteral("Erfaringer fra 1. samling.");
        QTest::newRow("kl.") << QStringLiteral("Lunsj kl. 12 i kantina")
                             << QStringLiteral("Lunsj kl. 12 i kantina");
        QTest::newRow("a date") << QStringLiteral("Frist 25. September for innspill")
                                << QStringLiteral("Frist 25. September for innspill");
        QTest::newRow("f.eks.") << QStringLiteral("Regioner, f.eks. Oslo og Viken")
                                << QStringLiteral("Regioner, f.eks. Oslo og Viken");
        QTest::newRow("no space after")
            << QStringLiteral("Versjon 2.0 av planen") << QStringLiteral("Versjon 2.0 av planen");
        QTest::newRow("spaces around") << QStringLiteral("  Pause  ") << QStringLiteral("Pause");
    }

    void firstSentence()
    {
        QFETCH(QString, title);
        QFETCH(QString, door);
        QCOMPARE(doorTitle(title), door);
    }
};

QTEST_GUILESS_MAIN(TestDoorTitle)
#include "test_door_title.moc"
