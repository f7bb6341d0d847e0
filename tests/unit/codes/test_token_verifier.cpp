#include "codes/crockford.h"
#include "codes/signed_token.h"
#include "codes/token_verifier.h"

#include <QSet>
#include <QtTest>

using namespace oppmote;

namespace {
const QString kEvent = QStringLiteral("verksted-2023");
}

class TestTokenVerifier : public QObject
{
    Q_OBJECT

    TicketKeyPair m_key = TicketKeyPair::generate();
    TicketKeyPair m_oldKey = TicketKeyPair::generate();
    Token m_kari = Token::random();
    Token m_ola = Token::random();
    QSet<QByteArray> m_roster;

    TokenVerifier verifier(RevocationList revocations = {}) const
    {
        const QSet<QByteArray> roster = m_roster;
        return TokenVerifier(kEvent, { m_oldKey.publicKey, m_key.publicKey }, std::move(revocations),
            [roster](const Token &t) { return roster.contains(t.bytes()); });
    }

    QString ticket(const Token &t, quint16 issue, const QString &event, const QByteArray &secret) const
    {
        const auto s = SignedToken::sign(t, issue, event, secret);
        return s.ok() ? s->text() : QString();
    }

private slots:
    void init() { m_roster = { m_kari.bytes(), m_ola.bytes() }; }

    void plainTokenOnTheRosterIsValid()
    {
        const auto v = verifier().verify(m_kari.text());
        QCOMPARE(v.status, TokenStatus::Valid);
        QVERIFY(v.token == m_kari);
        QVERIFY(!v.signedTicket);
    }

