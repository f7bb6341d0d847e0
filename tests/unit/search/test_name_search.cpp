// Name search as a person at the kiosk types it.

#include "sample/attendee_generator.h"
#include "search/edit_distance.h"
#include "search/name_folding.h"
#include "search/name_index.h"

#include <QtTest>

using namespace oppmote;

namespace {
NameEntry person(const char *first, const char *last, const char *org = "Rogaland fylkeskommune")
{
    static int n = 0;
    return NameEntry { QStringLiteral("p%1").arg(++n), QString::fromUtf8(first), QString::fromUtf8(last),
        QString::fromUtf8(org) };
}

QStringList names(const NameIndex &index, const std::vector<NameMatch> &matches)
{
    QStringList out;
    for (const auto &m : matches)
        out << index.entry(m.entry).firstName + QLatin1Char(' ') + index.entry(m.entry).lastName;
    return out;
}
} // namespace

class TestNameSearch : public QObject
{
    Q_OBJECT

    NameIndex m_index;

private Q_SLOTS:
    void initTestCase()
    {
        m_index.build({
            person("Kristin Marie", "Østensjø-Aarflot Bjørnstad"),
            person("Åse", "Løvås"),
            person("Bjørn", "Sørensen"),
            person("Bjørn", "Sorensen"),
            person("Kari", "Nordmann"),
            person("Karianne", "Nordby"),
            person("Kari", "Aas"),
            person("Ståle", "Dæhli"),
            person("Märta", "Öberg", "Region Dalarna"),
            person("Anja", "Gjærum", "KMD"),
            person("René", "Lefèvre"),
            person("Per", "Hansen"),
            person("Peder", "Pettersen"),
            person("Ole", "Kari"),
        });
    }

