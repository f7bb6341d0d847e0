// XLSX reading (workbooks written by libxlsxwriter and by hand with QuaZip),
// damaged workbooks, the three export formats, the table builders, and the
// round trip export → import giving the same people.
#include "io/attendee_file.h"
#include "io/csv_reader.h"
#include "io/export_table.h"
#include "io/export_tables.h"
#include "io/formula_guard.h"
#include "io/xlsx_reader.h"
#include "io_test_data.h"
#include "process_memory.h"
#include "xlsx_fixtures.h"

#include <zip.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace oppmote;
using namespace oppmote::io;
using namespace oppmote::iotest;

namespace {

// A zip with the given parts, written with minizip (for hand-made workbooks).
bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, data] : parts) {
        ok = ok
            && zipOpenNewFileInZip64(zip, name.toUtf8().constData(), nullptr, nullptr, 0, nullptr, 0, nullptr,
                   Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0)
                == ZIP_OK
            && zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK
            && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

} // namespace

class TestIoXlsxExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void handMadeWorkbook()
    {
        const QString file = path(QStringLiteral("hand.xlsx"));
        QVERIFY(writeZip(file,
            { { QStringLiteral("xl/workbook.xml"), kWorkbook },
                { QStringLiteral("xl/_rels/workbook.xml.rels"), kRels },
                { QStringLiteral("xl/sharedStrings.xml"), kShared },
                { QStringLiteral("xl/worksheets/deltakere.xml"), kSheet },
                { QStringLiteral("xl/worksheets/sheet1.xml"), QByteArray("<worksheet/>") } }));
        const auto t = readXlsxFile(file);
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
        QCOMPARE(t->format, QStringLiteral("XLSX, sheet 'Påmeldte'")); // the first sheet, through its r:id
        QCOMPARE(t->headerLine, 2);
        QCOMPARE(t->headers,
            QStringList({ QStringLiteral("Fornavn"), QStringLiteral("Etternavn"), QString(),
                QStringLiteral("Telefon") }));
        QCOMPARE(t->rows.size(), 1);
        QCOMPARE(t->rows[0].line, 4);
        QCOMPARE(t->rows[0].cells,
            QStringList({ QStringLiteral(" Kari "), QStringLiteral("Nordmann"), QString(),
                QStringLiteral("4791234567"), QStringLiteral("2.5"), QStringLiteral("TRUE") }));
    }

    void spreadsheetBombsAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("4 M shared strings") << QStringLiteral("strings") << QStringLiteral("shared strings");
        QTest::newRow("1 M rows") << QStringLiteral("rows") << QStringLiteral("rows");
        QTest::newRow("a value in column 5000") << QStringLiteral("wide") << QStringLiteral("column 5000");
    }
    void spreadsheetBombsAreRefused()
    {
        // Small files that expand into millions of cells: refused with a clear reason
        // while streaming, and the process stays far below 500 MB.
        QFETCH(QString, kind);
        QFETCH(QString, mentions);
        QByteArray shared = "<sst>";
        QByteArray sheet
            = "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>Fornavn</t></is></c></row>";
        if (kind == u"strings") {
            QByteArray si = "<si><t>a</t></si>";
            shared += si.repeated(4000000);
        } else if (kind == u"rows") {
            for (int r = 2; r <= 1000001; ++r)
                sheet += "<row><c t=\"inlineStr\"><is><t>Kari</t></is></c></row>";
        } else {
            sheet += "<row r=\"2\"><c r=\"GJH2\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
        }
        shared += "</sst>";
        sheet += "</sheetData></worksheet>";
        const QString file = path(QStringLiteral("bomb-%1.xlsx").arg(kind));
        QVERIFY(writeZip(file,
            { { QStringLiteral("xl/sharedStrings.xml"), shared },
                { QStringLiteral("xl/worksheets/sheet1.xml"), sheet } }));
        QVERIFY(QFileInfo(file).size() < 20 * 1024 * 1024); // under the import's file size limit
        shared.clear();
        sheet.clear();
        const auto t = readXlsxFile(file);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, ErrorCode::InvalidInput);
        QVERIFY2(t.error().message.contains(mentions), qPrintable(t.error().message));
        QVERIFY2(test::processMemoryMiB(0, "VmHWM:") < 500,
            qPrintable(QString::number(test::processMemoryMiB(0, "VmHWM:"))));
    }

    void damagedWorkbooks_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("broken xml") << QStringLiteral("xml");
        QTest::newRow("missing sheet") << QStringLiteral("missing");
        QTest::newRow("bad shared string") << QStringLiteral("shared");
        QTest::newRow("zip, not xlsx") << QStringLiteral("notxlsx");
    }
    void damagedWorkbooks()
    {
        QFETCH(QString, kind);
        const QString file = path(kind + QStringLiteral(".xlsx"));
        QString mentions = QStringLiteral("damaged");
        if (kind == u"truncated") {
            QVERIFY(writeXlsx(file, { attendeesTable(iotest::sampleAttendees(50)) }).ok());
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() / 2));
        } else if (kind == u"xml") {
            QVERIFY(writeZip(file,
                { { QStringLiteral("xl/workbook.xml"), kWorkbook },
                    { QStringLiteral("xl/_rels/workbook.xml.rels"), kRels },
                    { QStringLiteral("xl/worksheets/deltakere.xml"),
                        QByteArray("<worksheet><sheetData><row><c><v>1</v></row>") } }));
            mentions = QStringLiteral("deltakere.xml line 1");
        } else if (kind == u"missing") {
            QVERIFY(writeZip(file,
                { { QStringLiteral("xl/workbook.xml"), kWorkbook },
                    { QStringLiteral("xl/_rels/workbook.xml.rels"), kRels } }));
            mentions = QStringLiteral("first worksheet");
        } else if (kind == u"shared") {
            QVERIFY(writeZip(file,
                { { QStringLiteral("xl/worksheets/sheet1.xml"),
                    QByteArray("<worksheet><sheetData><row><c t=\"s\"><v>9</v></c></row>"
                               "</sheetData></worksheet>") } }));
            mentions = QStringLiteral("shared string 9");
        } else {
            QVERIFY(writeZip(file, { { QStringLiteral("readme.txt"), QByteArray("hei") } }));
            mentions = QStringLiteral("not an XLSX");
        }
        const auto t = readAttendeeTable(file);
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.contains(mentions), qPrintable(t.error().message));
    }

    void csvFormat()
    {
        ExportTable table;
        table.headers = { QStringLiteral("Navn"), QStringLiteral("Merknad"), QStringLiteral("Antall") };
        table.rows = { { QStringLiteral("Kari"), QStringLiteral("a;b \"c\"\nd"), 3 },
            { QStringLiteral(" Ola"), QVariant(true),
                QStringList { QStringLiteral("1"), QStringLiteral("2") } } };
        const QByteArray csv = toCsv(table);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv.mid(3),
            QStringLiteral("Navn;Merknad;Antall\r\nKari;\"a;b \"\"c\"\"\nd\";3\r\n\" Ola\";ja;1, 2\r\n")
                .toUtf8());
        const auto back = readCsvBytes(csv);
        QVERIFY(back.ok());
        QCOMPARE(back->rows[0].cells[1], QStringLiteral("a;b \"c\"\nd"));
        QCOMPARE(back->rows[1].cells[0], QStringLiteral(" Ola"));
    }

    void csvNeutralisesFormulasAndReadsThemBack()
    {
        // Cells a spreadsheet would run (OWASP CSV injection) get a leading
        // apostrophe; numbers stay numbers; our import takes the guard off again.
        const QStringList hostile = { QStringLiteral("=1+2"), QStringLiteral("+cmd|' /C calc'!A0"),
            QStringLiteral("@SUM(1+1)"), QStringLiteral("=HYPERLINK(\"http://127.0.0.1/\";\"klikk\")"),
            QStringLiteral("-2+3"), QStringLiteral("\t=1+1") };
        ExportTable table;
        table.headers = { QStringLiteral("Tekst"), QStringLiteral("Tall") };
        for (const QString &text : hostile)
            table.rows.append({ text, -5 });
        table.rows.append({ QStringLiteral("Kari"), 2.5 });
        const auto back = readCsvBytes(toCsv(table));
        QVERIFY(back.ok());
        QCOMPARE(back->rows.size(), hostile.size() + 1);
        for (qsizetype i = 0; i < hostile.size(); ++i) {
            QCOMPARE(back->rows[i].cells[0], QLatin1Char('\'') + hostile[i]);
            QCOMPARE(back->rows[i].cells[1], QStringLiteral("-5")); // a number, not guarded
        }
        QCOMPARE(back->rows.last().cells[0], QStringLiteral("Kari"));
        QCOMPARE(guardFormula(QStringLiteral("\r=1+1")), QStringLiteral("'\r=1+1"));
        QCOMPARE(unguardFormula(QStringLiteral("'\r=1+1")), QStringLiteral("\r=1+1"));
        QCOMPARE(unguardFormula(QStringLiteral("'Kari")), QStringLiteral("'Kari")); // a real apostrophe stays

        // People with such names and organisations survive export → import unchanged.
        QList<Attendee> people = iotest::sampleAttendees(3);
        people[0].organisation = QStringLiteral("=HYPERLINK(\"http://x\")");
        people[1].lastName = QStringLiteral("@Nordmann");
        people[2].phone = QStringLiteral("+47 900 00 000");
        const QString file = path(QStringLiteral("formulas.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(toCsv(attendeesTable(people)));
        }
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(bytes.contains("'=HYPERLINK("));
        QVERIFY(!bytes.contains(";=HYPERLINK(") && !bytes.contains("\"=HYPERLINK("));
        const auto imported = planImportFromFile(file, {});
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->plan.upserts.size(), people.size());
        QCOMPARE(imported->plan.upserts[0].organisation, people[0].organisation);
        QCOMPARE(imported->plan.upserts[1].lastName, people[1].lastName);
        QCOMPARE(imported->plan.upserts[2].phone, people[2].phone);
    }

    void jsonFormatKeepsTypes()
    {
        Attendee a;
        a.id = QStringLiteral("x1");
        a.firstName = QStringLiteral("Åse");
        a.preferences = { QStringLiteral("3"), QStringLiteral("1") };
        a.consent = true;
        const QJsonDocument doc = QJsonDocument::fromJson(toJson({ attendeesTable({ a }) }));
        const QJsonObject row = doc.object()[QStringLiteral("attendees")].toArray().first().toObject();
        QCOMPARE(row[QStringLiteral("firstName")].toString(), QStringLiteral("Åse"));
        QCOMPARE(row[QStringLiteral("preferences")].toArray(),
            QJsonArray({ QStringLiteral("3"), QStringLiteral("1") }));
        QCOMPARE(row[QStringLiteral("consent")], QJsonValue(true));
        QCOMPARE(row[QStringLiteral("type")].toString(), QStringLiteral("participant"));
    }

    void xlsxWrittenByLibxlsxwriterReadsBack()
    {
        ExportTable table;
        table.name = QStringLiteral("t");
        table.title = QStringLiteral("Ark: [1]/2?");
        table.headers = { QStringLiteral("Tekst"), QStringLiteral("Tall"), QStringLiteral("Desimal"),
            QStringLiteral("Sann"), QStringLiteral("Formel?") };
        table.rows
            = { { QStringLiteral("Ødegård € “x”\nlinje 2"), 12345, 2.5, true, QStringLiteral("=1+1") } };
        const QString file = path(QStringLiteral("types.xlsx"));
        QVERIFY(writeXlsx(file, { table, table }).ok()); // the same title twice gets a unique sheet name
        const auto t = readXlsxFile(file);
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
        QCOMPARE(t->headers, table.headers);
        QCOMPARE(t->rows[0].cells,
            QStringList({ QStringLiteral("Ødegård € “x”\nlinje 2"), QStringLiteral("12345"),
                QStringLiteral("2.5"), QStringLiteral("TRUE"), QStringLiteral("=1+1") }));
        QCOMPARE(t->rows[0].line, 2);
        QVERIFY(t->format.contains(QStringLiteral("Ark- -1--2-")));
    }

    void roundTripGivesTheSamePeople_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
    }
    void roundTripGivesTheSamePeople()
    {
        QFETCH(QString, format);
        const QList<Attendee> people = iotest::sampleAttendees(300);
        const QString file = path(QStringLiteral("roundtrip.") + format);
        if (format == u"csv") {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(toCsv(attendeesTable(people)));
        } else {
            QVERIFY(writeXlsx(file, { attendeesTable(people) }).ok());
        }

        // Into an empty store: every person added, with every field intact.
        const auto fresh = planImportFromFile(file, {});
        QVERIFY2(fresh.ok(), fresh.ok() ? "" : qPrintable(fresh.error().message));
        QCOMPARE(fresh->plan.added, int(people.size()));
        QCOMPARE(fresh->plan.rejected + fresh->plan.duplicates + fresh->plan.updated, 0);
        QCOMPARE(fresh->mapping.ignoredHeaders, QStringList());
        QStringList expected, actual;
        for (const Attendee &a : people)
            expected.append(iotest::describe(a));
        for (const Attendee &a : fresh->plan.upserts)
            actual.append(iotest::describe(a));
        QCOMPARE(actual, expected);

        // Into the store it came from: nobody is new, nothing changes.
        const auto again = planImportFromFile(file, people);
        QVERIFY(again.ok());
        QCOMPARE(again->plan.duplicates, int(people.size()));
        QVERIFY(!again->plan.hasChanges());
        for (qsizetype i = 0; i < people.size(); ++i)
            QCOMPARE(again->plan.rows[i].attendeeId, people[i].id);
    }

    void attendanceAndGroupTables()
    {
        Event event;
        Day day;
        day.number = 1;
        Session opening;
        opening.key = QStringLiteral("d1-1000");
        opening.start = QTime(10, 0);
        opening.title = QStringLiteral("Velkommen");
        Session lunch;
        lunch.key = QStringLiteral("d1-1200");
        lunch.kind = SessionKind::Meal;
        Session groups;
        groups.key = QStringLiteral("d1-1400");
        groups.start = QTime(14, 0);
        groups.kind = SessionKind::GroupWork;
        groups.title = QStringLiteral("Gruppearbeid");
        for (int g = 1; g <= 2; ++g) {
            Group group;
            group.key = QStringLiteral("d1-1400-g%1").arg(g);
            group.number = g;
            group.name = QStringLiteral("Tema %1").arg(g);
            group.room = QStringLiteral("Rom %1").arg(g);
            groups.groups.append(group);
        }
        day.sessions = { opening, lunch, groups };
        event.days = { day };

        const auto make = [](const char *id, const QString &first, const QString &last, const QString &org) {
            Attendee a;
            a.id = QString::fromLatin1(id);
            a.firstName = first;
            a.lastName = last;
            a.organisation = org;
            return a;
        };
        const QList<Attendee> people = {
            make("a", QStringLiteral("Kari"), QStringLiteral("Nordmann"), QStringLiteral("Vestland")),
            make("b", QStringLiteral("Ola"), QStringLiteral("Berg"), QStringLiteral("Agder")),
            make("c", QStringLiteral("Åse"), QStringLiteral("Dahl"), QStringLiteral("Vestland")),
            make("d", QStringLiteral("Per"), QStringLiteral("Ås"), QString()),
        };
        const QList<Presence> presence = { { QStringLiteral("a"), QString() },
            { QStringLiteral("b"), QString() }, { QStringLiteral("a"), QString() }, // twice through the door
            { QStringLiteral("a"), QStringLiteral("d1-1000") },
            { QStringLiteral("c"), QStringLiteral("d1-1400") } };

        const ExportTable sessions = sessionAttendanceTable(event, people, presence);
        QCOMPARE(sessions.rows.size(), 3); // venue, opening, group work (no meal)
        QCOMPARE(sessions.rows[0][5].toInt(), 2);
        QCOMPARE(sessions.rows[0][6].toDouble(), 50.0);
        QCOMPARE(sessions.rows[1][1].toString(), QStringLiteral("10:00"));
        QCOMPARE(sessions.rows[1][5].toInt(), 1);
        QCOMPARE(sessions.rows[2][2].toString(), QStringLiteral("d1-1400"));

        const ExportTable orgs = organisationAttendanceTable(people, presence);
        QCOMPARE(orgs.rows.size(), 3);
        QCOMPARE(orgs.rows[0][0].toString(), QStringLiteral("(uten organisasjon)"));
        QCOMPARE(orgs.rows[2][0].toString(), QStringLiteral("Vestland"));
        QCOMPARE(orgs.rows[2][1].toInt(), 2);
        QCOMPARE(orgs.rows[2][2].toInt(), 1);

        const QList<Assignment> assignments = {
            { QStringLiteral("d1-1400"), QStringLiteral("d"), QStringLiteral("d1-1400-g2"), false, false },
            { QStringLiteral("d1-1400"), QStringLiteral("a"), QStringLiteral("d1-1400-g1"), false, false },
            { QStringLiteral("d1-1400"), QStringLiteral("c"), QStringLiteral("d1-1400-g1"), false, false },
            { QStringLiteral("d1-1400"), QStringLiteral("b"), QStringLiteral("d1-1400-g1"), false, true },
        };
        const ExportTable groupLists = groupListsTable(event, people, assignments);
        QStringList order;
        for (const QVariantList &row : groupLists.rows)
            order.append(row[5].toString());
        // Group 1: the facilitator first, then Dahl before Nordmann; group 2 after.
        QCOMPARE(order,
            QStringList(
                { QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("d") }));
        QCOMPARE(groupLists.rows[0][4].toString(), QStringLiteral("Rom 1"));

        // All of them in one workbook and as JSON.
        const QString file = path(QStringLiteral("report.xlsx"));
        QVERIFY(writeXlsx(file, { attendeesTable(people), sessions, orgs, groupLists }).ok());
        QVERIFY(readXlsxFile(file).ok());
        const QJsonObject json = QJsonDocument::fromJson(toJson({ sessions, orgs, groupLists })).object();
        QCOMPARE(json[QStringLiteral("sessionAttendance")][0][QStringLiteral("present")].toInt(), 2);
        QCOMPARE(json[QStringLiteral("groups")].toArray().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestIoXlsxExport)
#include "tst_io_xlsx_export.moc"
