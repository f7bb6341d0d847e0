#include "appkit/attendee_list_model.h"

#include "badge/badge_data.h"
#include "domain/plain_text.h"
#include "search/name_index.h"
#include "store/store.h"
#include "store/venue_arrivals.h"
#include "store/walk_in.h"

#include <algorithm>

namespace oppmote {

// Who is on the roster, read again only when the roster changed (its version,
// which walk-ins registered at a kiosk leave alone, how many are registered,
// or who was turned down): a check-in changes only `arrived`, and rebuilding
// 20,000 rows and their name index for it, and freeing the old ones here,
// would stall the GUI thread during a rush.
struct AttendeeListModel::Roster {
    qint64 version = -1;
    int registered = -1; // attendees stored, walk-ins too
    QSet<QString> turnedDown; // walk-ins the desk turned down: not listed (Store::rejectWalkIn)
    QList<AttendeeRow> people; // in the store's order (surname, first name); no state of the day
    QHash<QString, qsizetype> byId;
    NameIndex names;
    QStringList organisations; // sorted, each once
};

namespace {

struct Read {
    QString error;
    std::shared_ptr<const AttendeeListModel::Roster> roster;
    QSet<QString> arrived; // at the venue today
    QSet<QString> waiting; // walk-ins waiting for approval
};

std::shared_ptr<const AttendeeListModel::Roster> buildRoster(
    const QList<Attendee> &all, qint64 version, QSet<QString> turnedDown)
{
    auto roster = std::make_shared<AttendeeListModel::Roster>();
    roster->version = version;
    roster->registered = int(all.size());
    std::vector<NameEntry> entries;
    entries.reserve(std::size_t(all.size()));
    QSet<QString> organisations;
    for (const Attendee &a : all) {
        if (turnedDown.contains(a.id))
            continue;
        const QString organisation = shownText(a.organisation);
        roster->byId.insert(a.id, roster->people.size());
        roster->people.append({ a.id, shownText(a.fullName()), organisation, a.type, false, false });
        entries.push_back({ a.id, shownText(a.firstName), shownText(a.lastName), organisation });
        if (!organisation.trimmed().isEmpty())
            organisations.insert(organisation);
    }
    roster->turnedDown = std::move(turnedDown);
    roster->names.build(std::move(entries)); // about 40 ms for 20,000 people, on the store's thread
    roster->organisations = QStringList(organisations.cbegin(), organisations.cend());
    std::sort(roster->organisations.begin(), roster->organisations.end(),
        [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return roster;
}

// On the store's thread: the state of the day always, the roster when it changed since `previous`.
Read readRoster(Store &store, const std::shared_ptr<const AttendeeListModel::Roster> &previous)
{
    Read out;
    auto version = store.rosterVersion();
    auto registered = store.attendeeCount();
    auto pending = store.pendingWalkIns();
    auto arrived = venueArrivals(store);
    auto walkIns = store.walkIns();
    for (const Error *e : { version.ok() ? nullptr : &version.error(),
             registered.ok() ? nullptr : &registered.error(), pending.ok() ? nullptr : &pending.error(),
             arrived.ok() ? nullptr : &arrived.error(), walkIns.ok() ? nullptr : &walkIns.error() })
        if (e) {
            out.error = e->message;
            return out;
        }
    for (const Attendee &a : pending.value())
        out.waiting.insert(a.id);
    out.arrived = std::move(arrived).value();
    QSet<QString> turnedDown;
    for (const WalkIn &w : walkIns.value())
        if (w.state == WalkInState::Rejected)
            turnedDown.insert(w.person.id);
    if (previous && previous->version == version.value() && previous->registered == registered.value()
        && previous->turnedDown == turnedDown) {
        out.roster = previous;
        return out;
    }
    auto all = store.attendees();
    if (!all.ok()) {
        out.error = all.error().message;
        return out;
    }
    out.roster = buildRoster(all.value(), version.value(), std::move(turnedDown));
    return out;
}

// The kiosk's rule: a search needs two letters or digits.
bool searchable(const QString &query)
{
    int letters = 0;
    for (const QChar c : query)
        letters += c.isLetterOrNumber() ? 1 : 0;
    return letters >= NameIndex::kMinQueryLetters;
}

} // namespace

AttendeeListModel::AttendeeListModel(AsyncStore *store, QObject *parent) : StoreRowsModel(store, parent)
{
    reload();
}

void AttendeeListModel::startRead()
{
    read<Read>([previous = m_roster](Store &store) { return readRoster(store, previous); },
        [this](Read &r) {
            setError(r.error);
            if (!r.roster)
                return;
            const bool newOrganisations = !m_roster || m_roster->organisations != r.roster->organisations;
            m_roster = std::move(r.roster);
            m_arrived = std::move(r.arrived);
            m_waiting = std::move(r.waiting);
            refilter();
            if (newOrganisations)
                Q_EMIT organisationsChanged();
        });
}

void AttendeeListModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    refilter();
    Q_EMIT queryChanged();
}

void AttendeeListModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refilter();
    Q_EMIT filterChanged();
}

void AttendeeListModel::setAttendeeType(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    refilter();
    Q_EMIT filterChanged();
}

void AttendeeListModel::setOrganisation(const QString &organisation)
{
    if (organisation == m_organisation)
        return;
    m_organisation = organisation;
    refilter();
    Q_EMIT filterChanged();
}

QStringList AttendeeListModel::organisations() const
{
    return m_roster ? m_roster->organisations : QStringList();
}

bool AttendeeListModel::passes(const AttendeeRow &p) const
{
    if (!m_type.isEmpty() && attendeeTypeName(p.type) != m_type)
        return false;
    if (!m_organisation.isEmpty() && p.organisation != m_organisation)
        return false;
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::ArrivedToday:
        return p.arrived;
    case Filter::NotArrived:
        return !p.arrived && !p.walkInPending;
    case Filter::WalkInsPending:
        return p.walkInPending;
    }
    return true;
}