    void folding_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("æøå") << QStringLiteral("ÆØÅ æøå") << QStringLiteral("aeoa aeoa");
        QTest::newRow("swedish") << QStringLiteral("Märta Öberg") << QStringLiteral("marta oberg");
        QTest::newRow("accents") << QStringLiteral("René Lefèvre") << QStringLiteral("rene lefevre");
        QTest::newRow("case") << QStringLiteral("KARI") << QStringLiteral("kari");
    }
    void folding()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(foldName(in), out);
    }

    void spellings()
    {
        const QStringList s = nameSpellings(QStringLiteral("Sørensen"));
        QVERIFY(s.contains(QStringLiteral("sorensen")));
        QVERIFY(s.contains(QStringLiteral("soerensen")));
        const QStringList a = nameSpellings(QStringLiteral("Løvås"));
        for (const char *v : { "lovas", "loevas", "lovaas", "loevaas" })
            QVERIFY2(a.contains(QString::fromLatin1(v)), v);
        const QStringList ae = nameSpellings(QStringLiteral("Dæhli"));
        QVERIFY(ae.contains(QStringLiteral("daehli")));
        QVERIFY(ae.contains(QStringLiteral("dahli")));
    }

    void typedWithoutNorwegianLetters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("o for ø") << QStringLiteral("ostensjo")
                                 << QStringLiteral("Kristin Marie Østensjø-Aarflot Bjørnstad");
        QTest::newRow("oe for ø") << QStringLiteral("oestensjoe")
                                  << QStringLiteral("Kristin Marie Østensjø-Aarflot Bjørnstad");
        QTest::newRow("aa for å") << QStringLiteral("aase loevaas") << QStringLiteral("Åse Løvås");
        QTest::newRow("a for å") << QStringLiteral("ase lovas") << QStringLiteral("Åse Løvås");
        QTest::newRow("ae for æ") << QStringLiteral("daehli") << QStringLiteral("Ståle Dæhli");
        QTest::newRow("a for æ") << QStringLiteral("gjarum") << QStringLiteral("Anja Gjærum");
        QTest::newRow("swedish") << QStringLiteral("marta oberg") << QStringLiteral("Märta Öberg");
        QTest::newRow("accent") << QStringLiteral("lefevre") << QStringLiteral("René Lefèvre");
        QTest::newRow("with letters")
            << QStringLiteral("Bjørnstad") << QStringLiteral("Kristin Marie Østensjø-Aarflot Bjørnstad");
        QTest::newRow("second part of a hyphenated name")
            << QStringLiteral("aarflot") << QStringLiteral("Kristin Marie Østensjø-Aarflot Bjørnstad");
        QTest::newRow("upper case") << QStringLiteral("ÅSE") << QStringLiteral("Åse Løvås");
    }
    void typedWithoutNorwegianLetters()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const auto m = m_index.search(query);
        QVERIFY2(!m.empty(), qPrintable(query));
        QCOMPARE(names(m_index, m).front(), expected);
    }

    void prefixOfEachWord()
    {
        const QStringList r = names(m_index, m_index.search(QStringLiteral("kar nor")));
        QCOMPARE(r.size(), 2);
        QVERIFY(r.contains(QStringLiteral("Kari Nordmann")));
        QVERIFY(r.contains(QStringLiteral("Karianne Nordby")));
        // All words must match: "kari aas" is only one person.
        QCOMPARE(names(m_index, m_index.search(QStringLiteral("kari aas"))),
            QStringList { QStringLiteral("Kari Aas") });
        // Word order does not matter.
        QCOMPARE(names(m_index, m_index.search(QStringLiteral("nordmann kari"))).front(),
            QStringLiteral("Kari Nordmann"));
    }

    void oneTypoOnLongerWords()
    {
        // "sorensne" (swap), "sorenson" (substitution), "soreensen" (insertion)
        for (const char *q : { "sorensne", "sorenson", "soreensen", "sornsen" }) {
            const QStringList r = names(m_index, m_index.search(QString::fromLatin1(q)));
            QVERIFY2(r.contains(QStringLiteral("Bjørn Sørensen")), q);
        }
        // Two typos are too many; short words get none.
        QVERIFY(m_index.search(QStringLiteral("sarinsen")).empty());
        QVERIFY(m_index.search(QStringLiteral("pdr")).empty());
        QVERIFY(prefixWithinOneEdit(u"hnasen", u"hansen"));
        QVERIFY(!prefixWithinOneEdit(u"hxxsen", u"hansen"));
    }

    void exactBeatsPrefixBeatsTypo()
    {
        const QStringList r = names(m_index, m_index.search(QStringLiteral("kari")));
        // Exact first-name matches first, then the surname Kari, then Karianne (prefix).
        QCOMPARE(QSet<QString>(r.begin(), r.begin() + 2),
            (QSet<QString> { QStringLiteral("Kari Nordmann"), QStringLiteral("Kari Aas") }));
        QVERIFY(r.indexOf(QStringLiteral("Ole Kari")) < r.indexOf(QStringLiteral("Karianne Nordby")));
        // "per" is exact for Per, a prefix of Peder and Pettersen: Per first.
        QCOMPARE(names(m_index, m_index.search(QStringLiteral("per"))).front(), QStringLiteral("Per Hansen"));
    }

    void atLeastTwoLetters()
    {
        QVERIFY(m_index.search(QStringLiteral("k")).empty());
        QVERIFY(m_index.search(QStringLiteral("  ")).empty());
        QVERIFY(m_index.search(QStringLiteral("-.,")).empty());
        QVERIFY(!m_index.search(QStringLiteral("ka")).empty());
    }

    void limitAndDeterminism()
    {
        const auto a = m_index.search(QStringLiteral("bj"), 1);
        QCOMPARE(a.size(), size_t(1));
        const auto b = m_index.search(QStringLiteral("bj"), 1);
        QCOMPARE(a.front().entry, b.front().entry);
    }

    void largeRosterFindsEveryone()
    {
        // Every generated person is found by first name + surname prefix, folded.
        Event empty;
        const QList<Attendee> people = AttendeeGenerator(11).generate(empty, 5000);
        std::vector<NameEntry> entries;
        for (const Attendee &a : people)
            entries.push_back({ a.id, a.firstName, a.lastName, a.organisation });
        NameIndex index;
        index.build(entries);
        for (int i = 0; i < people.size(); i += 37) {
            const Attendee &a = people[i];
            const QString q = foldName(a.firstName) + QLatin1Char(' ') + foldName(a.lastName);
            const auto m = index.search(q, 50);
            bool found = false;
            for (const auto &x : m)
                found |= index.entry(x.entry).id == a.id;
            QVERIFY2(found, qPrintable(q));
        }
    }
};

QTEST_GUILESS_MAIN(TestNameSearch)
#include "test_name_search.moc"