    void signedTicketRoundTrips()
    {
        const QString text = ticket(m_kari, 3, kEvent, m_key.secretKey);
        QVERIFY(text.startsWith(QStringLiteral("OS1-")));
        QCOMPARE(text.size(), 4 + SignedToken::kPayloadChars + 1);
        const auto parsed = SignedToken::parse(text.toLower());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->issue(), quint16(3));
        QVERIFY(parsed->token() == m_kari);
        QVERIFY(parsed->verifySignature(kEvent, m_key.publicKey));
        QVERIFY(!parsed->verifySignature(kEvent, m_oldKey.publicKey));
        QVERIFY(!parsed->verifySignature(QStringLiteral("other"), m_key.publicKey));
    }

    void signedTicketIsValidWithoutTheRoster()
    {
        // A ticket issued after the kiosk's last sync: not on its roster.
        const Token walkIn = Token::random();
        const auto v = verifier().verify(ticket(walkIn, 1, kEvent, m_key.secretKey));
        QCOMPARE(v.status, TokenStatus::Valid);
        QVERIFY(v.token == walkIn);
        QVERIFY(v.signedTicket);
        QCOMPARE(v.issue, 1);
    }

    void ticketsFromEveryListedKeyAreAccepted()
    {
        QCOMPARE(verifier().verify(ticket(m_ola, 1, kEvent, m_oldKey.secretKey)).status, TokenStatus::Valid);
        QCOMPARE(verifier().verify(ticket(m_ola, 1, kEvent, m_key.secretKey)).status, TokenStatus::Valid);
    }

    void refusalsCarryTheirReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");

        const TicketKeyPair stranger = TicketKeyPair::generate();
        QTest::newRow("forged: unknown key")
            << ticket(m_kari, 1, kEvent, stranger.secretKey) << int(TokenStatus::Forged) << "signature";

        // Forged: a genuine ticket with its issue number raised and the check
        // character recomputed, so only the signature can tell.
        const auto genuine = SignedToken::parse(ticket(m_kari, 1, kEvent, m_key.secretKey));
        const QString payload = genuine->text().mid(4, SignedToken::kPayloadChars);
        QByteArray bytes = *crockford::decode(payload, SignedToken::kPayloadBytes);
        bytes[17] = char(9);
        const QString altered = crockford::encode(bytes);
        QTest::newRow("forged: altered issue")
            << QStringLiteral("OS1-") + altered + crockford::checkCharacter(altered)
            << int(TokenStatus::Forged) << "altered";

        const QString good = ticket(m_kari, 1, kEvent, m_key.secretKey);
        QTest::newRow("truncated ticket")
            << good.left(good.size() - 10) << int(TokenStatus::Damaged) << "too short";
        QTest::newRow("truncated token")
            << m_kari.text().left(15) << int(TokenStatus::Damaged) << "too short";
        QString typo = m_kari.text();
        typo[10] = typo[10] == u'A' ? u'B' : u'A';
        QTest::newRow("mistyped") << typo << int(TokenStatus::Damaged) << "check character";
        QTest::newRow("wrong event") << ticket(
            m_kari, 1, QStringLiteral("another-conference"), m_key.secretKey)
                                     << int(TokenStatus::WrongEvent) << "another event";
        QTest::newRow("random token")
            << Token::generate() << int(TokenStatus::Unknown) << "not on the attendee list";
        QTest::newRow("random text") << QStringLiteral("WIFI:S:venue;T:WPA;P:secret;;")
                                     << int(TokenStatus::NotOurs) << "not an Oppmøte code";
        QTest::newRow("url") << QStringLiteral("https://example.org/?t=OP1") << int(TokenStatus::NotOurs)
                             << "not an Oppmøte code";
        QTest::newRow("empty") << QString() << int(TokenStatus::Damaged) << "No code";
    }

    void refusalsCarryTheirReason()
    {
        QFETCH(QString, text);
        QFETCH(int, status);
        QFETCH(QString, message);
        const auto v = verifier().verify(text);
        QCOMPARE(tokenStatusName(v.status), tokenStatusName(TokenStatus(status)));
        QVERIFY2(v.message.contains(message), qPrintable(v.message));
    }

    void cancelledRegistrationIsRefusedInEveryForm()
    {
        RevocationList revocations;
        revocations.cancel(m_kari);
        const auto plain = verifier(revocations).verify(m_kari.text());
        QCOMPARE(plain.status, TokenStatus::Revoked);
        QVERIFY(plain.message.contains(QStringLiteral("cancelled")));
        QCOMPARE(verifier(revocations).verify(ticket(m_kari, 7, kEvent, m_key.secretKey)).status,
            TokenStatus::Revoked);
        QCOMPARE(verifier(revocations).verify(m_ola.text()).status, TokenStatus::Valid);
        // A later "replace" does not un-cancel.
        revocations.replace(m_kari);
        QCOMPARE(verifier(revocations).verify(m_kari.text()).status, TokenStatus::Revoked);
    }

    void replacedPlainTokenIsRefusedAndTheNewOneAdmits()
    {
        const Token fresh = Token::random();
        m_roster.insert(fresh.bytes());
        RevocationList revocations;
        revocations.replace(m_kari);
        const auto old = verifier(revocations).verify(m_kari.text());
        QCOMPARE(old.status, TokenStatus::Reissued);
        QVERIFY(old.message.contains(QStringLiteral("replaced")));
        QCOMPARE(verifier(revocations).verify(fresh.text()).status, TokenStatus::Valid);
    }

    void reissuedSignedTicketRefusesOlderIssues()
    {
        RevocationList revocations;
        revocations.supersedeIssuesBelow(m_kari, 2);
        QCOMPARE(verifier(revocations).verify(ticket(m_kari, 1, kEvent, m_key.secretKey)).status,
            TokenStatus::Reissued);
        QCOMPARE(verifier(revocations).verify(ticket(m_kari, 2, kEvent, m_key.secretKey)).status,
            TokenStatus::Valid);
        revocations.supersedeIssuesBelow(m_kari, 1); // never lowers the bar
        QCOMPARE(verifier(revocations).verify(ticket(m_kari, 1, kEvent, m_key.secretKey)).status,
            TokenStatus::Reissued);
    }

    void revocationsTravelAsJson()
    {
        RevocationList revocations;
        revocations.cancel(m_kari);
        revocations.supersedeIssuesBelow(m_ola, 4);
        const RevocationList copy = RevocationList::fromJson(revocations.toJson());
        QCOMPARE(copy.size(), 2);
        QCOMPARE(verifier(copy).verify(m_kari.text()).status, TokenStatus::Revoked);
        QCOMPARE(
            verifier(copy).verify(ticket(m_ola, 3, kEvent, m_key.secretKey)).status, TokenStatus::Reissued);
        QCOMPARE(verifier(copy).verify(ticket(m_ola, 4, kEvent, m_key.secretKey)).status, TokenStatus::Valid);
    }

    void keysRoundTripAsText()
    {
        const auto pub = ticketKeyFromText(ticketKeyToText(m_key.publicKey).toLower());
        QVERIFY(pub.ok());
        QCOMPARE(pub.value(), m_key.publicKey);
        QCOMPARE(ticketKeyFromText(ticketKeyToText(m_key.secretKey)).value(), m_key.secretKey);
        QString bad = ticketKeyToText(m_key.publicKey);
        bad[5] = bad[5] == u'A' ? u'B' : u'A';
        QVERIFY(!ticketKeyFromText(bad).ok());
        QVERIFY(!ticketKeyFromText(QStringLiteral("ABC")).ok());
    }

    void signingNeedsASecretKey()
    {
        QVERIFY(!SignedToken::sign(m_kari, 1, kEvent, m_key.publicKey).ok());
        QVERIFY(!SignedToken::sign(Token(), 1, kEvent, m_key.secretKey).ok());
    }
};

QTEST_GUILESS_MAIN(TestTokenVerifier)
#include "test_token_verifier.moc"