void AttendeeListModel::refilter()
{
    QList<AttendeeRow> next;
    if (m_roster) {
        const Roster &roster = *m_roster;
        const auto consider = [&](AttendeeRow p) {
            p.arrived = m_arrived.contains(p.id);
            p.walkInPending = m_waiting.contains(p.id);
            if (passes(p))
                next.append(std::move(p));
        };
        if (searchable(m_query)) {
            for (const NameMatch &m : roster.names.search(m_query, roster.names.size()))
                if (const qsizetype at = roster.byId.value(roster.names.entry(m.entry).id, -1); at >= 0)
                    consider(roster.people[at]);
        } else {
            next.reserve(roster.people.size());
            for (const AttendeeRow &p : roster.people)
                consider(p);
        }
    }
    setRows(std::move(next));
}

QVariant AttendeeListModel::data(const QModelIndex &index, int role) const
{
    const AttendeeRow *p = rowAt(index);
    if (!p)
        return {};
    switch (role) {
    case IdRole:
        return p->id;
    case Qt::DisplayRole:
    case FullNameRole:
        return p->fullName;
    case OrganisationRole:
        return p->organisation;
    case TypeRole:
        return attendeeTypeName(p->type);
    case TypeLabelRole:
        return attendeeTypeLabel(p->type);
    case ArrivedRole:
        return p->arrived;
    case WalkInPendingRole:
        return p->walkInPending;
    default:
        return {};
    }
}

QHash<int, QByteArray> AttendeeListModel::roleNames() const
{
    return { { IdRole, "attendeeId" }, { FullNameRole, "fullName" }, { OrganisationRole, "organisation" },
        { TypeRole, "type" }, { TypeLabelRole, "typeLabel" }, { ArrivedRole, "arrived" },
        { WalkInPendingRole, "walkInPending" } };
}

namespace {

// A desk check-in's outcome as the model reports it: written or not, and why.
StoreListModel::ActionOutcome outcomeOf(const Result<CheckinOutcome> &outcome, CheckinStatus wanted)
{
    if (!outcome.ok())
        return { false, outcome.error().message };
    return { outcome->status == wanted, outcome->message() };
}

} // namespace

void AttendeeListModel::byHand(const QString &attendeeId, const QString &reason, EventKind kind)
{
    if (reason.trimmed().isEmpty()) {
        Q_EMIT actionDone(false, tr("Say why this is done by hand: it is kept with the check-in."));
        return;
    }
    act([attendeeId, reason, kind](Store &store) {
        CheckinRequest request;
        request.attendeeId = attendeeId;
        request.method = CheckinMethod::Staff;
        request.note = reason;
        switch (kind) {
        case EventKind::Exit:
            return outcomeOf(store.checkOut(request), CheckinStatus::CheckedOut);
        case EventKind::Undo:
            return outcomeOf(store.undoCheckIn(attendeeId, QString(), reason), CheckinStatus::Undone);
        default:
            return outcomeOf(store.checkIn(request), CheckinStatus::CheckedIn);
        }
    });
}

void AttendeeListModel::checkIn(const QString &attendeeId, const QString &reason)
{
    byHand(attendeeId, reason, EventKind::Entry);
}

void AttendeeListModel::checkOut(const QString &attendeeId, const QString &reason)
{
    byHand(attendeeId, reason, EventKind::Exit);
}

void AttendeeListModel::undoCheckIn(const QString &attendeeId, const QString &reason)
{
    byHand(attendeeId, reason, EventKind::Undo);
}

} // namespace oppmote
