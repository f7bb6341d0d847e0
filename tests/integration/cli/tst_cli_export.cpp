// `oppmote export` as a process: every table in every format, read back
// (CSV and XLSX with io's own readers, JSON with QJsonDocument) and compared
// with the same table built from the store.

#include "cli_workshop.h"
#include "io/attendee_file.h"
#include "io/csv_style.h"
#include "io/export_tables.h"
#include "io/formula_guard.h"
#include "io/xlsx_reader.h"
#include "store/store.h"

#include <QFile>
#include <QProcess>

using namespace oppmote;
using namespace oppmote::test;

class TestCliExport : public QObject
{
    Q_OBJECT

    Workshop w;
    QList<io::ExportTable> expected; // attendees, sessions, organisations, groups

private slots:
    void initTestCase()
    {
        QVERIFY(makeWorkshop(w, 120));
        // Some people arrive (the check-in command itself is tested elsewhere).
        {
            Store store = Store::open(w.db).value();
            const QList<Attendee> people = store.attendees().value();
            for (int i = 0; i < 40; ++i) {
                QVERIFY(store.checkIn({ people[i].id, QString(), CheckinMethod::Staff, {}, {} }).ok());
                if (i % 2 == 0)
                    QVERIFY(store
                                .checkIn(
                                    { people[i].id, QStringLiteral("d1-1400"), CheckinMethod::Staff, {}, {} })
                                .ok());
            }
        }
        const CliResult allocated = w.run({ QStringLiteral("allocate"), QStringLiteral("--slot"),
            QStringLiteral("d1-1400"), QStringLiteral("--expected") });
        QVERIFY2(allocated.exitCode == 0, allocated.err.constData());

        Store store = Store::open(w.db).value();
        const QList<Attendee> people = store.attendees().value();
        const Event event = store.program().value();
        QList<io::Presence> presence;
        for (const QString &key : { QString(), QStringLiteral("d1-1400") }) {
            const QList<QString> ids = store.checkedInAttendeeIds(key).value();
            for (const QString &id : ids)
                presence.append({ id, key });
        }
        expected = { io::attendeesTable(people), io::sessionAttendanceTable(event, people, presence),
            io::organisationAttendanceTable(people, presence),
            io::groupListsTable(event, people, store.assignments().value()) };
        QCOMPARE(expected[0].rows.size(), 120);
        QVERIFY(expected[3].rows.size() >= 120);
    }

