// `oppmote import-attendees` as a process against a real database: every row
// reported, re-import updates, bad files refused quickly with exit 4, and a
// failure in the middle of writing leaves the store exactly as it was.

#include "cli_workshop.h"

#include <QFile>
#include <QRandomGenerator>

#include <sqlite3.h>

using namespace oppmote::test;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

// The roster as the command line prints it, for before/after comparisons.
QByteArray rosterSnapshot(const Workshop &w)
{
    const CliResult r = w.run({ QStringLiteral("attendees"), QStringLiteral("--json") });
    return r.out;
}

QJsonObject rowAt(const QJsonObject &report, int line)
{
    for (const auto &v : report.value(QStringLiteral("rows")).toArray())
        if (v.toObject().value(QStringLiteral("line")).toInt() == line)
            return v.toObject();
    return {};
}

QJsonObject findByEmail(const QJsonArray &people, const QString &email)
{
    for (const auto &v : people)
        if (v.toObject().value(QStringLiteral("email")).toString() == email)
            return v.toObject();
    return {};
}

const QByteArray kList = "Fornavn;Etternavn;Organisasjon;E-post;Ønsket tema\r\n"
                         "Kari;Nordmann;Viken fylkeskommune;kari@viken.no;1, 2\r\n"
                         "Ola;Hansen;Rogaland fylkeskommune;ola@rogfk.no;3\r\n"
                         "Siri;Berg;Nordland fylkeskommune;siri@nfk.no;2\r\n"
                         "Per;Feil;Troms fylkeskommune;per@@ikke-gyldig;1\r\n"
                         "Kari;Nordmann;Viken fylkeskommune;kari@viken.no;1, 2\r\n";

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void reportsEveryRowAndGivesNewPeopleACode()
    {
        Workshop w;
        QVERIFY(makeWorkshop(w, 20));
        writeFile(w.file(QStringLiteral("liste.csv")), kList);
        const CliResult r = w.run({ QStringLiteral("import-attendees"), w.file(QStringLiteral("liste.csv")),
            QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject report = r.json().object();
        const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("added")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("rejected")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("duplicate")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("written")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("tokensAssigned")).toInt(), 3);
        QCOMPARE(rowAt(report, 2).value(QStringLiteral("outcome")).toString(), QStringLiteral("added"));
        QCOMPARE(rowAt(report, 5).value(QStringLiteral("outcome")).toString(), QStringLiteral("rejected"));
        QVERIFY(!rowAt(report, 5).value(QStringLiteral("reason")).toString().isEmpty());
        QCOMPARE(rowAt(report, 6).value(QStringLiteral("outcome")).toString(), QStringLiteral("duplicate"));

        const QJsonArray people = w.attendees();
        QCOMPARE(people.size(), 23);
        const QJsonObject kari = findByEmail(people, QStringLiteral("kari@viken.no"));
        QCOMPARE(kari.value(QStringLiteral("lastName")).toString(), QStringLiteral("Nordmann"));
        QCOMPARE(kari.value(QStringLiteral("preferences")).toArray().size(), 2);
        QVERIFY(!kari.value(QStringLiteral("token")).toString().isEmpty());

        // The text report names each line too.
        const CliResult again = w.run({ QStringLiteral("import-attendees"),
            w.file(QStringLiteral("liste.csv")), QStringLiteral("--dry-run") });
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.text().contains(QStringLiteral("line 5: rejected")));
        QVERIFY(again.text().contains(QStringLiteral("line 6: duplicate")));
    }

    void reimportUpdatesInsteadOfDoubling()
    {
        Workshop w;
        QVERIFY(makeWorkshop(w, 0));
        writeFile(w.file(QStringLiteral("v1.csv")), kList);
        QCOMPARE(w.run({ QStringLiteral("import-attendees"), w.file(QStringLiteral("v1.csv")) }).exitCode, 0);
        const QJsonObject olaBefore = findByEmail(w.attendees(), QStringLiteral("ola@rogfk.no"));

        // Ola changed employer, a new person signed up, the rest is as before.
        writeFile(w.file(QStringLiteral("v2.csv")),
            "Fornavn,Etternavn,Organisasjon,E-post\n"
            "Kari,Nordmann,Viken fylkeskommune,kari@viken.no\n"
            "Ola,Hansen,Agder fylkeskommune,OLA@rogfk.no\n"
            "Siri,Berg,Nordland fylkeskommune,siri@nfk.no\n"
            "Nils,Dahl,Vestland fylkeskommune,nils@vlfk.no\n");
        const CliResult r = w.run({ QStringLiteral("import-attendees"), w.file(QStringLiteral("v2.csv")),
            QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject summary = r.json().object().value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("added")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("updated")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("duplicate")).toInt(), 2);
        QCOMPARE(r.json().object().value(QStringLiteral("tokensAssigned")).toInt(), 1);

        const QJsonArray people = w.attendees();
        QCOMPARE(people.size(), 4);
        const QJsonObject ola = findByEmail(people, QStringLiteral("ola@rogfk.no"));
        QCOMPARE(ola.value(QStringLiteral("organisation")).toString(), QStringLiteral("Agder fylkeskommune"));
        QCOMPARE(ola.value(QStringLiteral("id")), olaBefore.value(QStringLiteral("id")));
        // Her badge code survives the update; empty cells do not erase her preferences.
        QCOMPARE(ola.value(QStringLiteral("token")), olaBefore.value(QStringLiteral("token")));
        QCOMPARE(ola.value(QStringLiteral("preferences")), olaBefore.value(QStringLiteral("preferences")));
    }

    void dryRunWritesNothing()
    {
        Workshop w;
        QVERIFY(makeWorkshop(w, 10));
        const QByteArray before = rosterSnapshot(w);
        writeFile(w.file(QStringLiteral("liste.csv")), kList);
        const CliResult r = w.run({ QStringLiteral("import-attendees"), w.file(QStringLiteral("liste.csv")),
            QStringLiteral("--dry-run"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()
                     .object()
                     .value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("added"))
                     .toInt(),
            3);
        QCOMPARE(r.json().object().value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(r.json().object().value(QStringLiteral("written")).toBool(), false);
        QCOMPARE(rosterSnapshot(w), before);
    }

    void badFilesAreRefusedQuicklyAndChangeNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected"); // part of the message

        QByteArray garbage(512 * 1024, '\0');
        QRandomGenerator rng(7);
        for (char &c : garbage)
            c = char(rng.bounded(256));
        QTest::newRow("binary garbage") << "garbage.csv" << garbage << "";
        QTest::newRow("unterminated quote")
            << "quote.csv" << QByteArray("Navn;Organisasjon\nKari Nordmann;\"Viken\nOla Hansen;Agder\n")
            << "line 2";
        QTest::newRow("empty") << "empty.csv" << QByteArray() << "empty";
        QTest::newRow("pdf") << "list.csv" << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n") << "";
        QTest::newRow("no name column") << "cols.csv" << QByteArray("Farge;Tall\nblå;3\n") << "";
    }

    void badFilesAreRefusedQuicklyAndChangeNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        Workshop w;
        QVERIFY(makeWorkshop(w, 10));
        const QByteArray before = rosterSnapshot(w);
        writeFile(w.file(name), bytes);
        const CliResult r = w.run({ QStringLiteral("import-attendees"), w.file(name) });
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.size() > 10, r.err.constData());
        if (!expected.isEmpty())
            QVERIFY2(r.errors().contains(expected, Qt::CaseInsensitive), r.err.constData());
        QVERIFY2(r.elapsedMs < 5000, qPrintable(QString::number(r.elapsedMs)));
        QCOMPARE(rosterSnapshot(w), before);
    }

    void aFiftyMegabyteFileIsRefusedAtOnce()
    {
        Workshop w;
        QVERIFY(makeWorkshop(w, 0));
        const QString path = w.file(QStringLiteral("huge.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Navn;Organisasjon\n");
            QVERIFY(f.resize(50LL * 1024 * 1024));
        }
        const CliResult r = w.run({ QStringLiteral("import-attendees"), path });
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.errors().contains(QStringLiteral("MB")), r.err.constData());
        QVERIFY2(r.elapsedMs < 3000, qPrintable(QString::number(r.elapsedMs)));
        QCOMPARE(w.attendees().size(), 0);
    }

    void aMissingFileIsNotFound()
    {
        Workshop w;
        QVERIFY(makeWorkshop(w, 0));
        QCOMPARE(
            w.run({ QStringLiteral("import-attendees"), w.file(QStringLiteral("nope.csv")) }).exitCode, 3);
        QCOMPARE(w.run({ QStringLiteral("import-attendees") }).exitCode, 2);
        writeFile(w.file(QStringLiteral("a.csv")), kList);
        QCOMPARE(w.run({ QStringLiteral("import-attendees"), w.file(QStringLiteral("a.csv")),
                           QStringLiteral("--separator"), QStringLiteral("x") })
                     .exitCode,
            2);
    }

    void savedMappingAndSeparator()
    {
        Workshop w;
        QVERIFY(makeWorkshop(w, 0));
        // Headers no guess understands; the saved mapping names them.
        writeFile(w.file(QStringLiteral("skjema.txt")),
            "Deltakarens namn\tArbeidsgivar;avdeling\tKontakt\n"
            "Kari Nordmann\tViken fylkeskommune\tkari@viken.no\n");
        writeFile(w.file(QStringLiteral("mapping.json")),
            R"({"columns": {"Deltakarens namn": "fullName", "Arbeidsgivar;avdeling": "organisation",
                "Kontakt": "email"}})");
        const QString file = w.file(QStringLiteral("skjema.txt"));
        QCOMPARE(w.run({ QStringLiteral("import-attendees"), file }).exitCode, 4); // no name column
        const CliResult r = w.run({ QStringLiteral("import-attendees"), file, QStringLiteral("--separator"),
            QStringLiteral("tab"), QStringLiteral("--mapping"), w.file(QStringLiteral("mapping.json")) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray people = w.attendees();
        QCOMPARE(people.size(), 1);
        const QJsonObject kari = people.first().toObject();
        QCOMPARE(kari.value(QStringLiteral("lastName")).toString(), QStringLiteral("Nordmann"));
        QCOMPARE(
            kari.value(QStringLiteral("organisation")).toString(), QStringLiteral("Viken fylkeskommune"));
        QCOMPARE(kari.value(QStringLiteral("email")).toString(), QStringLiteral("kari@viken.no"));
        QCOMPARE(w.run({ QStringLiteral("import-attendees"), file, QStringLiteral("--mapping"),
                           w.file(QStringLiteral("missing.json")) })
                     .exitCode,
            3);
    }

    // The database refuses the fourth person of the file (a trigger stands in
    // for a full disk or a broken constraint): the three before are not kept.
    void aFailureMidwayLeavesTheStoreAsItWas()
    {
        Workshop w;
        QVERIFY(makeWorkshop(w, 15));
        const QByteArray before = rosterSnapshot(w);
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(w.db.toUtf8().constData(), &db), SQLITE_OK);
            const int rc = sqlite3_exec(db,
                "CREATE TRIGGER refuse_fourth BEFORE INSERT ON attendees WHEN NEW.last_name = 'Berg' "
                "BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END;",
                nullptr, nullptr, nullptr);
            sqlite3_close(db);
            QCOMPARE(rc, SQLITE_OK);
        }
        writeFile(w.file(QStringLiteral("liste.csv")),
            "Fornavn;Etternavn;Organisasjon;E-post\n"
            "Kari;Nordmann;Viken fylkeskommune;kari@viken.no\n"
            "Ola;Hansen;Rogaland fylkeskommune;ola@rogfk.no\n"
            "Nils;Dahl;Vestland fylkeskommune;nils@vlfk.no\n"
            "Siri;Berg;Nordland fylkeskommune;siri@nfk.no\n"
            "Åse;Lie;Innlandet fylkeskommune;ase@innlandet.no\n");
        const CliResult r
            = w.run({ QStringLiteral("import-attendees"), w.file(QStringLiteral("liste.csv")) });
        QVERIFY2(r.exitCode != 0, r.out.constData());
        QVERIFY2(r.errors().contains(QStringLiteral("refused by test trigger")), r.err.constData());
        QVERIFY2(r.errors().contains(QStringLiteral("Nothing was imported")), r.err.constData());
        QCOMPARE(rosterSnapshot(w), before);
        QCOMPARE(w.attendees().size(), 15);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
