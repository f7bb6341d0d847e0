#pragma once
// Signs attendees' tickets for the event of a database with the organiser's
// secret key (made by `oppmote ticket-key`). Refuses a key whose public half
// the event does not know (its kiosks would call every ticket forged) and a
// code that is cancelled; a reissued code gets the issue the revocation list
// still accepts.

#include "codes/revocation_list.h"
#include "domain/attendee.h"
#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace oppmote {

class Store;

class TicketSigner
{
public:
    static Result<TicketSigner> load(Store &store, const QString &secretKeyFile);
    Result<QString> sign(const Attendee &attendee) const; // "OS1-…"

private:
    QString m_eventId;
    QByteArray m_secretKey;
    RevocationList m_revocations;
};

} // namespace oppmote
