// `oppmote qr` and `oppmote decode`, run in-process against a real store.

#include "codes/signed_token.h"
#include "codes/token.h"
#include "command.h"
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
        const QString png = m_dir.filePath(QStringLiteral("t.png"));
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

QTEST_GUILESS_MAIN(TestCliCodes)
#include "test_cli_codes.moc"
