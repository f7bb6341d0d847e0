#pragma once
// A ticket a kiosk can verify without having synced it: the attendee's token,
// an issue number and a tag of the event, signed with the organiser's Ed25519
// key (libsodium). Kiosks hold only public keys.
//
// Text form: "OS1-" + 138 Crockford base32 characters + 1 check character.
// The 86 bytes are: token (16) | issue, big-endian (2) | event tag (4) |
// signature (64). The signature covers "oppmote-ticket-1", the full event id,
// the token and the issue; the event tag (first 4 bytes of BLAKE2b of the
// event id) only lets a kiosk say "another event" instead of "forged".

#include "codes/token.h"
#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace oppmote {

struct TicketKeyPair {
    QByteArray publicKey; // 32 bytes; goes to kiosks
    QByteArray secretKey; // 64 bytes; stays with the organiser

    static TicketKeyPair generate();
};

// Keys as text for settings and files: Crockford base32 with a check character.
QString ticketKeyToText(const QByteArray &key);
Result<QByteArray> ticketKeyFromText(const QString &text);

class SignedToken
{
public:
    static constexpr int kPayloadBytes = 16 + 2 + 4 + 64;
    static constexpr int kPayloadChars = (kPayloadBytes * 8 + 4) / 5; // 138
    static inline const QString kPrefix = QStringLiteral("OS1-");

    // Signs `token`'s issue `issue` for the event. `secretKey` is a
    // TicketKeyPair::secretKey.
    static Result<SignedToken> sign(
        const Token &token, quint16 issue, const QString &eventId, const QByteArray &secretKey);

    // Reads the text form; refuses damaged codes like Token::parse. Does not
    // check the signature (see verifySignature and TokenVerifier).
    static Result<SignedToken> parse(const QString &text);

    const Token &token() const { return m_token; }
    quint16 issue() const { return m_issue; }
    quint32 eventTag() const { return m_eventTag; }
    const QByteArray &signature() const { return m_signature; }
    QString text() const;

    bool verifySignature(const QString &eventId, const QByteArray &publicKey) const;

    static quint32 eventTagFor(const QString &eventId);

private:
    static QByteArray message(const QString &eventId, const Token &token, quint16 issue);

    Token m_token;
    quint16 m_issue = 0;
    quint32 m_eventTag = 0;
    QByteArray m_signature;
};

} // namespace oppmote
