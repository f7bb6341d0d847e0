// `oppmote qr` and `oppmote decode`, run in-process against a real store.

#include "codes/signed_token.h"
#include "codes/token.h"
#include "command.h"
#include "required_tool.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace oppmote;

namespace {

struct Run {
    int code = 0;
    QString out;
    QString err;
};

Run oppmoteCli(const QStringList &arguments)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = cli::runCommandLine(arguments, out, err);
    return r;
}

} // namespace

class TestCliCodes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_token = Token::generate();

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("event.db"));
        auto store = Store::open(m_db);
        QVERIFY2(store.ok(), qPrintable(store.error().message));
        Attendee a;
        a.id = QStringLiteral("att-1");
        a.firstName = QStringLiteral("Kari");
        a.lastName = QStringLiteral("Nordmann");
        a.token = m_token;
        QVERIFY(store->upsertAttendees({ a }).ok());
    }

    void qrWritesEveryFormat()
    {
        const Run r = oppmoteCli(
            { QStringLiteral("qr"), m_token, QStringLiteral("--png"), m_dir.filePath(QStringLiteral("t.png")),
                QStringLiteral("--svg"), m_dir.filePath(QStringLiteral("t.svg")), QStringLiteral("--pdf"),
                m_dir.filePath(QStringLiteral("t.pdf")), QStringLiteral("--use"), QStringLiteral("badge"),
                QStringLiteral("--size-mm"), QStringLiteral("20"), QStringLiteral("--dpi"),
                QStringLiteral("300") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("6 dots per module")));
        for (const char *f : { "t.png", "t.svg", "t.pdf" })
            QVERIFY(QFileInfo(m_dir.filePath(QLatin1String(f))).size() > 100);
        QCOMPARE(oppmoteCli({ QStringLiteral("qr"), m_token }).code, int(cli::Usage));
        QCOMPARE(oppmoteCli({ QStringLiteral("qr"), m_token, QStringLiteral("--png"), QStringLiteral("x.png"),
                                QStringLiteral("--use"), QStringLiteral("poster") })
                     .code,
            int(cli::Usage));
    }

    void decodeChecksAgainstTheRoster()
    {
        // The badge code as qrWritesEveryFormat writes it, in a file of this function's own.
        const QString png = m_dir.filePath(QStringLiteral("decode.png"));
        QCOMPARE(oppmoteCli({ QStringLiteral("qr"), m_token, QStringLiteral("--png"), png,
                                QStringLiteral("--use"), QStringLiteral("badge"), QStringLiteral("--size-mm"),
                                QStringLiteral("20"), QStringLiteral("--dpi"), QStringLiteral("300") })
                     .code,
            0);
        QVERIFY(QFileInfo(png).size() > 100);
        const Run r = oppmoteCli(
            { QStringLiteral("decode"), png, QStringLiteral("--db"), m_db, QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonArray found = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0][QStringLiteral("status")].toString(), QStringLiteral("valid"));
        QCOMPARE(found[0][QStringLiteral("token")].toString(), m_token);
        QCOMPARE(found[0][QStringLiteral("position")].toArray().size(), 4);

        // Without the roster the same code is unknown, and the exit code says so.
        const Run unknown = oppmoteCli({ QStringLiteral("decode"), png });
        QCOMPARE(unknown.code, int(cli::Failure));
        QVERIFY(unknown.out.contains(QStringLiteral("refused (unknown)")));
    }

    void decodeVerifiesSignedTicketsWithThePublicKey()
    {
        const auto key = TicketKeyPair::generate();
        const QString ticket
            = SignedToken::sign(Token::random(), 2, QStringLiteral("verksted-2023"), key.secretKey)->text();
        const QString png = m_dir.filePath(QStringLiteral("ticket.png"));
        QCOMPARE(oppmoteCli({ QStringLiteral("qr"), ticket, QStringLiteral("--png"), png }).code, 0);
        const Run ok = oppmoteCli(
            { QStringLiteral("decode"), png, QStringLiteral("--event"), QStringLiteral("verksted-2023"),
                QStringLiteral("--public-key"), ticketKeyToText(key.publicKey) });
        QCOMPARE(ok.code, 0);
        QVERIFY2(ok.out.contains(QStringLiteral(": valid")), qPrintable(ok.out));
        const Run wrong = oppmoteCli({ QStringLiteral("decode"), png, QStringLiteral("--event"),
            QStringLiteral("other"), QStringLiteral("--public-key"), ticketKeyToText(key.publicKey) });
        QCOMPARE(wrong.code, int(cli::Failure));
        QVERIFY(wrong.out.contains(QStringLiteral("wrong-event")));
    }

    void signedTicketsAreIssuedAndJudgedOneWay()
    {
        // The organiser makes the event's key, prints signed tickets, and a replaced
        // code is refused by `decode --db` exactly as a kiosk refuses it.
        OPPMOTE_REQUIRE_TOOL("pdftoppm", "poppler-utils");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("signed.db"));
        {
            auto store = Store::open(db);
            QVERIFY(store.ok());
            Attendee a;
            a.id = QStringLiteral("att-signed");
            a.firstName = QStringLiteral("Åse");
            a.lastName = QStringLiteral("Signert");
            a.token = Token::generate();
            QVERIFY(store->upsertAttendees({ a }).ok());
        }
        const QString key = dir.filePath(QStringLiteral("event.key"));
        const Run made = oppmoteCli({ QStringLiteral("ticket-key"), QStringLiteral("--db"), db,
            QStringLiteral("--out"), key, QStringLiteral("--json") });
        QCOMPARE(made.code, 0);
        QCOMPARE(QFile::permissions(key) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        QVERIFY(
            !QJsonDocument::fromJson(made.out.toUtf8())[QStringLiteral("publicKey")].toString().isEmpty());
        QCOMPARE(oppmoteCli({ QStringLiteral("ticket-key"), QStringLiteral("--db"), db,
                                QStringLiteral("--out"), key })
                     .code,
            int(cli::Usage)); // never overwritten

        const QString out = dir.filePath(QStringLiteral("tickets"));
        const Run printed = oppmoteCli({ QStringLiteral("tickets"), QStringLiteral("--db"), db,
            QStringLiteral("--out"), out, QStringLiteral("--signed"), key });
        QVERIFY2(printed.code == 0, qPrintable(printed.err));
        const QString pdf = QDir(out).filePath(QStringLiteral("all.pdf"));
        QVERIFY(QFile::exists(pdf));
        QProcess raster;
        raster.start(QStringLiteral("pdftoppm"),
            { QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                QStringLiteral("-singlefile"), pdf, dir.filePath(QStringLiteral("ticket")) });
        QVERIFY(raster.waitForFinished(30000) && raster.exitCode() == 0);
        const QString png = dir.filePath(QStringLiteral("ticket.png"));
        const auto decode = [&] {
            const Run r = oppmoteCli(
                { QStringLiteral("decode"), png, QStringLiteral("--db"), db, QStringLiteral("--json") });
            return QJsonDocument::fromJson(r.out.toUtf8()).array();
        };
        QJsonArray found = decode();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0][QStringLiteral("status")].toString(), QStringLiteral("valid"));
        QCOMPARE(found[0][QStringLiteral("signed")].toBool(), true);
        QVERIFY(found[0][QStringLiteral("text")].toString().startsWith(QStringLiteral("OS1-")));

        // The desk replaces the lost code: the printed ticket is refused from now on.
        QCOMPARE(oppmoteCli(
                     { QStringLiteral("reissue"), QStringLiteral("att-signed"), QStringLiteral("--db"), db })
                     .code,
            0);
        found = decode();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0][QStringLiteral("status")].toString(), QStringLiteral("reissued"));

        // A key the event does not know is refused before any ticket is printed.
        const QString otherDb = dir.filePath(QStringLiteral("other.db"));
        QVERIFY(Store::open(otherDb).ok());
        const QString otherKey = dir.filePath(QStringLiteral("other.key"));
        QCOMPARE(oppmoteCli({ QStringLiteral("ticket-key"), QStringLiteral("--db"), otherDb,
                                QStringLiteral("--out"), otherKey })
                     .code,
            0);
        const Run foreign = oppmoteCli({ QStringLiteral("tickets"), QStringLiteral("--db"), db,
            QStringLiteral("--out"), out, QStringLiteral("--signed"), otherKey });
        QVERIFY(foreign.code != 0);
        QVERIFY2(foreign.err.contains(QStringLiteral("not one of this event's ticket keys")),
            qPrintable(foreign.err));
    }

    void decodeReportsMissingFilesAndEmptyImages()
    {
        QCOMPARE(oppmoteCli({ QStringLiteral("decode"), m_dir.filePath(QStringLiteral("none.png")) }).code,
            int(cli::StoreError));
        QImage blank(200, 200, QImage::Format_Grayscale8);
        blank.fill(255);
        const QString path = m_dir.filePath(QStringLiteral("blank.png"));
        QVERIFY(blank.save(path));
        const Run r = oppmoteCli({ QStringLiteral("decode"), path });
        QCOMPARE(r.code, int(cli::NotFound));
        QVERIFY(r.out.contains(QStringLiteral("No QR code")));
    }
};

QTEST_MAIN(TestCliCodes) // tickets lay out text: fonts need a QGuiApplication
#include "test_cli_codes.moc"