    void eachTableInEachFormat_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("format");
        const QStringList tables { "attendees", "sessions", "organisations", "groups" };
        for (int i = 0; i < tables.size(); ++i)
            for (const char *format : { "csv", "xlsx", "json" })
                QTest::addRow("%s-%s", qPrintable(tables[i]), format)
                    << tables[i] << i << QString::fromLatin1(format);
    }

    void eachTableInEachFormat()
    {
        QFETCH(QString, table);
        QFETCH(int, index);
        QFETCH(QString, format);
        const io::ExportTable &want = expected[index];
        const QString path = w.file(table + QLatin1Char('.') + format);
        const CliResult r = w.run({ QStringLiteral("export"), table, QStringLiteral("--format"), format,
            QStringLiteral("-o"), path });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(path));

        if (format == QLatin1String("json")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            const QJsonArray rows = doc.object().value(want.name).toArray();
            QCOMPARE(rows.size(), want.rows.size());
            for (qsizetype i = 0; i < rows.size(); ++i)
                for (qsizetype c = 0; c < want.keys.size(); ++c) {
                    const QJsonValue v = rows[i].toObject().value(want.keys[c]);
                    QVERIFY2(!v.isUndefined(), qPrintable(want.keys[c]));
                    if (v.isString())
                        QCOMPARE(v.toString(), want.rows[i][c].toString());
                }
            return;
        }
        auto read = format == QLatin1String("csv") ? io::readAttendeeTable(path) : io::readXlsxFile(path);
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QCOMPARE(read->headers, want.headers);
        QCOMPARE(read->rows.size(), want.rows.size());
        for (qsizetype i = 0; i < want.rows.size(); ++i) {
            // The first column is text in every table: names, days, organisations, slots.
            QCOMPARE(read->rows[i].cells.value(0), io::cellText(want.rows[i][0]));
            if (format == QLatin1String("csv")) // formula-like text comes guarded; decimals with a comma
                for (qsizetype c = 0; c < want.headers.size(); ++c)
                    QCOMPARE(io::unguardFormula(read->rows[i].cells.value(c)),
                        io::cellText(want.rows[i][c], io::CsvStyle::norwegianExcel()));
        }
    }

    void csvToStandardOutputKeepsTheBom()
    {
        const CliResult r = w.run({ QStringLiteral("export"), QStringLiteral("organisations"),
            QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(r.out, io::toCsv(expected[2]));
    }

    void jsonToStandardOutputAndAllTables()
    {
        const CliResult r = w.run({ QStringLiteral("export"), QStringLiteral("all"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        for (const io::ExportTable &t : expected)
            QCOMPARE(o.value(t.name).toArray().size(), t.rows.size());

        const QString xlsx = w.file(QStringLiteral("all.xlsx"));
        QCOMPARE(w.run({ QStringLiteral("export"), QStringLiteral("all"), QStringLiteral("--format"),
                           QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx })
                     .exitCode,
            0);
        auto first = io::readXlsxFile(xlsx);
        QVERIFY(first.ok());
        QCOMPARE(first->headers, expected[0].headers);
    }

    // The PDF for printing: every table's title and rows, text that pdftotext
    // reads back (æøå included), several pages for 120 people.
    void allTablesAsPdf()
    {
        const QString pdf = w.file(QStringLiteral("report.pdf"));
        const CliResult r = w.run({ QStringLiteral("export"), QStringLiteral("all"),
            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        QVERIFY(text.waitForFinished(30000));
        QCOMPARE(text.exitCode(), 0);
        const QString read = QString::fromUtf8(text.readAllStandardOutput());
        for (const io::ExportTable &t : expected)
            QVERIFY2(read.contains(t.title), qPrintable(t.title));
        // Columns are sized for most of their cells: the rare long name is cut with an ellipsis.
        Store store = Store::open(w.db).value();
        const QList<Attendee> people = store.attendees().value();
        qsizetype whole = 0;
        for (const Attendee &a : people)
            whole += read.contains(a.lastName);
        QVERIFY2(whole >= people.size() * 9 / 10, qPrintable(QString::number(whole)));
        QVERIFY(read.contains(QChar(u'…')));
        QVERIFY(read.count(QChar(u'\f')) >= 3); // pages

        QCOMPARE(w.run({ QStringLiteral("export"), QStringLiteral("all"), QStringLiteral("--format"),
                           QStringLiteral("pdf") })
                     .exitCode,
            2); // a PDF needs a file
        QCOMPARE(w.run({ QStringLiteral("export"), QStringLiteral("all"), QStringLiteral("--format"),
                           QStringLiteral("pdf"), QStringLiteral("-o"),
                           w.file(QStringLiteral("no/such/folder/a.pdf")) })
                     .exitCode,
            5);
    }

    void groupsOfOneSlot()
    {
        const CliResult r
            = w.run({ QStringLiteral("export"), QStringLiteral("groups"), QStringLiteral("--slot"),
                QStringLiteral("d1-1400"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(expected[3].name).toArray().size(), expected[3].rows.size());
        QCOMPARE(w.run({ QStringLiteral("export"), QStringLiteral("groups"), QStringLiteral("--slot"),
                           QStringLiteral("d9-0000"), QStringLiteral("--format"), QStringLiteral("json") })
                     .exitCode,
            3);
    }

    void usageErrors()
    {
        QCOMPARE(w.run({ QStringLiteral("export"), QStringLiteral("attendees"), QStringLiteral("--format"),
                           QStringLiteral("xlsx") })
                     .exitCode,
            2);
        QCOMPARE(w.run({ QStringLiteral("export"), QStringLiteral("attendees"), QStringLiteral("--format"),
                           QStringLiteral("ods") })
                     .exitCode,
            2);
        QCOMPARE(w.run({ QStringLiteral("export"), QStringLiteral("people"), QStringLiteral("--format"),
                           QStringLiteral("csv") })
                     .exitCode,
            2);
        QCOMPARE(w.run({ QStringLiteral("export"), QStringLiteral("all"), QStringLiteral("--format"),
                           QStringLiteral("csv") })
                     .exitCode,
            2);
        const CliResult unwritable = w.run({ QStringLiteral("export"), QStringLiteral("attendees"),
            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"),
            w.file(QStringLiteral("no/such/folder/a.csv")) });
        QCOMPARE(unwritable.exitCode, 5);
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
