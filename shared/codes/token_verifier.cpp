#include "codes/token_verifier.h"

#include "codes/signed_token.h"

#include <QCoreApplication>

namespace oppmote {

namespace {

struct TokenVerifierText {
    Q_DECLARE_TR_FUNCTIONS(oppmote::TokenVerifier)
};

TokenVerdict verdict(TokenStatus status, QString message)
{
    TokenVerdict v;
    v.status = status;
    v.message = std::move(message);
    return v;
}

} // namespace

QString tokenStatusName(TokenStatus status)
{
    switch (status) {
    case TokenStatus::Valid:
        return QStringLiteral("valid");
    case TokenStatus::NotOurs:
        return QStringLiteral("not-ours");
    case TokenStatus::Damaged:
        return QStringLiteral("damaged");
    case TokenStatus::Forged:
        return QStringLiteral("forged");
    case TokenStatus::WrongEvent:
        return QStringLiteral("wrong-event");
    case TokenStatus::Revoked:
        return QStringLiteral("revoked");
    case TokenStatus::Reissued:
        return QStringLiteral("reissued");
    case TokenStatus::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

TokenVerifier::TokenVerifier(
    QString eventId, QByteArrayList publicKeys, RevocationList revocations, RosterLookup isOnRoster)
    : m_eventId(std::move(eventId)),
      m_publicKeys(std::move(publicKeys)),
      m_revocations(std::move(revocations)),
      m_isOnRoster(std::move(isOnRoster))
{ }

TokenVerdict TokenVerifier::verify(const QString &text) const
{
    const auto prefix = splitCodePrefix(text);
    if (!prefix) {
        if (text.trimmed().isEmpty())
            return verdict(TokenStatus::Damaged, TokenVerifierText::tr("No code was read."));
        return verdict(TokenStatus::NotOurs, TokenVerifierText::tr("This is not an Oppmøte code."));
    }
    return prefix->kind == u'S' ? verifySigned(text) : verifyPlain(text);
}

bool TokenVerifier::refused(TokenVerdict &v) const
{
    const auto entry = m_revocations.refusal(v.token, v.signedTicket ? v.issue : 0);
    if (!entry)
        return false;
    if (entry->reason == RevocationList::Reason::Cancelled) {
        v.status = TokenStatus::Revoked;
        v.message = TokenVerifierText::tr(
            "This registration has been cancelled. Please ask at the registration desk.");
    } else {
        v.status = TokenStatus::Reissued;
        v.message = TokenVerifierText::tr(
            "This code has been replaced by a newer one. Please use the latest ticket you "
            "received, or ask at the registration desk.");
    }
    return true;
}

TokenVerdict TokenVerifier::verifyPlain(const QString &text) const
{
    const auto token = Token::parse(text);
    if (!token.ok())
        return verdict(TokenStatus::Damaged, token.error().message);
    TokenVerdict v;
    v.token = token.value();
    if (refused(v))
        return v;
    if (!m_isOnRoster || !m_isOnRoster(v.token)) {
        v.status = TokenStatus::Unknown;
        v.message
            = TokenVerifierText::tr("This code is not on the attendee list for this event. Please ask at the "
                                    "registration desk.");
        return v;
    }
    v.status = TokenStatus::Valid;
    return v;
}

TokenVerdict TokenVerifier::verifySigned(const QString &text) const
{
    const auto ticket = SignedToken::parse(text);
    if (!ticket.ok())
        return verdict(TokenStatus::Damaged, ticket.error().message);
    TokenVerdict v;
    v.token = ticket->token();
    v.signedTicket = true;
    v.issue = ticket->issue();
    if (ticket->eventTag() != SignedToken::eventTagFor(m_eventId)) {
        v.status = TokenStatus::WrongEvent;
        v.message = TokenVerifierText::tr("This ticket is for another event.");
        return v;
    }
    bool genuine = false;
    for (const QByteArray &key : m_publicKeys) {
        if (ticket->verifySignature(m_eventId, key)) {
            genuine = true;
            break;
        }
    }
    if (!genuine) {
        v.status = TokenStatus::Forged;
        v.message = TokenVerifierText::tr(
            "This ticket's signature is not valid: it was not issued by the organiser, or it "
            "has been altered.");
        return v;
    }
    if (refused(v))
        return v;
    v.status = TokenStatus::Valid;
    return v;
}

} // namespace oppmote
