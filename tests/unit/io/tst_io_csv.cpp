// Text decoding and the CSV reader, on the bytes organisers' tools write.
#include "io/csv_reader.h"
#include "io/text_decoding.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

using namespace oppmote::io;

namespace {

QByteArray utf16le(const QString &text, bool bom)
{
    QByteArray out = bom ? QByteArray("\xFF\xFE", 2) : QByteArray();
    out += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return out;
}

SourceTable mustRead(const QByteArray &bytes, const CsvOptions &options = {})
{
    auto table = readCsvBytes(bytes, options);
    if (!table)
        qFatal("unexpected error: %s", qPrintable(table.error().message));
    return table.value();
}

} // namespace

class TestIoCsv : public QObject
{
    Q_OBJECT

private slots:
    void utf8WithAndWithoutBom_data()
    {
        QTest::addColumn<bool>("bom");
        QTest::newRow("bom") << true;
        QTest::newRow("no bom") << false;
    }
    void utf8WithAndWithoutBom()
    {
        QFETCH(bool, bom);
        const QByteArray body
            = QStringLiteral("Navn;Organisasjon\r\nKåre Ødegård;Trøndelag fylkeskommune\r\n").toUtf8();
        const QByteArray bytes = (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + body;
        QCOMPARE(detectTextEncoding(bytes), bom ? TextEncoding::Utf8Bom : TextEncoding::Utf8);
        const SourceTable t = mustRead(bytes);
        QCOMPARE(t.headers, QStringList({ QStringLiteral("Navn"), QStringLiteral("Organisasjon") }));
        QCOMPARE(t.rows.size(), 1);
        QCOMPARE(t.rows[0].cells[0], QStringLiteral("Kåre Ødegård"));
        QVERIFY(t.format.contains(bom ? QStringLiteral("UTF-8 with BOM") : QStringLiteral("UTF-8,")));
    }

    void windows1252IsNotLatin1()
    {
        const QString text = QStringLiteral("Navn;Kommentar\nKåre Ødegård;Pris 100 € – «ok» “sitat” ‘x’\n");
        QStringEncoder encoder("windows-1252");
        const QByteArray bytes = encoder.encode(text);
        QVERIFY(bytes.contains('\x80')); // € is 0x80 in Windows-1252, a C1 control in Latin-1
        QVERIFY(bytes.contains('\x93'));
        QCOMPARE(detectTextEncoding(bytes), TextEncoding::Windows1252);
        const SourceTable t = mustRead(bytes);
        QCOMPARE(t.rows[0].cells[0], QStringLiteral("Kåre Ødegård"));
        QCOMPARE(t.rows[0].cells[1], QStringLiteral("Pris 100 € – «ok» “sitat” ‘x’"));
        QVERIFY(t.format.contains(QStringLiteral("Windows-1252")));
    }

    void utf16FromExcelWithTabs_data()
    {
        QTest::addColumn<bool>("bom");
        QTest::newRow("Unicode text (BOM)") << true;
        QTest::newRow("no BOM, by NUL pattern") << false;
    }
    void utf16FromExcelWithTabs()
    {
        QFETCH(bool, bom);
        const QString text
            = QStringLiteral("Förnamn\tEfternamn\tE-postadress\r\nÅsa\tLindström\tasa@example.se\r\n"
                             "Per\t\"Berg\tSten\"\tper@example.se\r\n");
        const QByteArray bytes = utf16le(text, bom);
        QCOMPARE(detectTextEncoding(bytes), TextEncoding::Utf16LE);
        const SourceTable t = mustRead(bytes);
        QCOMPARE(t.separator, QChar(u'\t'));
        QCOMPARE(t.headers.size(), 3);
        QCOMPARE(t.headers[0], QStringLiteral("Förnamn"));
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows[0].cells[1], QStringLiteral("Lindström"));
        QCOMPARE(t.rows[1].cells[1], QStringLiteral("Berg\tSten"));
    }

