#include "codes/invitation.h"
#include "codes/qr_code.h"
#include "codes/qr_render.h"
#include "codes/signed_token.h"
#include "codes/token.h"
#include "required_tool.h"
#include "scan/image_scan.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace oppmote;

namespace {

// Rasterises page `page` of a PDF with poppler's pdftoppm (packaging installs poppler-utils).
QString rasterise(const QString &pdf, int page, const QString &outBase)
{
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
        { QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-gray"), QStringLiteral("-png"),
            QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
            QString::number(page), pdf, outBase });
    p.waitForFinished(30000);
    return outBase + QStringLiteral(".png");
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestInvitation : public QObject
{
    Q_OBJECT

    QList<Invitation> m_invitations;
    InvitationInfo m_info;
    QString m_ticket;
    TicketKeyPair m_key = TicketKeyPair::generate();

private slots:
    void initTestCase()
    {
        OPPMOTE_REQUIRE_TOOL("pdftoppm", "poppler-utils");
        OPPMOTE_REQUIRE_TOOL("pdftotext", "poppler-utils");
        Event event;
        event.name = QStringLiteral("Verksted for regional utvikling");
        event.place = QStringLiteral("Quality Hotel Edvard Grieg, Bergen");
        event.days = { Day { 1, QDate(2023, 9, 25), {}, {}, {} }, Day { 2, QDate(2023, 9, 26), {}, {}, {} } };
        m_info
            = invitationInfoFor(event, { QStringLiteral("Laptop"), QStringLiteral("Ideas for your region") });
        QVERIFY(m_info.dates.contains(QStringLiteral("2023")));
        for (const QString &name : { QStringLiteral("Kari"), QStringLiteral("Ola"), QStringLiteral("Åse") }) {
            Attendee a;
            a.id = QStringLiteral("att-") + name;
            a.firstName = name;
            a.lastName = QStringLiteral("Nordmann");
            a.organisation = QStringLiteral("Vestland fylkeskommune");
            a.token = Token::generate();
            m_invitations.append({ a, {} });
        }
        m_ticket = SignedToken::sign(
            Token::parse(m_invitations[2].attendee.token).value(), 1, QStringLiteral("ev"), m_key.secretKey)
                       ->text();
        m_invitations[2].code = m_ticket; // a signed ticket instead of the plain token
    }

    void codeTextIsGroupedForTyping()
    {
        QCOMPARE(groupedCodeText(QStringLiteral("OP1-ABCDEFGHJK")), QStringLiteral("OP1-ABCD EFGH JK"));
        QVERIFY(Token::parse(groupedCodeText(m_invitations[0].attendee.token)).ok());
    }

    void ticketsArePrintableAndTheirCodesScan()
    {
        QTemporaryDir dir;
        const auto files
            = writeInvitationTickets(dir.filePath(QStringLiteral("tickets")), m_invitations, m_info);
        QVERIFY2(files.ok(), qPrintable(files.error().message));
        QCOMPARE(files->size(), 4);
        QVERIFY(files->last().endsWith(QStringLiteral("all.pdf")));

        // The practical information is real text in the PDF.
        const QString text = pdfText(files->at(0));
        QVERIFY2(text.contains(QStringLiteral("Verksted for regional utvikling")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Kari Nordmann")));
        QVERIFY(text.contains(QStringLiteral("Bergen")));
        QVERIFY(text.contains(QStringLiteral("Laptop")));
        QVERIFY(text.contains(groupedCodeText(m_invitations[0].attendee.token)));

        // Every page of the combined PDF carries its attendee's code.
        const TokenVerifier verifier(QStringLiteral("ev"), { m_key.publicKey });
        for (int page = 1; page <= 3; ++page) {
            const QString png = rasterise(files->last(), page, dir.filePath(QStringLiteral("p%1").arg(page)));
            const auto found = scanImageFile(png, verifier);
            QVERIFY2(found.ok(), qPrintable(found.error().message));
            QCOMPARE(found->size(), 1);
            const QString expected = page == 3 ? m_ticket : m_invitations[page - 1].attendee.token;
            QCOMPARE(found->front().code.text, expected);
        }
        QVERIFY(pdfText(files->last()).contains(QStringLiteral("Åse Nordmann")));
    }

    void imageFindingsSayWhetherTheyAreValid()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("t.png"));
        QVERIFY(writeQrPng(png, QrCode::encode(m_ticket, QrUse::Screen).value(), 4).ok());
        const auto good = scanImageFile(png, TokenVerifier(QStringLiteral("ev"), { m_key.publicKey }));
        QCOMPARE(good->size(), 1);
        QVERIFY(good->front().verdict.ok());
        const QJsonObject json = imageFindingToJson(good->front());
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
        QCOMPARE(json.value(QStringLiteral("position")).toArray().size(), 4);
        QCOMPARE(json.value(QStringLiteral("issue")).toInt(), 1);
        QVERIFY(imageFindingToText(good->front()).endsWith(QStringLiteral(": valid")));

        const auto other = scanImageFile(png, TokenVerifier(QStringLiteral("another"), { m_key.publicKey }));
        QCOMPARE(other->front().verdict.status, TokenStatus::WrongEvent);
        QVERIFY(imageFindingToText(other->front()).contains(QStringLiteral("wrong-event")));

        QVERIFY(!scanImageFile(dir.filePath(QStringLiteral("missing.png")), TokenVerifier({}, {})).ok());
    }
};

QTEST_MAIN(TestInvitation)
#include "test_invitation.moc"
