#include "codes/signed_token.h"

#include "codes/crockford.h"
#include "codes/sodium.h"

#include <QCoreApplication>
#include <QtEndian>

namespace oppmote {

namespace {

struct SignedTokenText {
    Q_DECLARE_TR_FUNCTIONS(oppmote::SignedToken)
};

} // namespace

TicketKeyPair TicketKeyPair::generate()
{
    ensureSodium();
    TicketKeyPair pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

QString ticketKeyToText(const QByteArray &key)
{
    const QString body = crockford::encode(key);
    return body + crockford::checkCharacter(body);
}

Result<QByteArray> ticketKeyFromText(const QString &text)
{
    const QString normal = crockford::normalise(text);
    for (const int bytes : { int(crypto_sign_PUBLICKEYBYTES), int(crypto_sign_SECRETKEYBYTES) }) {
        const int chars = crockford::encodedLength(bytes);
        if (normal.size() != chars + 1)
            continue;
        const QString body = normal.left(chars);
        const auto key = crockford::decode(body, bytes);
        if (key && crockford::checkCharacter(body) == normal.back())
            return *key;
        return makeError(ErrorCode::Corrupt, SignedTokenText::tr("The key is damaged or mistyped."));
    }
    return makeError(
        ErrorCode::InvalidInput, SignedTokenText::tr("This is not a ticket key (wrong length)."));
}

quint32 SignedToken::eventTagFor(const QString &eventId)
{
    ensureSodium();
    const QByteArray id = eventId.toUtf8();
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(id.constData()),
        quint64(id.size()), nullptr, 0);
    return qFromBigEndian<quint32>(hash);
}

QByteArray SignedToken::message(const QString &eventId, const Token &token, quint16 issue)
{
    QByteArray m("oppmote-ticket-1");
    m += '\0';
    m += eventId.toUtf8();
    m += '\0';
    m += token.bytes();
    m += char(issue >> 8);
    m += char(issue & 0xff);
    return m;
}

Result<SignedToken> SignedToken::sign(
    const Token &token, quint16 issue, const QString &eventId, const QByteArray &secretKey)
{
    ensureSodium();
    if (token.isNull())
        return makeError(ErrorCode::InvalidInput, SignedTokenText::tr("There is no token to sign."));
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return makeError(
            ErrorCode::InvalidInput, SignedTokenText::tr("The signing key is not an Ed25519 secret key."));
    SignedToken t;
    t.m_token = token;
    t.m_issue = issue;
    t.m_eventTag = eventTagFor(eventId);
    const QByteArray m = message(eventId, token, issue);
    t.m_signature.resize(crypto_sign_BYTES);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(t.m_signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(m.constData()), quint64(m.size()),
        reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return t;
}

bool SignedToken::verifySignature(const QString &eventId, const QByteArray &publicKey) const
{
    ensureSodium();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || m_signature.size() != crypto_sign_BYTES)
        return false;
    const QByteArray m = message(eventId, m_token, m_issue);
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(m_signature.constData()),
               reinterpret_cast<const unsigned char *>(m.constData()), quint64(m.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

QString SignedToken::text() const
{
    QByteArray bytes = m_token.bytes();
    bytes += char(m_issue >> 8);
    bytes += char(m_issue & 0xff);
    char tag[4];
    qToBigEndian(m_eventTag, tag);
    bytes += QByteArray(tag, 4);
    bytes += m_signature;
    const QString payload = crockford::encode(bytes);
    return kPrefix + payload + crockford::checkCharacter(payload);
}

Result<SignedToken> SignedToken::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, SignedTokenText::tr("No code was read."));
    const auto prefix = splitCodePrefix(text);
    if (!prefix || prefix->kind != u'S')
        return makeError(ErrorCode::InvalidInput, SignedTokenText::tr("This is not an Oppmøte ticket."));
    if (prefix->version != 1) {
        return makeError(ErrorCode::SchemaTooNew,
            SignedTokenText::tr("This ticket was made by a newer version of Oppmøte (code version %1).")
                .arg(prefix->version));
    }
    const QString &rest = prefix->rest;
    for (const QChar c : rest) {
        if (crockford::valueOf(c) < 0) {
            return makeError(ErrorCode::InvalidInput,
                SignedTokenText::tr("The ticket contains “%1”, which never appears in an Oppmøte code.")
                    .arg(c));
        }
    }
    const int expected = kPayloadChars + 1;
    if (rest.size() != expected) {
        const QString why = rest.size() < expected
            ? SignedTokenText::tr(
                "The ticket is too short: %1 characters after “OS1-” where %2 are expected.")
            : SignedTokenText::tr(
                "The ticket is too long: %1 characters after “OS1-” where %2 are expected.");
        return makeError(ErrorCode::InvalidInput, why.arg(rest.size()).arg(expected));
    }
    const QString payload = rest.left(kPayloadChars);
    const auto bytes = crockford::decode(payload, kPayloadBytes);
    if (!bytes || crockford::checkCharacter(payload) != rest.back()) {
        return makeError(ErrorCode::Corrupt,
            SignedTokenText::tr("The ticket is damaged or mistyped: its check character does not match."));
    }
    SignedToken t;
    t.m_token = Token::fromBytes(bytes->left(16));
    t.m_issue = qFromBigEndian<quint16>(bytes->constData() + 16);
    t.m_eventTag = qFromBigEndian<quint32>(bytes->constData() + 18);
    t.m_signature = bytes->mid(22);
    return t;
}

} // namespace oppmote
