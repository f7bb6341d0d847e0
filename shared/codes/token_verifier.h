#pragma once
// Decides whether a scanned or typed code admits someone to this event, and
// if not, why — in words a person at the kiosk understands.

#include "codes/revocation_list.h"
#include "codes/token.h"

#include <QByteArrayList>
#include <QString>

#include <functional>

namespace oppmote {

enum class TokenStatus {
    Valid,
    NotOurs, // another system's code (a URL, a boarding pass …)
    Damaged, // ours, but the check character, length or alphabet is wrong
    Forged, // a signed ticket whose signature no known key made
    WrongEvent, // a genuine ticket for another event
    Revoked, // the registration was cancelled
    Reissued, // replaced by a newer code or ticket
    Unknown, // a well-formed plain token that is not on the roster
};

QString tokenStatusName(TokenStatus status); // "valid", "not-ours", …

struct TokenVerdict {
    TokenStatus status = TokenStatus::Damaged;
    QString message; // for the person at the kiosk
    Token token; // set whenever the code could be read
    bool signedTicket = false;
    int issue = 0; // signed tickets only
    bool ok() const { return status == TokenStatus::Valid; }
};

class TokenVerifier
{
public:
    using RosterLookup = std::function<bool(const Token &)>;

    // `publicKeys`: every key whose tickets are accepted (several during a
    // key rotation). `isOnRoster`: whether a plain token belongs to an
    // attendee; without it every plain token is Unknown.
    TokenVerifier(QString eventId, QByteArrayList publicKeys, RevocationList revocations = {},
        RosterLookup isOnRoster = {});

    TokenVerdict verify(const QString &text) const;

    void setRevocations(RevocationList revocations) { m_revocations = std::move(revocations); }
    void setRosterLookup(RosterLookup lookup) { m_isOnRoster = std::move(lookup); }

private:
    TokenVerdict verifySigned(const QString &text) const;
    TokenVerdict verifyPlain(const QString &text) const;
    bool refused(TokenVerdict &verdict) const;

    QString m_eventId;
    QByteArrayList m_publicKeys;
    RevocationList m_revocations;
    RosterLookup m_isOnRoster;
};

} // namespace oppmote