    void utf16BigEndianWithBom()
    {
        const QString text = QStringLiteral("Navn;E-post\nÅse;ase@example.no\n");
        QByteArray bytes("\xFE\xFF", 2);
        for (const QChar c : text) {
            bytes.append(char(c.unicode() >> 8));
            bytes.append(char(c.unicode() & 0xFF));
        }
        QCOMPARE(detectTextEncoding(bytes), TextEncoding::Utf16BE);
        QCOMPARE(mustRead(bytes).rows[0].cells[0], QStringLiteral("Åse"));
    }

    void separatorSniffedFromHeader_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("semicolon") << QStringLiteral("Navn;Org;E-post\nKari;A, B og C;k@x.no\n")
                                   << QChar(u';');
        QTest::newRow("comma") << QStringLiteral("Name,Company,Email\nKari,A; B,k@x.no\n") << QChar(u',');
        QTest::newRow("tab") << QStringLiteral("Name\tCompany\tEmail\nKari\tA, B; C\tk@x.no\n")
                             << QChar(u'\t');
        QTest::newRow("quoted comma in header ignored")
            << QStringLiteral("\"Navn, fullt\";Org\nKari;A\n") << QChar(u';');
        QTest::newRow("one column") << QStringLiteral("Navn\nKari\n") << QChar(u',');
        QTest::newRow("pipe is not a separator")
            << QStringLiteral("Navn|Org;E-post\nKari|A;k@x.no\n") << QChar(u';');
    }
    void separatorSniffedFromHeader()
    {
        QFETCH(QString, text);
        QFETCH(QChar, separator);
        QCOMPARE(sniffSeparator(text.section(u'\n', 0, 0)), separator);
        const auto t = readCsv(text);
        QVERIFY(t.ok());
        QCOMPARE(t->separator, separator);
        QCOMPARE(t->rows.size(), 1);
        QCOMPARE(t->rows[0].cells.size(), t->headers.size());
    }

    void separatorOverride()
    {
        // The header has more commas than semicolons; the organiser says ';'.
        const QString text = QStringLiteral("Navn, fullt;Org, avd, seksjon\nKari Nordmann;A, B, C\n");
        QCOMPARE(readCsv(text)->separator, QChar(u','));
        const auto t = readCsv(text, CsvOptions { QChar(u';') });
        QCOMPARE(t->separator, QChar(u';'));
        QCOMPARE(
            t->rows[0].cells, QStringList({ QStringLiteral("Kari Nordmann"), QStringLiteral("A, B, C") }));
    }

    void sepLine()
    {
        const auto t = readCsv(QStringLiteral("sep=;\r\nNavn,fullt;Org,Inc\r\nKari;A,B\r\n"));
        QVERIFY(t.ok());
        QCOMPARE(t->separator, QChar(u';'));
        QCOMPARE(t->headerLine, 2);
        QCOMPARE(t->headers, QStringList({ QStringLiteral("Navn,fullt"), QStringLiteral("Org,Inc") }));
        QCOMPARE(t->rows[0].line, 3);
        QCOMPARE(t->rows[0].cells[1], QStringLiteral("A,B"));
        // Quoted, as some tools write it, and a comma one that wins over sniffing.
        const auto q = readCsv(QStringLiteral("\"sep=,\"\nA;B,C\n1;2,3\n"));
        QCOMPARE(q->separator, QChar(u','));
        QCOMPARE(q->headers, QStringList({ QStringLiteral("A;B"), QStringLiteral("C") }));
    }

    void quotedSeparatorsQuotesAndLineBreaks()
    {
        const QString text = QStringLiteral("Navn;Kommentar;Org\n"
                                            "\"Nordmann; Kari\";\"Han sa \"\"hei\"\"\r\nog gikk\";\"A\"\n"
                                            "Ola;\"\";B\n");
        const auto t = readCsv(text);
        QVERIFY(t.ok());
        QCOMPARE(t->rows.size(), 2);
        QCOMPARE(t->rows[0].line, 2);
        QCOMPARE(t->rows[0].cells,
            QStringList({ QStringLiteral("Nordmann; Kari"), QStringLiteral("Han sa \"hei\"\nog gikk"),
                QStringLiteral("A") }));
        QCOMPARE(t->rows[1].line, 4); // the quoted line break counts as a line
        QCOMPARE(t->rows[1].cells, QStringList({ QStringLiteral("Ola"), QString(), QStringLiteral("B") }));
    }

    void lineEndings_data()
    {
        QTest::addColumn<QString>("eol");
        QTest::newRow("LF") << QStringLiteral("\n");
        QTest::newRow("CRLF") << QStringLiteral("\r\n");
        QTest::newRow("CR") << QStringLiteral("\r");
    }
    void lineEndings()
    {
        QFETCH(QString, eol);
        const QString text = QStringLiteral("Navn;Org") + eol + QStringLiteral("Kari;A") + eol
            + QStringLiteral("Ola;\"B") + eol + QStringLiteral("C\"") + eol + QStringLiteral("Per;D");
        const auto t = readCsv(text);
        QVERIFY(t.ok());
        QCOMPARE(t->rows.size(), 3);
        QCOMPARE(t->rows[0].line, 2);
        QCOMPARE(t->rows[1].line, 3);
        QCOMPARE(t->rows[1].cells[1], QStringLiteral("B\nC"));
        QCOMPARE(t->rows[2].line, 5);
        QCOMPARE(t->rows[2].cells[0], QStringLiteral("Per"));
    }

    void blankRowsAreSkippedButCounted()
    {
        const auto t = readCsv(QStringLiteral("\n\nNavn;Org\n\n;\nKari;A\n   \nOla;B\n\n"));
        QVERIFY(t.ok());
        QCOMPARE(t->headerLine, 3);
        QCOMPARE(t->rows.size(), 2);
        QCOMPARE(t->rows[0].line, 6);
        QCOMPARE(t->rows[1].line, 8);
    }

    void raggedRowsAreKept()
    {
        const auto t = readCsv(QStringLiteral("A;B;C\n1\n1;2;3;4\n"));
        QVERIFY(t.ok());
        QCOMPARE(t->rows[0].cells.size(), 1);
        QCOMPARE(t->rows[1].cells.size(), 4);
    }

    void unterminatedQuoteNamesItsLine()
    {
        const auto t = readCsvBytes(QByteArray("Navn;Org\nKari;A\n\"Ola;B\nPer;C\nLise;D\n"));
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.startsWith(QStringLiteral("Line 3:")), qPrintable(t.error().message));
        QVERIFY(t.error().message.contains(QStringLiteral("closing quote")));
    }

    void binaryGarbageIsRefusedQuickly()
    {
        QByteArray garbage(2 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(42);
        rng.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
        QElapsedTimer timer;
        timer.start();
        const auto t = readCsvBytes(garbage);
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.contains(QStringLiteral("not a text")), qPrintable(t.error().message));
        QVERIFY(timer.elapsed() < 2000);
    }

    void knownBinaryFormatsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) << QStringLiteral("XLSX");
        QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", 10)
                             << QStringLiteral(".xls");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << QStringLiteral("PDF");
        QTest::newRow("elf") << QByteArray("\x7F"
                                           "ELF\x02\x01\x01\x00\x00\x00\x00\x00",
            12) << QStringLiteral("binary");
    }
    void knownBinaryFormatsAreNamed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        const auto t = readCsvBytes(bytes);
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.contains(mentions), qPrintable(t.error().message));
    }

    void emptyInputs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("blank lines") << QByteArray("\r\n\n   \n\t\n");
        QTest::newRow("UTF-16 BOM only") << QByteArray("\xFF\xFE", 2);
    }
    void emptyInputs()
    {
        QFETCH(QByteArray, bytes);
        const auto t = readCsvBytes(bytes);
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.contains(QStringLiteral("empty")), qPrintable(t.error().message));
    }

    void headerOnlyHasNoRows()
    {
        const auto t = readCsvBytes(QByteArray("Navn;Org\r\n"));
        QVERIFY(t.ok());
        QCOMPARE(t->rows.size(), 0);
    }

    void sepLineWithoutHeader()
    {
        const auto t = readCsv(QStringLiteral("sep=;\n\n"));
        QVERIFY(!t.ok());
        QVERIFY(t.error().message.contains(QStringLiteral("sep=")));
    }
};

QTEST_GUILESS_MAIN(TestIoCsv)
#include "tst_io_csv.moc"
