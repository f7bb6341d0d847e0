#include "kiosk/kiosk_roster.h"

#include "domain/plain_text.h"
#include "store/store.h"

namespace oppmote {

Result<std::shared_ptr<KioskRoster>> KioskRoster::load(Store &store)
{
    auto roster = std::make_shared<KioskRoster>();
    auto event = store.program();
    if (!event.ok())
        return event.error();
    roster->m_event = std::move(event).value();
    auto eventId = store.eventId();
    auto keys = store.ticketPublicKeys();
    auto revoked = store.revocations();
    if (!eventId.ok())
        return eventId.error();
    if (!keys.ok())
        return keys.error();
    if (!revoked.ok())
        return revoked.error();
    roster->m_eventId = eventId.value();
    roster->m_ticketKeys = keys.value();
    roster->m_revocations = revoked.value();
    auto attendees = store.attendees();
    if (!attendees.ok())
        return attendees.error();
    const QList<Attendee> &list = attendees.value();
    roster->m_people.reserve(std::size_t(list.size()));
    roster->m_byToken.reserve(list.size());
    roster->m_byId.reserve(list.size());
    for (const Attendee &a : list) {
        if (a.type == AttendeeType::WalkIn && a.token.isEmpty())
            continue; // waiting for staff approval: not on the roster yet
        const int index = int(roster->m_people.size());
        roster->m_people.push_back(
            KioskPerson { a.id, shownText(a.firstName), shownText(a.lastName), shownText(a.organisation) });
        roster->m_byId.insert(a.id, index);
        if (!a.token.isEmpty())
            roster->m_byToken.insert(a.token, index);
    }
    roster->rebuildNames();
    return roster;
}

const KioskPerson *KioskRoster::byToken(const QString &canonicalToken) const
{
    const auto it = m_byToken.constFind(canonicalToken);
    return it == m_byToken.cend() ? nullptr : &m_people[std::size_t(*it)];
}

const KioskPerson *KioskRoster::byId(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_people[std::size_t(*it)];
}

void KioskRoster::add(const Attendee &a)
{
    if (m_byId.contains(a.id))
        return;
    const int index = int(m_people.size());
    m_people.push_back(
        KioskPerson { a.id, shownText(a.firstName), shownText(a.lastName), shownText(a.organisation) });
    m_byId.insert(a.id, index);
    if (!a.token.isEmpty())
        m_byToken.insert(a.token, index);
    rebuildNames();
}

const Day *KioskRoster::dayFor(const QDate &date) const
{
    const Day *next = nullptr;
    for (const Day &day : m_event.days) {
        if (day.date == date)
            return &day;
        if (!next && day.date.isValid() && day.date > date)
            next = &day;
    }
    if (next)
        return next;
    return m_event.days.isEmpty() ? nullptr : &m_event.days.last();
}

void KioskRoster::rebuildNames()
{
    std::vector<NameEntry> entries;
    entries.reserve(m_people.size());
    for (const KioskPerson &p : m_people)
        entries.push_back(NameEntry { p.id, p.firstName, p.lastName, p.organisation });
    m_names.build(std::move(entries));
}

TokenVerifier KioskRoster::verifier() const
{
    return TokenVerifier(m_eventId, m_ticketKeys, m_revocations,
        [this](const Token &token) { return byToken(token.text()) != nullptr; });
}

} // namespace oppmote
