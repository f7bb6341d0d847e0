#include "store/ticket_signer.h"

#include "codes/signed_token.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>

namespace oppmote {

namespace {
struct TicketSignerText {
    Q_DECLARE_TR_FUNCTIONS(TicketSigner)
};
} // namespace

Result<TicketSigner> TicketSigner::load(Store &store, const QString &secretKeyFile)
{
    QFile file(secretKeyFile);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
            TicketSignerText::tr("Cannot read the secret key %1: %2").arg(secretKeyFile, file.errorString()));
    auto secret = ticketKeyFromText(QString::fromLatin1(file.readAll()).trimmed());
    if (!secret.ok() || secret->size() != 64)
        return makeError(ErrorCode::InvalidInput,
            TicketSignerText::tr("%1 is not a ticket secret key.").arg(secretKeyFile));
    auto keys = store.ticketPublicKeys();
    if (!keys.ok())
        return keys.error();
    // A libsodium Ed25519 secret key carries its public key in its second half.
    if (!keys->contains(secret->right(32)))
        return makeError(ErrorCode::Conflict,
            TicketSignerText::tr(
                "The key in %1 is not one of this event's ticket keys: its kiosks would refuse the "
                "tickets. Use the key oppmote ticket-key made for this database.")
                .arg(secretKeyFile));
    auto eventId = store.eventId();
    if (!eventId.ok())
        return eventId.error();
    auto revocations = store.revocations();
    if (!revocations.ok())
        return revocations.error();
    TicketSigner signer;
    signer.m_eventId = eventId.value();
    signer.m_secretKey = secret.value();
    signer.m_revocations = revocations.value();
    return signer;
}

Result<QString> TicketSigner::sign(const Attendee &attendee) const
{
    auto token = Token::parse(attendee.token);
    if (!token.ok())
        return makeError(ErrorCode::InvalidInput,
            TicketSignerText::tr("%1 has no valid code to sign.").arg(attendee.fullName()));
    int issue = 1;
    if (const auto refusal = m_revocations.refusal(token.value(), issue)) {
        if (refusal->firstValidIssue == RevocationList::kWholeToken)
            return makeError(ErrorCode::Conflict,
                TicketSignerText::tr("The code of %1 is cancelled.").arg(attendee.fullName()));
        issue = refusal->firstValidIssue;
    }
    auto ticket = SignedToken::sign(token.value(), quint16(issue), m_eventId, m_secretKey);
    if (!ticket.ok())
        return ticket.error();
    return ticket->text();
}

} // namespace oppmote
