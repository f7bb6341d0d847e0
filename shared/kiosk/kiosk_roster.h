#pragma once
// What the kiosk keeps in memory for instant answers: the programme, who is
// on the roster (names and organisation only, plus the code → person map)
// and the name index. Loaded once on the store's thread at start; scans and
// searches never touch SQLite. E-mail and phone are not kept here.

#include "codes/revocation_list.h"
#include "codes/token_verifier.h"
#include "domain/attendee.h"
#include "domain/program.h"
#include "domain/result.h"
#include "search/name_index.h"

#include <QDate>
#include <QHash>

#include <memory>
#include <vector>

namespace oppmote {

class Store;

struct KioskPerson {
    QString id;
    QString firstName;
    QString lastName;
    QString organisation;
};

class KioskRoster
{
public:
    // Reads the programme and the roster (runs on the store's thread).
    static Result<std::shared_ptr<KioskRoster>> load(Store &store);

    const Event &event() const { return m_event; }
    int size() const { return int(m_people.size()); }
    const KioskPerson *byToken(const QString &canonicalToken) const;
    const KioskPerson *byId(const QString &id) const;
    const NameIndex &names() const { return m_names; }
    // The code verifier over this roster (the kiosk's counterpart of
    // tokenVerifierFor(store)): signed tickets name the event and carry a key
    // the organiser signed with; revoked and replaced codes are refused. It
    // refers to this roster, which must outlive it.
    TokenVerifier verifier() const;

    // An approved walk-in joins the roster (and the name index).
    void add(const Attendee &attendee);

    // The programme day for `date`: that day, else the next one, else the last.
    const Day *dayFor(const QDate &date) const;

private:
    void rebuildNames();

    Event m_event;
    QString m_eventId;
    QByteArrayList m_ticketKeys;
    RevocationList m_revocations;
    std::vector<KioskPerson> m_people;
    QHash<QString, int> m_byToken;
    QHash<QString, int> m_byId;
    NameIndex m_names;
};

} // namespace oppmote
